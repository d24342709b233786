/**
 * The cell formats a grafted sheet uses, carried from ExcelJS's scratch styles.xml into the
 * officer's styles.xml. Only records are appended (and reused when an identical one exists), so
 * every style index the officer's cells use keeps meaning exactly what it meant.
 */
import { attr, escapeRegExp, escapeXml, rootPrefix, setAttr, withPrefix } from "./package-parts";

interface Section {
  /** Start of the opening tag, end of the closing tag, in the part's text; undefined when absent. */
  readonly span?: { readonly start: number; readonly end: number };
  readonly items: string[];
}

function section(xml: string, p: string, name: string, item: string): Section {
  const open = new RegExp(`<${escapeRegExp(p)}${name}(?=[\\s/>])[^>]*?(/?)>`).exec(xml);
  if (!open) return { items: [] };
  if (open[1] === "/") return { span: { start: open.index, end: open.index + open[0].length }, items: [] };
  const closeTag = `</${p}${name}>`;
  const closeAt = xml.indexOf(closeTag, open.index);
  const inner = xml.slice(open.index + open[0].length, closeAt);
  const itemRe = new RegExp(`<${escapeRegExp(p)}${item}(?=[\\s/>])[^>]*?/>|<${escapeRegExp(p)}${item}(?=[\\s>])[^>]*>[\\s\\S]*?</${escapeRegExp(p)}${item}>`, "g");
  return { span: { start: open.index, end: closeAt + closeTag.length }, items: [...inner.matchAll(itemRe)].map((m) => m[0]) };
}

/** Order of styleSheet's children, to insert a section the officer's file lacks in its place. */
const ORDER = ["numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs", "tableStyles", "colors", "extLst"];

export class StyleMerger {
  private readonly p: string;
  private readonly target: Record<string, Section & { items: string[]; changed: boolean }> = {};
  private readonly scratch: Record<string, Section>;
  private readonly xfMap = new Map<number, number>();
  private readonly recordMap = new Map<string, number>();
  private readonly numFmtMap = new Map<number, number>();

  constructor(
    private readonly original: string,
    scratchXml: string,
  ) {
    this.p = rootPrefix(original, "styleSheet");
    for (const [name, item] of [
      ["numFmts", "numFmt"],
      ["fonts", "font"],
      ["fills", "fill"],
      ["borders", "border"],
      ["cellXfs", "xf"],
    ]) {
      this.target[name] = { ...section(original, this.p, name, item), changed: false };
    }
    this.scratch = Object.fromEntries(
      [
        ["numFmts", "numFmt"],
        ["fonts", "font"],
        ["fills", "fill"],
        ["borders", "border"],
        ["cellXfs", "xf"],
      ].map(([name, item]) => [name, section(scratchXml, "", name, item)]),
    );
  }

  /** The officer's index of a record equal to the scratch's record `index` of `name`, appended when missing. */
  private record(name: "fonts" | "fills" | "borders", index: number): number {
    const key = `${name}:${index}`;
    const known = this.recordMap.get(key);
    if (known !== undefined) return known;
    const markup = withPrefix(this.scratch[name].items[index] ?? this.scratch[name].items[0], this.p);
    const target = this.target[name];
    let at = target.items.indexOf(markup);
    if (at < 0) {
      at = target.items.push(markup) - 1;
      target.changed = true;
    }
    this.recordMap.set(key, at);
    return at;
  }

  private numFmt(id: number): number {
    if (id < 164) return id; // built-in formats mean the same in every workbook
    const known = this.numFmtMap.get(id);
    if (known !== undefined) return known;
    const code = this.scratch.numFmts.items.map((t) => ({ id: Number(attr(t, "numFmtId")), code: attr(t, "formatCode") })).find((f) => f.id === id)?.code ?? "General";
    const target = this.target.numFmts;
    const existing = target.items.find((t) => attr(t, "formatCode") === code);
    let mapped: number;
    if (existing) mapped = Number(attr(existing, "numFmtId"));
    else {
      mapped = Math.max(163, ...target.items.map((t) => Number(attr(t, "numFmtId")) || 0)) + 1;
      target.items.push(`<${this.p}numFmt numFmtId="${mapped}" formatCode="${escapeXml(code)}"/>`);
      target.changed = true;
    }
    this.numFmtMap.set(id, mapped);
    return mapped;
  }

  /** The officer's cellXfs index for the scratch's cellXfs index `s`. */
  xf(s: number): number {
    const known = this.xfMap.get(s);
    if (known !== undefined) return known;
    let tag = withPrefix(this.scratch.cellXfs.items[s] ?? this.scratch.cellXfs.items[0], this.p);
    const head = /^<[^>]*>/.exec(tag)![0];
    let newHead = head;
    newHead = setAttr(newHead, "numFmtId", String(this.numFmt(Number(attr(head, "numFmtId") ?? 0))));
    newHead = setAttr(newHead, "fontId", String(this.record("fonts", Number(attr(head, "fontId") ?? 0))));
    newHead = setAttr(newHead, "fillId", String(this.record("fills", Number(attr(head, "fillId") ?? 0))));
    newHead = setAttr(newHead, "borderId", String(this.record("borders", Number(attr(head, "borderId") ?? 0))));
    // The officer's Normal cell style; the scratch's own cell style record is not carried over.
    newHead = setAttr(newHead, "xfId", "0");
    tag = newHead + tag.slice(head.length);
    const target = this.target.cellXfs;
    let at = target.items.indexOf(tag);
    if (at < 0) {
      at = target.items.push(tag) - 1;
      target.changed = true;
    }
    this.xfMap.set(s, at);
    return at;
  }

  get changed(): boolean {
    return Object.values(this.target).some((t) => t.changed);
  }

  /** The officer's styles.xml with the appended records, or the original text when nothing was added. */
  result(): string {
    if (!this.changed) return this.original;
    const edits: { start: number; end: number; text: string }[] = [];
    for (const name of ["numFmts", "fonts", "fills", "borders", "cellXfs"]) {
      const t = this.target[name];
      if (!t.changed) continue;
      const body = t.items.join("");
      if (t.span) {
        const old = this.original.slice(t.span.start, t.span.end);
        const openTag = /^<[^>]*?\/?>/.exec(old)![0].replace(/\/>$/, ">");
        const closeTag = `</${this.p}${name}>`;
        edits.push({ start: t.span.start, end: t.span.end, text: `${setAttr(openTag, "count", String(t.items.length))}${body}${closeTag}` });
      } else {
        // Insert before the first later section present (e.g. numFmts before fonts).
        const later = ORDER.slice(ORDER.indexOf(name) + 1)
          .map((n) => new RegExp(`<${escapeRegExp(this.p)}${n}(?=[\\s/>])`).exec(this.original)?.index)
          .filter((i): i is number => i !== undefined);
        const at = later.length ? Math.min(...later) : this.original.lastIndexOf(`</${this.p}styleSheet>`);
        edits.push({ start: at, end: at, text: `<${this.p}${name} count="${t.items.length}">${body}</${this.p}${name}>` });
      }
    }
    let out = this.original;
    // From the end backwards; at one position the section replaced goes before the section
    // inserted ahead of it, so neither edit shifts the other.
    for (const e of edits.sort((a, b) => b.start - a.start || b.end - a.end)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
    return out;
  }
}
