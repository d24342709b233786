/**
 * Offline check of manifest.xml (`npm run validate`). No network: Microsoft's online validator is
 * `npm run validate:online`. This check covers the rules that matter for this add-in and that a
 * typo can silently break:
 *
 *  - the XML is well-formed, with one <OfficeApp> root;
 *  - <Id> is a GUID, <Version> has four numeric parts, <Permissions> is ReadWriteDocument;
 *  - every resid="…" is defined exactly once in <Resources> (bt:Images, bt:Urls, bt:ShortStrings,
 *    bt:LongStrings), of the right kind, and no resource id is defined twice;
 *  - resource ids are at most 32 characters, short strings at most 125, long strings at most 250;
 *  - every URL is https and all URLs share one origin (the dev server; production swaps it);
 *  - every image URL points under /assets/ and the file exists in assets/;
 *  - shared runtime: SharedRuntime requirement set declared, exactly one <Runtime lifetime="long">
 *    whose resid is also the CustomFunctions <Page>, the <FunctionFile> and the task pane's
 *    SourceLocation; no ShowTaskpane action carries a <TaskpaneId> (Microsoft: none under a
 *    long-lived runtime); CustomFunctionsRuntime 1.3 declared;
 *  - with --dist (after `npm run build`): every page, script and metadata URL is a file in dist/;
 *  - the custom-functions namespace short string is exactly "KINERJA".
 *
 * References: Microsoft Learn, "Configure your Office Add-in to use a shared runtime";
 * manifest element reference for Resources, Runtime, Namespace, Host, IconUrl.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { XMLParser, XMLValidator } from "fast-xml-parser";

export const EXPECTED_NAMESPACE = "KINERJA";
export const EXPECTED_PERMISSION = "ReadWriteDocument";
export const MAX_RESOURCE_ID = 32;
export const MAX_SHORT_STRING = 125;
export const MAX_LONG_STRING = 250;
export const MAX_URL = 2048;

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const VERSION = /^\d{1,5}\.\d{1,5}\.\d{1,5}\.\d{1,5}$/;

type ResourceKind = "image" | "url" | "shortString" | "longString";

const KIND_LABEL: Record<ResourceKind, string> = {
  image: "bt:Images",
  url: "bt:Urls",
  shortString: "bt:ShortStrings",
  longString: "bt:LongStrings",
};

const CONTAINER_KIND: Record<string, ResourceKind> = {
  Images: "image",
  Urls: "url",
  ShortStrings: "shortString",
  LongStrings: "longString",
};

/** Which kind of resource an element's resid must name, by the element's local name. */
const RESID_KIND: Record<string, ResourceKind> = {
  Image: "image",
  SourceLocation: "url",
  Runtime: "url",
  FunctionFile: "url",
  LearnMoreUrl: "url",
  Label: "shortString",
  Title: "shortString",
  Namespace: "shortString",
  Description: "longString",
};

interface XNode {
  name: string;
  local: string;
  attrs: Record<string, string>;
  children: XNode[];
  text: string;
}

interface Resource {
  id: string;
  kind: ResourceKind;
  node: XNode;
}

export interface ManifestStats {
  resources: number;
  residReferences: number;
  urls: number;
  origin: string | null;
  imageFiles: number;
  runtimeResid: string | null;
  namespace: string | null;
}

export interface ManifestReport {
  problems: string[];
  stats: ManifestStats;
}

function localName(name: string): string {
  const i = name.indexOf(":");
  return i < 0 ? name : name.slice(i + 1);
}

/** Converts fast-xml-parser's preserveOrder output into a plain element tree. */
function toNodes(raw: unknown[]): XNode[] {
  const out: XNode[] = [];
  for (const item of raw) {
    if (!item || typeof item !== "object") continue;
    const entry = item as Record<string, unknown>;
    const name = Object.keys(entry).find((k) => k !== ":@");
    if (!name || name === "#text" || name.startsWith("?") || name.startsWith("!")) continue;
    const rawChildren = Array.isArray(entry[name]) ? (entry[name] as unknown[]) : [];
    const attrs: Record<string, string> = {};
    const rawAttrs = entry[":@"];
    if (rawAttrs && typeof rawAttrs === "object") {
      for (const [k, v] of Object.entries(rawAttrs as Record<string, unknown>)) attrs[k] = String(v);
    }
    const text = rawChildren
      .filter((c): c is Record<string, unknown> => !!c && typeof c === "object" && "#text" in c)
      .map((c) => String(c["#text"]))
      .join("")
      .trim();
    out.push({ name, local: localName(name), attrs, children: toNodes(rawChildren), text });
  }
  return out;
}

