import { cleanText } from "./text-hygiene";
import { excelErrorText } from "../core/cell-value";
import { ColumnGrid } from "./column-grid";

/**
 * The plain picture of a worksheet the engine works on: 2-D cell values (what `range.values`
 * returns, with Excel errors as { error }) and where they sit in the sheet.
 */
export interface CellError {
  readonly error: string;
}

export type CellValue = string | number | boolean | null | CellError;

/**
 * The cells: rows of values as Office.js gives them (the pane, tests), or a ColumnGrid for a
 * sheet streamed from a file (a million rows fit in memory). Read both through `rowCount`,
 * `cellAt`, `rowAt` and `sheetRows` below.
 */
export type SheetValues = readonly (readonly CellValue[])[] | ColumnGrid;

export interface SheetData {
  readonly name: string;
  /** 0-based sheet row and column of the first value (a used range need not start at A1). */
  readonly startRow: number;
  readonly startCol: number;
  readonly values: SheetValues;
  /**
   * Merged areas, in the same coordinates as `values` (0-based row and column inside it). Excel
   * reports a merged area's value only in its first cell; the model reads the others through it.
   */
  readonly merges?: readonly { readonly row: number; readonly col: number; readonly rows: number; readonly cols: number }[];
}

/** Rows in the values. */
export function rowCount(values: SheetValues): number {
  return values instanceof ColumnGrid ? values.rowCount : values.length;
}

/** A cell by row and column of the values: null when blank, undefined outside them. */
export function cellAt(values: SheetValues, row: number, col: number): CellValue | undefined {
  return values instanceof ColumnGrid ? values.cell(row, col) : values[row]?.[col];
}

/** One row's cells (a copy for a grid): for reading a whole row, not for one cell. */
export function rowAt(values: SheetValues, row: number): readonly CellValue[] | undefined {
  return values instanceof ColumnGrid ? values.row(row) : values[row];
}

/** Every row as arrays: for small sheets (the state sheet, tests) and outputs that copy them all. */
export function sheetRows(values: SheetValues): (readonly CellValue[])[] {
  if (!(values instanceof ColumnGrid)) return [...values];
  const rows: CellValue[][] = [];
  for (let r = 0; r < values.rowCount; r++) rows.push(values.row(r)!);
  return rows;
}

export function isCellError(value: unknown): value is CellError {
  return typeof value === "object" && value !== null && "error" in value && typeof (value as CellError).error === "string";
}

export function isBlankCell(value: CellValue | undefined): boolean {
  return value === null || value === undefined || (typeof value === "string" && cleanText(value) === "");
}

/** Text of a cell as a person reads it (for headers, names and messages), free of invisible characters. */
export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return "";
  if (isCellError(value)) return value.error;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return typeof value === "string" ? cleanText(value) : String(value);
}

/**
 * Office.js `values` returns an error cell as its text ("#N/A"). A text cell typed exactly like
 * an error code is treated as one (in any case, as the functions read it: core/cell-value.ts):
 * either way the value is missing and must be fixed.
 */
export function normaliseCell(value: unknown): CellValue {
  if (value === undefined || value === null || value === "") return null;
  if (typeof value === "string") {
    const error = excelErrorText(value);
    return error ? { error } : value;
  }
  if (typeof value === "number" || typeof value === "boolean") return value;
  if (isCellError(value)) return { error: value.error };
  return String(value);
}
