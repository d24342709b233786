/**
 * Real agency layouts (samples/nyata, issue 11): with no rule set and no column mapping given,
 * every planted problem is reported at its cell, no other cell gets an error, the rule set is
 * the one the layout implies, and the rows read as employees are exactly the employees.
 */
import ExcelJS from "exceljs";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { deterministicXlsx } from "../../scripts/make-samples";
import { realSamples, RealSample } from "../../scripts/make-real-samples";
import { buildRecommendation, detectTable, SheetData, SheetModel, validateSheet, ValidationReport } from "../../src/workbook";
import { worksheetToSheetData } from "../../src/xlsx/sheet-data";
import { settingsWith, TODAY } from "./helpers";
import { sheetRows } from "../../src/workbook";

const DIR = join(__dirname, "../../samples/nyata");
const SAMPLES = realSamples();

const sheets = new Map<string, SheetData>();

beforeAll(async () => {
  for (const s of SAMPLES) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(DIR, s.file));
    for (const plan of s.sheets) sheets.set(`${s.file}/${plan.name}`, worksheetToSheetData(wb.getWorksheet(plan.name)!));
  }
});

function sheetOf(file: string, name: string): SheetData {
  const sheet = sheets.get(`${file}/${name}`);
  if (!sheet) throw new Error(`${file}/${name} not loaded`);
  return sheet;
}

/** Excel row numbers of the rows the engine reads as employees. */
function rowsRead(sheet: SheetData, report: ValidationReport): number[] {
  return new SheetModel(sheet, report.layout!).rows.dataRows.map((r) => sheet.startRow + r + 1);
}

const sample = (file: string): RealSample => SAMPLES.find((s) => s.file === file)!;

describe.each(SAMPLES.map((s) => [s.family, s] as const))("%s", (_family, s) => {
  test.each(s.sheets.map((p) => [p.name, p] as const))("sheet %s: planted problems at their cells, no false error, exactly the employees, the implied rule set", (_name, plan) => {
    const sheet = sheetOf(s.file, plan.name);
    const report = validateSheet(sheet, { today: TODAY });
    const plants = s.plants.filter((p) => p.sheet === plan.name);
    const found = report.findings.map((f) => `${f.cell} ${f.code} ${f.severity}`);
    expect(plants.length).toBeGreaterThanOrEqual(3);
    for (const p of plants) expect(found).toContain(`${p.cell} ${p.code} ${p.severity}`);
    // Nothing else: no correct row gets an error (nor a stray warning).
    expect(found.filter((f) => !plants.some((p) => f === `${p.cell} ${p.code} ${p.severity}`))).toEqual([]);
    expect(rowsRead(sheet, report)).toEqual(plan.employeeRows);
    expect(plan.employeeRows.length).toBeGreaterThanOrEqual(30);
    expect(plan.employeeRows.length).toBeLessThanOrEqual(80);
    expect(report.aturan.aturan).toBe(plan.aturan);
    expect(report.aturan.source).toBe("terdeteksi");
  });
});

test("the committed samples are exactly what scripts/make-real-samples.ts writes", async () => {
  for (const s of realSamples()) expect((await deterministicXlsx(s.workbook)).equals(readFileSync(join(DIR, s.file)))).toBe(true);
});

describe("e-Kinerja export", () => {
  const file = "ekinerja-rekap-penilaian.xlsx";
  test("header found under the three title rows; the reason names both rating columns; what was understood is listed", () => {
    const report = validateSheet(sheetOf(file, "Rekap Penilaian"), { today: TODAY });
    const u = report.understanding!;
    expect(u.headerRows).toEqual([5]);
    expect(u.aturan.reason).toBe("kolom Rating Hasil Kinerja dan Rating Perilaku Kerja ditemukan");
    expect(u.fields.map((f) => `${f.field}=${f.column}:${f.header}`)).toEqual([
      "nip=B:NIP",
      "nama=C:Nama",
      "jabatan=D:Jabatan",
      "predikat=G:Predikat Kinerja Periodik",
      "ratingHasilKerja=E:Rating Hasil Kinerja",
      "ratingPerilaku=F:Rating Perilaku Kerja",
    ]);
    expect(u.unmapped).toEqual([{ column: "A", header: "No" }]);
    expect(u.skippedChecks.map((c) => c.message)).toEqual([
      "Pemeriksaan kurva distribusi dilewati: kolom Predikat Organisasi tidak ditemukan",
      "Kotak talenta dilewati: kolom Potensial tidak ditemukan",
      "Kelayakan penghargaan dua tahun berturut-turut dilewati: kolom Predikat Tahun Lalu tidak ditemukan",
    ]);
  });

  test("a rule set saved in the workbook or chosen by the officer wins over the sheet's own", () => {
    const sheet = sheetOf(file, "Rekap Penilaian");
    expect(validateSheet(sheet, { today: TODAY, aturanChoice: { bukuKerja: "PP30" } }).aturan).toMatchObject({ aturan: "PP30", source: "buku kerja" });
    expect(validateSheet(sheet, { today: TODAY, aturanChoice: { bukuKerja: "PP30", pengguna: "PP46" } }).aturan).toMatchObject({ aturan: "PP46", source: "pengguna" });
    expect(validateSheet(sheet, { today: TODAY, aturanChoice: {} }).aturan).toMatchObject({ aturan: "PERMENPANRB6", source: "terdeteksi" });
  });
});

