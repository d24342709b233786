/**
 * Writing a copy of a loaded workbook with the recommendation sheet. The input file is never
 * modified; the copy is the input's own package with the new sheets grafted in (package-graft.ts),
 * so PivotTables, charts, slicers, validations, conditional formats, comments and macros survive.
 * OUT is written to a temporary file and renamed only when complete, so a failure leaves no
 * partial OUT.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { access, rename, unlink, writeFile } from "node:fs/promises";
import { basename, dirname, extname, join } from "node:path";
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
import { LoadedWorkbook, loadWorkbookFile, partsNotPreserved } from "./load-workbook";
import { graftSheets } from "./package-graft";
import { contentTypeOf, CT_MACRO_WORKBOOK, workbookPartPath } from "./package-parts";

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
  const ws = workbook.addWorksheet(STATE_SHEET_NAME, { state: "veryHidden" });
  for (const row of encodeState(state)) ws.addRow(row).eachCell((c) => (c.numFmt = "@"));
}

/**
 * The recommendation sheet and the state sheet rendered by ExcelJS into a scratch package of
 * their own (the officer's workbook is never re-serialised), with the chart added.
 */
async function scratchPackage(loaded: LoadedWorkbook, plan: SheetWritePlan): Promise<Buffer> {
  const scratch = new ExcelJS.Workbook();
  applyPlan(scratch, { ...plan, replaces: undefined });
  writeStateSheet(scratch, recordGeneratedSheet(loaded.state, plan));
  escapeWorkbookText(scratch);
  const buffer: Buffer = Buffer.from(await scratch.xlsx.writeBuffer());
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

/**
 * The copy: the officer's package with the two sheets grafted in. The add-in's own earlier
 * recommendation sheet and state sheet are replaced in place; nothing else is rewritten.
 */
async function planToBuffer(loaded: LoadedWorkbook, plan: SheetWritePlan): Promise<{ bytes: Buffer; notPreserved: string[] }> {
  const scratch = await scratchPackage(loaded, plan);
  const { bytes, removedParts } = await graftSheets(loaded.bytes, scratch, [
    { name: plan.sheetName, replaces: plan.replaces },
    { name: STATE_SHEET_NAME, replaces: STATE_SHEET_NAME },
  ]);
  // Only the replaced own sheets lose parts (and calcChain.xml goes). Their table and chart are
  // regenerated; what the officer may have added to the generated sheet (a PivotTable, a slicer,
  // a form control on it) is reported.
  const regenerated = /^xl\/(tables|drawings|charts)\/|calcChain\.xml$/;
  return { bytes, notPreserved: partsNotPreserved(removedParts.filter((p) => !regenerated.test(p))) };
}

/**
 * .xlsm in, .xlsm out: Excel opens a macro-enabled package only under .xlsm and a plain one only
 * under .xlsx, so an OUT named for the other kind is refused (converting would drop the macros).
 */
export async function checkOutputKind(bytes: Buffer, output: string): Promise<void> {
  const zip = await JSZip.loadAsync(bytes);
  const types = (await zip.file("[Content_Types].xml")?.async("string")) ?? "";
  const macro = contentTypeOf(types, await workbookPartPath(zip)) === CT_MACRO_WORKBOOK;
  const ext = extname(output).toLowerCase();
  const stem = output.slice(0, output.length - ext.length);
  if (macro && ext !== ".xlsm") {
    throw new UserFacingError(
      `Berkas masukan memuat makro (.xlsm), jadi hasilnya harus bernama .xlsm agar makronya tetap ada dan Excel mau membukanya, misalnya -o ${stem}.xlsm. Tidak ada berkas yang dibuat.`,
      "usage",
    );
  }
  if (!macro && ext === ".xlsm") {
    throw new UserFacingError(`Berkas masukan tidak memuat makro, jadi hasilnya harus bernama .xlsx (Excel menolak membuka .xlsm tanpa makro), misalnya -o ${stem}.xlsx. Tidak ada berkas yang dibuat.`, "usage");
  }
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
  await checkOutputKind(loaded.bytes, output);
  const { sheet, layout } = recommendationSource(loaded.sheets, loaded.state, loaded.file, options.sheet);
  const today = options.today ?? new Date();
  const check = checkSheet(sheet, loaded.state, settings, { layout, today });
  // The own sheet being replaced takes its table with it, so its name is free again (formulas
  // that name the table keep working).
  const existing = { sheetNames: loaded.sheetNames, ownSheets: loaded.ownSheets, tableNames: loaded.tableNames };
  const build = planRecommendation(check, settings, existing, today)!;
  const { bytes, notPreserved } = await planToBuffer(loaded, build.plan);
  await writeAtomically(output, bytes);
  return { build, sourceSheet: sheet.name, notPreserved };
}

/** Loads INPUT and writes OUT with the recommendation sheet (refusing an existing OUT first). */
export async function writeRecommendationFile(input: string, output: string, settings: Settings, options: RecommendationFileOptions = {}): Promise<RecommendationFileResult> {
  await ensureOutputFree(output, options.overwrite);
  return writeRecommendation(await loadWorkbookFile(input), output, settings, options);
}
