/**
 * The only place that knows Excel's CustomFunctions runtime: a catalogue result becomes the
 * matrix Excel spills, with CustomFunctions.Error in the positions that failed.
 */
import { isFunctionError } from "./cell-values";
import type { OutputMatrix } from "./grid";

export function toExcel(result: OutputMatrix): unknown[][] {
  return result.map((row) =>
    row.map((cell) =>
      isFunctionError(cell)
        ? new CustomFunctions.Error(
            cell.error === "#N/A" ? CustomFunctions.ErrorCode.notAvailable : CustomFunctions.ErrorCode.invalidValue,
            cell.message,
          )
        : cell,
    ),
  );
}
