/** A SheetWritePlan written into an ExcelJS workbook (the CLI's twin of the Office.js writer). */
import ExcelJS from "exceljs";
import { columnLetters, rangeRef } from "../workbook/address";
import { isCellError } from "../workbook/sheet-data";
import { CellValue } from "../workbook/sheet-data";
import { RangeFormat, SheetWritePlan } from "../workbook/write-plan";

function argb(hex: string): string {
  return `FF${hex.replace("#", "").toUpperCase()}`;
}

function cellValue(value: CellValue): ExcelJS.CellValue {
  if (value === null) return null;
  if (isCellError(value)) return { error: value.error as ExcelJS.CellErrorValue["error"] };
  return value; // strings are shared strings: ExcelJS never turns text into a formula
}

function applyFormat(ws: ExcelJS.Worksheet, f: RangeFormat): void {
  for (let r = f.range.row; r < f.range.row + f.range.rows; r++) {
    for (let c = f.range.col; c < f.range.col + f.range.cols; c++) {
      const cell = ws.getCell(r + 1, c + 1);
      if (f.numberFormat !== undefined) cell.numFmt = f.numberFormat;
      if (f.bold !== undefined || f.italic !== undefined || f.fontSize !== undefined || f.fontColor !== undefined) {
        cell.font = {
          ...cell.font,
          ...(f.bold !== undefined ? { bold: f.bold } : {}),
          ...(f.italic !== undefined ? { italic: f.italic } : {}),
          ...(f.fontSize !== undefined ? { size: f.fontSize } : {}),
          ...(f.fontColor !== undefined ? { color: { argb: argb(f.fontColor) } } : {}),
        };
      }
      if (f.fill !== undefined) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(f.fill) } };
      if (f.wrap !== undefined) cell.alignment = { ...cell.alignment, wrapText: f.wrap, vertical: "top" };
    }
  }
}

/** Writes the plan as a new worksheet; `replaces` (the add-in's own older sheet) is removed first. */
export function applyPlan(workbook: ExcelJS.Workbook, plan: SheetWritePlan): ExcelJS.Worksheet {
  if (plan.replaces) {
    const old = workbook.getWorksheet(plan.replaces);
    if (old) workbook.removeWorksheet(old.id);
  }
  const ws = workbook.addWorksheet(plan.sheetName);
  for (const block of plan.blocks) {
    block.values.forEach((row, i) => {
      const excelRow = ws.getRow(block.row + i + 1);
      row.forEach((v, j) => {
        excelRow.getCell(block.col + j + 1).value = cellValue(v);
      });
    });
  }
  if (plan.table) {
    const t = plan.table;
    const header = plan.blocks.find((b) => b.row === t.range.row && b.col === t.range.col);
    const names = (header?.values[0] ?? []).slice(0, t.range.cols).map((v) => String(v ?? ""));
    ws.addTable({
      name: t.name,
      ref: `${columnLetters(t.range.col)}${t.range.row + 1}`,
      headerRow: true,
      style: { theme: t.style as ExcelJS.TableStyleProperties["theme"], showRowStripes: true },
      columns: names.map((name) => ({ name, filterButton: true })),
      rows: (header?.values.slice(1) ?? []).map((row) => row.slice(0, t.range.cols).map((v) => cellValue(v))),
    });
  }
  for (const f of plan.formats) applyFormat(ws, f);
  for (const { col, width } of plan.columnWidths) ws.getColumn(col + 1).width = width;
  if (plan.freezeRows) ws.views = [{ state: "frozen", ySplit: plan.freezeRows, xSplit: 0, topLeftCell: `A${plan.freezeRows + 1}` }];
  if (plan.autofitRows) estimateRowHeights(ws, plan);
  if (plan.print) {
    const { area, titleRow } = plan.print;
    ws.pageSetup = {
      ...ws.pageSetup,
      orientation: "landscape",
      paperSize: 9, // A4
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      // ExcelJS prefixes "$" to each end ("A$1" → "$A$1"), so pass the rows already absolute.
      printArea: planRangeRef(area).replace(/([A-Z]+)(\d+)/g, "$1$$$2"),
      printTitlesRow: `${titleRow + 1}:${titleRow + 1}`,
    };
  }
  return ws;
}

/**
 * Characters the .xlsx XML cannot carry as they are: control characters other than tab and line
 * feed (a carriage return does not survive XML parsing, NUL is not XML at all), U+FFFE/U+FFFF and
 * halves of surrogate pairs; and text that already looks like such an escape.
 */
// eslint-disable-next-line no-control-regex
const NOT_XML_TEXT = /_(?=x[0-9A-Fa-f]{4}_)|[\u0000-\u0008\u000B-\u001F\u007F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Text as an .xlsx stores it: the file format's own escape _xHHHH_ for characters XML cannot
 * carry, and "_x005F_" for an underscore that would otherwise start one. Excel and ExcelJS decode
 * these back to exactly the text written (ExcelJS itself would drop or corrupt such characters).
 */
export function xlsxText(text: string): string {
  return text.replace(NOT_XML_TEXT, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`);
}

/** Applies xlsxText to every text cell of the workbook (the officer's sheets and the generated one) before it is written. */
export function escapeWorkbookText(workbook: ExcelJS.Workbook): void {
  const needsEscape = new RegExp(NOT_XML_TEXT.source);
  const fix = (text: string): string => (needsEscape.test(text) ? xlsxText(text) : text);
  workbook.eachSheet((ws) => {
    ws.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        const v = cell.value;
        if (typeof v === "string") {
          const fixed = fix(v);
          if (fixed !== v) cell.value = fixed;
        } else if (v && typeof v === "object" && "richText" in v) {
          cell.value = { ...v, richText: v.richText.map((r) => ({ ...r, text: fix(r.text) })) };
        }
      });
    });
  });
}

/** "A5:O300" of a plan range, for messages and tests. */
export function planRangeRef(range: { row: number; col: number; rows: number; cols: number }): string {
  return rangeRef(range.row, range.col, range.rows, range.cols);
}

/** Line height of Calibri 11 in points. */
const LINE_POINTS = 15;

/**
 * A file has no layout engine to autofit rows, and LibreOffice does not do it on open: estimate
 * each row's height from the longest wrapped text and its column's width.
 */
function estimateRowHeights(ws: ExcelJS.Worksheet, plan: SheetWritePlan): void {
  const area = plan.autofitRows!;
  const widths = new Map(plan.columnWidths.map((w) => [w.col, w.width]));
  const wrapped = new Set<number>();
  for (const f of plan.formats) if (f.wrap) for (let c = f.range.col; c < f.range.col + f.range.cols; c++) wrapped.add(c);
  for (let r = area.row; r < area.row + area.rows; r++) {
    let lines = 1;
    for (const c of wrapped) {
      const text = String(ws.getCell(r + 1, c + 1).value ?? "");
      const perLine = Math.max(1, Math.floor((widths.get(c) ?? 10) * 1.1));
      lines = Math.max(lines, Math.ceil(text.length / perLine));
    }
    if (lines > 1) {
      ws.getRow(r + 1).height = lines * LINE_POINTS;
      // In a tall row every cell starts at the top, level with the wrapped text.
      for (let c = area.col; c < area.col + area.cols; c++) {
        const cell = ws.getCell(r + 1, c + 1);
        cell.alignment = { ...cell.alignment, vertical: "top" };
      }
    }
  }
}
