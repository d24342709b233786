/**
 * Adding the add-in's sheets to a copy of the officer's package without rewriting the rest.
 *
 * ExcelJS reads only what it models and writes back only that, so a round trip through it drops
 * PivotTables, slicers, charts, macros, many data validations and conditional formats, comments'
 * formatting and more. Instead the new sheets are rendered into a scratch package of their own
 * (small sheets by ExcelJS; a large one written directly, as a stream with the officer's indices:
 * DirectSheet), and only their parts are grafted into the officer's package:
 *
 * - each sheet's worksheet XML, with its string indices and style indices remapped to items
 *   appended to the officer's sharedStrings.xml and styles.xml (identical items are reused, so
 *   regenerating does not grow them; existing indices keep their meaning). Inline strings would
 *   leave sharedStrings.xml alone, but readers (ExcelJS among them) do not decode the _xHHHH_
 *   escapes in them that the sheet text relies on, so shared strings are used;
 * - the parts the sheet refers to (its table, drawing, chart), renamed to free part names, with
 *   their relationships and content types;
 * - a <sheet> entry at the END of workbook.xml's <sheets>, so every existing sheet keeps its index
 *   and every localSheetId (a sheet index) in <definedNames> stays valid; the new sheet's own
 *   defined names (print area, print titles) get its index.
 *
 * A sheet that replaces the add-in's own earlier sheet (verified by the caller through the
 * own-sheet marker) keeps that sheet's part, <sheet> entry, name and position, so the officer's
 * formulas pointing at it keep working; the parts only that old sheet referred to are removed,
 * and so is calcChain.xml (Excel rebuilds it silently; a stale chain pointing at replaced cells
 * is the one thing Excel would "repair").
 *
 * Every other part is copied as it was: only workbook.xml, its relationships, [Content_Types].xml,
 * styles.xml and sharedStrings.xml change (and docProps/app.xml does not: its sheet list is informative only and
 * Excel rewrites it on save).
 */
import JSZip from "jszip";
import { createWriteStream } from "node:fs";
import { pipeline } from "node:stream/promises";
import {
  addOverride,
  attr,
  contentTypeOf,
  CT_WORKSHEET,
  escapeRegExp,
  escapeXml,
  freePartName,
  NS_OFFICE_REL,
  parseRels,
  readRels,
  readText,
  Relationship,
  relativeTarget,
  relsPathOf,
  relsXml,
  removeAttr,
  removeOverride,
  resolveTarget,
  REL_WORKSHEET,
  rootPrefix,
  setAttr,
  withPrefix,
  workbookPartPath,
} from "./package-parts";
import { StyleMerger } from "./style-merge";

export interface GraftSheet {
  /** The sheet's name in the scratch package, and in the result. */
  readonly name: string;
  /** A sheet of the officer's package replaced in place when present — only ever the add-in's own. */
  readonly replaces?: string;
  /** A sheet written directly rather than taken from the scratch package. */
  readonly direct?: DirectSheet;
}

/** Where a directly written sheet's strings and styles go in the officer's package. */
export interface GraftIds {
  /** The officer's shared-string index of a string item (the unprefixed inner XML of its <si>). */
  str(inner: string): number;
  /** The officer's cellXfs index of the scratch package's cellXfs index `s`. */
  xf(s: number): number;
}

/** The parts of a package, with its content types. */
export interface PartSource {
  readonly zip: JSZip;
  readonly types: string;
}

/**
 * A sheet whose XML is written by the caller with the officer's indices (a sheet of any size is
 * streamed, never held whole nor rewritten by pattern), with the parts it refers to.
 */
export interface DirectSheet {
  /** "hidden" or "veryHidden"; visible when absent. */
  readonly state?: string;
  /** The sheet's own <definedName> elements, unprefixed; the graft sets their localSheetId. */
  readonly definedNames: readonly string[];
  /** The parts the sheet refers to, in a package of their own, as the relationships of `part` there. */
  readonly related: PartSource & { readonly part: string; readonly rels: readonly Relationship[] };
  /** The worksheet XML (a stream for a large sheet), asked for once the sheet's place is known. */
  write(ids: GraftIds): Promise<string | Buffer | NodeJS.ReadableStream>;
}

