/** Moving the officer to a cell, and writing a formula into the active cell. */
import { parseRef } from "../workbook";
import { describeOfficeError, ExcelActionError } from "./office-errors";

/** Activates the finding's sheet and selects its cell: one sync. */
export async function selectAddress(address: string): Promise<void> {
  const ref = parseRef(address);
  if (!ref?.sheet) throw new ExcelActionError(`Alamat sel tidak sah: ${address}.`, "InvalidArgument");
  try {
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(ref.sheet!);
      sheet.activate();
      sheet.getRangeByIndexes(ref.row, ref.col, ref.rows, ref.cols).select();
      await context.sync();
    });
  } catch (error) {
    throw new ExcelActionError(describeOfficeError(error), "SelectFailed");
  }
}

export async function activateSheet(name: string): Promise<void> {
  try {
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem(name).activate();
      await context.sync();
    });
  } catch (error) {
    throw new ExcelActionError(describeOfficeError(error), "ActivateFailed");
  }
}

/**
 * Writes a formula (invariant, English separators) into the active cell. getActiveCell (ExcelApi
 * 1.7) is one cell whatever is selected; getSelectedRange throws when several areas are selected.
 */
export async function insertFormula(formula: string): Promise<string> {
  try {
    return await Excel.run(async (context) => {
      const cell = context.workbook.getActiveCell();
      cell.formulas = [[formula]];
      cell.load("address");
      await context.sync();
      return cell.address;
    });
  } catch (error) {
    throw new ExcelActionError(describeOfficeError(error), "InsertFailed");
  }
}
