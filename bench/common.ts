/** Shared by the bench sections: the repository root, timing, tables. */
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";

/** The repository root, whether this runs from bench/ (tsx) or bench/results/build/bench/ (compiled). */
export const ROOT: string = (() => {
  let dir = __dirname;
  while (!existsSync(join(dir, "package.json")) || !existsSync(join(dir, "bench"))) {
    const up = dirname(dir);
    if (up === dir) throw new Error("repository root not found");
    dir = up;
  }
  return dir;
})();

export const RESULTS_DIR = join(ROOT, "bench", "results");

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

export const round = (x: number, d = 2): number => Math.round(x * 10 ** d) / 10 ** d;

export function nowMs(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}

/** Median of `runs` timed calls after `warmups` untimed ones. */
export function timeRuns(run: () => unknown, warmups: number, runs: number): { medianMs: number; runsMs: number[] } {
  for (let i = 0; i < warmups; i++) run();
  const runsMs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = nowMs();
    run();
    runsMs.push(round(nowMs() - start));
  }
  return { medianMs: round(median(runsMs)), runsMs };
}

export async function timeAsync<T>(run: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const start = nowMs();
  const result = await run();
  return { ms: round(nowMs() - start), result };
}

/** A Markdown table (numbers right-aligned), printed and returned. */
export function table(title: string, header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const cells = rows.map((r) => r.map((c) => (typeof c === "number" ? c.toLocaleString("en-US") : c)));
  const numeric = header.map((_, i) => rows.length > 0 && rows.every((r) => typeof r[i] === "number" || /^[<≤>≥]?\s?[\d.,]+( ?[a-zA-Z%×/]+)?$/.test(String(r[i]))));
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((r) => r[i].length)));
  const fmt = (r: readonly string[]) => "| " + r.map((c, i) => (numeric[i] ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join(" | ") + " |";
  const lines = [fmt(header), "|" + widths.map((w, i) => (numeric[i] ? "-".repeat(w + 1) + ":" : "-".repeat(w + 2))).join("|") + "|", ...cells.map(fmt)];
  const text = `\n### ${title}\n\n${lines.join("\n")}\n`;
  console.log(text);
  return text;
}

export const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KiB`;
export const mb = (bytes: number): string => `${(bytes / 1e6).toFixed(2)} MB`;

const SLEEPER = new Int32Array(new SharedArrayBuffer(4));

export interface Sample {
  readonly wallMs: number;
  /** CPU time of this process (user + system) during the call. */
  readonly cpuMs: number;
}

/**
 * One timed call from a collected heap (the garbage of the call before is not billed to this
 * one): wall time, and the process's CPU time (user + system), which stops while other
 * processes have the core — on a busy machine the wall time of a 40 ms call can triple, its CPU
 * time barely moves. Ratios between two such samples taken back to back are what the budget
 * compares.
 */
export function timedCpu(run: () => unknown): Sample {
  if (global.gc) global.gc();
  // Let the collector's background threads (concurrent sweeping) finish before the clock starts.
  Atomics.wait(SLEEPER, 0, 0, 25);
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  run();
  const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
  const used = process.cpuUsage(cpu);
  return { wallMs, cpuMs: (used.user + used.system) / 1000 };
}

/** Median of the per-run CPU-time ratios a ÷ b (pairs timed back to back). */
export function pairedRatio(a: readonly Sample[], b: readonly Sample[]): number {
  return round(median(a.map((x, i) => x.cpuMs / Math.max(b[i].cpuMs, 0.001))));
}
