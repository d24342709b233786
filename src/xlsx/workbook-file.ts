/**
 * The CLI's operations on one .xlsx file: read every sheet as SheetData, validate, and write a
 * copy with the recommendation sheet. The input file is never modified; OUT is written to a
 * temporary file and renamed only when complete, so a failure leaves no partial OUT.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { rename, unlink, writeFile, access } from "node:fs/promises";
import { dirname, basename, join } from "node:path";
import {
  buildRecommendation,
  cellText,
  decodeState,
  encodeState,
  Finding,
  GENERATED_MARKER,
  layoutForSheet,
  makeFinding,
  RecommendationBuild,
  Settings,
  SheetData,
  SheetModel,
  STATE_SHEET_NAME,
  TableLayout,
  validateSheet,
  ValidationReport,
  WorkbookState,
} from "../workbook";
import { addChart } from "./chart-part";
import { applyPlan, escapeWorkbookText } from "./apply-plan";
import { openWorkbook, readXlsxBuffer } from "./open-file";
import { worksheetToSheetData } from "./sheet-data";

export interface LoadedWorkbook {
  readonly file: string;
  readonly workbook: ExcelJS.Workbook;
  readonly sheets: readonly SheetData[];
  readonly state: WorkbookState;
  readonly ownSheets: readonly string[];
}

function isOwnSheet(ws: ExcelJS.Worksheet, state: WorkbookState): boolean {
  return state.generatedSheets.includes(ws.name) && cellText(worksheetToSheetData(ws).values[1]?.[0] ?? null).startsWith(GENERATED_MARKER);
}

export async function loadWorkbookFile(file: string): Promise<LoadedWorkbook> {
  const workbook = await openWorkbook(file);
  const stateSheet = workbook.getWorksheet(STATE_SHEET_NAME);
  const state = stateSheet ? decodeState(worksheetToSheetData(stateSheet).values) : decodeState([]);
  const ownSheets: string[] = [];
  const sheets: SheetData[] = [];
  workbook.eachSheet((ws) => {
    if (ws.name === STATE_SHEET_NAME) return;
    if (isOwnSheet(ws, state)) {
      ownSheets.push(ws.name);
      return;
    }
    if (ws.state !== "visible") return;
    sheets.push(worksheetToSheetData(ws));
  });
  return { file, workbook, sheets, state, ownSheets };
}

export interface FileValidation {
  readonly file: string;
  readonly reports: readonly ValidationReport[];
  /** Findings about the file as a whole (no table anywhere). */
  readonly fileFindings: readonly Finding[];
}

/** Validates every visible sheet that holds a recognisable table. */
export function validateLoaded(loaded: LoadedWorkbook, settings: Settings, today: Date): FileValidation {
  const reports: ValidationReport[] = [];
  for (const sheet of loaded.sheets) {
    if (sheet.values.length === 0) continue;
    const { layout } = layoutForSheet(sheet, loaded.state);
    if (!layout) continue;
    reports.push(validateSheet(sheet, { settings, layout, today }));
  }
  const fileFindings =
    reports.length === 0
      ? [
          makeFinding(
            "TABEL_TIDAK_DITEMUKAN",
            "error",
            loaded.sheets[0]?.name ?? "(tanpa lembar)",
            0,
            0,
            "Tidak ada lembar berisi tabel penilaian (NIP, Nama, nilai …) atau IKU (IKU, Target, Realisasi …) di 20 baris pertama.",
          ),
        ]
      : [];
  return { file: loaded.file, reports, fileFindings };
}

