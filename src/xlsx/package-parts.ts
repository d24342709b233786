/**
 * Small, dependency-free helpers for the Open Packaging Conventions side of an .xlsx/.xlsm: part
 * paths, relationships and content types. Used where the officer's package is edited in place
 * rather than rewritten by ExcelJS (see package-graft.ts).
 */
import JSZip from "jszip";

export const NS_OFFICE_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
export const REL_WORKSHEET = `${NS_OFFICE_REL}/worksheet`;
export const CT_WORKSHEET = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
export const REL_TABLE = `${NS_OFFICE_REL}/table`;
export const CT_TABLE = "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml";
/** The workbook part of an .xlsm: Excel opens such a package only under the .xlsm extension. */
export const CT_MACRO_WORKBOOK = "application/vnd.ms-excel.sheet.macroEnabled.main+xml";

export interface Relationship {
  readonly id: string;
  readonly type: string;
  readonly target: string;
  readonly external: boolean;
}

export function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

export function decodeXml(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&#x([0-9a-fA-F]+);/g, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&amp;/g, "&");
}

/** The value of attribute `name` in one start tag, decoded; undefined when absent. */
export function attr(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name.replace(/[.:]/g, "\\$&")}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(tag);
  return m ? decodeXml(m[1] ?? m[2]) : undefined;
}

/** The start tag with attribute `name` set to `value` (added before the tag's end when missing). */
export function setAttr(tag: string, name: string, value: string): string {
  const re = new RegExp(`(\\s${name.replace(/[.:]/g, "\\$&")}\\s*=\\s*)(?:"[^"]*"|'[^']*')`);
  if (re.test(tag)) return tag.replace(re, `$1"${escapeXml(value)}"`);
  return tag.replace(/\s*(\/?)>$/, ` ${name}="${escapeXml(value)}"$1>`);
}

export function removeAttr(tag: string, name: string): string {
  return tag.replace(new RegExp(`\\s${name.replace(/[.:]/g, "\\$&")}\\s*=\\s*(?:"[^"]*"|'[^']*')`), "");
}

/**
 * The namespace prefix ("" or "x:") the part's root element uses. Most writers use the default
 * namespace, but Open XML SDK files may say <x:workbook>; elements added to such a part need it.
 */
export function rootPrefix(xml: string, localName: string): string {
  return new RegExp(`<([A-Za-z_][\\w.-]*:)?${localName}[\\s>]`).exec(xml)?.[1] ?? "";
}

/** Gives unprefixed scratch markup the officer's prefix ("x:") when their part uses one. */
export function withPrefix(markup: string, p: string): string {
  return p ? markup.replace(/<(\/?)([A-Za-z_][\w.-]*)(?=[\s/>])/g, (m, slash: string, name: string) => (name.includes(":") ? m : `<${slash}${p}${name}`)) : markup;
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** "xl/worksheets/sheet1.xml" → "xl/worksheets/_rels/sheet1.xml.rels"; "" (the package) → "_rels/.rels". */
export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

function normalise(path: string): string {
  const out: string[] = [];
  for (const seg of path.split("/")) {
    if (seg === "" || seg === ".") continue;
    if (seg === "..") out.pop();
    else out.push(seg);
  }
  return out.join("/");
}

/** The part a relationship of `fromPart` points at (targets are relative to the source's folder, or absolute). */
export function resolveTarget(fromPart: string, target: string): string {
  const clean = decodeURI(target);
  if (clean.startsWith("/")) return normalise(clean);
  return normalise(`${fromPart.slice(0, fromPart.lastIndexOf("/") + 1)}${clean}`);
}

/** `toPart` as a target relative to `fromPart`'s folder. */
export function relativeTarget(fromPart: string, toPart: string): string {
  const from = fromPart.split("/").slice(0, -1);
  const to = toPart.split("/");
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => ".."), ...to.slice(common)].join("/");
}

export function parseRels(xml: string): Relationship[] {
  return [...xml.matchAll(/<(?:[\w.-]+:)?Relationship\b[^>]*>/g)].map((m) => ({
    id: attr(m[0], "Id") ?? "",
    type: attr(m[0], "Type") ?? "",
    target: attr(m[0], "Target") ?? "",
    external: attr(m[0], "TargetMode") === "External",
  }));
}

export function relsXml(rels: readonly Relationship[]): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels
    .map((r) => `<Relationship Id="${escapeXml(r.id)}" Type="${escapeXml(r.type)}" Target="${escapeXml(r.target)}"${r.external ? ' TargetMode="External"' : ""}/>`)
    .join("")}</Relationships>`;
}

export async function readText(zip: JSZip, path: string): Promise<string | undefined> {
  const file = zip.file(path);
  return file ? file.async("string") : undefined;
}

export async function readRels(zip: JSZip, part: string): Promise<Relationship[]> {
  const xml = await readText(zip, relsPathOf(part));
  return xml ? parseRels(xml) : [];
}

/** The workbook part, from the package relationships (practically always xl/workbook.xml). */
export async function workbookPartPath(zip: JSZip): Promise<string> {
  const rel = (await readRels(zip, "")).find((r) => r.type.endsWith("/officeDocument"));
  return rel ? resolveTarget("", rel.target) : "xl/workbook.xml";
}

/** The content type [Content_Types].xml gives a part: its Override, else the Default for its extension. */
export function contentTypeOf(typesXml: string, part: string): string | undefined {
  for (const m of typesXml.matchAll(/<(?:[\w.-]+:)?Override\b[^>]*>/g)) {
    if ((attr(m[0], "PartName") ?? "").replace(/^\//, "").toLowerCase() === part.toLowerCase()) return attr(m[0], "ContentType");
  }
  const ext = part.slice(part.lastIndexOf(".") + 1).toLowerCase();
  for (const m of typesXml.matchAll(/<(?:[\w.-]+:)?Default\b[^>]*>/g)) {
    if ((attr(m[0], "Extension") ?? "").toLowerCase() === ext) return attr(m[0], "ContentType");
  }
  return undefined;
}

export function addOverride(typesXml: string, part: string, contentType: string): string {
  const without = removeOverride(typesXml, part);
  return without.replace(/<\/((?:[\w.-]+:)?)Types>/, `<$1Override PartName="/${escapeXml(part)}" ContentType="${escapeXml(contentType)}"/></$1Types>`);
}

export function removeOverride(typesXml: string, part: string): string {
  return typesXml.replace(/<(?:[\w.-]+:)?Override\b[^>]*>/g, (tag) => ((attr(tag, "PartName") ?? "").replace(/^\//, "").toLowerCase() === part.toLowerCase() ? "" : tag));
}

/** A free part name like the given one ("xl/tables/table1.xml" → "xl/tables/table3.xml"); names compare case-insensitively. */
export function freePartName(zip: JSZip, like: string, reserved: Set<string>): string {
  const m = /^(.*?)(\d*)(\.[^./]+)$/.exec(like);
  const stem = m ? m[1] : like;
  const ext = m ? m[3] : "";
  const taken = new Set([...Object.keys(zip.files).map((n) => n.toLowerCase()), ...reserved]);
  // A name without a number (styles.xml, sharedStrings.xml) is kept when free: some readers,
  // ExcelJS among them, look for those parts by name rather than through the relationships.
  if (m && m[2] === "" && !taken.has(like.toLowerCase())) {
    reserved.add(like.toLowerCase());
    return like;
  }
  let i = 1;
  while (taken.has(`${stem}${i}${ext}`.toLowerCase())) i++;
  const name = `${stem}${i}${ext}`;
  reserved.add(name.toLowerCase());
  return name;
}
