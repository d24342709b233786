/**
 * Writing a copy of a loaded workbook with the recommendation sheet. The input file is never
 * modified; the copy is the input's own package with the new sheets grafted in (package-graft.ts),
 * so PivotTables, charts, slicers, validations, conditional formats, comments and macros survive.
 * The recommendation sheet is streamed (apply-plan.ts) and the copy compressed straight to disk,
 * so memory does not grow with the sheet. OUT is written to a temporary file and renamed only
 * when complete, so a failure leaves no partial OUT.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { createReadStream, createWriteStream } from "node:fs";
import { access, rename, unlink } from "node:fs/promises";
import { basename, dirname, extname, join } from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
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
import { chartParts, CT_CHART, CT_DRAWING, REL_DRAWING, sheetPartPath } from "./chart-part";
import { DRAWING_REL_ID, escapeWorkbookText, PlanSheet, printNames, TABLE_REL_ID, tableXml, worksheetXml } from "./apply-plan";
import { LoadedWorkbook, loadWorkbookFile, partsNotPreserved } from "./load-workbook";
import { DirectSheet, graftSheetsToFile } from "./package-graft";
import { addOverride, contentTypeOf, CT_MACRO_WORKBOOK, CT_TABLE, readText, REL_TABLE, Relationship, workbookPartPath } from "./package-parts";

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

/** A scratch sheet holding one cell per look of the plan (never grafted): ExcelJS renders the looks into styles.xml. */
const STYLE_SAMPLES = "_gaya";

/**
 * The scratch package: the state sheet rendered by ExcelJS, and the recommendation sheet's looks
 * as ExcelJS style records (so styles.xml gets exactly what ExcelJS would write); with, per look,
 * its cellXfs index in the scratch (0: the default look).
 */
async function scratchPackage(loaded: LoadedWorkbook, plan: SheetWritePlan, sheet: PlanSheet): Promise<{ bytes: Buffer; xfs: number[] }> {
  const scratch = new ExcelJS.Workbook();
  const samples = scratch.addWorksheet(STYLE_SAMPLES);
  sheet.styles.forEach((style, i) => {
    const cell = samples.getCell(i + 1, 1);
    if (style.numFmt !== undefined) cell.numFmt = style.numFmt;
    if (style.font) cell.font = style.font;
    if (style.fill) cell.fill = style.fill;
    if (style.alignment) cell.alignment = style.alignment;
  });
  writeStateSheet(scratch, recordGeneratedSheet(loaded.state, plan));
  escapeWorkbookText(scratch);
  const bytes = Buffer.from(await scratch.xlsx.writeBuffer());
  const zip = await JSZip.loadAsync(bytes);
  const samplesXml = (await readText(zip, await sheetPartPath(zip, STYLE_SAMPLES))) ?? "";
  const xfs = sheet.styles.map(() => 0);
  for (const m of samplesXml.matchAll(/<c r="A(\d+)"(?: s="(\d+)")?/g)) xfs[Number(m[1]) - 1] = Number(m[2] ?? 0);
  return { bytes, xfs };
}

/** The parts the recommendation sheet refers to (its table, the chart and its drawing), in a package of their own. */
async function relatedParts(plan: SheetWritePlan): Promise<DirectSheet["related"]> {
  const zip = new JSZip();
  const part = "xl/worksheets/sheet1.xml";
  const rels: Relationship[] = [];
  let types = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"></Types>`;
  const table = tableXml(plan);
  if (table) {
    zip.file("xl/tables/table1.xml", table);
    types = addOverride(types, "xl/tables/table1.xml", CT_TABLE);
    rels.push({ id: TABLE_REL_ID, type: REL_TABLE, target: "../tables/table1.xml", external: false });
  }
  if (plan.chart) {
    const src = plan.blocks.find((b) => b.row === plan.chart!.source.row && b.col === plan.chart!.source.col);
    const rows = (src?.values ?? []).slice(1, plan.chart.source.rows);
    const chart = chartParts(
      {
        sheetName: plan.sheetName,
        title: plan.chart.title,
        source: plan.chart.source,
        anchor: plan.chart.anchor,
        categories: rows.map((r) => cellText(r[0])),
        values: rows.map((r) => Number(r[1] ?? 0)),
        seriesName: "Jumlah",
      },
      "../charts/chart1.xml",
    );
    zip.file("xl/charts/chart1.xml", chart.chart);
    zip.file("xl/drawings/drawing1.xml", chart.drawing);
    zip.file("xl/drawings/_rels/drawing1.xml.rels", chart.drawingRels);
    types = addOverride(addOverride(types, "xl/charts/chart1.xml", CT_CHART), "xl/drawings/drawing1.xml", CT_DRAWING);
    rels.push({ id: DRAWING_REL_ID, type: REL_DRAWING, target: "../drawings/drawing1.xml", external: false });
  }
  return { zip, types, part, rels };
}

