/**
 * The pieces behind reading real layouts, at their boundaries: text hygiene, the rule set the
 * sheet implies (and the order of precedence), year suffixes and header continuation rows.
 */
import { CellValue, chooseAturan, cleanText, detectAturan, detectTable, hygieneKind, SheetData, storedAturan, validateSheet } from "../../src/workbook";
import { TODAY } from "./helpers";

const sheetOf = (values: CellValue[][], name = "Lembar1"): SheetData => ({ name, startRow: 0, startCol: 0, values });

function aturanOf(values: CellValue[][]) {
  const sheet = sheetOf(values);
  return detectAturan(sheet, detectTable(sheet)!);
}

describe("text hygiene", () => {
  test.each([
    ["\u200C197405121999031004", "197405121999031004", "tak-terlihat"],
    ["\u200BBaik", "Baik", "tak-terlihat"],
    ["Sangat\u00A0Baik", "Sangat Baik", "tak-terlihat"],
    ["\uFEFFNIP", "NIP", "tak-terlihat"],
    ["Kerja\u2060sama", "Kerjasama", "tak-terlihat"],
    ["Peri\u00ADlaku", "Perilaku", "tak-terlihat"],
    ["  AHMAD   FAUZI ", "AHMAD FAUZI", "spasi"],
    ["Baik", "Baik", undefined],
  ])("%j → %j (%s)", (input, clean, kind) => {
    expect(cleanText(input)).toBe(clean);
    expect(hygieneKind(input)).toBe(kind);
  });

  test("one warning per column, counted over the header and the employees, never one per cell; NIPs read clean", () => {
    const z = "\u200C";
    const rows: CellValue[][] = [[`${z}NIP`, `${z}Nama`, "Nilai Kinerja"]];
    for (let i = 0; i < 5; i++) rows.push([`${z}19820315200604100${i + 1}`, `${z}Pegawai ${i + 1} `, 95]);
    const report = validateSheet(sheetOf(rows), { today: TODAY, aturanChoice: { pengguna: "PP30" } });
    expect(report.findings.map((f) => `${f.cell} ${f.code}`)).toEqual(["A1 TEKS_TERSEMBUNYI", "B1 TEKS_TERSEMBUNYI"]);
    expect(report.findings[1].message).toMatch(/^Kolom B \(Nama\): 6 sel berisi karakter tak terlihat/);
  });
});

describe("rule set from the sheet", () => {
  const emp = ["198203152006041001", "Ahmad Fauzi"];
  test.each([
    [["NIP", "Nama", "Rating Hasil Kerja", "Rating Perilaku Kerja"], [...emp, "Sesuai Ekspektasi", "Sesuai Ekspektasi"], "PERMENPANRB6", "kolom Rating Hasil Kerja dan Rating Perilaku Kerja ditemukan"],
    [["NIP", "Nama", "NSKP", "NP", "NPKP"], [...emp, 95, 90, 93], "KEMENKEU", "kolom NSKP dan NPKP ditemukan (nilai Kemenkeu)"],
    [["NIP", "Nama", "Nilai Prestasi Kerja", "Sebutan"], [...emp, 80, "Baik"], "PP46", "kolom Nilai Prestasi Kerja dan Sebutan ditemukan"],
    [["NRP", "Nama", "Nilai Akhir", "Predikat"], ["85050123", "Budi", 80, "Baik"], "POLRI", "kolom NRP ditemukan"],
    [["NIP", "Nama", "Predikat"], [...emp, "Butuh Perbaikan"], "PERMENPANRB6", 'kolom Predikat berisi "Butuh Perbaikan" (istilah PermenPANRB 6/2022)'],
    [["NIP", "Nama", "Nilai SKP", "Nilai Perilaku", "Predikat"], [...emp, 100, 95, "Baik"], "PP30", "tidak ada kolom rating, Nilai Prestasi Kerja/Sebutan, NPKP atau NRP; dipakai PP 30/2019"],
  ] as [CellValue[], CellValue[], string, string][])("%j → %s", (header, row, aturan, reason) => {
    expect(aturanOf([header, row])).toEqual({ aturan, reason });
  });

  test("a title row naming PermenPANRB 6/2022 decides when the columns do not", () => {
    expect(aturanOf([["Evaluasi Kinerja menurut PermenPANRB 6/2022"], [], ["NIP", "Nama", "Predikat"], ["198203152006041001", "Ahmad", "Baik"]]).aturan).toBe("PERMENPANRB6");
  });

  test("precedence: the officer's choice, then the workbook's, then the sheet's", () => {
    const detected = { aturan: "PP46" as const, reason: "kolom Sebutan ditemukan" };
    expect(chooseAturan(detected, { pengguna: "POLRI", bukuKerja: "KEMENKEU" })).toMatchObject({ aturan: "POLRI", source: "pengguna" });
    expect(chooseAturan(detected, { bukuKerja: "KEMENKEU" })).toMatchObject({ aturan: "KEMENKEU", source: "buku kerja" });
    expect(chooseAturan(detected, {})).toEqual({ ...detected, source: "terdeteksi" });
    expect(storedAturan({ aturan: "PP46", penilaian360: true })).toBe("PP46");
    expect(storedAturan({ penilaian360: true })).toBeUndefined();
    expect(storedAturan({ aturan: "PP99" })).toBeUndefined();
  });
});

