/**
 * What each range operation does to the workbook state, with Excel's validation:
 * shape checks, unbounded-range rules, protection, read limits.
 */
import { Rect, cellCount, isEntireColumns, isEntireRows, isUnbounded } from "./address";
import { ErrorValue, StoredValue, coerceInput, displayText, readValue, valueType } from "./cells";
import { normalizeColor } from "./colors";
import { ClearApplyTo, HorizontalAlignment, enumValues } from "./enums";
import type { Execution } from "./engine";
import { ErrorCode, SHAPE_MISMATCH_MESSAGE, invalidArgument, officeError } from "./errors";
import type { FormatLayer } from "./grid";
import { FORMAT_LAYERS, SheetState } from "./state";

export interface RangeTarget {
  sheet: SheetState;
  rect: Rect;
}

/** Excel on the web: a range read is limited to 5,000,000 cells. */
export const READ_CELL_LIMIT = 5_000_000;
/** Excel on the web: an operation may affect at most 33,554,000 cells. */
export const OPERATION_CELL_LIMIT = 33_554_000;

export function assertUnprotected(sheet: SheetState, location: string): void {
  if (sheet.protected) throw officeError(ErrorCode.accessDenied, location);
}

export type CellDataProperty = "values" | "formulas" | "numberFormat";

function isValidElement(v: unknown): boolean {
  if (v === null || v === undefined || typeof v === "string" || typeof v === "number" || typeof v === "boolean") return true;
  // A Date (or anything with toJSON) travels as its JSON value.
  return typeof v === "object" && typeof (v as { toJSON?: unknown }).toJSON === "function";
}

/** Validates a values/formulas/numberFormat input against the range; returns the 2-D array or the scalar. */
function validateCellInput(rect: Rect, input: unknown, location: string): { matrix?: unknown[][]; scalar?: unknown } {
  if (input === null || input === undefined) throw invalidArgument(location);
  if (Array.isArray(input)) {
    if (input.length !== rect.rows) throw officeError(ErrorCode.invalidArgument, location, SHAPE_MISMATCH_MESSAGE);
    for (const row of input) {
      if (!Array.isArray(row) || row.length !== rect.cols) throw officeError(ErrorCode.invalidArgument, location, SHAPE_MISMATCH_MESSAGE);
      for (let c = 0; c < row.length; c++) if (!isValidElement(row[c])) throw invalidArgument(location);
    }
    return { matrix: input as unknown[][] };
  }
  if (!isValidElement(input)) throw invalidArgument(location);
  return { scalar: input };
}

/** range.values / range.formulas / range.numberFormat = input */
export function writeCellData(x: Execution, t: RangeTarget, property: CellDataProperty, input: unknown, location: string): void {
  const { sheet, rect } = t;
  // "You cannot set cell-level properties such as values, numberFormat, and formula on unbounded range."
  if (isUnbounded(rect)) throw invalidArgument(location);
  if (cellCount(rect) > OPERATION_CELL_LIMIT) throw officeError(ErrorCode.operationCellsExceedLimit, location);
  assertUnprotected(sheet, location);
  const { matrix, scalar } = validateCellInput(rect, input, location);
  const element = matrix ? (r: number, c: number) => matrix[r][c] : () => scalar;
  if (property === "numberFormat") {
    for (let i = 0; i < rect.rows; i++) {
      for (let j = 0; j < rect.cols; j++) {
        const v = element(i, j);
        if (v === null || v === undefined) continue;
        if (typeof v !== "string") throw invalidArgument(location);
      }
    }
    for (let i = 0; i < rect.rows; i++) {
      const r = rect.row + i;
      for (let j = 0; j < rect.cols; j++) {
        const v = element(i, j) as string | null | undefined;
        if (v === null || v === undefined) continue;
        sheet.numberFormats.set(r, rect.col + j, v === "" || v === "General" ? undefined : v);
      }
    }
  } else {
    writeValues(x, sheet, rect, element);
  }
  sheet.touch();
  x.sheetChanged(sheet.id);
}