export interface GraftResult {
  readonly bytes: Buffer;
  /** Parts of the input that are not in the result: those only a replaced own sheet used, and calcChain.xml. */
  readonly removedParts: readonly string[];
}

/** Built-in names a generated sheet owns; they are replaced with the new sheet's own. */
const SHEET_BUILTIN_NAMES = ["_xlnm.Print_Area", "_xlnm.Print_Titles", "_xlnm._FilterDatabase"];

/** workbook.xml children that follow <definedNames>, to create it in its place. */
const AFTER_DEFINED_NAMES = ["calcPr", "oleSize", "customWorkbookViews", "pivotCaches", "smartTagPr", "smartTagTypes", "webPublishing", "fileRecoveryPr", "webPublishObjects", "extLst"];

interface SheetTag {
  readonly tag: string;
  readonly at: number;
  readonly index: number;
  readonly name: string;
  readonly rid: string;
}

function sheetTags(workbookXml: string, p: string): SheetTag[] {
  const re = new RegExp(`<${escapeRegExp(p)}sheet(?=[\\s/>])[^>]*>`, "g");
  return [...workbookXml.matchAll(re)].map((m, index) => ({
    tag: m[0],
    at: m.index,
    index,
    name: attr(m[0], "name") ?? "",
    rid: /\s[\w.-]+:id\s*=\s*"([^"]*)"/.exec(m[0])?.[1] ?? "",
  }));
}

/** Source part of a relationships part: "xl/_rels/workbook.xml.rels" → "xl/workbook.xml"; "_rels/.rels" → "". */
function sourceOfRels(relsPath: string): string {
  const m = /^(.*?)_rels\/(.*)\.rels$/.exec(relsPath);
  return m ? `${m[1]}${m[2]}` : "";
}

function appendRel(relsXmlText: string, rel: Relationship): string {
  const el = `<Relationship Id="${escapeXml(rel.id)}" Type="${escapeXml(rel.type)}" Target="${escapeXml(rel.target)}"/>`;
  return relsXmlText.replace(/<\/((?:[\w.-]+:)?)Relationships>/, (_m, p: string) => `${p ? el.replace("<Relationship", `<${p}Relationship`) : el}</${p}Relationships>`);
}

function removeRel(relsXmlText: string, id: string): string {
  return relsXmlText.replace(/<(?:[\w.-]+:)?Relationship\b[^>]*>/g, (tag) => (attr(tag, "Id") === id ? "" : tag));
}

/**
 * The officer's shared string table, gaining the strings the grafted sheets use. Items are kept
 * as their inner XML (plain or rich text, escapes as written) and reused when identical.
 */
class SharedStrings {
  private readonly p: string;
  private readonly index = new Map<string, number>();
  private readonly added: string[] = [];
  private size = 0;
  private references = 0;

  constructor(private readonly original: string | undefined) {
    this.p = original ? rootPrefix(original, "sst") : "";
    if (!original) return;
    const p = escapeRegExp(this.p);
    for (const m of original.matchAll(new RegExp(`<${p}si>([\\s\\S]*?)</${p}si>|<${p}si\\s*/>`, "g"))) {
      const inner = m[1] ?? "";
      if (!this.index.has(inner)) this.index.set(inner, this.size);
      this.size++;
    }
  }

  /** Index in the officer's table of a scratch string (inner XML of its <si>, unprefixed). */
  id(scratchInner: string): number {
    this.references++;
    const inner = withPrefix(scratchInner, this.p);
    let at = this.index.get(inner);
    if (at === undefined) {
      at = this.size++;
      this.index.set(inner, at);
      this.added.push(inner);
    }
    return at;
  }

  /** The part's new text, or undefined when nothing was added. */
  result(): string | undefined {
    if (this.added.length === 0) return undefined;
    const items = this.added.map((i) => `<${this.p}si>${i}</${this.p}si>`).join("");
    if (!this.original) {
      return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${this.references}" uniqueCount="${this.size}">${items}</sst>`;
    }
    const p = escapeRegExp(this.p);
    let xml = this.original.replace(new RegExp(`<${p}sst\\b[^>]*>`), (tag) => {
      let t = setAttr(tag.replace(/\/>$/, ">"), "uniqueCount", String(this.size));
      const count = attr(tag, "count");
      if (count !== undefined) t = setAttr(t, "count", String(Number(count) + this.references));
      return t;
    });
    const close = `</${this.p}sst>`;
    // A table written as <sst .../> (empty) has no closing tag: the start tag was opened above.
    xml = xml.includes(close) ? xml.replace(close, `${items}${close}`) : `${xml}${items}${close}`;
    return xml;
  }
}

