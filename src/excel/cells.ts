/** Small helpers around Excel ranges that the adapter's modules share. */
import { CellValue, isCellError } from "../workbook/sheet-data";

/**
 * Excel reads a written string the way it reads typed input: "=…", "+…", "-…" and "@…" become
 * formulas, a leading tab or CR hides what follows, "95%", " 95", "1e3", "#N/A" and "TRUE" become
 * numbers, errors and booleans, and a leading apostrophe is eaten. Text that does not start with
 * a letter (and the words TRUE/FALSE) therefore gets Excel's quote prefix, so it lands as exactly
 * the text the officer typed, whatever the cell's number format.
 */
export function excelCellValue(value: CellValue): string | number | boolean {
  if (value === null) return "";
  if (isCellError(value)) return value.error;
  if (typeof value === "string" && value !== "" && (!/^\p{L}/u.test(value) || /^(true|false)$/i.test(value))) return `'${value}`;
  return value;
}

export function excelRows(rows: readonly (readonly CellValue[])[]): (string | number | boolean)[][] {
  return rows.map((row) => row.map(excelCellValue));
}

/**
 * Office.js applies a single (non-array) value to every cell of a range ("single input copy"),
 * which keeps column-wide formats tiny in the request. The typings only show the 2-D form.
 */
export function setForAllCells(range: Excel.Range, property: "numberFormat" | "values", value: string | number): void {
  (range as unknown as Record<string, unknown>)[property] = value;
}

/** Column width in Excel characters → points (Excel: width w ≈ 7w + 5 pixels, 0.75 pt per pixel). */
export function charsToPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75);
}