function writeValues(x: Execution, sheet: SheetState, rect: Rect, element: (i: number, j: number) => unknown): void {
  const formats = sheet.numberFormats;
  const formulas = sheet.formulas;
  for (let i = 0; i < rect.rows; i++) {
    const r = rect.row + i;
    const valueRow = sheet.values.rowFor(r);
    const nfRow = formats.rows[r];
    let formulaRow = formulas.rows[r];
    for (let j = 0; j < rect.cols; j++) {
      const c = rect.col + j;
      const coerced = coerceInput(element(i, j), nfRow === undefined ? undefined : nfRow[c], x.coerceStrings);
      if (coerced === null || coerced.action === "skip") continue;
      if (coerced.action === "clear") {
        valueRow[c] = undefined as unknown as StoredValue;
        if (formulaRow !== undefined) formulaRow[c] = undefined as unknown as string;
        continue;
      }
      valueRow[c] = coerced.value as StoredValue;
      if (coerced.formula) {
        if (formulaRow === undefined) formulaRow = formulas.rowFor(r);
        formulaRow[c] = coerced.value as string;
      } else if (formulaRow !== undefined) {
        formulaRow[c] = undefined as unknown as string;
      }
      if (coerced.numberFormat !== undefined) formats.set(r, c, coerced.numberFormat);
    }
  }
}

/** Cell-level property as Excel returns it; null for an unbounded range (documented). */
export function readCellData(t: RangeTarget, property: "values" | "formulas" | "numberFormat" | "text" | "valueTypes", location: string): unknown[][] | null {
  const { sheet, rect } = t;
  if (isUnbounded(rect)) return null;
  if (cellCount(rect) > READ_CELL_LIMIT) throw officeError(ErrorCode.rangeExceedsLimit, location);
  const out: unknown[][] = new Array(rect.rows);
  const valueRows = sheet.values.rows;
  const nfRows = sheet.numberFormats.rows;
  for (let i = 0; i < rect.rows; i++) {
    const r = rect.row + i;
    const vRow = valueRows[r];
    const nfRow = nfRows[r];
    const row: unknown[] = new Array(rect.cols);
    for (let j = 0; j < rect.cols; j++) {
      const c = rect.col + j;
      const v: StoredValue | undefined = vRow === undefined ? undefined : vRow[c];
      switch (property) {
        case "values":
        case "formulas":
          // A formula cell stores its formula text (the double does not calculate).
          row[j] = v === undefined ? "" : v instanceof ErrorValue ? v.code : v;
          break;
        case "numberFormat":
          row[j] = (nfRow === undefined ? undefined : nfRow[c]) ?? "General";
          break;
        case "text":
          row[j] = displayText(v, nfRow === undefined ? undefined : nfRow[c]);
          break;
        case "valueTypes":
          row[j] = valueType(v);
          break;
      }
    }
    out[i] = row;
  }
  return out;
}

export function readValuesPlain(t: RangeTarget): (string | number | boolean)[][] {
  const out: (string | number | boolean)[][] = [];
  for (let i = 0; i < t.rect.rows; i++) {
    const row: (string | number | boolean)[] = [];
    for (let j = 0; j < t.rect.cols; j++) row.push(readValue(t.sheet.values.get(t.rect.row + i, t.rect.col + j)));
    out.push(row);
  }
  return out;
}

const CLEAR_APPLY_TO = enumValues(ClearApplyTo);

export function clearRange(x: Execution, t: RangeTarget, applyTo: unknown, location: string): void {
  const mode = applyTo === undefined || applyTo === null ? "All" : applyTo;
  if (typeof mode !== "string" || !CLEAR_APPLY_TO.has(mode)) throw invalidArgument(location, "applyTo");
  assertUnprotected(t.sheet, location);
  const { sheet, rect } = t;
  if (mode === "All" || mode === "Contents" || mode === "ResetContents") {
    sheet.values.clearRect(rect);
    sheet.formulas.clearRect(rect);
  }
  if (mode === "All" || mode === "Formats") {
    sheet.numberFormats.clearRect(rect);
    for (const name of FORMAT_LAYERS) sheet.layer(name).write(rect, null);
  }
  sheet.touch();
  x.sheetChanged(sheet.id);
}

// ---------------------------------------------------------------------------------------------
// Formats

const ALIGNMENTS = enumValues(HorizontalAlignment);