function child(node: XNode | undefined, local: string): XNode | undefined {
  return node?.children.find((c) => c.local === local);
}

function childrenNamed(node: XNode | undefined, local: string): XNode[] {
  return node ? node.children.filter((c) => c.local === local) : [];
}

function walk(node: XNode, visit: (n: XNode, parent: XNode | undefined) => void, parent?: XNode): void {
  visit(node, parent);
  for (const c of node.children) walk(c, visit, node);
}

function findAll(root: XNode | undefined, pred: (n: XNode) => boolean): XNode[] {
  const found: XNode[] = [];
  if (root) walk(root, (n) => pred(n) && found.push(n));
  return found;
}

function describe(node: XNode): string {
  const key = node.attrs.id !== undefined ? ` id="${node.attrs.id}"` : node.attrs.resid !== undefined ? ` resid="${node.attrs.resid}"` : "";
  return `<${node.name}${key}>`;
}

/** Checks the manifest text; returns the problems and a few counts for the summary line. */
export const MIN_CUSTOM_FUNCTIONS_RUNTIME = "1.3";

function versionBelow(version: string, minimum: string): boolean {
  const a = version.split(".").map(Number);
  const b = minimum.split(".").map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) < (b[i] ?? 0);
  }
  return false;
}

/**
 * `builtFile`, when given, answers whether dist/<path> exists: every page, script and metadata URL
 * must be served by the build (run after `npm run build` with --dist).
 */
