/**
 * Writing a SheetWritePlan into the open workbook. A new sheet is built under a temporary name
 * and renamed only when complete; the add-in's own earlier sheet is rewritten in place (see
 * rewriteInPlace). A failure at any sync leaves the workbook as it was (the temporary sheet is
 * removed) or complete — and the user is told which. Values go in chunks under the payload
 * budget; everything else rides along.
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

/** Widths, frozen rows, row heights, the table and the chart: everything after formats and values. */
function queueLayout(sheet: Excel.Worksheet, plan: SheetWritePlan): void {
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
}

/**
 * Queues the plan's formats, values and layout into `sheet`, syncing between value chunks so no
 * request passes the budget; the caller syncs the last batch. Returns the syncs it made.
 */
async function queueContent(context: Excel.RequestContext, sheet: Excel.Worksheet, plan: SheetWritePlan, budget: number): Promise<number> {
  let syncs = 0;
  queueFormats(sheet, plan); // before values: "@" columns keep text as text
  let size = 0;
  for (const piece of valuePieces(plan, budget)) {
    const bytes = jsonSize(piece.rows);
    if (size > 0 && size + bytes > budget) {
      await context.sync();
      syncs++;
      size = 0;
    }
    sheet.getRangeByIndexes(piece.row, piece.col, piece.rows.length, piece.rows[0]?.length ?? 1).values = piece.rows;
    size += bytes;
  }
  queueLayout(sheet, plan);
  return syncs;
}

/** The add-in's record once the sheet is in place: the sheet listed among those it generated. */
function stateAfter(plan: SheetWritePlan, current: CurrentState): WorkbookState {
  return recordGeneratedSheet(current.state, plan);
}

/**
 * After a failure while building a fresh sheet: undo to "as before", or finish to "complete",
 * whichever the workbook is closer to. The new sheet is recognised by its table, whose name no
 * earlier sheet has. Finishing means everything a successful write does after the rename: the
 * sheet on record in the state sheet (very hidden, exactly as a successful write leaves it), and
 * the sheet active. While regenerating, a failure before the rewrite leaves only the temporary
 * sheet to remove.
 */
async function recover(temp: string, plan: SheetWritePlan, current: CurrentState | undefined): Promise<string> {
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
      await context.sync();
      return UNCHANGED;
    }
    const renamed = !plan.replaces && !finalSheet.isNullObject && (!plan.table || finalSheet.tables.items.some((t) => t.name === plan.table!.name));
    if (!renamed) return UNCHANGED;
    if (current) queueStateRestore(context, readState(), { exists: true, state: stateAfter(plan, current) });
    if (active.name !== plan.sheetName) finalSheet.activate();
    await context.sync();
    return complete;
  });
}

const UNCHANGED = "Buku kerja tidak berubah: lembar yang belum selesai sudah dihapus.";

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

/**
 * Regenerating rewrites the add-in's own sheet in place instead of replacing the sheet: a formula
 * of the officer's that points at it (='Rekomendasi Penghargaan 2025'!C7) is bound to the sheet,
 * and deleting the sheet would turn it into #REF!. The new content is first written in full into a
 * temporary sheet — the same requests, so anything the workbook refuses (size, protection, a
 * clashing table name) is refused while the old sheet is still untouched, and the temporary sheet
 * is removed ("as before"). Only then is the own sheet emptied (its table and chart removed, every
 * cell cleared) and written again. From that point on the plan is at hand and the rewrite starts
 * by emptying the sheet, so after a failure it is simply run again from the start ("complete").
 * Returns the syncs it made; ends with a sync.
 */
async function rewriteInPlace(context: Excel.RequestContext, plan: SheetWritePlan, current: CurrentState, budget: number, temp: string): Promise<number> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  const own = sheets.getItem(plan.sheetName);
  own.tables.load("items/name");
  own.charts.load("items/name");
  // The state sheet as it is now: a failed earlier attempt may have left it half written.
  const readState = queueStateRead(context);
  await context.sync();
  let syncs = 1;
  if (sheets.items.some((s) => s.name === temp)) sheets.getItem(temp).delete(); // frees the table name
  for (const table of own.tables.items) table.delete();
  for (const chart of own.charts.items) chart.delete();
  own.getRange().clear();
  own.freezePanes.unfreeze();
  syncs += await queueContent(context, own, plan, budget);
  queueStateRestore(context, readState(), { exists: true, state: stateAfter(plan, current) });
  own.activate();
  await context.sync();
  return syncs + 1;
}

/** After a failure during the in-place rewrite: the rewrite again, from the start. */
async function finishInPlace(plan: SheetWritePlan, current: CurrentState, budget: number, temp: string): Promise<string> {
  try {
    await Excel.run(async (context) => {
      await rewriteInPlace(context, plan, current, budget, temp);
    });
    return `Lembar "${plan.sheetName}" sudah lengkap dibuat ulang; penulisannya diulang dari awal setelah gangguan.`;
  } catch {
    return `Lembar "${plan.sheetName}" belum lengkap ditulis ulang dan pemulihan otomatis gagal: tekan Buat lagi.`;
  }
}

export async function writeSheetPlan(plan: SheetWritePlan, budget: number = payloadBudget()): Promise<WriteResult> {
  const temp = tempName("KinerjaASN-baru-");
  let syncs = 0;
  let current: CurrentState | undefined;
  let rewriting = false;
  try {
    await Excel.run(async (context) => {
      current = await readCurrent(context);
      syncs++;
      const taken = current.sheetNames.some((n) => n.toLowerCase() === plan.sheetName.toLowerCase() && n !== plan.replaces);
      if (taken) {
        throw new ExcelActionError(`Lembar "${plan.sheetName}" sudah ada sejak pratinjau dibuat. Tekan Pratinjau lalu buat lagi.`, "ItemAlreadyExists", "Buku kerja tidak berubah.");
      }
      if (plan.replaces && !current.sheetNames.includes(plan.replaces)) {
        throw new ExcelActionError(`Lembar "${plan.replaces}" tidak ada lagi sejak pratinjau dibuat. Tekan Pratinjau lalu buat lagi.`, "ItemNotFound", "Buku kerja tidak berubah.");
      }
      const sheet = context.workbook.worksheets.add(temp);
      syncs += await queueContent(context, sheet, plan, budget);
      if (plan.replaces) {
        await context.sync(); // the whole content, written once where it can do no harm
        syncs++;
        rewriting = true;
        syncs += await rewriteInPlace(context, plan, current, budget, temp);
        return;
      }
      sheet.name = plan.sheetName;
      queueStateWrite(context, stateAfter(plan, current), current.stateSheetExists);
      sheet.activate();
      await context.sync();
      syncs++;
    });
  } catch (error) {
    if (error instanceof ExcelActionError) throw error;
    let outcome: string;
    if (rewriting && current) outcome = await finishInPlace(plan, current, budget, temp);
    else {
      try {
        outcome = await recover(temp, plan, current);
      } catch {
        outcome = `Pemulihan otomatis gagal: periksa apakah ada lembar "${temp}" dan hapus bila ada.`;
      }
    }
    throw new ExcelActionError(`${describeOfficeError(error)} ${outcome}`, "WriteFailed", outcome);
  }
  return { sheetName: plan.sheetName, syncs };
}