/** The strings of the scratch sharedStrings part, each as the inner XML of its <si>. */
function sharedStringItems(xml: string | undefined): string[] {
  if (!xml) return [];
  return [...xml.matchAll(/<si>([\s\S]*?)<\/si>|<si\/>/g)].map((m) => m[1] ?? "");
}

/**
 * The scratch sheet's XML made fit for the officer's package: string and style indices remapped,
 * and not selected (the officer's active sheet stays the one they left open).
 */
function adaptSheetXml(xml: string, str: (s: number) => number, xf: (s: number) => number): string {
  return xml
    .replace(/<c\b([^>]*?)\st="s"([^>]*)>\s*<v>(\d+)<\/v>\s*<\/c>/g, (_m, a: string, b: string, n: string) => `<c${a} t="s"${b}><v>${str(Number(n))}</v></c>`)
    .replace(/<(?:c|row)\b[^>]*>/g, (tag) => tag.replace(/(\ss=")(\d+)"/, (_m, pre: string, n: string) => `${pre}${xf(Number(n))}"`))
    .replace(/<col\b[^>]*>/g, (tag) => tag.replace(/(\sstyle=")(\d+)"/, (_m, pre: string, n: string) => `${pre}${xf(Number(n))}"`))
    .replace(/\stabSelected="(?:1|true)"/g, "");
}

class Graft {
  types = "";
  readonly reserved = new Set<string>();
  readonly removed: string[] = [];
  private tableIds?: number;

  constructor(
    readonly out: JSZip,
    readonly scratch: PartSource,
  ) {}

  /** Copies a part of `from` and, recursively, the parts it refers to; returns its name in the officer's package. */
  async copyTree(src: string, from: PartSource = this.scratch, copied = new Map<string, string>()): Promise<string> {
    const known = copied.get(src);
    if (known) return known;
    const dst = freePartName(this.out, src, this.reserved);
    copied.set(src, dst);
    const contentType = contentTypeOf(from.types, src);
    if (contentType?.endsWith("table+xml")) {
      // Table ids are unique across the workbook.
      const xml = (await readText(from.zip, src))!;
      const id = await this.nextTableId();
      this.out.file(dst, xml.replace(/<table\b[^>]*>/, (tag) => setAttr(tag, "id", String(id))));
    } else {
      this.out.file(dst, await from.zip.file(src)!.async("uint8array"));
    }
    const rels = await readRels(from.zip, src);
    if (rels.length > 0) {
      const mapped: Relationship[] = [];
      for (const r of rels) mapped.push(r.external ? r : { ...r, target: relativeTarget(dst, await this.copyTree(resolveTarget(src, r.target), from, copied)) });
      this.out.file(relsPathOf(dst), relsXml(mapped));
    }
    if (contentType) this.types = addOverride(this.types, dst, contentType);
    return dst;
  }

  private async nextTableId(): Promise<number> {
    if (this.tableIds === undefined) {
      let max = 0;
      for (const name of Object.keys(this.out.files)) {
        if (this.out.files[name].dir || !contentTypeOf(this.types, name)?.endsWith("table+xml")) continue;
        const xml = (await readText(this.out, name)) ?? "";
        max = Math.max(max, Number(attr(/<(?:[\w.-]+:)?table\b[^>]*>/.exec(xml)?.[0] ?? "", "id") ?? 0) || 0);
      }
      this.tableIds = max;
    }
    return ++this.tableIds;
  }

  /** Whether any relationship outside `except` (relationship parts) points at `part`. */
  private async referencedElsewhere(part: string, except: ReadonlySet<string>): Promise<boolean> {
    for (const name of Object.keys(this.out.files)) {
      if (!name.endsWith(".rels") || except.has(name) || this.out.files[name].dir) continue;
      const source = sourceOfRels(name);
      const rels = parseRels((await readText(this.out, name)) ?? "");
      if (rels.some((r) => !r.external && resolveTarget(source, r.target) === part)) return true;
    }
    return false;
  }

  /** Removes the parts only `part` refers to (recursively) and its relationships part; `part` itself stays. */
  async removeChildren(part: string, except = new Set<string>()): Promise<void> {
    const relsPath = relsPathOf(part);
    except.add(relsPath);
    for (const r of await readRels(this.out, part)) {
      if (r.external) continue;
      const child = resolveTarget(part, r.target);
      if (!this.out.file(child) || (await this.referencedElsewhere(child, except))) continue;
      await this.removeChildren(child, except);
      this.removePart(child);
    }
    if (this.out.file(relsPath)) this.out.remove(relsPath);
  }

  removePart(part: string): void {
    this.out.remove(part);
    this.types = removeOverride(this.types, part);
    this.removed.push(part);
  }
}

/** workbook.xml with `names` (scratch <definedName> elements) added for the sheet at `index`, replacing its own built-in names. */
function withSheetNames(workbookXml: string, p: string, index: number, names: readonly string[], replace: boolean): string {
  let xml = workbookXml;
  const own = new Set([...SHEET_BUILTIN_NAMES, ...names.map((n) => attr(n, "name") ?? "")]);
  if (replace) {
    const re = new RegExp(`<${escapeRegExp(p)}definedName\\b([^>]*)>[\\s\\S]*?</${escapeRegExp(p)}definedName>|<${escapeRegExp(p)}definedName\\b[^>]*/>`, "g");
    xml = xml.replace(re, (el) => {
      const head = /^<[^>]*>/.exec(el)![0];
      return attr(head, "localSheetId") === String(index) && own.has(attr(head, "name") ?? "") ? "" : el;
    });
    xml = xml.replace(new RegExp(`<${escapeRegExp(p)}definedNames>\\s*</${escapeRegExp(p)}definedNames>`), "");
  }
  if (names.length === 0) return xml;
  const added = names
    .map((n) => {
      const head = /^<[^>]*>/.exec(n)![0];
      const body = n.slice(head.length).replace(/<\/definedName>$/, "");
      return `${setAttr(head, "localSheetId", String(index)).replace(/^<definedName/, `<${p}definedName`)}${body}</${p}definedName>`;
    })
    .join("");
  const close = `</${p}definedNames>`;
  if (xml.includes(close)) return xml.replace(close, `${added}${close}`);
  const selfClosed = new RegExp(`<${escapeRegExp(p)}definedNames\\s*/>`);
  if (selfClosed.test(xml)) return xml.replace(selfClosed, `<${p}definedNames>${added}${close}`);
  const later = AFTER_DEFINED_NAMES.map((n) => new RegExp(`<${escapeRegExp(p)}${n}(?=[\\s/>])`).exec(xml)?.index).filter((i): i is number => i !== undefined);
  const at = later.length ? Math.min(...later) : xml.lastIndexOf(`</${p}workbook>`);
  return `${xml.slice(0, at)}<${p}definedNames>${added}${close}${xml.slice(at)}`;
}

/** Grafts the named sheets of the scratch package (written by ExcelJS) into the officer's package. */
export async function graftSheets(original: Buffer, scratchBytes: Buffer, sheets: readonly GraftSheet[]): Promise<GraftResult> {
  const { out, removedParts } = await graft(original, scratchBytes, sheets);
  return { bytes: await out.generateAsync(GENERATE), removedParts };
}

/**
 * The same, written to `file` as it is compressed: the parts the graft leaves alone are copied
 * still compressed, and no part or package is held whole in memory.
 */
export async function graftSheetsToFile(original: Buffer, scratchBytes: Buffer, sheets: readonly GraftSheet[], file: string): Promise<{ removedParts: readonly string[] }> {
  const { out, removedParts } = await graft(original, scratchBytes, sheets);
  await pipeline(out.generateNodeStream(GENERATE), createWriteStream(file));
  return { removedParts };
}

/** Local headers carry sizes (no data descriptors): only the compressed form of one part is buffered. */
const GENERATE = { type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 6 }, streamFiles: false } as const;

async function graft(original: Buffer, scratchBytes: Buffer, sheets: readonly GraftSheet[]): Promise<{ out: JSZip; removedParts: string[] }> {
  const out = await JSZip.loadAsync(original);
  const scratch = await JSZip.loadAsync(scratchBytes);
  const g = new Graft(out, { zip: scratch, types: (await readText(scratch, "[Content_Types].xml")) ?? "" });
  const originalTypes = (await readText(out, "[Content_Types].xml")) ?? "";
  g.types = originalTypes;

  const wbPath = await workbookPartPath(out);
  const wbRelsPath = relsPathOf(wbPath);
  const originalWb = (await readText(out, wbPath)) ?? "";
  let wbXml = originalWb;
  const originalWbRels = (await readText(out, wbRelsPath)) ?? relsXml([]);
  let wbRels = originalWbRels;
  const p = rootPrefix(wbXml, "workbook");
  const relPrefix = new RegExp(`xmlns:([\\w.-]+)\\s*=\\s*"${escapeRegExp(NS_OFFICE_REL)}"`).exec(wbXml)?.[1];

  const scrWbPath = await workbookPartPath(scratch);
  const scrWb = (await readText(scratch, scrWbPath)) ?? "";
  const scrWbRels = await readRels(scratch, scrWbPath);
  const scrPartOf = (type: string) => {
    const rel = scrWbRels.find((r) => r.type.endsWith(type));
    return rel ? resolveTarget(scrWbPath, rel.target) : undefined;
  };
  const strings = sharedStringItems(await readText(scratch, scrPartOf("/sharedStrings") ?? ""));
  const sstRel = parseRels(wbRels).find((r) => r.type.endsWith("/sharedStrings"));
  const sstPath = sstRel ? resolveTarget(wbPath, sstRel.target) : undefined;
  const sst = new SharedStrings(sstPath ? await readText(out, sstPath) : undefined);
  const str = (n: number) => sst.id(strings[n] ?? "");

  // Styles: appended to the officer's styles.xml; a package without one gets the scratch's whole.
  const stylesRel = parseRels(wbRels).find((r) => r.type.endsWith("/styles"));
  const scrStylesPath = scrPartOf("/styles");
  const scrStyles = (await readText(scratch, scrStylesPath ?? "")) ?? "";
  const stylesPath = stylesRel ? resolveTarget(wbPath, stylesRel.target) : undefined;
  const originalStyles = stylesPath ? await readText(out, stylesPath) : undefined;
  const merger = originalStyles !== undefined ? new StyleMerger(originalStyles, scrStyles) : undefined;
  if (!merger && scrStylesPath) {
    const copied = await g.copyTree(scrStylesPath);
    wbRels = appendRel(wbRels, { id: freeRelId(wbRels), type: `${NS_OFFICE_REL}/styles`, target: relativeTarget(wbPath, copied), external: false });
  }
  const xf = (s: number) => (merger ? merger.xf(s) : s);
  const ids: GraftIds = { str: (inner) => sst.id(inner), xf };

  let replacedAny = false;
  const scrTags = sheetTags(scrWb, rootPrefix(scrWb, "workbook"));
  /** A sheet of the scratch package, its XML remapped to the officer's indices. */
  const scratchSheet = async (name: string): Promise<DirectSheet> => {
    const scrTag = scrTags.find((t) => t.name === name);
    const scrRel = scrTag && scrWbRels.find((r) => r.id === scrTag.rid);
    if (!scrTag || !scrRel) throw new Error(`lembar "${name}" tidak ada di paket sementara`);
    const scrPart = resolveTarget(scrWbPath, scrRel.target);
    return {
      state: attr(scrTag.tag, "state"),
      definedNames: [...scrWb.matchAll(/<definedName\b[^>]*>[\s\S]*?<\/definedName>/g)].map((m) => m[0]).filter((n) => attr(/^<[^>]*>/.exec(n)![0], "localSheetId") === String(scrTag.index)),
      related: { ...g.scratch, part: scrPart, rels: await readRels(scratch, scrPart) },
      write: async () => adaptSheetXml((await readText(scratch, scrPart)) ?? "", str, xf),
    };
  };
  for (const sheet of sheets) {
    const source = sheet.direct ?? (await scratchSheet(sheet.name));
    const { state, definedNames: scrNames } = source;

    const tags = sheetTags(wbXml, p);
    const old = sheet.replaces === undefined ? undefined : tags.find((t) => t.name === sheet.replaces);
    const clash = tags.find((t) => t.name.toLowerCase() === sheet.name.toLowerCase() && t !== old);
    // Never write over (or beside, under the same name) a sheet that is not the one being replaced.
    if (clash) throw new Error(`lembar "${sheet.name}" sudah ada di berkas dan bukan lembar buatan add-in`);

    let part: string;
    let index: number;
    if (old) {
      const rel = parseRels(wbRels).find((r) => r.id === old.rid);
      if (!rel) throw new Error(`lembar "${old.name}" tidak ditemukan di paket`);
      part = resolveTarget(wbPath, rel.target);
      await g.removeChildren(part);
      index = old.index;
      let tag = setAttr(old.tag, "name", sheet.name);
      tag = state && state !== "visible" ? setAttr(tag, "state", state) : removeAttr(tag, "state");
      wbXml = wbXml.slice(0, old.at) + tag + wbXml.slice(old.at + old.tag.length);
      replacedAny = true;
    } else {
      part = freePartName(out, "xl/worksheets/sheet1.xml", g.reserved);
      const rid = freeRelId(wbRels);
      wbRels = appendRel(wbRels, { id: rid, type: REL_WORKSHEET, target: relativeTarget(wbPath, part), external: false });
      g.types = addOverride(g.types, part, CT_WORKSHEET);
      const sheetId = Math.max(0, ...tags.map((t) => Number(attr(t.tag, "sheetId")) || 0)) + 1;
      const r = relPrefix ?? "r";
      const tag = `<${p}sheet name="${escapeXml(sheet.name)}" sheetId="${sheetId}"${state && state !== "visible" ? ` state="${state}"` : ""} ${r}:id="${rid}"${relPrefix ? "" : ` xmlns:r="${NS_OFFICE_REL}"`}/>`;
      const close = `</${p}sheets>`;
      wbXml = wbXml.includes(close) ? wbXml.replace(close, `${tag}${close}`) : wbXml.replace(new RegExp(`<${escapeRegExp(p)}sheets\\s*/>`), `<${p}sheets>${tag}${close}`);
      index = tags.length;
    }

    const rels: Relationship[] = [];
    const { related } = source;
    for (const r of related.rels) {
      rels.push(r.external ? r : { ...r, target: relativeTarget(part, await g.copyTree(resolveTarget(related.part, r.target), related)) });
    }
    out.file(part, await source.write(ids));
    if (rels.length > 0) out.file(relsPathOf(part), relsXml(rels));
    wbXml = withSheetNames(wbXml, p, index, scrNames, old !== undefined);
  }

  if (replacedAny) {
    const calc = parseRels(wbRels).find((r) => r.type.endsWith("/calcChain"));
    if (calc) {
      g.removePart(resolveTarget(wbPath, calc.target));
      wbRels = removeRel(wbRels, calc.id);
    }
  }

  const sstXml = sst.result();
  if (sstXml !== undefined) {
    if (sstPath) out.file(sstPath, sstXml);
    else {
      const part = freePartName(out, "xl/sharedStrings.xml", g.reserved);
      out.file(part, sstXml);
      wbRels = appendRel(wbRels, { id: freeRelId(wbRels), type: `${NS_OFFICE_REL}/sharedStrings`, target: relativeTarget(wbPath, part), external: false });
      g.types = addOverride(g.types, part, "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml");
    }
  }
  if (wbXml !== originalWb) out.file(wbPath, wbXml);
  if (wbRels !== originalWbRels) out.file(wbRelsPath, wbRels);
  if (g.types !== originalTypes) out.file("[Content_Types].xml", g.types);
  if (merger && stylesPath && merger.changed) out.file(stylesPath, merger.result());
  return { out, removedParts: g.removed };
}

function freeRelId(relsXmlText: string): string {
  const ids = new Set(parseRels(relsXmlText).map((r) => r.id));
  let i = 1;
  while (ids.has(`rIdKinerja${i}`)) i++;
  return `rIdKinerja${i}`;
}
