/** A1 addresses, quoted sheet names and Excel's sheet-name rules. */

export function columnLetters(col: number): string {
  let n = col + 1;
  let letters = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** "B7" for 0-based row 6, column 1. */
export function cellRef(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

export function rangeRef(row: number, col: number, rows: number, cols: number): string {
  const start = cellRef(row, col);
  return rows === 1 && cols === 1 ? start : `${start}:${cellRef(row + rows - 1, col + cols - 1)}`;
}

/**
 * Sheet name as a formula reference needs it: quoted when it has spaces or symbols, or when it
 * reads as a cell reference in A1 ("B8") or R1C1 ("R1C1", "R2", "C") notation, as Excel quotes it.
 */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) && !/^(R\d*C?\d*|C\d*)$/i.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export function qualifiedRef(sheet: string, ref: string): string {
  return `${quoteSheetName(sheet)}!${ref}`;
}

/** Parses "B7" or "'Sheet 1'!B7:C9" into 0-based coordinates. */
export function parseRef(address: string): { sheet?: string; row: number; col: number; rows: number; cols: number } | undefined {
  const match = /^(?:(?:'((?:[^']|'')+)'|([^!]+))!)?\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/i.exec(address.trim());
  if (!match) return undefined;
  const sheet = match[1] !== undefined ? match[1].replace(/''/g, "'") : match[2];
  const row = Number(match[4]) - 1;
  const col = columnIndex(match[3]);
  const endRow = match[6] ? Number(match[6]) - 1 : row;
  const endCol = match[5] ? columnIndex(match[5]) : col;
  return { sheet, row, col, rows: endRow - row + 1, cols: endCol - col + 1 };
}

export const MAX_SHEET_NAME = 31;
/** Excel's forbidden characters, control characters, and halves of a surrogate pair that lost its other half. */
// eslint-disable-next-line no-control-regex
const FORBIDDEN_SHEET_CHARS = /[:\\/?*[\]\u0000-\u001f\u007f]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** At most `max` UTF-16 units without cutting a surrogate pair, no edge spaces or apostrophes. */
function fitName(name: string, max: number): string {
  let fitted = name.slice(0, max);
  if (/[\uD800-\uDBFF]$/.test(fitted)) fitted = fitted.slice(0, -1);
  // Trimming may uncover an apostrophe at the new end (and the reverse): repeat until stable.
  for (let previous = ""; previous !== fitted; ) {
    previous = fitted;
    fitted = fitted.trim().replace(/^'+|'+$/g, "");
  }
  return fitted;
}

/**
 * A name Excel accepts: forbidden and control characters replaced, no edge apostrophes, at most
 * 31 characters (never half an emoji), not Excel's reserved "History".
 */
export function safeSheetName(wanted: string): string {
  let name = fitName(wanted.replace(FORBIDDEN_SHEET_CHARS, " ").replace(/\s+/g, " "), MAX_SHEET_NAME);
  if (name === "") name = "Lembar";
  if (name.toLowerCase() === "history") name = `Lembar ${name}`;
  return name;
}

/**
 * A sheet name not yet used (case-insensitive), keeping within 31 characters:
 * "Rekomendasi Penghargaan 2025", then "… 2025 (2)", "… (3)".
 */
export function uniqueSheetName(wanted: string, existing: readonly string[], shortForm?: string): string {
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  const base = safeSheetName(wanted);
  if (!taken.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    // When the numbered name would not fit, a shorter form keeps its meaning ("Rekomendasi 2025 (2)").
    const stem = base.length + suffix.length > MAX_SHEET_NAME && shortForm ? safeSheetName(shortForm) : base;
    const candidate = `${fitName(stem, MAX_SHEET_NAME - suffix.length)}${suffix}`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}
