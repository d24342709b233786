/**
 * Finds the table in an agency worksheet as officers lay it out: title rows above, the header
 * somewhere in the first 20 rows, possibly merged over two rows ("Nilai" over "SKP | Perilaku"),
 * a row of column numbers under it, subtotal and signature rows at the end.
 */
import { ColumnDef, ColumnKey, columnsFor, headerKey, PegawaiColumn, SheetKind } from "./columns";
import { cellAt, cellText, isBlankCell, rowAt, rowCount, SheetData } from "./sheet-data";

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
  /** Year suffixes on the header: the year taken as current and the columns of earlier years left unread. */
  readonly years?: HeaderYears;
}

export interface HeaderYears {
  /** The latest year on the header row, taken as the assessment year. */
  readonly current: number;
  /** Columns of an earlier year that are not read as this year's values (indices into values rows). */
  readonly olderColumns: readonly number[];
}

interface Candidate extends TableLayout {
  readonly score: number;
}

function rowTexts(sheet: SheetData, row: number, width: number): string[] {
  const out: string[] = new Array(width);
  for (let c = 0; c < width; c++) out[c] = cellText(cellAt(sheet.values, row, c));
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
 * Inside a group of a two-row header the child's words alone are ambiguous: `NILAI` under
 * `SASARAN KERJA PEGAWAI (SKP)` is the SKP score, `NILAI RATA-RATA` under `PERILAKU KERJA` the
 * behaviour score, while `60%`, `JUMLAH`, the six PP 46 aspects and quarterly `TW I`…`TW IV`
 * columns are parts, not fields.
 * Returns the field, null for a known part, undefined when the parent is no such group.
 */
export function groupField(parent: string, child: string): PegawaiColumn | null | undefined {
  const p = headerKey(parent).key;
  const k = headerKey(child).key;
  if (p === "" || k === "" || p === k) return undefined;
  // Quarterly sub-columns (TW I … TW IV under "PREDIKAT KINERJA PERIODIK") are periods, not this year's field.
  if (/^(tw|triwulan|kuartal|semester)\s*(i{1,3}|iv|[1-4])$/.test(k)) return null;
  if (/(^|\s)(skp|sasaran kerja( pegawai)?)(\s|$)/.test(p) && !/perilaku/.test(p)) {
    return /^(nilai|capaian|nilai skp|angka|nilai capaian|capaian skp)$/.test(k) ? "nilaiSkp" : null;
  }
  if (/(^|\s)perilaku(\s|$)/.test(p) && !/rating/.test(p)) {
    return /^(nilai rata rata|rata rata|nilai|nilai perilaku|rerata|nilai rerata)$/.test(k) ? "nilaiPerilaku" : null;
  }
  return undefined;
}

interface Matched {
  readonly columns: ColumnMap;
  readonly years?: HeaderYears;
}

/**
 * Assigns recognised columns; each key once. Year suffixes ("NILAI SKP 2024", "Rating Hasil
 * Kerja 2025"): the latest year on the header row is the current year. A score or rating column
 * of an earlier year is last year's and is not read as this year's; an earlier "Predikat <year>"
 * is last year's predikat. Two "Predikat <year>" columns → the older is last year's. One
 * "Predikat <year>" beside a plain "Predikat" column does not take this year's slot.
 */
function matchColumns(kind: SheetKind, labelSets: readonly (readonly string[])[], group?: { parent: readonly string[]; child: readonly string[] }): Matched {
  const table = synonymTable(kind);
  const candidates = new Map<ColumnKey, { col: number; year?: number }[]>();
  const predikatYears: { col: number; year: number }[] = [];
  let plainPredikat: number | undefined;
  const width = labelSets[0].length;
  const add = (key: ColumnKey, col: number, year: number | undefined) => {
    const list = candidates.get(key) ?? [];
    list.push({ col, year });
    candidates.set(key, list);
  };
  for (let c = 0; c < width; c++) {
    if (kind === "pegawai" && group && group.child[c]) {
      const g = groupField(group.parent[c], group.child[c]);
      if (g === null) continue;
      if (g !== undefined) {
        add(g, c, headerKey(group.parent[c]).year ?? headerKey(group.child[c]).year);
        continue;
      }
    }
    for (const labels of labelSets) {
      const text = labels[c];
      if (!text) continue;
      const { key, year } = headerKey(text);
      const def = table.get(key);
      if (!def) continue;
      if (def.key === "predikat" && year !== undefined) predikatYears.push({ col: c, year });
      // The annual predikat wins over a quarterly one ("Predikat Kinerja Periodik") on the same header.
      else if (def.key === "predikat" && (plainPredikat === undefined || (/periodik/.test(headerKey(labels[plainPredikat]).key) && !/periodik/.test(key)))) plainPredikat = c;
      add(def.key, c, year);
      break;
    }
  }
  const allYears = [...candidates.values()].flat().map((x) => x.year).filter((y): y is number => y !== undefined);
  const current = allYears.length > 0 ? Math.max(...allYears) : undefined;
  const columns: ColumnMap = {};
  const older: number[] = [];
  for (const [key, list] of candidates) {
    if (key === "predikat") continue;
    const now = list.find((x) => x.year === undefined || x.year === current);
    if (now) columns[key] = now.col;
    for (const x of list) if (x.year !== undefined && current !== undefined && x.year < current) older.push(x.col);
  }
  if (kind === "pegawai") {
    if (predikatYears.length >= 2) {
      const sorted = [...predikatYears].sort((a, b) => b.year - a.year);
      if (current !== undefined && sorted[0].year < current) {
        // Both predikat years are older than the ratings: the latest of them is last year's.
        if (plainPredikat !== undefined) columns.predikat = plainPredikat;
        if (columns.predikatTahunLalu === undefined) columns.predikatTahunLalu = sorted[0].col;
      } else {
        columns.predikat = sorted[0].col;
        if (columns.predikatTahunLalu === undefined) columns.predikatTahunLalu = sorted[1].col;
      }
    } else if (plainPredikat !== undefined) {
      columns.predikat = plainPredikat;
    } else if (predikatYears.length === 1) {
      const only = predikatYears[0];
      if (current !== undefined && only.year < current) {
        if (columns.predikatTahunLalu === undefined) columns.predikatTahunLalu = only.col;
      } else {
        columns.predikat = only.col;
      }
    }
  }
  const mapped = new Set(Object.values(columns));
  const olderColumns = older.filter((c) => !mapped.has(c));
  return { columns, years: current !== undefined ? { current, olderColumns } : undefined };
}

function acceptable(kind: SheetKind, columns: ColumnMap): boolean {
  const n = Object.keys(columns).length;
  if (kind === "pegawai") return n >= 3 && (columns.nip !== undefined || columns.nrp !== undefined || columns.nama !== undefined);
  return n >= 3 && (columns.iku !== undefined || (columns.target !== undefined && columns.realisasi !== undefined));
}

function sheetWidth(sheet: SheetData): number {
  let width = 0;
  const limit = Math.min(rowCount(sheet.values), HEADER_SEARCH_ROWS + 2);
  for (let r = 0; r < limit; r++) width = Math.max(width, rowAt(sheet.values, r)?.length ?? 0);
  return width;
}

/** The best header in the first 20 rows, or undefined when none is recognisable. */
export function detectTable(sheet: SheetData): TableLayout | undefined {
  const width = sheetWidth(sheet);
  const rows = Math.min(rowCount(sheet.values), HEADER_SEARCH_ROWS);
  let best: Candidate | undefined;
  const consider = (c: Candidate) => {
    if (!acceptable(c.kind, c.columns)) return;
    if (!best || c.score > best.score) best = c;
  };
  const count = (m: Matched) => Object.keys(m.columns).length;
  for (let r = 0; r < rows; r++) {
    const top = rowTexts(sheet, r, width);
    if (top.every((t) => t === "")) continue;
    const bottom = r + 1 < rowCount(sheet.values) ? rowTexts(sheet, r + 1, width) : undefined;
    const pair = bottom ? combinedLabels(top, bottom) : undefined;
    for (const kind of ["pegawai", "iku"] as const) {
      const single = matchColumns(kind, [top]);
      consider({ kind, headerRow: r, headerRows: 1, columns: single.columns, headerLabels: top, years: single.years, score: count(single) });
      if (bottom && pair && pair.child.some((t) => t !== "")) {
        const two = matchColumns(kind, [pair.combined, pair.child, pair.parent], pair);
        // Each row must add recognised columns to count as a two-row header: a title row
        // ("PEMERINTAH KOTA …") directly above a one-row header is not its upper half.
        const below = matchColumns(kind, [bottom]);
        if (count(two) > Math.max(count(single), count(below))) {
          consider({ kind, headerRow: r, headerRows: 2, columns: two.columns, headerLabels: pair.combined, years: two.years, score: count(two) });
        }
      }
    }
  }
  if (!best) return undefined;
  const { score: _score, years, ...found } = best;
  let layout: TableLayout = years ? { ...found, years } : found;
  if (layout.headerRows === 1 && isHeaderContinuation(sheet, layout, width)) {
    // Read the columns again through both rows: "PREDIKAT KINERJA PERIODIK" over TW I–IV is
    // four quarterly columns, not the predikat, which is then "PREDIKAT KINERJA PEGAWAI".
    const pair = combinedLabels(rowTexts(sheet, layout.headerRow, width), rowTexts(sheet, layout.headerRow + 1, width));
    const two = matchColumns(layout.kind, [pair.combined, pair.child, pair.parent], pair);
    const better = acceptable(layout.kind, two.columns) && count(two) >= Object.keys(layout.columns).length;
    layout = { ...layout, headerRows: 2, headerLabels: pair.combined, ...(better ? { columns: two.columns } : {}), ...(better && two.years ? { years: two.years } : {}) };
  }
  return layout;
}

/**
 * The row under a one-row header that only subdivides spanning headers — `TW I | TW II | TW III |
 * TW IV` under `PREDIKAT KINERJA PERIODIK` — is the header's lower half, never an employee: its
 * identifying cells are blank and each of its texts sits under a blank header cell or under a
 * header that spans to its right.
 */
function isHeaderContinuation(sheet: SheetData, layout: TableLayout, width: number): boolean {
  const r = layout.headerRow + 1;
  if (r >= rowCount(sheet.values)) return false;
  const top = rowTexts(sheet, layout.headerRow, width);
  const cells = rowAt(sheet.values, r) ?? [];
  const ids = [layout.columns.nip, layout.columns.nrp, layout.columns.nama, layout.columns.iku].filter((c): c is number => c !== undefined);
  if (ids.some((c) => !isBlankCell(cells[c]))) return false;
  const bottom = rowTexts(sheet, r, width);
  const filled = bottom.map((t, c) => (t !== "" ? c : -1)).filter((c) => c >= 0);
  if (filled.length < 2) return false;
  const spansRight = (c: number) => top[c] !== "" && c + 1 < width && top[c + 1] === "" && bottom[c + 1] !== "";
  return filled.every((c) => typeof cells[c] === "string" && (top[c] === "" || spansRight(c)));
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