describe("PermenPANRB 6/2022 annual recap", () => {
  const file = "permenpanrb6-rekap-tahunan.xlsx";
  test("two-row header: TW I–IV are quarterly parts, PREDIKAT KINERJA PEGAWAI is the predikat; unit sub-headings, the note and the signature are not employees", () => {
    const sheet = sheetOf(file, "Rekap Tahunan 2025");
    const layout = detectTable(sheet)!;
    expect([sheet.startRow + layout.headerRow + 1, layout.headerRows]).toEqual([5, 2]);
    expect(layout.columns).toMatchObject({ nama: 1, nip: 2, unit: 5, predikatOrganisasi: 6, ratingHasilKerja: 7, ratingPerilaku: 8, predikat: 13 });
    const report = validateSheet(sheet, { today: TODAY });
    expect(report.skipped).toEqual([
      { row: 6, reason: "sub-judul" }, // A. SEKRETARIAT (0-based sheet row 6 = Excel row 7)
      { row: 19, reason: "sub-judul" },
      { row: 32, reason: "sub-judul" },
      { row: 45, reason: "tanda-tangan" }, // Catatan: …
    ]);
    expect(report.understanding!.unmapped.map((u) => u.header)).toEqual(["NO", "PANGKAT/GOL RUANG", "PREDIKAT KINERJA PERIODIK TW I", "PREDIKAT KINERJA PERIODIK TW II", "PREDIKAT KINERJA PERIODIK TW III", "PREDIKAT KINERJA PERIODIK TW IV"]);
  });
});

describe("PP 46/2011 recap", () => {
  const file = "pp46-prestasi-kerja.xlsx";
  test("the group decides which NILAI is which; the column-number row is skipped", () => {
    const sheet = sheetOf(file, "Rekap NPK 2018");
    const layout = detectTable(sheet)!;
    expect(layout.headerRows).toBe(2);
    // F = SKP NILAI, O = PERILAKU KERJA NILAI RATA-RATA, Q = NILAI PRESTASI KERJA, R = SEBUTAN.
    expect(layout.columns).toMatchObject({ nama: 1, nip: 2, nilaiSkp: 5, nilaiPerilaku: 14, nilaiKinerja: 16, predikat: 17 });
    const report = validateSheet(sheet, { today: TODAY });
    expect(report.skipped[0]).toEqual({ row: 6, reason: "nomor-kolom" });
    expect(report.aturan.reason).toMatch(/^kolom NILAI PRESTASI KERJA, SEBUTAN, 60%, 40%, 6 aspek perilaku PP 46\/2011/);
  });

  test("the six aspects written in full read the same as their abbreviations", () => {
    const sheet = sheetOf(file, "Rekap NPK 2018");
    const full = ["ORIENTASI PELAYANAN", "INTEGRITAS", "KOMITMEN", "DISIPLIN", "KERJA SAMA", "KEPEMIMPINAN"];
    const values = sheetRows(sheet.values).map((row, r) => (r === 5 ? row.map((v, c) => (c >= 7 && c <= 12 ? full[c - 7] : v)) : row));
    const renamed = { ...sheet, values };
    expect(detectTable(renamed)!.columns).toEqual(detectTable(sheet)!.columns);
    expect(validateSheet(renamed, { today: TODAY }).aturan.aturan).toBe("PP46");
  });

  test("the officer's choice of PP 30/2019 wins, and judges the PP 46 recap by PP 30 bands", () => {
    const report = validateSheet(sheetOf(file, "Rekap NPK 2018"), { today: TODAY, aturanChoice: { pengguna: "PP30" } });
    expect(report.aturan.source).toBe("pengguna");
    // PP 46 "Baik" (75 < x ≤ 90) is not PP 30 "Baik" (x ≥ 90): forced, most sebutan disagree; detected, only the planted one.
    const mismatches = (r: ValidationReport) => r.findings.filter((f) => f.code === "PREDIKAT_TIDAK_SESUAI").length;
    expect(mismatches(report)).toBeGreaterThan(20);
    expect(mismatches(validateSheet(sheetOf(file, "Rekap NPK 2018"), { today: TODAY }))).toBe(1);
  });
});

