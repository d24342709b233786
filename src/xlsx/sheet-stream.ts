/**
 * The parts of an .xlsx package the engine needs, read as streams of XML events (saxes, the
 * parser ExcelJS itself uses) so that no part is ever held whole: the workbook's sheets, the
 * shared strings, which cell styles are dates, and each sheet's cells as SheetData.
 *
 * Values are exactly what sheet-data.ts gives from ExcelJS's model (and so what Excel's
 * `range.values` gives): cached formula results, dates as serial numbers, rich text joined,
 * error codes as { error }, merged cells blank except their first cell, the used range spanning
 * merged areas whose first cell holds a value. ExcelJS's own reading rules are followed where
 * they matter for values: a style counts as a date by ExcelJS's test of its number format,
 * `_xHHHH_` escapes are decoded in shared and rich text only, `t="str"` results are decoded once
 * more, booleans are "any number but 0".
 */
import { SaxesParser, SaxesTagPlain } from "saxes";
import { StringDecoder } from "node:string_decoder";
import { CellValue, normaliseCell, SheetData } from "../workbook/sheet-data";
import { ColumnGridBuilder, GridMerge } from "../workbook/column-grid";
import { SharedTexts, TextPool } from "../workbook/text-pool";
import { ExpansionBudget, unpackEntry, ZipEntry, ZipSource } from "./zip-read";

/** The XML of a package part is malformed. */
export class XmlFormatError extends Error {}

interface XmlHandlers {
  open(name: string, attributes: Record<string, string>): void;
  text?(text: string): void;
  close?(name: string): void;
}

function localName(name: string): string {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
}

/** Streams one part through the XML parser, element names without their namespace prefix. */
export async function parsePart(source: ZipSource, entry: ZipEntry, budget: ExpansionBudget, handlers: XmlHandlers): Promise<void> {
  const parser = new SaxesParser({ xmlns: false, position: false });
  let failure: Error | undefined;
  parser.on("error", (error) => {
    failure ??= error;
  });
  parser.on("opentag", (tag: SaxesTagPlain) => handlers.open(localName(tag.name), tag.attributes));
  if (handlers.text) parser.on("text", handlers.text);
  const close = handlers.close;
  if (close) parser.on("closetag", (tag: SaxesTagPlain) => close(localName(tag.name)));
  const decoder = new StringDecoder("utf8");
  const check = () => {
    if (failure) throw new XmlFormatError(`isi ${entry.name} bukan XML yang sah (${failure.message.split("\n")[0]})`);
  };
  await unpackEntry(source, entry, budget, (chunk) => {
    parser.write(decoder.write(chunk));
    check();
  });
  parser.write(decoder.end());
  parser.close();
  check();
}

/** A small part as text (relationships, the workbook part, tables). */
export async function readPartText(source: ZipSource, entry: ZipEntry, budget: ExpansionBudget): Promise<string> {
  const decoder = new StringDecoder("utf8");
  let text = "";
  await unpackEntry(source, entry, budget, (chunk) => (text += decoder.write(chunk)));
  return text + decoder.end();
}

/**
 * A copy of text cut from the XML that does not keep the XML alive: V8 makes a substring of 13
 * characters or more a view into its parent, so one NIP kept from a 64 KB chunk would keep the
 * whole chunk (and a sheet of inline strings its whole XML). A JSON round trip is the cheapest
 * way measured to get a flat string of the text's own length (42 bytes for a NIP, against 80 for
 * concatenating and slicing again); it gives back exactly the same text.
 */
function own(text: string): string {
  return text.length < 13 ? text : (JSON.parse(JSON.stringify(text)) as string);
}

// ---------------------------------------------------------------------------------------------
// Workbook part

export interface WorkbookSheetEntry {
  readonly name: string;
  readonly relId: string;
  readonly state: "visible" | "hidden" | "veryHidden";
}

export interface WorkbookPart {
  readonly sheets: readonly WorkbookSheetEntry[];
  readonly date1904: boolean;
}

export async function readWorkbookPart(source: ZipSource, entry: ZipEntry, budget: ExpansionBudget): Promise<WorkbookPart> {
  const sheets: WorkbookSheetEntry[] = [];
  let date1904 = false;
  await parsePart(source, entry, budget, {
    open(name, a) {
      if (name === "sheet") {
        const relKey = Object.keys(a).find((k) => k !== "id" && localName(k) === "id");
        const state = a.state === "hidden" || a.state === "veryHidden" ? a.state : "visible";
        sheets.push({ name: a.name ?? "", relId: relKey ? a[relKey] : "", state });
      } else if (name === "workbookPr") date1904 = a.date1904 === "1";
    },
  });
  return { sheets, date1904 };
}

// ---------------------------------------------------------------------------------------------
// Styles: which cell formats (cellXfs) show dates

/** Built-in number formats ExcelJS knows as dates (its defaultnumformats table, tested by isDateFmt). */
const BUILTIN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

