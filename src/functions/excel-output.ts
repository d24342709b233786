/**
 * The only place that knows Excel's CustomFunctions runtime: a catalogue result becomes the
 * matrix Excel spills, with CustomFunctions.Error in the positions that failed.
 */
import { isFunctionError } from "./cell-values";
import type { OutputMatrix } from "./grid";

export function toExcel(result: OutputMatrix): unknown[][] {
  // Rows without an error are passed on as they are: a spilled column of 100,000 cells should
  // not be copied row by row to replace a handful of errors.
  return result.map((row) => (row.some(isFunctionError) ? row.map(toExcelCell) : row));
}

function toExcelCell(cell: OutputMatrix[number][number]): unknown {
  return isFunctionError(cell)
    ? new CustomFunctions.Error(
        cell.error === "#N/A" ? CustomFunctions.ErrorCode.notAvailable : CustomFunctions.ErrorCode.invalidValue,
        cell.message,
      )
    : cell;
}