describe("import template", () => {
  const file = "impor-angka-kredit.xlsx";
  test("snake_case headers are read; without an NIP column the missing column is one finding on the header row, not one per employee", () => {
    const sheet = sheetOf(file, "Template Konversi");
    const values = sheetRows(sheet.values).map((row, r) => (r === 0 ? row.map((v, c) => (c === 0 ? "nomor_pegawai" : v)) : row));
    const report = validateSheet({ ...sheet, values }, { today: TODAY });
    const missing = report.findings.filter((f) => f.code === "KOLOM_WAJIB");
    expect(missing.map((f) => f.cell)).toEqual(["A1"]);
    expect(report.findings.filter((f) => f.code.startsWith("NIP_"))).toEqual([]);
    expect(report.understanding!.skippedChecks[0].message).toBe("Pemeriksaan NIP dilewati: kolom NIP tidak ditemukan");
    expect(report.understanding!.fields.map((f) => f.header)).toEqual(["nama_lengkap", "asal_jabatan", "jenjang_jabatan", "Predikat Kinerja Pegawai (PKP)"]);
  });
});

describe("personnel system exports", () => {
  const file = "simpeg-ekspor.xlsx";
  test("the latest header year is the current one: NILAI SKP 2024 is not read as this year's, PREDIKAT 2024 is last year's predikat", () => {
    const sheet = sheetOf(file, "REKAP_PEGAWAI");
    const report = validateSheet(sheet, { today: TODAY });
    const u = report.understanding!;
    expect(u.year).toEqual({ current: 2025, message: "Tahun 2025 dianggap tahun penilaian (tahun terbaru pada judul kolom); kolom bertahun lebih awal dibaca sebagai tahun lalu." });
    expect(report.layout!.columns).toMatchObject({ nip: 0, nama: 1, jabatan: 7, jenisJabatan: 8, unit: 9, predikatTahunLalu: 13, ratingHasilKerja: 14, ratingPerilaku: 15, predikat: 16 });
    expect(report.layout!.columns.nilaiSkp).toBeUndefined();
    expect(u.unmapped.find((c) => c.column === "M")).toEqual({ column: "M", header: "NILAI SKP 2024", note: "tahun sebelum 2025, tidak dibaca sebagai nilai tahun ini" });
  });

  test("invisible characters: one warning per column, and none of them reaches the recommendation sheet", () => {
    const sheet = sheetOf(file, "REKAP_PEGAWAI");
    expect(JSON.stringify(sheet.values)).toContain("\u200C");
    const report = validateSheet(sheet, { today: TODAY });
    const warnings = report.findings.filter((f) => f.code === "TEKS_TERSEMBUNYI");
    expect(warnings.map((f) => f.cell)).toEqual(["A1", "B1", "C1", "D1", "E1", "F1", "G1", "H1", "I1", "J1", "K1", "L1"]);
    expect(warnings[0].message).toBe("Kolom A (NIP): 41 sel berisi karakter tak terlihat (mis. U+200C atau spasi tak-putus). Sudah dibersihkan saat dibaca; bersihkan juga di sumbernya agar rumus lain tidak salah membaca.");
    const model = new SheetModel(sheet, report.layout!);
    const build = buildRecommendation(model, settingsWith({ aturan: "PERMENPANRB6" }), { sheetNames: [sheet.name], ownSheets: [], tableNames: [] }, TODAY);
    const text = JSON.stringify(build);
    expect(text).not.toMatch(/[\u200B-\u200D\u2060\uFEFF\u00AD\u00A0]/);
    expect(text).toContain(model.text(model.rows.dataRows[0], "nama"));
  });

  test("database-code headers are read as NIP, Nama, Jabatan and Unit Kerja", () => {
    const layout = detectTable(sheetOf(file, "pns"))!;
    expect(layout.columns).toMatchObject({ nip: 0, nama: 1, jabatan: 7, unit: 8, predikatTahunLalu: 9, ratingHasilKerja: 10, ratingPerilaku: 11, predikat: 12 });
  });
});

test("samples exist for all five families", () => {
  expect(SAMPLES.map((s) => s.file)).toEqual(["ekinerja-rekap-penilaian.xlsx", "permenpanrb6-rekap-tahunan.xlsx", "pp46-prestasi-kerja.xlsx", "impor-angka-kredit.xlsx", "simpeg-ekspor.xlsx"]);
  expect(sample("simpeg-ekspor.xlsx").sheets.map((s) => s.name)).toEqual(["REKAP_PEGAWAI", "pns"]);
});
