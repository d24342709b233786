/**
 * Writing a copy of a loaded workbook with the recommendation sheet. The input file is never
 * modified; OUT is written to a temporary file and renamed only when complete, so a failure
 * leaves no partial OUT.
 */
import ExcelJS from "exceljs";
import { access, rename, unlink, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import {
  cellText,
  checkSheet,
  encodeState,
  planRecommendation,
  RecommendationBuild,
  recommendationSource,
  recordGeneratedSheet,
  Settings,
  SheetWritePlan,
  STATE_SHEET_NAME,
  UserFacingError,
  WorkbookState,
} from "../workbook";
import { addChart } from "./chart-part";
import { applyPlan, escapeWorkbookText } from "./apply-plan";
import { LoadedWorkbook, loadWorkbookFile } from "./load-workbook";

export interface RecommendationFileResult {
  readonly build: RecommendationBuild;
  readonly sourceSheet: string;
  readonly notPreserved: readonly string[];
}

export interface RecommendationFileOptions {
  readonly overwrite?: boolean;
  /** The source sheet; by default the first sheet with an employee table. */
  readonly sheet?: string;
  readonly today?: Date;
}

function whyNotWritten(error: unknown): string {
  switch ((error as NodeJS.ErrnoException | undefined)?.code) {
    case "ENOENT":
    case "ENOTDIR":
      return "foldernya tidak ada";
    case "EACCES":
    case "EPERM":
      return "izin menulis ditolak";
    case "EISDIR":
      return "nama itu sudah dipakai sebuah folder";
    case "ENOSPC":
      return "ruang disk penuh";
    case "EROFS":
      return "disknya hanya-baca";
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

/** Refuses an existing OUT unless overwriting was asked for; checked before any work is done. */
export async function ensureOutputFree(output: string, overwrite?: boolean): Promise<void> {
  if (!overwrite && (await exists(output))) throw new UserFacingError(`${output} sudah ada. Pilih nama lain atau tambahkan --timpa.`, "usage");
}

function writeStateSheet(workbook: ExcelJS.Workbook, state: WorkbookState): void {
  const old = workbook.getWorksheet(STATE_SHEET_NAME);
  if (old) workbook.removeWorksheet(old.id);
  const ws = workbook.addWorksheet(STATE_SHEET_NAME, { state: "veryHidden" });
  for (const row of encodeState(state)) ws.addRow(row).eachCell((c) => (c.numFmt = "@"));
}

/** The plan applied to the loaded workbook (and recorded in its state), as the bytes of a file. */
async function planToBuffer(loaded: LoadedWorkbook, plan: SheetWritePlan): Promise<Buffer> {
  applyPlan(loaded.workbook, plan);
  writeStateSheet(loaded.workbook, recordGeneratedSheet(loaded.state, plan));
  escapeWorkbookText(loaded.workbook);
  const buffer: Buffer = Buffer.from(await loaded.workbook.xlsx.writeBuffer());
  if (!plan.chart) return buffer;
  const src = plan.blocks.find((b) => b.row === plan.chart!.source.row && b.col === plan.chart!.source.col);
  const rows = (src?.values ?? []).slice(1, plan.chart.source.rows);
  return addChart(buffer, {
    sheetName: plan.sheetName,
    title: plan.chart.title,
    source: plan.chart.source,
    anchor: plan.chart.anchor,
    categories: rows.map((r) => cellText(r[0])),
    values: rows.map((r) => Number(r[1] ?? 0)),
    seriesName: "Jumlah",
  });
}

/** Writes `buffer` to OUT through a temporary file, so OUT is either complete or absent. */
async function writeAtomically(output: string, buffer: Buffer): Promise<void> {
  const temp = join(dirname(output), `.${basename(output)}.${process.pid}.tmp`);
  try {
    await writeFile(temp, buffer);
    await rename(temp, output);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw new UserFacingError(`Tidak dapat menulis ${output}: ${whyNotWritten(error)}. Tidak ada berkas yang dibuat; pilih folder lain.`, "output");
  }
}

/** Checks the source sheet, builds the recommendation from its assessed rows and writes the copy. */
export async function writeRecommendation(loaded: LoadedWorkbook, output: string, settings: Settings, options: RecommendationFileOptions = {}): Promise<RecommendationFileResult> {
  await ensureOutputFree(output, options.overwrite);
  const { sheet, layout } = recommendationSource(loaded.sheets, loaded.state, loaded.file, options.sheet);
  const today = options.today ?? new Date();
  const check = checkSheet(sheet, loaded.state, settings, { layout, today });
  const tableNames = loaded.workbook.worksheets.flatMap((ws) => Object.keys((ws as unknown as { tables?: Record<string, unknown> }).tables ?? {}));
  const existing = { sheetNames: loaded.workbook.worksheets.map((w) => w.name), ownSheets: loaded.ownSheets, tableNames };
  const build = planRecommendation(check, settings, existing, today)!;
  await writeAtomically(output, await planToBuffer(loaded, build.plan));
  return { build, sourceSheet: sheet.name, notPreserved: loaded.notPreserved };
}

/** Loads INPUT and writes OUT with the recommendation sheet (refusing an existing OUT first). */
export async function writeRecommendationFile(input: string, output: string, settings: Settings, options: RecommendationFileOptions = {}): Promise<RecommendationFileResult> {
  await ensureOutputFree(output, options.overwrite);
  return writeRecommendation(await loadWorkbookFile(input), output, settings, options);
}
