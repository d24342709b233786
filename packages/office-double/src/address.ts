/**
 * A1 addresses: parsing ("A1", "$B$2:D10", "A:A", "1:3", "'Rekap 2025'!A1") and formatting the
 * way Excel reports `Range.address` (sheet-qualified, quoting sheet names that need it).
 */

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** Zero-based rectangle. */
export interface Rect {
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

export interface ParsedAddress {
  /** Sheet name when the address was sheet-qualified (quotes removed). */
  readonly sheet?: string;
  readonly rect: Rect;
}

export function columnLetters(index: number): string {
  let n = index + 1;
  let out = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** Column index of "A".."XFD" (case-insensitive), or -1. */
export function columnIndex(letters: string): number {
  if (letters.length === 0 || letters.length > 3) return -1;
  let n = 0;
  for (let i = 0; i < letters.length; i++) {
    const code = letters.charCodeAt(i) & ~32; // upper-case
    if (code < 65 || code > 90) return -1;
    n = n * 26 + (code - 64);
  }
  return n - 1 < MAX_COLUMNS ? n - 1 : -1;
}

export function isEntireColumns(rect: Rect): boolean {
  return rect.row === 0 && rect.rows === MAX_ROWS;
}

export function isEntireRows(rect: Rect): boolean {
  return rect.col === 0 && rect.cols === MAX_COLUMNS;
}

/** Entire rows or entire columns: Excel's "unbounded" range. */
export function isUnbounded(rect: Rect): boolean {
  return isEntireColumns(rect) || isEntireRows(rect);
}

export function cellCount(rect: Rect): number {
  return rect.rows * rect.cols;
}

export function rectContains(outer: Rect, inner: Rect): boolean {
  return (
    inner.row >= outer.row &&
    inner.col >= outer.col &&
    inner.row + inner.rows <= outer.row + outer.rows &&
    inner.col + inner.cols <= outer.col + outer.cols
  );
}

export function rectsOverlap(a: Rect, b: Rect): boolean {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;
}

export function withinGrid(rect: Rect): boolean {
  return (
    Number.isInteger(rect.row) &&
    Number.isInteger(rect.col) &&
    Number.isInteger(rect.rows) &&
    Number.isInteger(rect.cols) &&
    rect.row >= 0 &&
    rect.col >= 0 &&
    rect.rows >= 1 &&
    rect.cols >= 1 &&
    rect.row + rect.rows <= MAX_ROWS &&
    rect.col + rect.cols <= MAX_COLUMNS
  );
}

/** "A1", "A1:B2", "A:B", "1:2" (no sheet), without `$`. */
export function formatRect(rect: Rect, absolute = false): string {
  const d = absolute ? "$" : "";
  if (isEntireRows(rect)) {
    return `${d}${rect.row + 1}:${d}${rect.row + rect.rows}`;
  }
  if (isEntireColumns(rect)) {
    return `${d}${columnLetters(rect.col)}:${d}${columnLetters(rect.col + rect.cols - 1)}`;
  }
  const first = `${d}${columnLetters(rect.col)}${d}${rect.row + 1}`;
  if (rect.rows === 1 && rect.cols === 1) return first;
  return `${first}:${d}${columnLetters(rect.col + rect.cols - 1)}${d}${rect.row + rect.rows}`;
}

const PLAIN_SHEET_NAME = /^[A-Za-z_\u00C0-\uFFFF][A-Za-z0-9_.\u00C0-\uFFFF]*$/;
const LOOKS_LIKE_A1 = /^[A-Za-z]{1,3}[0-9]+$/;
const LOOKS_LIKE_R1C1 = /^[Rr]([0-9]*)?([Cc][0-9]*)?$|^[Cc][0-9]*$/;

/** Sheet name as Excel writes it in a reference: quoted (with '' escaping) when needed. */
export function quoteSheetName(name: string): string {
  if (PLAIN_SHEET_NAME.test(name) && !LOOKS_LIKE_A1.test(name) && !LOOKS_LIKE_R1C1.test(name)) return name;
  return `'${name.replace(/'/g, "''")}'`;
}

export function formatAddress(sheetName: string, rect: Rect, absolute = false): string {
  return `${quoteSheetName(sheetName)}!${formatRect(rect, absolute)}`;
}

interface CellRef {
  row?: number;
  col?: number;
}

function parseCellPart(part: string): CellRef | null {
  const m = /^\$?([A-Za-z]{0,3})\$?([0-9]{0,7})$/.exec(part);
  if (!m) return null;
  const letters = m[1];
  const digits = m[2];
  if (letters === "" && digits === "") return null;
  const ref: CellRef = {};
  if (letters !== "") {
    const col = columnIndex(letters);
    if (col < 0) return null;
    ref.col = col;
  }
  if (digits !== "") {
    const row = Number(digits);
    if (row < 1 || row > MAX_ROWS) return null;
    ref.row = row - 1;
  }
  return ref;
}

/** Splits "'My Sheet'!A1" / "Sheet1!A1" / "A1" into sheet name and reference text. */
export function splitSheet(address: string): { sheet?: string; ref: string } | null {
  const text = address.trim();
  if (text.startsWith("'")) {
    let i = 1;
    let name = "";
    while (i < text.length) {
      const ch = text[i];
      if (ch === "'") {
        if (text[i + 1] === "'") {
          name += "'";
          i += 2;
          continue;
        }
        break;
      }
      name += ch;
      i++;
    }
    if (text[i] !== "'" || text[i + 1] !== "!") return null;
    return { sheet: name, ref: text.slice(i + 2) };
  }
  const bang = text.lastIndexOf("!");
  if (bang >= 0) return { sheet: text.slice(0, bang), ref: text.slice(bang + 1) };
  return { ref: text };
}

/** Parses an A1 reference (optionally sheet-qualified); null when it is not one. */
export function parseAddress(address: string): ParsedAddress | null {
  const split = splitSheet(address);
  if (!split) return null;
  const ref = split.ref.trim();
  if (ref === "") return null;
  const parts = ref.split(":");
  if (parts.length > 2) return null;
  const a = parseCellPart(parts[0]);
  const b = parts.length === 2 ? parseCellPart(parts[1]) : a;
  if (!a || !b) return null;
  let rect: Rect;
  if (a.row !== undefined && a.col !== undefined && b.row !== undefined && b.col !== undefined) {
    const r0 = Math.min(a.row, b.row);
    const c0 = Math.min(a.col, b.col);
    rect = { row: r0, col: c0, rows: Math.abs(a.row - b.row) + 1, cols: Math.abs(a.col - b.col) + 1 };
  } else if (parts.length === 2 && a.row === undefined && b.row === undefined && a.col !== undefined && b.col !== undefined) {
    const c0 = Math.min(a.col, b.col);
    rect = { row: 0, col: c0, rows: MAX_ROWS, cols: Math.abs(a.col - b.col) + 1 };
  } else if (parts.length === 2 && a.col === undefined && b.col === undefined && a.row !== undefined && b.row !== undefined) {
    const r0 = Math.min(a.row, b.row);
    rect = { row: r0, col: 0, rows: Math.abs(a.row - b.row) + 1, cols: MAX_COLUMNS };
  } else {
    return null;
  }
  return split.sheet === undefined ? { rect } : { sheet: split.sheet, rect };
}

export function sameSheetName(a: string, b: string): boolean {
  return a.toLocaleUpperCase() === b.toLocaleUpperCase();
}
