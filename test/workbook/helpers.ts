/**
 * Shared by the src/workbook tests (not a test file itself): fixed dates, settings, copies of
 * fixtures edited by Excel address, and a compact view of findings.
 */
import { z } from "zod";
import {
  CellValue,
  Finding,
  parseRef,
  RULE_CATALOGUE,
  Settings,
  SettingsSchema,
  SheetData,
  validateSheet,
  ValidationOptions,
  ValidationReport,
} from "../../src/workbook";
import { sheetRows } from "../../src/workbook";

/** Local noon, so the date printed in the generated sheet's note is the same in every time zone. */
export const TODAY = new Date(2026, 0, 15, 12, 0, 0);

export function settingsWith(input: z.input<typeof SettingsSchema> = {}): Settings {
  return SettingsSchema.parse(input);
}

/** A sheet with its values as plain rows, to compare sheets read in different ways. */
export function plainSheet(sheet: SheetData): SheetData {
  return { ...sheet, values: sheetRows(sheet.values) };
}

function clone(sheet: SheetData): CellValue[][] {
  return sheetRows(sheet.values).map((row) => [...row]);
}

function widthOf(rows: readonly (readonly CellValue[])[]): number {
  return rows.reduce((w, r) => Math.max(w, r.length), 0);
}

function pad(rows: CellValue[][], width: number, blank: CellValue = ""): CellValue[][] {
  return rows.map((r) => (r.length < width ? [...r, ...new Array<CellValue>(width - r.length).fill(blank)] : r));
}

/** Index into values of an Excel row/column of the sheet (1-based row number, as Excel shows it). */
function indexOf(sheet: SheetData, address: string): { r: number; c: number } {
  const ref = parseRef(address);
  if (!ref) throw new Error(`bad address ${address}`);
  return { r: ref.row - sheet.startRow, c: ref.col - sheet.startCol };
}

/**
 * A copy of a sheet with cells replaced, addressed the way the officer sees them ("B9"). A cell
 * right of the used range widens every row (Office.js always returns a rectangle).
 */
export function withCells(sheet: SheetData, edits: Record<string, CellValue>, name = sheet.name): SheetData {
  let values = clone(sheet);
  for (const [address, value] of Object.entries(edits)) {
    const { r, c } = indexOf(sheet, address);
    if (r < 0 || c < 0 || r >= values.length) throw new Error(`${address} is outside the used range`);
    if (c >= values[r].length) values = pad(values, c + 1);
    values[r][c] = value;
  }
  return { ...sheet, name, values };
}

/** A copy with rows inserted before the given Excel row (rows shorter than the sheet are padded). */
export function withRowsInserted(sheet: SheetData, beforeExcelRow: number, rows: readonly (readonly CellValue[])[]): SheetData {
  const values = clone(sheet);
  const at = beforeExcelRow - 1 - sheet.startRow;
  const width = widthOf(values);
  values.splice(at, 0, ...pad(rows.map((r) => [...r]), width));
  return { ...sheet, values: pad(values, widthOf(values)) };
}

/** A copy without the given Excel rows. */
export function withoutRows(sheet: SheetData, excelRows: readonly number[]): SheetData {
  const drop = new Set(excelRows.map((r) => r - 1 - sheet.startRow));
  return { ...sheet, values: clone(sheet).filter((_, i) => !drop.has(i)) };
}

/** A copy keeping only the first `count` rows of the used range. */
export function firstRows(sheet: SheetData, count: number): SheetData {
  return { ...sheet, values: clone(sheet).slice(0, count) };
}

export function blankRow(width: number): CellValue[] {
  return new Array<CellValue>(width).fill("");
}

/** "'Rekap 2025'!B9 NIP_FORMAT error": what the officer sees in the findings list, one per line. */
export function lines(findings: readonly Finding[]): string[] {
  return findings.map((f) => `${f.address} ${f.code} ${f.severity}`);
}

export function messageAt(findings: readonly Finding[], address: string, code: string): string {
  const hit = findings.find((f) => f.address === address && f.code === code);
  if (!hit) throw new Error(`no ${code} at ${address}; got ${lines(findings).join(", ")}`);
  return hit.message;
}

/** Every finding code produced through `check` in this test file (each file has its own module registry). */
export const seenCodes = new Set<string>();

/** validateSheet with the fixed date; records the codes it produced. */
export function check(sheet: SheetData, settings: Settings = settingsWith(), options: Omit<ValidationOptions, "settings" | "today"> = {}): ValidationReport {
  const report = validateSheet(sheet, { ...options, settings, today: TODAY });
  for (const f of report.findings) seenCodes.add(f.code);
  return report;
}

/** Codes produced in this file that RULE_CATALOGUE does not list (should be none). */
export function codesMissingFromCatalogue(): string[] {
  const known = new Set(RULE_CATALOGUE.map((r) => r.code));
  return [...seenCodes].filter((c) => !known.has(c)).sort();
}