export function inspectManifest(
  xmlText: string,
  assetExists: (relPath: string) => boolean,
  builtFile?: (relPath: string) => boolean,
): ManifestReport {
  const problems: string[] = [];
  const stats: ManifestStats = {
    resources: 0,
    residReferences: 0,
    urls: 0,
    origin: null,
    imageFiles: 0,
    runtimeResid: null,
    namespace: null,
  };

  // ---- well-formedness -------------------------------------------------------------------
  const valid = XMLValidator.validate(xmlText);
  if (valid !== true) {
    const { msg, line, col } = valid.err;
    problems.push(`XML is not well-formed (line ${line}${col ? `, column ${col}` : ""}): ${msg}`);
    return { problems, stats };
  }
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: "",
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
  });
  const roots = toNodes(parser.parse(xmlText) as unknown[]);
  if (roots.length !== 1) {
    problems.push(`XML is not well-formed: expected one root element, found ${roots.length}`);
    return { problems, stats };
  }
  const app = roots[0];
  if (app.local !== "OfficeApp") {
    problems.push(`Root element is <${app.name}>, expected <OfficeApp>`);
    return { problems, stats };
  }
  if (app.attrs["xsi:type"] !== "TaskPaneApp") {
    problems.push(`<OfficeApp> xsi:type is "${app.attrs["xsi:type"] ?? ""}", expected "TaskPaneApp"`);
  }

  // ---- identity ------------------------------------------------------------------------------
  const id = child(app, "Id");
  if (!id || id.text === "") problems.push("Missing <Id> (must be a GUID)");
  else if (!GUID.test(id.text)) problems.push(`<Id> "${id.text}" is not a GUID`);

  const version = child(app, "Version");
  if (!version || version.text === "") problems.push("Missing <Version> (must be four parts, e.g. 1.0.0.0)");
  else if (!VERSION.test(version.text)) problems.push(`<Version> "${version.text}" is not a four-part version such as 1.0.0.0`);

  const permissions = child(app, "Permissions")?.text ?? "";
  if (permissions !== EXPECTED_PERMISSION) {
    problems.push(`<Permissions> is "${permissions}", expected "${EXPECTED_PERMISSION}"`);
  }

  // ---- resources -----------------------------------------------------------------------------
  const versionOverrides = child(app, "VersionOverrides");
  if (!versionOverrides) problems.push("Missing <VersionOverrides> (ribbon button, custom functions and shared runtime live there)");
  const resourcesNode = child(versionOverrides, "Resources");
  const resources = new Map<string, Resource>();
  const idCounts = new Map<string, number>();
  for (const container of resourcesNode?.children ?? []) {
    const kind = CONTAINER_KIND[container.local];
    if (!kind) continue;
    for (const item of container.children) {
      const rid = item.attrs.id;
      if (rid === undefined || rid === "") {
        problems.push(`A resource in <${container.name}> has no id`);
        continue;
      }
      idCounts.set(rid, (idCounts.get(rid) ?? 0) + 1);
      if (!resources.has(rid)) resources.set(rid, { id: rid, kind, node: item });
    }
  }
  stats.resources = resources.size;
  for (const [rid, count] of idCounts) {
    if (count > 1) problems.push(`Resource id "${rid}" is defined ${count} times in <Resources>; it must be unique`);
    if (rid.length > MAX_RESOURCE_ID) {
      problems.push(`Resource id "${rid}" is ${rid.length} characters; Office allows at most ${MAX_RESOURCE_ID}`);
    }
  }
  for (const res of resources.values()) {
    const values = [res.node.attrs.DefaultValue, ...childrenNamed(res.node, "Override").map((o) => o.attrs.Value)];
    if (res.node.attrs.DefaultValue === undefined) problems.push(`Resource "${res.id}" has no DefaultValue`);
    const limit = res.kind === "shortString" ? MAX_SHORT_STRING : res.kind === "longString" ? MAX_LONG_STRING : MAX_URL;
    for (const v of values) {
      if (v !== undefined && v.length > limit) {
        const what = res.kind === "shortString" ? "Short string" : res.kind === "longString" ? "Long string" : "URL";
        problems.push(`${what} "${res.id}" is ${v.length} characters; the limit is ${limit}`);
      }
    }
  }

  // ---- resid references ----------------------------------------------------------------------
  const undefinedReported = new Set<string>();
  walk(app, (n) => {
    const rid = n.attrs.resid;
    if (rid === undefined) return;
    stats.residReferences++;
    const res = resources.get(rid);
    if (!res) {
      if (!undefinedReported.has(rid)) {
        undefinedReported.add(rid);
        problems.push(`resid "${rid}" (used by <${n.name}>) is not defined in <Resources>`);
      }
      return;
    }
    const expected = RESID_KIND[n.local];
    if (expected && expected !== res.kind) {
      problems.push(`resid "${rid}" used by <${n.name}> must be in ${KIND_LABEL[expected]}, but it is in ${KIND_LABEL[res.kind]}`);
    }
  });

  // ---- URLs ----------------------------------------------------------------------------------
  interface UrlUse {
    value: string;
    where: string;
    image: boolean;
  }
  const urls: UrlUse[] = [];
  const addUrl = (node: XNode, attr: "DefaultValue" | "Value", image: boolean, where = describe(node)): void => {
    const value = node.attrs[attr];
    if (value !== undefined) urls.push({ value, where, image });
  };
  const addWithOverrides = (node: XNode, image: boolean): void => {
    addUrl(node, "DefaultValue", image);
    for (const o of childrenNamed(node, "Override")) addUrl(o, "Value", image, `${describe(node)} override ${o.attrs.Locale ?? ""}`.trim());
  };
  for (const local of ["IconUrl", "HighResolutionIconUrl"]) {
    const n = child(app, local);
    if (n) addWithOverrides(n, true);
  }
  const support = child(app, "SupportUrl");
  if (support) addWithOverrides(support, false);
  for (const loc of childrenNamed(child(app, "DefaultSettings"), "SourceLocation")) addWithOverrides(loc, false);
  for (const res of resources.values()) {
    if (res.kind === "image" || res.kind === "url") addWithOverrides(res.node, res.kind === "image");
  }
  stats.urls = urls.length;

  const projectOrigin = (() => {
    const first = childrenNamed(child(app, "DefaultSettings"), "SourceLocation")[0]?.attrs.DefaultValue ?? urls[0]?.value;
    try {
      return first ? new URL(first).origin : null;
    } catch {
      return null;
    }
  })();
  stats.origin = projectOrigin;
  const imageFiles = new Set<string>();
  for (const u of urls) {
    let parsed: URL;
    try {
      parsed = new URL(u.value);
    } catch {
      problems.push(`${u.where}: "${u.value}" is not an absolute URL`);
      continue;
    }
    if (parsed.protocol !== "https:") {
      problems.push(`${u.where}: URL "${u.value}" is not https`);
      continue;
    }
    if (projectOrigin && parsed.origin !== projectOrigin) {
      problems.push(`${u.where}: URL "${u.value}" is not under the project origin ${projectOrigin}`);
    }
    if (u.image) {
      const path = decodeURIComponent(parsed.pathname);
      if (!path.startsWith("/assets/")) {
        problems.push(`${u.where}: image URL "${u.value}" is not under /assets/`);
      } else {
        const rel = path.slice(1);
        if (!assetExists(rel)) problems.push(`${u.where}: image file ${rel} does not exist (URL "${u.value}")`);
        else imageFiles.add(rel);
      }
    }
  }
  stats.imageFiles = imageFiles.size;

  // ---- shared runtime ------------------------------------------------------------------------
  const requirementSets = [child(app, "Requirements"), child(versionOverrides, "Requirements")]
    .flatMap((r) => childrenNamed(r, "Sets"))
    .flatMap((s) => childrenNamed(s, "Set"));
  if (!requirementSets.some((s) => s.attrs.Name === "SharedRuntime")) {
    problems.push('SharedRuntime requirement set is missing: add <Set Name="SharedRuntime" MinVersion="1.1"/> to <Requirements>');
  }
  const voHosts = childrenNamed(child(versionOverrides, "Hosts"), "Host");
  for (const host of voHosts) {
    if (child(host, "Requirements")) {
      problems.push("<Requirements> inside a VersionOverrides <Host> is not allowed by the schema; put it in the base manifest after <Hosts>");
    }
  }

  const runtimes = findAll(versionOverrides, (n) => n.local === "Runtime");
  let runtimeResid: string | undefined;
  if (runtimes.length !== 1) {
    problems.push(`Shared runtime needs exactly one <Runtime>, found ${runtimes.length}`);
  }
  if (runtimes.length >= 1) {
    const rt = runtimes[0];
    runtimeResid = rt.attrs.resid;
    stats.runtimeResid = runtimeResid ?? null;
    if (!runtimeResid) problems.push("<Runtime> has no resid");
    if (rt.attrs.lifetime !== "long") {
      problems.push(`<Runtime> lifetime is "${rt.attrs.lifetime ?? "short (default)"}", expected "long"`);
    }
  }

  const cfPoints = findAll(versionOverrides, (n) => n.local === "ExtensionPoint" && n.attrs["xsi:type"] === "CustomFunctions");
  if (cfPoints.length !== 1) {
    problems.push(`Expected exactly one <ExtensionPoint xsi:type="CustomFunctions">, found ${cfPoints.length}`);
  }
  const cf = cfPoints[0];
  if (cf) {
    const pageResid = child(child(cf, "Page"), "SourceLocation")?.attrs.resid;
    if (!pageResid) problems.push("CustomFunctions <Page><SourceLocation resid=…/></Page> is missing");
    else if (runtimeResid && pageResid !== runtimeResid) {
      problems.push(`CustomFunctions <Page> resid "${pageResid}" differs from the <Runtime> resid "${runtimeResid}"; the shared runtime will not load`);
    }
    for (const part of ["Script", "Metadata"]) {
      if (!child(child(cf, part), "SourceLocation")?.attrs.resid) problems.push(`CustomFunctions <${part}><SourceLocation resid=…/> is missing`);
    }
    const nsResid = child(cf, "Namespace")?.attrs.resid;
    if (!nsResid) {
      problems.push(`CustomFunctions <Namespace resid=…/> is missing (namespace must be ${EXPECTED_NAMESPACE})`);
    } else {
      const ns = resources.get(nsResid);
      if (ns && ns.kind === "shortString") {
        const value = ns.node.attrs.DefaultValue ?? "";
        stats.namespace = value;
        if (value !== EXPECTED_NAMESPACE) {
          problems.push(`Custom-functions namespace is "${value}", expected "${EXPECTED_NAMESPACE}"`);
        }
        for (const o of childrenNamed(ns.node, "Override")) {
          if (o.attrs.Value !== EXPECTED_NAMESPACE) {
            problems.push(`Custom-functions namespace override for ${o.attrs.Locale ?? "?"} is "${o.attrs.Value ?? ""}"; the namespace must stay "${EXPECTED_NAMESPACE}" in every locale`);
          }
        }
      }
    }
  }

  for (const ff of findAll(versionOverrides, (n) => n.local === "FunctionFile")) {
    if (runtimeResid && ff.attrs.resid !== runtimeResid) {
      problems.push(`<FunctionFile> resid "${ff.attrs.resid ?? ""}" differs from the <Runtime> resid "${runtimeResid}"; the shared runtime will not load`);
    }
  }

  // Microsoft, "Configure your Office Add-in to use a shared runtime": under a Host whose Runtime is
  // long-lived, no <Action> should have a <TaskpaneId> (the runtime owns the one pane).
  const paneActions = findAll(versionOverrides, (n) => n.local === "Action" && n.attrs["xsi:type"] === "ShowTaskpane");
  for (const action of paneActions) {
    if (child(action, "TaskpaneId")) {
      problems.push("A ShowTaskpane <Action> has a <TaskpaneId>; under a long-lived shared runtime no action may carry one");
    }
    const loc = child(action, "SourceLocation")?.attrs.resid;
    if (runtimeResid && loc !== runtimeResid) {
      problems.push(`ShowTaskpane <Action> SourceLocation resid "${loc ?? ""}" differs from the <Runtime> resid "${runtimeResid}"`);
    }
  }

  // Custom functions need CustomFunctionsRuntime 1.3: errors inside returned arrays and error cells
  // handed to the functions (allowErrorForDataTypeAny).
  const cfSet = requirementSets.find((s) => s.attrs.Name === "CustomFunctionsRuntime");
  if (!cfSet || versionBelow(cfSet.attrs.MinVersion ?? "1.1", MIN_CUSTOM_FUNCTIONS_RUNTIME)) {
    problems.push(`CustomFunctionsRuntime ${MIN_CUSTOM_FUNCTIONS_RUNTIME} must be declared in <Requirements> (errors in returned arrays, error cells as input)`);
  }

  // Every non-image URL names a file the build writes into dist/ (checked when a build is given).
  if (builtFile) {
    for (const u of urls) {
      if (u.image) continue;
      let path: string;
      try {
        path = decodeURIComponent(new URL(u.value).pathname).replace(/^\//, "");
      } catch {
        continue; // reported above
      }
      if (!builtFile(path)) problems.push(`${u.where}: "${u.value}" is not served: dist/${path} does not exist after the build`);
    }
  }

  return { problems, stats };
}

