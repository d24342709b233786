/**
 * Text hygiene: personnel-system exports put invisible characters in text cells (SIMPEGA starts
 * every cell with U+200C), and hand-typed cells carry non-breaking or doubled spaces. They are
 * removed when a cell is read, so "\u200C1974…" is an NIP and "BAIK\u00A0" a predikat, and never
 * reach any output. The officer gets one warning per column that had them, not one per cell.
 */
import type { CellValue, SheetData } from "./sheet-data";

/** Characters with no width: zero-width space/non-joiner/joiner, word joiner, BOM, soft hyphen. */
const INVISIBLE = /\u200B|\u200C|\u200D|\u2060|\uFEFF|\u00AD/g;
/** Spaces that look like a space but are not one: no-break, figure and narrow no-break space. */
const ODD_SPACE = /[\u00A0\u2007\u202F]/g;
/** Alternation, not a character class: U+200D inside a class reads as a joined sequence. */
const ODD = /\u200B|\u200C|\u200D|\u2060|\uFEFF|\u00AD|\u00A0|\u2007|\u202F/;
const NEEDS_WORK = new RegExp(`${ODD.source}|^\\s|\\s$|\\s\\s`);

export type HygieneKind = "tak-terlihat" | "spasi";

/** The text as the officer meant it: invisible characters removed, spaces single and trimmed. */
export function cleanText(text: string): string {
  if (!NEEDS_WORK.test(text)) return text;
  return text.replace(INVISIBLE, "").replace(ODD_SPACE, " ").replace(/\s+/g, " ").trim();
}

/** What cleaning a text would remove: invisible characters (incl. odd spaces) win over plain stray spaces. */
export function hygieneKind(text: string): HygieneKind | undefined {
  if (!NEEDS_WORK.test(text)) return undefined;
  if (ODD.test(text)) return "tak-terlihat";
  return text.trim() !== text || /\s\s/.test(text) ? "spasi" : undefined;
}

export interface CleanedCell {
  readonly row: number;
  readonly col: number;
  readonly kind: HygieneKind;
}

export interface CleanedSheet {
  /** The sheet with every text cell cleaned; the same object when nothing needed cleaning. */
  readonly sheet: SheetData;
  /** Cells that changed (indices into values), for the per-column warning. */
  readonly cells: readonly CleanedCell[];
}

/**
 * Cleans every text cell from `fromRow` down. Rows that need no change are shared with the
 * input (copy on write), so a clean sheet costs one scan and no copy.
 */
export function cleanSheet(sheet: SheetData, fromRow = 0): CleanedSheet {
  const cells: CleanedCell[] = [];
  let values: (readonly CellValue[])[] | undefined;
  for (let r = Math.max(0, fromRow); r < sheet.values.length; r++) {
    const row = sheet.values[r];
    let copy: CellValue[] | undefined;
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (typeof v !== "string" || !NEEDS_WORK.test(v)) continue;
      const kind = hygieneKind(v);
      const cleaned = cleanText(v);
      if (cleaned === v || kind === undefined) continue;
      if (!copy) copy = [...row];
      copy[c] = cleaned === "" ? null : cleaned;
      cells.push({ row: r, col: c, kind });
    }
    if (copy) {
      if (!values) values = [...sheet.values];
      values[r] = copy;
    }
  }
  return { sheet: values ? { ...sheet, values } : sheet, cells };
}

export interface ColumnHygiene {
  /** Column index into SheetData.values rows. */
  readonly col: number;
  readonly invisible: number;
  readonly spaces: number;
}

/** The cleaned cells of the given rows, counted per column. */
export function hygieneByColumn(cells: readonly CleanedCell[], rows: ReadonlySet<number>): ColumnHygiene[] {
  const byCol = new Map<number, { invisible: number; spaces: number }>();
  for (const cell of cells) {
    if (!rows.has(cell.row)) continue;
    const entry = byCol.get(cell.col) ?? { invisible: 0, spaces: 0 };
    if (cell.kind === "tak-terlihat") entry.invisible++;
    else entry.spaces++;
    byCol.set(cell.col, entry);
  }
  return [...byCol.entries()].sort((a, b) => a[0] - b[0]).map(([col, e]) => ({ col, ...e }));
}