export function writeFill(x: Execution, t: RangeTarget, color: unknown, location: string): void {
  if (typeof color !== "string") throw invalidArgument(location); // null is documented as invalid
  assertUnprotected(t.sheet, location);
  if (color === "") {
    t.sheet.fill.write(t.rect, null);
  } else {
    const hex = normalizeColor(color);
    if (hex === null) throw invalidArgument(location);
    t.sheet.fill.write(t.rect, hex);
  }
  t.sheet.touch();
  x.sheetChanged(t.sheet.id);
}

export function writeFontColor(x: Execution, t: RangeTarget, color: unknown, location: string): void {
  if (typeof color !== "string") throw invalidArgument(location);
  assertUnprotected(t.sheet, location);
  if (color === "") t.sheet.fontColor.write(t.rect, null);
  else {
    const hex = normalizeColor(color);
    if (hex === null) throw invalidArgument(location);
    t.sheet.fontColor.write(t.rect, hex);
  }
  t.sheet.touch();
  x.sheetChanged(t.sheet.id);
}

export function writeBooleanFormat(x: Execution, t: RangeTarget, layer: "bold" | "italic" | "wrapText", value: unknown, location: string): void {
  if (typeof value !== "boolean") throw invalidArgument(location);
  assertUnprotected(t.sheet, location);
  t.sheet[layer].write(t.rect, value);
  t.sheet.touch();
  x.sheetChanged(t.sheet.id);
}

/** Font size in points (Excel accepts 1 to 409). */
export function writeFontSize(x: Execution, t: RangeTarget, size: unknown, location: string): void {
  if (typeof size !== "number" || !Number.isFinite(size) || size < 1 || size > 409) throw invalidArgument(location);
  assertUnprotected(t.sheet, location);
  t.sheet.fontSize.write(t.rect, size);
  t.sheet.touch();
  x.sheetChanged(t.sheet.id);
}

export function writeFontName(x: Execution, t: RangeTarget, name: unknown, location: string): void {
  if (typeof name !== "string" || name.trim() === "") throw invalidArgument(location);
  assertUnprotected(t.sheet, location);
  t.sheet.fontName.write(t.rect, name);
  t.sheet.touch();
  x.sheetChanged(t.sheet.id);
}

export function writeAlignment(x: Execution, t: RangeTarget, value: unknown, location: string): void {
  if (typeof value !== "string" || !ALIGNMENTS.has(value)) throw invalidArgument(location);
  assertUnprotected(t.sheet, location);
  t.sheet.horizontalAlignment.write(t.rect, value === "General" ? null : value);
  t.sheet.touch();
  x.sheetChanged(t.sheet.id);
}

/** Column width in points (Excel's maximum is 255 characters ≈ 1,790 points). */
export function writeColumnWidth(x: Execution, t: RangeTarget, width: unknown, location: string): void {
  if (typeof width !== "number" || !Number.isFinite(width) || width < 0 || width > 1790) throw invalidArgument(location);
  assertUnprotected(t.sheet, location);
  const { sheet, rect } = t;
  if (isEntireRows(rect)) {
    sheet.standardWidth = width;
    sheet.columnWidths = [];
  } else {
    for (let c = rect.col; c < rect.col + rect.cols; c++) sheet.columnWidths[c] = width;
  }
  x.sheetChanged(sheet.id);
}

/** Row height in points (0 to 409). */
export function writeRowHeight(x: Execution, t: RangeTarget, height: unknown, location: string): void {
  if (typeof height !== "number" || !Number.isFinite(height) || height < 0 || height > 409) throw invalidArgument(location);
  assertUnprotected(t.sheet, location);
  const { sheet, rect } = t;
  if (isEntireColumns(rect)) {
    sheet.standardHeight = height;
    sheet.rowHeights = [];
  } else {
    for (let r = rect.row; r < rect.row + rect.rows; r++) sheet.rowHeights[r] = height;
  }
  x.sheetChanged(sheet.id);
}

export function readColumnWidth(t: RangeTarget): number | null {
  const { sheet, rect } = t;
  const first = sheet.columnWidth(rect.col);
  for (let c = rect.col + 1; c < rect.col + rect.cols; c++) if (sheet.columnWidth(c) !== first) return null;
  return first;
}

