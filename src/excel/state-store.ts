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

/**
 * Queues loading the state sheet (if any) with whatever else the caller queued; after the next
 * sync, the returned function gives the decoded state and whether the sheet exists.
 */
export function queueStateRead(context: Excel.RequestContext): () => { state: WorkbookState; exists: boolean } {
  const stateSheet = context.workbook.worksheets.getItemOrNullObject(STATE_SHEET_NAME);
  stateSheet.load("name");
  const used = stateSheet.getUsedRangeOrNullObject(true);
  used.load("values");
  return () => ({
    exists: !stateSheet.isNullObject,
    state: stateSheet.isNullObject || used.isNullObject ? EMPTY_STATE : decodeState(used.values.map((r) => r.map(normaliseCell))),
  });
}

/** Reads the state, applies `update`, writes it back: two syncs. */
export async function updateState(update: (state: WorkbookState) => WorkbookState): Promise<WorkbookState> {
  return Excel.run(async (context) => {
    const read = queueStateRead(context);
    await context.sync();
    const { state, exists } = read();
    const next = update(state);
    queueStateWrite(context, next, exists);
    await context.sync();
    return next;
  });
}

/** Reads the state without writing anything: one sync. */
export async function readState(): Promise<WorkbookState> {
  return Excel.run(async (context) => {
    const read = queueStateRead(context);
    await context.sync();
    return read().state;
  });
}
