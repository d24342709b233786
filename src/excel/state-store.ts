/**
 * The add-in's very hidden state sheet, written as text in one batch.
 *
 * Why a sheet and not workbook custom XML parts (ExcelApi 1.5): the CLI reads and writes the same
 * record in .xlsx files with ExcelJS, which keeps sheets but has no API for custom XML parts, and
 * one store serves both front ends. What makes the sheet safe is what is written into it:
 * - The JSON values (every record's value is a JSON object, "{…}") are written as they are, with no
 *   quote prefix. Microsoft documents which written strings Excel interprets: "If the returned
 *   value starts with a plus ("+"), minus ("-"), or equal sign ("="), Excel interprets this value
 *   as a formula" (Excel.Range.values, office-js-docs-reference); text starting with "{" is none of
 *   these, nor a number, a boolean or an error literal. The columns are also Text-formatted ("@",
 *   Excel.Range.numberFormat), so Excel keeps whatever is typed there as text.
 * - Keys (record kind, sheet name, address) keep the quote prefix where excelCellValue puts it; no
 *   document says whether Excel keeps or strips that apostrophe when it arrives through
 *   Range.values, so the reader (decodeState) reads a key or value the same either way, and
 *   workbooks written by older versions (quote-prefixed JSON) still load.
 */
import { CellValue, decodeState, EMPTY_STATE, encodeState, normaliseCell, STATE_SHEET_NAME, WorkbookState } from "../workbook";
import { excelCellValue, setForAllCells } from "./cells";

/** The state rows as cells: JSON values as they are, the rest as any text the add-in writes. */
function stateCells(rows: readonly (readonly string[])[]): (string | number | boolean)[][] {
  return rows.map((row) => row.map((cell, i) => (i === 2 && /^[{["]/.test(cell) ? cell : excelCellValue(cell))));
}

/** Queues (does not sync) replacing the state sheet's content with `state`. */
export function queueStateWrite(context: Excel.RequestContext, state: WorkbookState, exists: boolean): void {
  const sheets = context.workbook.worksheets;
  const sheet = exists ? sheets.getItem(STATE_SHEET_NAME) : sheets.add(STATE_SHEET_NAME);
  if (!exists) sheet.visibility = "VeryHidden";
  else sheet.getRange().clear();
  const rows = encodeState(state);
  const range = sheet.getRangeByIndexes(0, 0, rows.length, 3);
  setForAllCells(range, "numberFormat", "@");
  range.values = stateCells(rows);
}

/** The state sheet as a read found it. */
export interface StateRead {
  readonly state: WorkbookState;
  readonly exists: boolean;
  /** Very hidden, as the add-in leaves it (a failed batch may have added it and stopped short). */
  readonly veryHidden: boolean;
  /** Its cells as read, to tell whether a failed batch changed them. */
  readonly rows: readonly (readonly CellValue[])[];
}

/**
 * Queues loading the state sheet (if any) with whatever else the caller queued; after the next
 * sync, the returned function gives the decoded state and whether the sheet exists.
 */
export function queueStateRead(context: Excel.RequestContext): () => StateRead {
  const stateSheet = context.workbook.worksheets.getItemOrNullObject(STATE_SHEET_NAME);
  stateSheet.load("name,visibility");
  const used = stateSheet.getUsedRangeOrNullObject(true);
  used.load("values");
  return () => {
    const exists = !stateSheet.isNullObject;
    const rows = exists && !used.isNullObject ? used.values.map((r) => r.map(normaliseCell)) : [];
    return { exists, veryHidden: exists && stateSheet.visibility === "VeryHidden", rows, state: rows.length > 0 ? decodeState(rows) : EMPTY_STATE };
  };
}

const sameRows = (a: readonly (readonly CellValue[])[], b: readonly (readonly CellValue[])[]) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Queues putting the state sheet back to `target` after a failed batch: removed when it was not
 * there, or very hidden and holding `target.rows` (written as `target.state`). Touches the sheet
 * only where it differs from `now`, so a workbook that refused the batch is not asked again for a
 * change it will refuse.
 */
export function queueStateRestore(
  context: Excel.RequestContext,
  now: StateRead,
  target: { readonly exists: false } | { readonly exists: true; readonly state: WorkbookState; readonly rows?: readonly (readonly CellValue[])[] },
): void {
  const sheets = context.workbook.worksheets;
  if (!target.exists) {
    if (!now.exists) return;
    const sheet = sheets.getItem(STATE_SHEET_NAME);
    if (now.veryHidden) sheet.visibility = "Hidden"; // Excel does not delete a very hidden sheet
    sheet.delete();
    return;
  }
  if (!now.exists) {
    queueStateWrite(context, target.state, false);
    return;
  }
  if (!now.veryHidden) sheets.getItem(STATE_SHEET_NAME).visibility = "VeryHidden";
  const wanted = target.rows ?? encodeState(target.state).map((r) => r.map(normaliseCell));
  if (!sameRows(now.rows, wanted)) queueStateWrite(context, target.state, true);
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
