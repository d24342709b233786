/**
 * Writing a SheetWritePlan into the open workbook. The sheet is built under a temporary name
 * and swapped in only when complete: a failure at any sync leaves the workbook as it was (the
 * temporary sheet is removed) or, when the swap already happened, complete — and the user is
 * told which. Values go in chunks under the payload budget; everything else rides along.
 */
import { recordGeneratedSheet, SheetWritePlan, WorkbookState } from "../workbook";
import { charsToPoints, excelRows, setForAllCells } from "./cells";
import { describeOfficeError, ExcelActionError } from "./office-errors";
import { chunkRows, jsonSize, payloadBudget } from "./payload";
import { queueStateRead, queueStateRestore, queueStateWrite } from "./state-store";

export interface WriteResult {
  readonly sheetName: string;
  readonly syncs: number;
}

function tempName(prefix: string): string {
  return `${prefix}${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`.slice(0, 31);
}

/** Value writes of the plan as (range spec, rows) pieces, each under the budget. */
function valuePieces(plan: SheetWritePlan, budget: number) {
  const pieces: { row: number; col: number; rows: ReturnType<typeof excelRows> }[] = [];
  for (const block of plan.blocks) {
    for (const chunk of chunkRows(excelRows(block.values), budget)) {
      pieces.push({ row: block.row + chunk.start, col: block.col, rows: chunk.rows as ReturnType<typeof excelRows> });
    }
  }
  return pieces;
}

function queueFormats(sheet: Excel.Worksheet, plan: SheetWritePlan): void {
  for (const f of plan.formats) {
    const range = sheet.getRangeByIndexes(f.range.row, f.range.col, f.range.rows, f.range.cols);
    if (f.numberFormat !== undefined) setForAllCells(range, "numberFormat", f.numberFormat);
    if (f.bold !== undefined) range.format.font.bold = f.bold;
    if (f.italic !== undefined) range.format.font.italic = f.italic;
    if (f.fontSize !== undefined) range.format.font.size = f.fontSize;
    if (f.fontColor !== undefined) range.format.font.color = f.fontColor;
    if (f.fill !== undefined) range.format.fill.color = f.fill;
    if (f.wrap !== undefined) range.format.wrapText = f.wrap;
  }
}

function queueFinish(context: Excel.RequestContext, sheet: Excel.Worksheet, plan: SheetWritePlan, current: CurrentState, oldName: string | undefined): void {
  for (const { col, width } of plan.columnWidths) sheet.getRangeByIndexes(0, col, 1, 1).format.columnWidth = charsToPoints(width);
  if (plan.freezeRows) sheet.freezePanes.freezeRows(plan.freezeRows);
  if (plan.autofitRows) {
    const a = plan.autofitRows;
    sheet.getRangeByIndexes(a.row, a.col, a.rows, a.cols).format.autofitRows();
  }
  if (plan.table) {
    const t = plan.table;
    const table = sheet.tables.add(sheet.getRangeByIndexes(t.range.row, t.range.col, t.range.rows, t.range.cols), true);
    table.name = t.name;
    table.style = t.style;
  }
  if (plan.chart) {
    const c = plan.chart;
    const chart = sheet.charts.add("ColumnClustered", sheet.getRangeByIndexes(c.source.row, c.source.col, c.source.rows, c.source.cols), "Columns");
    chart.title.text = c.title;
    chart.setPosition(
      sheet.getRangeByIndexes(c.anchor.row, c.anchor.col, 1, 1),
      sheet.getRangeByIndexes(c.anchor.row + c.anchor.rows - 1, c.anchor.col + c.anchor.cols - 1, 1, 1),
    );
  }
  // The swap: the old own sheet steps aside, the new one takes its name, the old one goes.
  const sheets = context.workbook.worksheets;
  if (plan.replaces && oldName) sheets.getItem(plan.replaces).name = oldName;
  sheet.name = plan.sheetName;
  if (plan.replaces && oldName) sheets.getItem(oldName).delete();
  queueStateWrite(context, stateAfter(plan, current), current.stateSheetExists);
  sheet.activate();
}

/** The add-in's record once the sheet is in place: the sheet listed among those it generated. */
function stateAfter(plan: SheetWritePlan, current: CurrentState): WorkbookState {
  return recordGeneratedSheet(current.state, plan);
}

