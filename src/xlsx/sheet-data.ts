/** ExcelJS worksheets as the engine's plain SheetData (cached formula results, not formulas). */
import ExcelJS from "exceljs";
import { CellValue, normaliseCell, SheetData } from "../workbook/sheet-data";

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** A cell's value as Excel's `range.values` would give it. */
export function plainValue(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "boolean") return value;
  // Text typed exactly like an error code reads as that error, as the Office.js adapter reads it.
  if (typeof value === "string") return normaliseCell(value);
  if (value instanceof Date) return (value.getTime() - EXCEL_EPOCH) / 86_400_000;
  if ("error" in value) return { error: value.error };
  if ("richText" in value) return value.richText.map((r) => r.text).join("") || null;
  if ("hyperlink" in value) return value.text ?? null;
  if ("formula" in value || "sharedFormula" in value) {
    const result = (value as ExcelJS.CellFormulaValue).result;
    return result === undefined ? null : plainValue(result as ExcelJS.CellValue);
  }
  return null;
}

/** The used range of a worksheet as SheetData; an empty sheet has no values. */
export function worksheetToSheetData(ws: ExcelJS.Worksheet): SheetData {
  let minRow = Infinity;
  let maxRow = 0;
  let minCol = Infinity;
  let maxCol = 0;
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      if (plainValue(cell.value) === null) return;
      minRow = Math.min(minRow, rowNumber);
      maxRow = Math.max(maxRow, rowNumber);
      minCol = Math.min(minCol, colNumber);
      maxCol = Math.max(maxCol, colNumber);
    });
  });
  if (maxRow === 0) return { name: ws.name, startRow: 0, startCol: 0, values: [] };
  const width = maxCol - minCol + 1;
  const values: CellValue[][] = [];
  for (let r = minRow; r <= maxRow; r++) {
    const out: CellValue[] = new Array(width).fill(null);
    const row = ws.getRow(r);
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      // Merged cells repeat their master's value in ExcelJS; Excel reports them blank.
      if (cell.isMerged && cell.master !== cell) return;
      out[colNumber - minCol] = plainValue(cell.value);
    });
    values.push(out);
  }
  return { name: ws.name, startRow: minRow - 1, startCol: minCol - 1, values, merges: mergesOf(ws, minRow, minCol) };
}

/** Merged areas relative to the SheetData's first cell. */
function mergesOf(ws: ExcelJS.Worksheet, minRow: number, minCol: number): SheetData["merges"] {
  const merges = (ws as unknown as { _merges?: Record<string, { top: number; left: number; bottom: number; right: number }> })._merges ?? {};
  return Object.values(merges).map((m) => ({ row: m.top - minRow, col: m.left - minCol, rows: m.bottom - m.top + 1, cols: m.right - m.left + 1 }));
}
