/**
 * Text hygiene: personnel-system exports put invisible characters in text cells (SIMPEGA starts
 * every cell with U+200C), and hand-typed cells carry non-breaking or doubled spaces. They are
 * removed when a cell is read, so "\u200C1974…" is an NIP and "BAIK\u00A0" a predikat, and never
 * reach any output. The officer gets one warning per column that had them, not one per cell.
 */
import { ColumnGrid } from "./column-grid";
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
  /** What cleaning changed in the given rows (indices into the values), counted per column. */
  hygiene(rows: Iterable<number>): ColumnHygiene[];
}

/** A text cleaned, or null when nothing is left of it. */
function cleanedCell(text: string): CellValue {
  const cleaned = cleanText(text);
  return cleaned === "" ? null : cleaned;
}

/**
 * Cleans every text cell from `fromRow` down. Rows that need no change are shared with the
 * input (copy on write), so a clean sheet costs one scan and no copy; a ColumnGrid cleans each
 * distinct text once.
 */
export function cleanSheet(sheet: SheetData, fromRow = 0): CleanedSheet {
  const source = sheet.values;
  if (source instanceof ColumnGrid) {
    const values = source.mapTexts(cleanedCell, fromRow);
    return {
      sheet: values === source ? sheet : { ...sheet, values },
      hygiene(rows) {
        // A text of the grid's table is judged once, however many cells hold it.
        const judged = new Int8Array(source.textCount);
        const counts = new Counts();
        source.forEachText(rows, fromRow, (col, text, code) => {
          let kind = code > 0 ? judged[code] : 0;
          if (kind === 0) {
            const k = cleanText(text) !== text ? hygieneKind(text) : undefined;
            kind = k === "tak-terlihat" ? 1 : k === "spasi" ? 2 : -1;
            if (code > 0) judged[code] = kind;
          }
          if (kind > 0) counts.add(col, kind === 1 ? "tak-terlihat" : "spasi");
        });
        return counts.list();
      },
    };
  }
  const cells: CleanedCell[] = [];
  let values: (readonly CellValue[])[] | undefined;
  for (let r = Math.max(0, fromRow); r < source.length; r++) {
    const row = source[r];
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
      if (!values) values = [...source];
      values[r] = copy;
    }
  }
  return {
    sheet: values ? { ...sheet, values } : sheet,
    hygiene(rows) {
      const counted = new Uint8Array(source.length);
      for (const r of rows) if (r >= 0 && r < counted.length) counted[r] = 1;
      const counts = new Counts();
      for (const cell of cells) if (counted[cell.row]) counts.add(cell.col, cell.kind);
      return counts.list();
    },
  };
}

export interface ColumnHygiene {
  /** Column index into SheetData.values rows. */
  readonly col: number;
  readonly invisible: number;
  readonly spaces: number;
}

/** Cleaned cells counted per column. */
class Counts {
  private readonly byCol = new Map<number, { invisible: number; spaces: number }>();

  add(col: number, kind: HygieneKind): void {
    let entry = this.byCol.get(col);
    if (!entry) this.byCol.set(col, (entry = { invisible: 0, spaces: 0 }));
    if (kind === "tak-terlihat") entry.invisible++;
    else entry.spaces++;
  }

  list(): ColumnHygiene[] {
    return [...this.byCol.entries()].sort((a, b) => a[0] - b[0]).map(([col, e]) => ({ col, ...e }));
  }
}