/** ExcelJS's utils.isDateFmt: a date/time letter outside quotes and brackets. */
export function isDateFormat(code: string | undefined): boolean {
  if (!code) return false;
  return /[ymdhMsb]+/.test(code.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, ""));
}

export async function readDateStyles(source: ZipSource, entry: ZipEntry, budget: ExpansionBudget): Promise<boolean[]> {
  const custom = new Map<number, string>();
  const formatIds: number[] = [];
  // Only the workbook's number formats and cell formats (not those of conditional formats).
  let inside: "numFmts" | "cellXfs" | undefined;
  await parsePart(source, entry, budget, {
    open(name, a) {
      if (name === "numFmts" || name === "cellXfs") inside = name;
      else if (name === "numFmt" && inside === "numFmts") custom.set(parseInt(a.numFmtId, 10), a.formatCode);
      else if (name === "xf" && inside === "cellXfs") formatIds.push(parseInt(a.numFmtId, 10));
    },
    close(name) {
      if (name === inside) inside = undefined;
    },
  });
  return formatIds.map((id) => {
    if (!id) return false;
    const code = custom.get(id);
    return code ? isDateFormat(code) : BUILTIN_DATE_FORMATS.has(id);
  });
}

// ---------------------------------------------------------------------------------------------
// Shared strings