/** Writes `chunks` to `file`, waiting for the disk as it goes. */
async function writeChunks(file: string, chunks: Iterable<string>): Promise<void> {
  await pipeline(Readable.from(chunks), createWriteStream(file));
}

/**
 * The copy, written to `temp`: the officer's package with the two sheets grafted in. The add-in's
 * own earlier recommendation sheet and state sheet are replaced in place; nothing else is
 * rewritten. The recommendation sheet is streamed to `sheetTemp` first (its strings and styles
 * must be known before the package is assembled), then compressed into the copy from there.
 */
async function writeCopy(loaded: LoadedWorkbook, plan: SheetWritePlan, temp: string, sheetTemp: string): Promise<{ notPreserved: string[] }> {
  const sheet = new PlanSheet(plan);
  const scratch = await scratchPackage(loaded, plan, sheet);
  const direct: DirectSheet = {
    definedNames: printNames(plan),
    related: await relatedParts(plan),
    write: async (ids) => {
      const xf = (style: number) => (scratch.xfs[style] ? ids.xf(scratch.xfs[style]) : undefined);
      await writeChunks(sheetTemp, worksheetXml(sheet, { str: ids.str, xf }));
      return createReadStream(sheetTemp);
    },
  };
  const { removedParts } = await graftSheetsToFile(
    loaded.bytes,
    scratch.bytes,
    [
      { name: plan.sheetName, replaces: plan.replaces, direct },
      { name: STATE_SHEET_NAME, replaces: STATE_SHEET_NAME },
    ],
    temp,
  );
  // Only the replaced own sheets lose parts (and calcChain.xml goes). Their table and chart are
  // regenerated; what the officer may have added to the generated sheet (a PivotTable, a slicer,
  // a form control on it) is reported.
  const regenerated = /^xl\/(tables|drawings|charts)\/|calcChain\.xml$/;
  return { notPreserved: partsNotPreserved(removedParts.filter((p) => !regenerated.test(p))) };
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

/**
 * Writes OUT through a temporary file that `write` fills, so OUT is either complete or absent;
 * `write` may use a second temporary file beside it. A file-system failure is the officer's
 * message; anything else is passed on as it is.
 */
async function writeAtomically<T>(output: string, write: (temp: string, scratchFile: string) => Promise<T>): Promise<T> {
  const temp = join(dirname(output), `.${basename(output)}.${process.pid}.tmp`);
  const scratchFile = `${temp}.lembar`;
  try {
    const result = await write(temp, scratchFile);
    await rename(temp, output);
    return result;
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    if (typeof (error as NodeJS.ErrnoException | undefined)?.code !== "string") throw error;
    throw new UserFacingError(`Tidak dapat menulis ${output}: ${whyNotWritten(error)}. Tidak ada berkas yang dibuat; pilih folder lain.`, "output");
  } finally {
    await unlink(scratchFile).catch(() => undefined);
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
  const { notPreserved } = await writeAtomically(output, (temp, sheetTemp) => writeCopy(loaded, build.plan, temp, sheetTemp));
  return { build, sourceSheet: sheet.name, notPreserved };
}

/** Loads INPUT and writes OUT with the recommendation sheet (refusing an existing OUT first). */
export async function writeRecommendationFile(input: string, output: string, settings: Settings, options: RecommendationFileOptions = {}): Promise<RecommendationFileResult> {
  await ensureOutputFree(output, options.overwrite);
  return writeRecommendation(await loadWorkbookFile(input), output, settings, options);
}