/** Package parts ExcelJS does not carry over into a rewritten copy. */
export async function partsNotPreserved(file: string): Promise<string[]> {
  const zip = await JSZip.loadAsync(await readXlsxBuffer(file));
  const found = new Set<string>();
  zip.forEach((path) => {
    if (/^xl\/charts\//.test(path)) found.add("grafik");
    if (/^xl\/pivotTables\//.test(path) || /^xl\/pivotCache\//.test(path)) found.add("PivotTable");
    if (/^xl\/slicers?\//.test(path) || /^xl\/slicerCaches\//.test(path)) found.add("slicer");
    if (/vbaProject\.bin$/.test(path)) found.add("makro VBA");
    if (/^xl\/ctrlProps\//.test(path)) found.add("kontrol formulir");
  });
  return [...found];
}

export interface RecommendationFileResult {
  readonly build: RecommendationBuild;
  readonly sourceSheet: string;
  readonly notPreserved: readonly string[];
}

export class OutputExistsError extends Error {}
export class NoSourceSheetError extends Error {}
/** OUT could not be written (no such folder, no permission, disk full); nothing was left behind. */
export class OutputWriteError extends Error {}

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

function pickSource(loaded: LoadedWorkbook, wanted?: string): { sheet: SheetData; layout: TableLayout } {
  const candidates = loaded.sheets.filter((s) => !wanted || s.name === wanted);
  for (const sheet of candidates) {
    const { layout } = layoutForSheet(sheet, loaded.state);
    if (layout?.kind === "pegawai") return { sheet, layout };
  }
  throw new NoSourceSheetError(
    wanted ? `Lembar "${wanted}" tidak ada atau tidak berisi tabel penilaian pegawai.` : `${loaded.file}: tidak ada lembar berisi tabel penilaian pegawai (NIP, Nama, nilai …).`,
  );
}

function writeStateSheet(workbook: ExcelJS.Workbook, state: WorkbookState): void {
  const old = workbook.getWorksheet(STATE_SHEET_NAME);
  if (old) workbook.removeWorksheet(old.id);
  const ws = workbook.addWorksheet(STATE_SHEET_NAME, { state: "veryHidden" });
  for (const row of encodeState(state)) ws.addRow(row).eachCell((c) => (c.numFmt = "@"));
}

export async function writeRecommendationFile(
  input: string,
  output: string,
  settings: Settings,
  options: { overwrite?: boolean; sheet?: string; today?: Date } = {},
): Promise<RecommendationFileResult> {
  if (!options.overwrite && (await exists(output))) {
    throw new OutputExistsError(`${output} sudah ada. Pilih nama lain atau tambahkan --timpa.`);
  }
  const loaded = await loadWorkbookFile(input);
  const { sheet, layout } = pickSource(loaded, options.sheet);
  const today = options.today ?? new Date();
  const tableNames = loaded.workbook.worksheets.flatMap((ws) => Object.keys((ws as unknown as { tables?: Record<string, unknown> }).tables ?? {}));
  const build = buildRecommendation(new SheetModel(sheet, layout), settings, { sheetNames: loaded.workbook.worksheets.map((w) => w.name), ownSheets: loaded.ownSheets, tableNames }, today);
  const plan = build.plan;
  applyPlan(loaded.workbook, plan);
  const generated = loaded.state.generatedSheets.filter((n) => n !== plan.sheetName && n !== plan.replaces);
  writeStateSheet(loaded.workbook, { ...loaded.state, generatedSheets: [...generated, plan.sheetName] });

  escapeWorkbookText(loaded.workbook);
  let buffer: Buffer = Buffer.from(await loaded.workbook.xlsx.writeBuffer());
  if (plan.chart) {
    const src = plan.blocks.find((b) => b.row === plan.chart!.source.row && b.col === plan.chart!.source.col);
    const rows = (src?.values ?? []).slice(1, plan.chart.source.rows);
    buffer = await addChart(buffer, {
      sheetName: plan.sheetName,
      title: plan.chart.title,
      source: plan.chart.source,
      anchor: plan.chart.anchor,
      categories: rows.map((r) => cellText(r[0])),
      values: rows.map((r) => Number(r[1] ?? 0)),
      seriesName: "Jumlah",
    });
  }
  const temp = join(dirname(output), `.${basename(output)}.${process.pid}.tmp`);
  try {
    await writeFile(temp, buffer);
    await rename(temp, output);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw new OutputWriteError(`Tidak dapat menulis ${output}: ${whyNotWritten(error)}. Tidak ada berkas yang dibuat; pilih folder lain.`);
  }
  return { build, sourceSheet: sheet.name, notPreserved: await partsNotPreserved(input) };
}