/** ExcelJS decodes `_xHHHH_` (an escaped character) in shared and rich text. */
function decodeEscapes(text: string): string {
  return text.indexOf("_x") < 0 ? text : text.replace(/_x([0-9A-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** Each shared string as the cell value it gives (plain text normalised; rich text joined). */
export async function readSharedStrings(source: ZipSource, entry: ZipEntry, budget: ExpansionBudget): Promise<TextPool> {
  const strings = new TextPool();
  let plain: string | undefined;
  let runs: string[] | undefined;
  let run: string | undefined;
  let text: string[] | undefined;
  let depth = 0; // inside <rPh> (phonetic guide text, not part of the value)
  await parsePart(source, entry, budget, {
    open(name) {
      if (depth > 0 || name === "rPh") {
        depth++;
        return;
      }
      if (name === "si") {
        plain = undefined;
        runs = undefined;
      } else if (name === "r") {
        runs ??= [];
        run = "";
      } else if (name === "t") text = [];
    },
    text(t) {
      if (depth === 0 && text) text.push(t);
    },
    close(name) {
      if (depth > 0) {
        depth--;
        return;
      }
      if (name === "t" && text) {
        const value = decodeEscapes(text.join(""));
        text = undefined;
        if (run !== undefined) run = value;
        else plain = value;
      } else if (name === "r" && runs) {
        runs.push(run ?? "");
        run = undefined;
      } else if (name === "si") {
        strings.push(runs ? own(runs.join("")) || null : normaliseCell(plain === undefined ? null : own(plain)));
      }
    },
  });
  return strings.trim();
}

// ---------------------------------------------------------------------------------------------
// Worksheets

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const MAX_DATE_MS = 8.64e15;

/** A serial number through ExcelJS's Date and back (sheet-data.ts), to the same bits. */
function viaDate(serial: number, date1904: boolean): number {
  const ms = Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000);
  if (!(Math.abs(ms) <= MAX_DATE_MS)) return NaN;
  return (ms - EXCEL_EPOCH) / 86_400_000;
}

/** ExcelJS's xmlDecode, applied once more to `t="str"` values. */
function xmlDecodeAgain(text: string): string {
  if (text.indexOf("&") < 0) return text;
  return text.replace(/&([a-z]*);/g, (c) => ({ "&lt;": "<", "&gt;": ">", "&amp;": "&", "&apos;": "'", "&quot;": '"' })[c] ?? c);
}

/** "AB12" → column 27 (0-based), row 11 (0-based); undefined when not an address. */
function parseAddress(ref: string): { row: number; col: number } | undefined {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const code = ref.charCodeAt(i);
    if (code >= 65 && code <= 90) col = col * 26 + code - 64;
    else if (code >= 97 && code <= 122) col = col * 26 + code - 96;
    else break;
  }
  if (i === 0 || i === ref.length) return undefined;
  const row = Number(ref.slice(i));
  if (!Number.isInteger(row) || row < 1) return undefined;
  return { row: row - 1, col: col - 1 };
}

export interface SheetContext {
  readonly sharedStrings: SharedTexts;
  readonly dateStyles: readonly boolean[];
  readonly date1904: boolean;
}

/**
 * One worksheet part as SheetData. Rows are kept as they come, indexed by sheet column, and cut
 * to the used range once the part (whose merged areas come after the cells) has been read.
 */
export async function readSheet(name: string, source: ZipSource, entry: ZipEntry, budget: ExpansionBudget, context: SheetContext): Promise<SheetData> {
  const { sharedStrings, dateStyles, date1904 } = context;
  const cells = new ColumnGridBuilder(sharedStrings);
  const merges = new Map<string, GridMerge>();
  let rowIndex = -1;
  let nextCol = 0;
  // The cell being read.
  let row = 0;
  let col = 0;
  let type: string | undefined;
  let dateStyle = false;
  let formula = "";
  let shared = false;
  let value: string | undefined;
  let runs: string[] | undefined;
  let run: string | undefined;
  let target: "v" | "f" | "run" | undefined;
  let phonetic = 0;
  // Text written in the cells (not shared strings) repeats down a column (units, positions,
  // predikat): one copy of each, up to a bound, as a shared-strings table would keep it.
  const interned = new Map<string, string>();
  const keep = (text: string): string => {
    const known = interned.get(text);
    if (known !== undefined) return known;
    const kept = own(text);
    if (interned.size < 65_536) interned.set(kept, kept);
    return kept;
  };

  const cellValue = (): CellValue => {
    if (formula || shared) {
      if (!value) return null;
      if (type === "str") return normaliseCell(keep(xmlDecodeAgain(value)));
      if (type === "b") return parseInt(value, 10) !== 0;
      if (type === "e") return { error: value };
      const n = parseFloat(value);
      return dateStyle ? viaDate(n, date1904) : n;
    }
    if (runs) return keep(runs.join("")) || null;
    if (value === undefined) return null;
    switch (type) {
      case "s":
        return cells.sharedAt(parseInt(value, 10)) ?? null;
      case "str":
        return normaliseCell(keep(xmlDecodeAgain(value)));
      case "inlineStr":
        return normaliseCell(keep(value));
      case "b":
        return parseInt(value, 10) !== 0;
      case "e":
        return { error: value };
      default: {
        const n = parseFloat(value);
        return dateStyle ? viaDate(n, date1904) : n;
      }
    }
  };

  await parsePart(source, entry, budget, {
    open(tag, a) {
      if (phonetic > 0 || tag === "rPh") {
        phonetic++;
        return;
      }
      switch (tag) {
        case "row": {
          const r = a.r === undefined ? NaN : parseInt(a.r, 10);
          rowIndex = r >= 1 ? r - 1 : rowIndex + 1;
          nextCol = 0;
          return;
        }
        case "c": {
          const at = a.r === undefined ? undefined : parseAddress(a.r);
          row = at ? at.row : Math.max(rowIndex, 0);
          col = at ? at.col : nextCol;
          nextCol = col + 1;
          type = a.t;
          const s = a.s === undefined ? 0 : parseInt(a.s, 10);
          dateStyle = s > 0 && dateStyles[s] === true;
          formula = "";
          shared = false;
          value = undefined;
          runs = undefined;
          target = undefined;
          return;
        }
        case "v":
        case "t":
          target = run !== undefined ? "run" : "v";
          return;
        case "f":
          target = "f";
          shared = a.t !== undefined;
          return;
        case "r":
          runs ??= [];
          run = "";
          return;
        case "mergeCell": {
          const [from, to] = (a.ref ?? "").split(":");
          const tl = parseAddress(from);
          const br = parseAddress(to ?? from);
          if (!tl || !br) return;
          const m = { top: Math.min(tl.row, br.row), left: Math.min(tl.col, br.col), bottom: Math.max(tl.row, br.row), right: Math.max(tl.col, br.col) };
          merges.set(`${m.top}:${m.left}`, m);
          return;
        }
        default:
          return;
      }
    },
    text(t) {
      if (phonetic > 0 || target === undefined) return;
      if (target === "v") value = value === undefined ? t : value + t;
      else if (target === "f") formula += t;
      else run += t;
    },
    close(tag) {
      if (phonetic > 0) {
        phonetic--;
        return;
      }
      switch (tag) {
        case "c": {
          // A shared string goes in by its index: the grid keeps no copy of its text.
          if (type === "s" && !formula && !shared && !runs && value !== undefined) cells.setShared(row, col, parseInt(value, 10));
          else cells.set(row, col, cellValue());
          target = undefined;
          return;
        }
        case "t":
          if (target === "run") run = decodeEscapes(run ?? "");
          target = undefined;
          return;
        case "v":
        case "f":
          target = undefined;
          return;
        case "r":
          runs?.push(run ?? "");
          run = undefined;
          return;
        default:
          return;
      }
    },
  });
  return usedRange(name, cells, [...merges.values()]);
}

/**
 * The used range as sheet-data.ts computes it from ExcelJS: cells holding a value, merged areas
 * whose first cell holds one (ExcelJS repeats the value in every cell of the area); the other
 * cells of a merged area are blank.
 */
function usedRange(name: string, cells: ColumnGridBuilder, merges: readonly GridMerge[]): SheetData {
  const { grid, startRow, startCol } = cells.finish(merges);
  if (grid.rowCount === 0) return { name, startRow: 0, startCol: 0, values: [] };
  return {
    name,
    startRow,
    startCol,
    values: grid,
    merges: merges.map((m) => ({ row: m.top - startRow, col: m.left - startCol, rows: m.bottom - m.top + 1, cols: m.right - m.left + 1 })),
  };
}
