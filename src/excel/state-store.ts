/** The add-in's very hidden state sheet, written as text in one batch. */
import { decodeState, EMPTY_STATE, encodeState, normaliseCell, STATE_SHEET_NAME, WorkbookState } from "../workbook";
import { excelRows, setForAllCells } from "./cells";

/** Queues (does not sync) replacing the state sheet's content with `state`. */
export function queueStateWrite(context: Excel.RequestContext, state: WorkbookState, exists: boolean): void {
  const sheets = context.workbook.worksheets;
  const sheet = exists ? sheets.getItem(STATE_SHEET_NAME) : sheets.add(STATE_SHEET_NAME);
  if (!exists) sheet.visibility = "VeryHidden";
  else sheet.getRange().clear();
  const rows = encodeState(state);
  const range = sheet.getRangeByIndexes(0, 0, rows.length, 3);
  setForAllCells(range, "numberFormat", "@");
  range.values = excelRows(rows);
}

/** Reads the state, applies `update`, writes it back: two syncs. */
export async function updateState(update: (state: WorkbookState) => WorkbookState): Promise<WorkbookState> {
  return Excel.run(async (context) => {
    const stateSheet = context.workbook.worksheets.getItemOrNullObject(STATE_SHEET_NAME);
    stateSheet.load("name");
    const used = stateSheet.getUsedRangeOrNullObject(true);
    used.load("values");
    await context.sync();
    const exists = !stateSheet.isNullObject;
    const current = exists && !used.isNullObject ? decodeState(used.values.map((r) => r.map(normaliseCell))) : EMPTY_STATE;
    const next = update(current);
    queueStateWrite(context, next, exists);
    await context.sync();
    return next;
  });
}

/** Reads the state without writing anything: one sync. */
export async function readState(): Promise<WorkbookState> {
  return Excel.run(async (context) => {
    const stateSheet = context.workbook.worksheets.getItemOrNullObject(STATE_SHEET_NAME);
    stateSheet.load("name");
    const used = stateSheet.getUsedRangeOrNullObject(true);
    used.load("values");
    await context.sync();
    return !stateSheet.isNullObject && !used.isNullObject ? decodeState(used.values.map((r) => r.map(normaliseCell))) : EMPTY_STATE;
  });
}
