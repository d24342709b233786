/**
 * A detected table and typed access to its cells, shared by the validation rules and the
 * recommendation builder. Cells are read once and cached: rules never parse the same cell twice.
 */
import { parseNumberText } from "../core/number-text";
import { parseTruth } from "../core/words";
import { ColumnKey, SheetKind } from "./columns";
import { TableLayout } from "./detect-table";
import { cellAt, CellValue, cellText, isBlankCell, isCellError, SheetData } from "./sheet-data";
import { tableRows, TableRows } from "./table-rows";
import { CleanedSheet, cleanSheet, ColumnHygiene } from "./text-hygiene";

export type NumberCell =
  | { readonly kind: "blank" }
  | { readonly kind: "error"; readonly code: string }
  | { readonly kind: "number"; readonly value: number; readonly fromText: boolean }
  | { readonly kind: "invalid"; readonly text: string };

const BLANK: NumberCell = { kind: "blank" };

export function readNumberCell(value: CellValue | undefined): NumberCell {
  if (isBlankCell(value)) return BLANK;
  if (isCellError(value)) return { kind: "error", code: value.error };
  if (typeof value === "number") return Number.isFinite(value) ? { kind: "number", value, fromText: false } : { kind: "invalid", text: String(value) };
  if (typeof value === "boolean") return { kind: "invalid", text: value ? "TRUE" : "FALSE" };
  const parsed = parseNumberText(value as string);
  return parsed ? { kind: "number", value: parsed.value, fromText: true } : { kind: "invalid", text: cellText(value) };
}

export class SheetModel {
  readonly rows: TableRows;
  /**
   * Per column, by row, the cells that needed parsing (text). Plain numbers and blanks are read
   * again on each call instead: cheaper than keeping an object per cell of a million-row sheet.
   */
  private readonly numberCache = new Map<ColumnKey, Map<number, NumberCell>>();

  /** Cells of merged areas inside the data (not the header) → their area's first cell. */
  private readonly mergeMasters: Map<number, [number, number]> | undefined;

  /** The sheet as read: text cells from the header down cleaned of invisible characters and stray spaces. */
  readonly sheet: SheetData;
  private readonly cleaned: CleanedSheet;
  private hygieneFound?: ColumnHygiene[];

  constructor(
    sheet: SheetData,
    readonly layout: TableLayout,
  ) {
    const clean = cleanSheet(sheet, layout.headerRow);
    this.sheet = clean.sheet;
    this.cleaned = clean;
    this.rows = tableRows(this.sheet, layout);
    this.mergeMasters = buildMergeMasters(this.sheet, layout.headerRow + layout.headerRows);
  }

  /** Columns whose header or data cells had invisible characters or stray spaces removed. */
  hygiene(): ColumnHygiene[] {
    if (!this.hygieneFound) {
      const { headerRow, headerRows } = this.layout;
      const dataRows = this.rows.dataRows;
      this.hygieneFound = this.cleaned.hygiene({
        *[Symbol.iterator]() {
          for (let r = headerRow; r < headerRow + headerRows; r++) yield r;
          yield* dataRows;
        },
      });
    }
    return this.hygieneFound;
  }

  get kind(): SheetKind {
    return this.layout.kind;
  }

  has(key: ColumnKey): boolean {
    return this.layout.columns[key] !== undefined;
  }

  /** Raw cell of a data row (index into sheet.values) in a recognised column. */
  cell(row: number, key: ColumnKey): CellValue | undefined {
    const col = this.layout.columns[key];
    if (col === undefined) return undefined;
    const value = cellAt(this.sheet.values, row, col);
    if (this.mergeMasters && isBlankCell(value)) {
      const master = this.mergeMasters.get(row * 16384 + col);
      if (master !== undefined) return cellAt(this.sheet.values, master[0], master[1]);
    }
    return value;
  }


  text(row: number, key: ColumnKey): string {
    return cellText(this.cell(row, key));
  }

  number(row: number, key: ColumnKey): NumberCell {
    const value = this.cell(row, key);
    if (typeof value !== "string") return readNumberCell(value);
    let column = this.numberCache.get(key);
    if (!column) {
      column = new Map();
      this.numberCache.set(key, column);
    }
    let cached = column.get(row);
    if (!cached) {
      cached = readNumberCell(value);
      column.set(row, cached);
    }
    return cached;
  }

  /** The value of a number cell, or undefined when it is blank, an error or not a number. */
  value(row: number, key: ColumnKey): number | undefined {
    const n = this.number(row, key);
    return n.kind === "number" ? n.value : undefined;
  }

  /** Evidence of innovation: a non-blank cell that is not a "no" word (tidak, -, 0, FALSE). */
  hasInnovation(row: number): boolean | undefined {
    if (!this.has("inovasi")) return undefined;
    const cell = this.cell(row, "inovasi");
    if (isBlankCell(cell)) return false;
    if (typeof cell === "boolean") return cell;
    if (typeof cell === "number") return cell !== 0;
    return parseTruth(cellText(cell)) !== false;
  }

  /** 0-based sheet coordinates of a data cell. */
  sheetRow(row: number): number {
    return this.sheet.startRow + row;
  }

  sheetCol(key: ColumnKey): number {
    return this.sheet.startCol + (this.layout.columns[key] ?? 0);
  }

  /** Sheet row of the (first) header row. */
  get headerSheetRow(): number {
    return this.sheet.startRow + this.layout.headerRow;
  }
}

function buildMergeMasters(sheet: SheetData, firstDataRow: number): Map<number, [number, number]> | undefined {
  if (!sheet.merges || sheet.merges.length === 0) return undefined;
  const masters = new Map<number, [number, number]>();
  for (const m of sheet.merges) {
    if (m.row < firstDataRow) continue;
    for (let r = m.row; r < m.row + m.rows; r++) {
      for (let c = m.col; c < m.col + m.cols; c++) if (r !== m.row || c !== m.col) masters.set(r * 16384 + c, [m.row, m.col]);
    }
  }
  return masters;
}
