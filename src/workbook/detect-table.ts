/**
 * Finds the table in an agency worksheet as officers lay it out: title rows above, the header
 * somewhere in the first 20 rows, possibly merged over two rows ("Nilai" over "SKP | Perilaku"),
 * a row of column numbers under it, subtotal and signature rows at the end.
 */
import { ColumnDef, ColumnKey, columnsFor, headerKey, SheetKind } from "./columns";
import { cellText, isBlankCell, SheetData } from "./sheet-data";

export const HEADER_SEARCH_ROWS = 20;

export type ColumnMap = Partial<Record<ColumnKey, number>>;

export interface TableLayout {
  readonly kind: SheetKind;
  /** Index (into SheetData.values) of the first header row. */
  readonly headerRow: number;
  readonly headerRows: 1 | 2;
  /** Column index (into SheetData.values rows) per recognised column. */
  readonly columns: ColumnMap;
  /** The header text per column as read (two-row headers joined), for the mapping editor. */
  readonly headerLabels: readonly string[];
}

interface Candidate extends TableLayout {
  readonly score: number;
}

function rowTexts(sheet: SheetData, row: number, width: number): string[] {
  const cells = sheet.values[row] ?? [];
  const out: string[] = new Array(width);
  for (let c = 0; c < width; c++) out[c] = cellText(cells[c]);
  return out;
}

/** Labels for a two-row header: a parent spanning blank cells to its right names its children. */
function combinedLabels(top: readonly string[], bottom: readonly string[]): { combined: string[]; child: string[]; parent: string[] } {
  const combined: string[] = [];
  const child: string[] = [];
  const parent: string[] = [];
  let spanParent = "";
  for (let c = 0; c < top.length; c++) {
    if (top[c] !== "") spanParent = top[c];
    else if (bottom[c] === "") spanParent = "";
    const p = top[c] !== "" ? top[c] : bottom[c] !== "" ? spanParent : "";
    parent.push(p);
    child.push(bottom[c]);
    combined.push(bottom[c] !== "" ? `${p} ${bottom[c]}`.trim() : top[c]);
  }
  return { combined, child, parent };
}

const lookupCache = new Map<SheetKind, Map<string, ColumnDef>>();

function synonymTable(kind: SheetKind): Map<string, ColumnDef> {
  let table = lookupCache.get(kind);
  if (!table) {
    table = new Map();
    for (const def of columnsFor(kind)) for (const s of def.synonyms) if (!table.has(s)) table.set(s, def);
    lookupCache.set(kind, table);
  }
  return table;
}

/**
 * Assigns recognised columns; each key once. Two "Predikat <year>" columns → the older is last
 * year's. One "Predikat <year>" beside a plain "Predikat" column does not take this year's slot.
 */
function matchColumns(kind: SheetKind, labelSets: readonly (readonly string[])[]): ColumnMap {
  const table = synonymTable(kind);
  const columns: ColumnMap = {};
  const predikatYears: { col: number; year: number }[] = [];
  let plainPredikat: number | undefined;
  const width = labelSets[0].length;
  for (let c = 0; c < width; c++) {
    for (const labels of labelSets) {
      const text = labels[c];
      if (!text) continue;
      const { key, year } = headerKey(text);
      const def = table.get(key);
      if (!def) continue;
      if (def.key === "predikat" && year !== undefined) predikatYears.push({ col: c, year });
      else if (def.key === "predikat" && plainPredikat === undefined) plainPredikat = c;
      if (columns[def.key] === undefined) columns[def.key] = c;
      break;
    }
  }
  if (kind === "pegawai" && predikatYears.length < 2 && plainPredikat !== undefined) columns.predikat = plainPredikat;
  if (kind === "pegawai" && predikatYears.length >= 2) {
    const sorted = [...predikatYears].sort((a, b) => b.year - a.year);
    columns.predikat = sorted[0].col;
    if (columns.predikatTahunLalu === undefined) columns.predikatTahunLalu = sorted[1].col;
  }
  return columns;
}

function acceptable(kind: SheetKind, columns: ColumnMap): boolean {
  const n = Object.keys(columns).length;
  if (kind === "pegawai") return n >= 3 && (columns.nip !== undefined || columns.nrp !== undefined || columns.nama !== undefined);
  return n >= 3 && (columns.iku !== undefined || (columns.target !== undefined && columns.realisasi !== undefined));
}

function sheetWidth(sheet: SheetData): number {
  let width = 0;
  const limit = Math.min(sheet.values.length, HEADER_SEARCH_ROWS + 2);
  for (let r = 0; r < limit; r++) width = Math.max(width, sheet.values[r]?.length ?? 0);
  return width;
}

/** The best header in the first 20 rows, or undefined when none is recognisable. */
export function detectTable(sheet: SheetData): TableLayout | undefined {
  const width = sheetWidth(sheet);
  const rows = Math.min(sheet.values.length, HEADER_SEARCH_ROWS);
  let best: Candidate | undefined;
  const consider = (c: Candidate) => {
    if (!acceptable(c.kind, c.columns)) return;
    if (!best || c.score > best.score) best = c;
  };
  for (let r = 0; r < rows; r++) {
    const top = rowTexts(sheet, r, width);
    if (top.every((t) => t === "")) continue;
    const bottom = r + 1 < sheet.values.length ? rowTexts(sheet, r + 1, width) : undefined;
    const pair = bottom ? combinedLabels(top, bottom) : undefined;
    for (const kind of ["pegawai", "iku"] as const) {
      const single = matchColumns(kind, [top]);
      consider({ kind, headerRow: r, headerRows: 1, columns: single, headerLabels: top, score: Object.keys(single).length });
      if (bottom && pair && pair.child.some((t) => t !== "")) {
        const two = matchColumns(kind, [pair.combined, pair.child, pair.parent]);
        // Each row must add recognised columns to count as a two-row header: a title row
        // ("PEMERINTAH KOTA …") directly above a one-row header is not its upper half.
        const below = matchColumns(kind, [bottom]);
        if (Object.keys(two).length > Math.max(Object.keys(single).length, Object.keys(below).length)) {
          consider({ kind, headerRow: r, headerRows: 2, columns: two, headerLabels: pair.combined, score: Object.keys(two).length });
        }
      }
    }
  }
  if (!best) return undefined;
  const { score: _score, ...layout } = best;
  return layout;
}

/** A row of column numbers under the header ("1 2 3 4 …"), common in government templates. */
export function isColumnNumberRow(cells: readonly unknown[]): boolean {
  const numbers = cells.filter((v) => !isBlankCell(v as never));
  if (numbers.length < 3) return false;
  let expected = 1;
  for (const v of numbers) {
    const n = typeof v === "number" ? v : Number(String(v).replace(/[()]/g, ""));
    if (n !== expected) return false;
    expected++;
  }
  return true;
}

/** Header labels at a given header position (two-row headers joined), as detection reads them. */
export function headerLabelsAt(sheet: SheetData, headerRow: number, headerRows: 1 | 2): string[] {
  const width = sheetWidth(sheet);
  const top = rowTexts(sheet, headerRow, width);
  if (headerRows === 1) return top;
  return combinedLabels(top, rowTexts(sheet, headerRow + 1, width)).combined;
}

/** A layout from the officer's choices: header row(s) and the column of each recognised key. */
export function layoutFromChoice(sheet: SheetData, kind: SheetKind, headerRow: number, headerRows: 1 | 2, columns: ColumnMap): TableLayout {
  return { kind, headerRow, headerRows, columns, headerLabels: headerLabelsAt(sheet, headerRow, headerRows) };
}
