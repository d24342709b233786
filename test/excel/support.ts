import { createWorkbookDouble, installGlobals, uninstallGlobals, WorkbookDouble } from "@kinerja/office-double";
import type { CellValue } from "../../src/workbook";

/** A small agency sheet: title rows, a two-row header, four employees (one NIP stored as a number). */
export const REKAP: CellValue[][] = [
  ["REKAPITULASI PENILAIAN KINERJA PNS TAHUN 2025", null, null, null, null, null, null, null, null, null],
  ["BADAN KEPEGAWAIAN DAERAH KABUPATEN SUKAMAJU", null, null, null, null, null, null, null, null, null],
  [null, null, null, null, null, null, null, null, null, null],
  ["No", "NIP", "Nama", "Unit Kerja", "Nilai", null, "Nilai Akhir", "Predikat", "Potensial", "Predikat Tahun Lalu"],
  [null, null, null, null, "SKP", "Perilaku", null, null, null, null],
  [1, "198001012005011001", "Budi Santoso", "Sekretariat", 105, 95, 102, "Baik", "Tinggi", "Baik"],
  [2, "198502152010012002", "=HYPERLINK(\"http://contoh\")", "Sekretariat", 115, 110, 113.5, "Baik", "Menengah", "Sangat Baik"],
  [3, 198001012005011000, "Andi", "Bidang Mutasi", 95, 90, 93.5, "Baik", "Rendah", "Cukup"],
  [4, "199003032015031004", "Citra", "Bidang Mutasi", 80, 80, 85, "Cukup", "Tinggi", "Baik"],
];

export function setup(rows: CellValue[][] = REKAP, sheet = "Rekap 2025", options: Parameters<typeof createWorkbookDouble>[0] = {}): WorkbookDouble {
  const double = createWorkbookDouble(options);
  double.addSheet(sheet, rows as never, { activate: true });
  double.removeSheet("Sheet1");
  installGlobals(globalThis, double);
  double.resetCounters();
  return double;
}

export function teardown(): void {
  uninstallGlobals(globalThis);
}