describe("headers", () => {
  test("year suffixes: the latest year is current; an older score column is not this year's, an older predikat is last year's", () => {
    const layout = detectTable(sheetOf([["NIP", "Nama", "Nilai SKP 2024", "Predikat 2024", "Nilai SKP 2025", "Nilai Perilaku 2025"], ["198203152006041001", "Ahmad", 90, "Baik", 100, 95]]))!;
    expect(layout.columns).toEqual({ nip: 0, nama: 1, predikatTahunLalu: 3, nilaiSkp: 4, nilaiPerilaku: 5 });
    expect(layout.years).toEqual({ current: 2025, olderColumns: [2] });
  });

  test("a unit sub-heading directly under a one-row header is a data-area heading, not the header's lower half", () => {
    const sheet = sheetOf([["No", "NIP", "Nama", "Nilai Kinerja"], ["A. SEKRETARIAT", null, null, null], [1, "198203152006041001", "Ahmad", 95]]);
    const report = validateSheet(sheet, { today: TODAY, aturanChoice: { pengguna: "PP30" } });
    expect(report.layout!.headerRows).toBe(1);
    expect(report.skipped).toEqual([{ row: 1, reason: "sub-judul" }]);
    expect(report.rowsChecked).toBe(1);
  });

  test("an employee with a blank NIP is still an employee (it has a score), not a heading", () => {
    const sheet = sheetOf([["No", "NIP", "Nama", "Nilai Kinerja"], [1, null, "Bagian Ahmad", 95], [2, "198203152006041001", "Budi", 95]]);
    const report = validateSheet(sheet, { today: TODAY, aturanChoice: { pengguna: "PP30" } });
    expect(report.rowsChecked).toBe(2);
    expect(report.findings.map((f) => `${f.cell} ${f.code}`)).toContain("B2 NIP_KOSONG");
  });
});

test("a row with a sequence number is an employee even when its name looks like a list marker (\"M. RIZKY\")", () => {
  const sheet = sheetOf([["No", "NIP", "Nama", "Nilai Kinerja"], [1, null, "M. RIZKY", null], [2, "198203152006041001", "Budi", 95]]);
  const report = validateSheet(sheet, { today: TODAY, aturanChoice: { pengguna: "PP30" } });
  expect(report.rowsChecked).toBe(2);
  expect(report.skipped).toEqual([]);
});

test("on one header row, 'Predikat Kinerja Pegawai' (annual) is the predikat, not 'Predikat Kinerja Periodik'", () => {
  const layout = detectTable(sheetOf([["NIP", "Nama", "Predikat Kinerja Periodik", "Predikat Kinerja Pegawai"], ["198203152006041001", "Ahmad", "Baik", "Baik"]]))!;
  expect(layout.columns.predikat).toBe(3);
  const periodicOnly = detectTable(sheetOf([["NIP", "Nama", "Predikat Kinerja Periodik"], ["198203152006041001", "Ahmad", "Baik"]]))!;
  expect(periodicOnly.columns.predikat).toBe(2);
});