/**
 * After a failure: undo to "as before", or finish to "complete", whichever the workbook is closer
 * to. The new sheet is recognised by its table, whose name no earlier sheet has. Finishing means
 * everything a successful write does after the swap: the old sheet gone, the sheet on record in
 * the state sheet (very hidden, exactly as a successful write leaves it), and the sheet active.
 */
async function recover(temp: string, plan: SheetWritePlan, oldName: string | undefined, current: CurrentState | undefined): Promise<string> {
  const unchanged = "Buku kerja tidak berubah: lembar yang belum selesai sudah dihapus.";
  const complete = `Lembar "${plan.sheetName}" sudah lengkap dibuat; langkah terakhirnya (catatan add-in, mengaktifkan lembar) diselesaikan setelah gangguan.`;
  return Excel.run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    const finalSheet = sheets.getItemOrNullObject(plan.sheetName);
    finalSheet.tables.load("items/name");
    const active = sheets.getActiveWorksheet();
    active.load("name");
    const readState = queueStateRead(context);
    await context.sync();
    const present = new Set(sheets.items.map((s) => s.name));
    if (present.has(temp)) {
      sheets.getItem(temp).delete();
      if (oldName && present.has(oldName) && !present.has(plan.sheetName)) sheets.getItem(oldName).name = plan.sheetName;
      await context.sync();
      return unchanged;
    }
    const swapped = !finalSheet.isNullObject && (!plan.table || finalSheet.tables.items.some((t) => t.name === plan.table!.name));
    if (!swapped) return unchanged;
    if (oldName && present.has(oldName)) sheets.getItem(oldName).delete();
    if (current) queueStateRestore(context, readState(), { exists: true, state: stateAfter(plan, current) });
    if (active.name !== plan.sheetName) finalSheet.activate();
    await context.sync();
    return complete;
  });
}

interface CurrentState {
  readonly state: WorkbookState;
  readonly stateSheetExists: boolean;
  readonly sheetNames: readonly string[];
}

/**
 * The workbook as it is now, not as it was when the sheet was read: the officer may have marked
 * cells (creating the state sheet) or added sheets since. One sync.
 */
async function readCurrent(context: Excel.RequestContext): Promise<CurrentState> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  const read = queueStateRead(context);
  await context.sync();
  const { state, exists } = read();
  return { state, stateSheetExists: exists, sheetNames: sheets.items.map((s) => s.name) };
}

export async function writeSheetPlan(plan: SheetWritePlan, budget: number = payloadBudget()): Promise<WriteResult> {
  const temp = tempName("KinerjaASN-baru-");
  const oldName = plan.replaces ? tempName("KinerjaASN-lama-") : undefined;
  let syncs = 0;
  let current: CurrentState | undefined;
  try {
    await Excel.run(async (context) => {
      current = await readCurrent(context);
      syncs++;
      const taken = current.sheetNames.some((n) => n.toLowerCase() === plan.sheetName.toLowerCase() && n !== plan.replaces);
      if (taken) {
        throw new ExcelActionError(`Lembar "${plan.sheetName}" sudah ada sejak pratinjau dibuat. Tekan Pratinjau lalu buat lagi.`, "ItemAlreadyExists", "Buku kerja tidak berubah.");
      }
      const sheet = context.workbook.worksheets.add(temp);
      queueFormats(sheet, plan); // before values: "@" columns keep text as text
      const pieces = valuePieces(plan, budget);
      let size = 0;
      for (const piece of pieces) {
        const bytes = jsonSize(piece.rows);
        if (size > 0 && size + bytes > budget) {
          await context.sync();
          syncs++;
          size = 0;
        }
        sheet.getRangeByIndexes(piece.row, piece.col, piece.rows.length, piece.rows[0]?.length ?? 1).values = piece.rows;
        size += bytes;
      }
      queueFinish(context, sheet, plan, current, oldName);
      await context.sync();
      syncs++;
    });
  } catch (error) {
    if (error instanceof ExcelActionError) throw error;
    let outcome: string;
    try {
      outcome = await recover(temp, plan, oldName, current);
    } catch {
      outcome = `Pemulihan otomatis gagal: periksa apakah ada lembar "${temp}" dan hapus bila ada.`;
    }
    throw new ExcelActionError(`${describeOfficeError(error)} ${outcome}`, "WriteFailed", outcome);
  }
  return { sheetName: plan.sheetName, syncs };
}
