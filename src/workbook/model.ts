/**
 * A detected table and typed access to its cells, shared by the validation rules and the
 * recommendation builder. Cells are read once and cached: rules never parse the same cell twice.
 */
import { parseNumberText } from "../core/number-text";
import { parseTruth } from "../core/words";
import { ColumnKey, SheetKind } from "./columns";
import { TableLayout } from "./detect-table";
import { CellValue, cellText, isBlankCell, isCellError, SheetData } from "./sheet-data";
import { tableRows, TableRows } from "./table-rows";

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
  private readonly numberCache = new Map<string, NumberCell>();

  constructor(
    readonly sheet: SheetData,
    readonly layout: TableLayout,
  ) {
    this.rows = tableRows(sheet, layout);
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
    return col === undefined ? undefined : this.sheet.values[row]?.[col];
  }

  text(row: number, key: ColumnKey): string {
    return cellText(this.cell(row, key));
  }

  number(row: number, key: ColumnKey): NumberCell {
    const id = `${row}:${key}`;
    let cached = this.numberCache.get(id);
    if (!cached) {
      cached = readNumberCell(this.cell(row, key));
      this.numberCache.set(id, cached);
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
