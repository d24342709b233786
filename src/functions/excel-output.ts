/**
 * The only place that knows Excel's CustomFunctions runtime: a catalogue result becomes the
 * matrix Excel spills, with CustomFunctions.Error in the positions that failed.
 */
import { isFunctionError } from "./cell-values";
import type { OutputMatrix } from "./grid";

export function toExcel(result: OutputMatrix): unknown[][] {
  // Rows without an error are passed on as they are: a spilled column of 100,000 cells should
  // not be copied row by row to replace a handful of errors. The outer list is copied once (a
  // plain slice) on the first row that needs it, so the catalogue's result stays unchanged.
  let out: unknown[][] | undefined;
  for (let r = 0; r < result.length; r++) {
    const row = result[r];
    if (!hasError(row)) continue;
    out ??= result.slice();
    out[r] = row.map(toExcelCell);
  }
  return out ?? (result as unknown[][]);
}

function hasError(row: OutputMatrix[number]): boolean {
  for (let c = 0; c < row.length; c++) if (isFunctionError(row[c])) return true;
  return false;
}

function toExcelCell(cell: OutputMatrix[number][number]): unknown {
  return isFunctionError(cell)
    ? new CustomFunctions.Error(
        cell.error === "#N/A" ? CustomFunctions.ErrorCode.notAvailable : CustomFunctions.ErrorCode.invalidValue,
        cell.message,
      )
    : cell;
}