/** The problems found in a manifest; empty when it passes. */
export function checkManifest(
  xmlText: string,
  assetExists: (relPath: string) => boolean,
  builtFile?: (relPath: string) => boolean,
): string[] {
  return inspectManifest(xmlText, assetExists, builtFile).problems;
}

function main(): number {
  const root = resolve(__dirname, "..");
  const args = process.argv.slice(2);
  const withDist = args.includes("--dist");
  const manifestPath = resolve(args.find((a) => !a.startsWith("--")) ?? join(root, "manifest.xml"));
  let xml: string;
  try {
    xml = readFileSync(manifestPath, "utf8");
  } catch (err) {
    console.error(`Cannot read ${manifestPath}: ${(err as Error).message}`);
    return 1;
  }
  const assetExists = (rel: string): boolean => {
    const file = join(root, rel);
    return existsSync(file) && statSync(file).isFile();
  };
  const builtFile = withDist
    ? (rel: string): boolean => {
        const file = join(root, "dist", rel);
        return existsSync(file) && statSync(file).isFile();
      }
    : undefined;
  const { problems, stats } = inspectManifest(xml, assetExists, builtFile);
  if (problems.length > 0) {
    const label = basename(manifestPath);
    for (const p of problems) console.error(`${label}: ${p}`);
    console.error(`Manifest invalid (offline check): ${problems.length} problem${problems.length === 1 ? "" : "s"}.`);
    return 1;
  }
  console.log(
    `Manifest valid (offline check): ${stats.resources} resources, ${stats.residReferences} resid references, ` +
      `${stats.urls} URLs (all https, origin ${stats.origin}), ${stats.imageFiles} icon files present, ` +
      `shared runtime "${stats.runtimeResid}" (lifetime long), namespace ${stats.namespace}` +
      (withDist ? ", every page and metadata URL served from dist/." : "."),
  );
  return 0;
}

// Run only when executed directly (`tsx scripts/validate-manifest.ts`), not when a test imports it.
if (require.main === module) {
  process.exitCode = main();
}
