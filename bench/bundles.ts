/**
 * Bench section "bundles": sizes of the production build in dist/, raw and gzip (zlib, default
 * level — what a web server's gzip sends).
 *
 * - functions: dist/functions.js (the custom functions, loaded first by the shared runtime page).
 * - task pane: dist/taskpane.js (loaded at start) and the chunks the webpack runtime can load
 *   (the code-split tabs, their libraries and the engine worker), read from the runtime's chunk
 *   map: in functions.js, which the pane depends on and which carries the shared runtime.
 * dist/office-double.js and dist/demo.js are the browser demo only and are not counted.
 *
 * Builds first (`npx webpack --mode production`) when dist/ is missing or older than src/.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { ROOT } from "./common";

export interface FileSize {
  readonly file: string;
  readonly bytes: number;
  readonly gzipBytes: number;
}

export interface BundleResult {
  readonly built: boolean;
  readonly buildMs: number | null;
  readonly functions: FileSize;
  readonly taskpaneEntry: FileSize;
  readonly taskpaneChunks: FileSize[];
  readonly taskpaneTotal: { bytes: number; gzipBytes: number; files: number };
}

const DIST = join(ROOT, "dist");

function size(rel: string): FileSize {
  const buffer = readFileSync(join(DIST, rel));
  return { file: `dist/${rel}`, bytes: buffer.length, gzipBytes: gzipSync(buffer).length };
}

function newest(dir: string): number {
  let t = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    t = Math.max(t, entry.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

/** The chunk files taskpane.js's webpack runtime can load: "chunks/" + ({id:name}[id]||id) + "." + {id:hash}[id] + ".js". */
export function taskpaneChunkFiles(taskpaneJs: string): string[] {
  const m = /"chunks\/"\+\(\{([^}]*)\}\[\w+\]\|\|\w+\)\+"\."\+\{([^}]*)\}\[\w+\]\+"\.js"/.exec(taskpaneJs);
  if (!m) throw new Error("chunk map not found in dist/functions.js or dist/taskpane.js (webpack output changed?)");
  const pairs = (text: string) => new Map(text.split(",").filter(Boolean).map((p) => p.split(":").map((s) => s.replace(/"/g, "")) as [string, string]));
  const names = pairs(m[1]);
  const hashes = pairs(m[2]);
  return [...hashes].map(([id, hash]) => `chunks/${names.get(id) ?? id}.${hash}.js`);
}

export function benchBundles(): BundleResult {
  const entry = join(DIST, "taskpane.js");
  const stale = !existsSync(entry) || !existsSync(join(DIST, "functions.js")) || statSync(entry).mtimeMs < newest(join(ROOT, "src"));
  let buildMs: number | null = null;
  if (stale) {
    const start = Date.now();
    console.log("dist/ missing or older than src/: npx webpack --mode production …");
    execFileSync("npx", ["webpack", "--mode", "production"], { cwd: ROOT, stdio: ["ignore", "ignore", "inherit"] });
    buildMs = Date.now() - start;
  }
  // The webpack runtime sits in functions.js (taskpane dependOn functions); older builds had it in taskpane.js.
  const chunkFiles = taskpaneChunkFiles(readFileSync(join(DIST, "functions.js"), "utf8") + "\n" + readFileSync(entry, "utf8"));
  const chunks = chunkFiles.map(size).sort((a, b) => b.bytes - a.bytes);
  const taskpaneEntry = size("taskpane.js");
  return {
    built: stale,
    buildMs,
    functions: size("functions.js"),
    taskpaneEntry,
    taskpaneChunks: chunks,
    taskpaneTotal: {
      bytes: taskpaneEntry.bytes + chunks.reduce((a, c) => a + c.bytes, 0),
      gzipBytes: taskpaneEntry.gzipBytes + chunks.reduce((a, c) => a + c.gzipBytes, 0),
      files: 1 + chunks.length,
    },
  };
}
