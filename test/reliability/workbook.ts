/**
 * Workbooks for the reliability tests: an agency recap whose cells can be made hostile, the Excel
 * test double with the adapter's globals installed, and the flows the panel runs (validate,
 * mark/unmark, generate) as plain functions.
 */
import { createWorkbookDouble, installGlobals, uninstallGlobals, WorkbookDouble } from "@kinerja/office-double";
import { readSheet, writeSheetPlan } from "../../src/excel";
import { buildRecommendation, CellValue, DEFAULT_SETTINGS, detectTable, SheetModel, SheetWritePlan, Settings } from "../../src/workbook";

export const TODAY = new Date("2026-11-24T00:00:00Z");

export const HEADER: CellValue[][] = [
  ["REKAPITULASI PENILAIAN KINERJA PNS TAHUN 2025", null, null, null, null, null, null, null, null, null],
  ["BADAN KEPEGAWAIAN DAERAH KABUPATEN SUKAMAJU", null, null, null, null, null, null, null, null, null],
  [null, null, null, null, null, null, null, null, null, null],
  ["No", "NIP", "Nama", "Unit Kerja", "Nilai", null, "Nilai Akhir", "Predikat", "Potensial", "Predikat Tahun Lalu"],
  [null, null, null, null, "SKP", "Perilaku", null, null, null, null],
];

/** A valid 18-digit NIP for the i-th employee (born 1 January 1980, TMT January 2005). */
export const nip = (i: number): string => `19800101200501${i % 2 === 0 ? 1 : 2}${String((i % 999) + 1).padStart(3, "0")}`;

/** One employee row; `text` overrides Nama and Unit Kerja (the officer's free text). */
export function employee(i: number, text: { nama?: CellValue; unit?: CellValue } = {}): CellValue[] {
  const skp = 80 + (i % 40);
  const perilaku = 85 + (i % 30);
  const akhir = Math.round((skp * 0.7 + perilaku * 0.3) * 100) / 100;
  const predikat = akhir >= 110 ? "Baik" : akhir >= 90 ? "Baik" : "Cukup";
  return [i + 1, nip(i), text.nama ?? `Pegawai ${i + 1}`, text.unit ?? (i % 3 === 0 ? "Sekretariat" : "Bidang Mutasi"), skp, perilaku, akhir, predikat, ["Tinggi", "Menengah", "Rendah"][i % 3], "Baik"];
}

/** The recap with the given employees (default: four ordinary ones). */
export function recap(rows: CellValue[][] = [0, 1, 2, 3].map((i) => employee(i))): CellValue[][] {
  return [...HEADER.map((r) => [...r]), ...rows];
}

/** A fresh double holding `rows` on `sheet` (active), globals installed, counters reset. */
export function setupDouble(rows: CellValue[][] = recap(), sheet = "Rekap 2025", options: Parameters<typeof createWorkbookDouble>[0] = {}): WorkbookDouble {
  const double = createWorkbookDouble(options);
  double.addSheet(sheet, rows as never, { activate: true });
  double.removeSheet("Sheet1");
  installGlobals(globalThis, double);
  double.resetCounters();
  return double;
}

export function teardownDouble(): void {
  uninstallGlobals(globalThis);
}

/** Reads the sheet the way the panel does and builds the recommendation plan for it. */
export async function planFor(sheet?: string, settings: Settings = DEFAULT_SETTINGS): Promise<SheetWritePlan> {
  const read = await readSheet(sheet);
  const layout = detectTable(read.sheet);
  if (!layout) throw new Error(`no table on ${read.sheet.name}`);
  return buildRecommendation(new SheetModel(read.sheet, layout), settings, read.info, TODAY).plan;
}

/** Generates the recommendation sheet for `sheet` (read, build, write). */
export async function generate(sheet?: string, settings?: Settings): Promise<SheetWritePlan> {
  const plan = await planFor(sheet, settings);
  await writeSheetPlan(plan);
  return plan;
}

/** A JSON picture of the whole workbook, for exact before/after comparisons. */
export const picture = (double: WorkbookDouble): string => JSON.stringify(double.snapshot());