export function readRowHeight(t: RangeTarget): number | null {
  const { sheet, rect } = t;
  const r0 = rect.row;
  const r1 = rect.row + rect.rows;
  let explicit = 0;
  let result: number | null = null;
  let uniform = true;
  sheet.rowHeights.forEach((h, r) => {
    if (h === undefined || r < r0 || r >= r1) return;
    explicit++;
    if (result === null) result = h;
    else if (h !== result) uniform = false;
  });
  if (!uniform) return null;
  if (explicit < rect.rows) {
    if (result !== null && result !== sheet.standardHeight) return null;
    return sheet.standardHeight;
  }
  return result;
}

export function readLayer<T>(layer: FormatLayer<T>, t: RangeTarget): T | null {
  return layer.uniform(t.rect);
}

/** Approximate autofit: 7 px per character of the widest text (Calibri 11), 5 px padding. */
export function autofitColumns(x: Execution, t: RangeTarget, location: string): void {
  assertUnprotected(t.sheet, location);
  const { sheet, rect } = t;
  const used = sheet.usedRect(true);
  if (!used) return;
  const c0 = Math.max(rect.col, used.col);
  const c1 = Math.min(rect.col + rect.cols, used.col + used.cols);
  const r0 = Math.max(rect.row, used.row);
  const r1 = Math.min(rect.row + rect.rows, used.row + used.rows);
  for (let c = c0; c < c1; c++) {
    let longest = 0;
    for (let r = r0; r < r1; r++) {
      const v = sheet.values.get(r, c);
      if (v === undefined) continue;
      const text = displayText(v, sheet.numberFormatAt(r, c));
      const width = Math.max(...text.split("\n").map((line) => line.length));
      if (width > longest) longest = width;
    }
    if (longest > 0) sheet.columnWidths[c] = Math.min(1790, Math.round((longest * 7 + 5) * 0.75 * 100) / 100);
  }
  x.sheetChanged(sheet.id);
}

/** Approximate autofit: 15 points per line of wrapped text. */
export function autofitRows(x: Execution, t: RangeTarget, location: string): void {
  assertUnprotected(t.sheet, location);
  const { sheet, rect } = t;
  const used = sheet.usedRect(true);
  if (!used) return;
  const r0 = Math.max(rect.row, used.row);
  const r1 = Math.min(rect.row + rect.rows, used.row + used.rows);
  const c0 = Math.max(rect.col, used.col);
  const c1 = Math.min(rect.col + rect.cols, used.col + used.cols);
  for (let r = r0; r < r1; r++) {
    let lines = 1;
    for (let c = c0; c < c1; c++) {
      const v = sheet.values.get(r, c);
      if (typeof v === "string" && sheet.wrapText.effective(r, c)) lines = Math.max(lines, v.split("\n").length);
    }
    sheet.rowHeights[r] = lines === 1 ? undefined : Math.min(409, lines * 15);
  }
  x.sheetChanged(sheet.id);
}

/** The rectangle of the used range of the sheet intersected with rect, or null. */
export function usedWithin(sheet: SheetState, rect: Rect, valuesOnly: boolean): Rect | null {
  const used = sheet.usedRect(valuesOnly);
  if (!used) return null;
  const r0 = Math.max(rect.row, used.row);
  const c0 = Math.max(rect.col, used.col);
  const r1 = Math.min(rect.row + rect.rows, used.row + used.rows);
  const c1 = Math.min(rect.col + rect.cols, used.col + used.cols);
  if (r1 <= r0 || c1 <= c0) return null;
  return { row: r0, col: c0, rows: r1 - r0, cols: c1 - c0 };
}


/** Range.format.fill.pattern: "None" when no cell has a fill, "Solid" when all do, null when mixed. */
export function readFillPattern(t: RangeTarget): string | null {
  const { rect, sheet } = t;
  let filled = 0;
  for (let r = rect.row; r < rect.row + rect.rows; r++) {
    for (let c = rect.col; c < rect.col + rect.cols; c++) if (sheet.fill.isSet(r, c)) filled++;
  }
  if (filled === 0) return "None";
  return filled === rect.rows * rect.cols ? "Solid" : null;
}
