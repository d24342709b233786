/**
 * Finding the table in agency templates as they are: title rows, two-row merged headers, a row
 * of column numbers, subtotal and signature rows, a used range that does not start at A1.
 */
import { detectTable, SheetModel, TableLayout } from "../../src/workbook";
import { tableRows } from "../../src/workbook/table-rows";
import { EKINERJA_PERMENPANRB6 } from "../fixtures/templates/ekinerja-permenpanrb-6-2022";
import { IKU_KANWIL } from "../fixtures/templates/iku-kemenkeu-kanwil";
import { NPKP_KEMENKEU } from "../fixtures/templates/npkp-kemenkeu-satker";
import { PETUNJUK_PENGISIAN } from "../fixtures/templates/petunjuk-pengisian";
import { POLRI_PNS } from "../fixtures/templates/polri-pns";
import { REKAP_BKPSDM } from "../fixtures/templates/rekap-bkpsdm-kabupaten";
import { blankRow, check, codesMissingFromCatalogue, lines, messageAt, settingsWith, withCells, withoutRows, withRowsInserted } from "./helpers";

function layoutOf(sheet: Parameters<typeof detectTable>[0]): TableLayout {
  const layout = detectTable(sheet);
  if (!layout) throw new Error(`no table found in ${sheet.name}`);
  return layout;
}

describe("(a) kabupaten BKPSDM recap: title rows, two-row merged header, column numbers, footer", () => {
  const layout = layoutOf(REKAP_BKPSDM);

  test("the header is found on rows 4–5 (index 3), two rows high, as an employee sheet", () => {
    expect(layout.kind).toBe("pegawai");
    expect(layout.headerRow).toBe(3);
    expect(layout.headerRows).toBe(2);
  });

  test("every column is mapped; 'Nilai' over 'SKP | Perilaku' gives Nilai SKP and Nilai Perilaku", () => {
    expect(layout.columns).toEqual({
      nip: 1,
      nama: 2,
      jabatan: 3,
      unit: 4,
      nilaiSkp: 5,
      nilaiPerilaku: 6,
      nilaiKinerja: 7,
      predikat: 8,
      inovasi: 9,
      potensial: 10,
      kotakTalenta: 11,
      predikatTahunLalu: 12,
    });
    expect(layout.headerLabels).toEqual([
      "No",
      "NIP",
      "Nama",
      "Jabatan",
      "Unit Kerja",
      "Nilai SKP",
      "Nilai Perilaku",
      "Nilai Kinerja",
      "Predikat",
      "Inovasi",
      "Potensial",
      "Kotak Talenta",
      "Predikat Tahun Lalu",
    ]);
  });

  test("column-number row and the Jumlah/Rata-rata rows are skipped with their reasons; data ends at the blank row 24", () => {
    const rows = tableRows(REKAP_BKPSDM, layout);
    expect(rows.dataRows).toEqual([6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20]);
    expect(rows.skipped).toEqual([
      { row: 5, reason: "nomor-kolom" },
      { row: 21, reason: "subtotal" },
      { row: 22, reason: "subtotal" },
    ]);
    expect(rows.endRow).toBe(23);
    // The signature block below the blank row (its NIP is "NIP. 19700101 199503 1 001", in column J) is not data.
    expect(rows.dataAfterEnd).toEqual([]);
  });

  test("the report gives sheet rows for the skipped rows and counts 15 employees", () => {
    const report = check(REKAP_BKPSDM);
    expect(report.rowsChecked).toBe(15);
    expect(report.skipped).toEqual([
      { row: 5, reason: "nomor-kolom" },
      { row: 21, reason: "subtotal" },
      { row: 22, reason: "subtotal" },
    ]);
  });

  test("column numbers typed as text '(1)', '(2)' … are recognised too", () => {
    const numbered = withCells(
      REKAP_BKPSDM,
      Object.fromEntries(["A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L", "M"].map((c, i) => [`${c}6`, `(${i + 1})`])),
    );
    expect(tableRows(numbered, layoutOf(numbered)).skipped[0]).toEqual({ row: 5, reason: "nomor-kolom" });
  });

  test("a signature block right under the subtotals (no blank row) is skipped as tanda-tangan, up to the blank signing space", () => {
    const noGap = withoutRows(REKAP_BKPSDM, [24]);
    const rows = tableRows(noGap, layoutOf(noGap));
    expect(rows.dataRows).toHaveLength(15);
    expect(rows.skipped).toEqual([
      { row: 5, reason: "nomor-kolom" },
      { row: 21, reason: "subtotal" },
      { row: 22, reason: "subtotal" },
      { row: 23, reason: "tanda-tangan" }, // "Sukamaju, 15 Januari 2026"
      { row: 24, reason: "tanda-tangan" }, // "Mengetahui,"
      { row: 25, reason: "tanda-tangan" }, // "Kepala Badan Kepegawaian dan Pengembangan SDM"
    ]);
    expect(rows.endRow).toBe(26);
    expect(check(noGap).findings).toEqual([]);
  });

  test("more NIP rows after a blank row in the middle: DATA_SETELAH_BARIS_KOSONG at the first of them", () => {
    const gap = withRowsInserted(REKAP_BKPSDM, 15, [blankRow(13)]);
    const report = check(gap);
    expect(report.rowsChecked).toBe(8);
    expect(lines(report.findings)).toEqual(["'Rekap 2025'!B16 DATA_SETELAH_BARIS_KOSONG warning"]);
    expect(messageAt(report.findings, "'Rekap 2025'!B16", "DATA_SETELAH_BARIS_KOSONG")).toBe(
      "Tabel berakhir di baris kosong 15; 7 baris ber-NIP di bawahnya tidak diperiksa. Hapus baris kosong itu agar semua pegawai diperiksa.",
    );
  });

  test("the header is searched in the first 20 rows only", () => {
    const titles = (n: number) => Array.from({ length: n }, (_, i) => [`Catatan revisi ${i + 1}`]);
    const lowest = layoutOf(withRowsInserted(REKAP_BKPSDM, 1, titles(16)));
    expect([lowest.headerRow, lowest.headerRows]).toEqual([19, 2]);
    const tooLow = withRowsInserted(REKAP_BKPSDM, 1, titles(17));
    expect(detectTable(tooLow)).toBeUndefined();
    expect(lines(check(tooLow).findings)).toEqual(["'Rekap 2025'!A1 TABEL_TIDAK_DITEMUKAN error"]);
  });
});

describe("(b) Kemenkeu sheet whose used range starts at B3", () => {
  const layout = layoutOf(NPKP_KEMENKEU);

  test("single-row header at values[0] (cell B3) with the ministry's synonyms", () => {
    expect(layout.kind).toBe("pegawai");
    expect([layout.headerRow, layout.headerRows]).toEqual([0, 1]);
    expect(layout.columns).toEqual({
      nip: 1, // NIP Baru
      nama: 2, // Nama Pegawai
      unit: 3, // Satker
      nilaiSkp: 4, // Capaian SKP
      nilaiPerilaku: 5, // NP
      nilaiKinerja: 6, // NPKP
      predikatTahunLalu: 7, // Predikat 2024
      predikat: 8, // Predikat 2025
    });
  });

  test("year columns: the later year is this year's predikat, whatever their order", () => {
    const swapped = withCells(NPKP_KEMENKEU, { I3: "Predikat 2025", J3: "Predikat 2024" });
    const cols = layoutOf(swapped).columns;
    expect([cols.predikat, cols.predikatTahunLalu]).toEqual([7, 8]);
  });

  test("'Predikat Kinerja' and 'Predikat Tahun Lalu' are recognised by name", () => {
    const named = withCells(NPKP_KEMENKEU, { I3: "Predikat Tahun Lalu", J3: "Predikat Kinerja" });
    const cols = layoutOf(named).columns;
    expect([cols.predikat, cols.predikatTahunLalu]).toEqual([8, 7]);
  });

  test("one year column beside 'Predikat Kinerja' does not take this year's predikat (it is left for the officer to map)", () => {
    const cols = layoutOf(withCells(NPKP_KEMENKEU, { J3: "Predikat Kinerja" })).columns;
    expect([cols.predikat, cols.predikatTahunLalu]).toEqual([8, undefined]);
  });

  test("with two year columns and 'Predikat Kinerja', the years decide", () => {
    const three = withCells(NPKP_KEMENKEU, { K3: "Predikat Kinerja", K4: "Sangat Baik" });
    const cols = layoutOf(three).columns;
    expect([cols.predikat, cols.predikatTahunLalu]).toEqual([8, 7]);
  });

  test("sheet coordinates of data cells include the offset of the used range (C4 is the first NIP)", () => {
    const model = new SheetModel(NPKP_KEMENKEU, layout);
    expect(model.rows.dataRows).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(model.rows.endRow).toBeUndefined();
    expect([model.sheetRow(1), model.sheetCol("nip"), model.headerSheetRow]).toEqual([3, 2, 2]);
  });
});

describe("(c) e-Kinerja export: title rows directly above a one-row header, footnote under the data", () => {
  const layout = layoutOf(EKINERJA_PERMENPANRB6);

  test("the agency-name title row is not taken as the upper half of a two-row header", () => {
    expect([layout.headerRow, layout.headerRows]).toEqual([2, 1]);
    expect(layout.headerLabels).toEqual(["No", "NIP", "Nama", "Jabatan", "Unit Kerja", "Rating Hasil Kerja", "Rating Perilaku", "Predikat", "Predikat Organisasi"]);
    expect(layout.columns).toEqual({
      nip: 1,
      nama: 2,
      jabatan: 3,
      unit: 4,
      ratingHasilKerja: 5,
      ratingPerilaku: 6,
      predikat: 7,
      predikatOrganisasi: 8,
    });
  });

  test("the 'Keterangan: …' footnote is skipped as tanda-tangan; the table runs to the end of the used range", () => {
    const rows = tableRows(EKINERJA_PERMENPANRB6, layout);
    expect(rows.dataRows).toHaveLength(14);
    expect(rows.dataRows[0]).toBe(3);
    expect(rows.dataRows[13]).toBe(16);
    expect(rows.skipped).toEqual([{ row: 17, reason: "tanda-tangan" }]);
    expect(rows.endRow).toBeUndefined();
  });
});

describe("(d) Kemenkeu IKU sheet", () => {
  const layout = layoutOf(IKU_KANWIL);

  test("recognised as an IKU sheet, header on row 5, every IKU column mapped ('Bobot (%)' read as Bobot)", () => {
    expect(layout.kind).toBe("iku");
    expect([layout.headerRow, layout.headerRows]).toEqual([4, 1]);
    expect(layout.columns).toEqual({
      kodeSs: 1,
      iku: 2,
      polarisasi: 3,
      target: 4,
      realisasi: 5,
      bobot: 6,
      terburuk: 7,
      pemilik: 8,
      levelPemilik: 9,
      validitas: 10,
    });
  });

  test("IKU named 'Jumlah …' or 'Rata-rata …' are data, not subtotal rows; a real 'Jumlah Bobot' row is skipped", () => {
    const rows = tableRows(IKU_KANWIL, layout);
    expect(rows.dataRows).toEqual([5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17]);
    expect(rows.skipped).toEqual([]);
    expect(rows.endRow).toBe(18);

    const withTotal = withRowsInserted(IKU_KANWIL, 19, [["", "", "Jumlah Bobot", "", "", "", 3, "", "", "", ""]]);
    const totalRows = tableRows(withTotal, layoutOf(withTotal));
    expect(totalRows.dataRows).toHaveLength(13);
    expect(totalRows.skipped).toEqual([{ row: 18, reason: "subtotal" }]);
  });

  test("IKU whose names begin like signature words ('Pembinaan …', 'Ditetapkannya …') are data", () => {
    const named = withCells(IKU_KANWIL, { C17: "Pembinaan satker mitra", C18: "Ditetapkannya SOP layanan konsultasi" });
    expect(tableRows(named, layoutOf(named)).dataRows).toHaveLength(13);
  });
});

describe("other sheets", () => {
  test("(e) Polri recap: 'Nilai Akhir' is the combined score, 'Satker' the unit", () => {
    const layout = layoutOf(POLRI_PNS);
    expect([layout.kind, layout.headerRow, layout.headerRows]).toEqual(["pegawai", 1, 1]);
    expect(layout.columns).toEqual({ nip: 1, nama: 2, unit: 4, nilaiKinerja: 5, predikat: 6 });
  });

  test("an instructions sheet has no table: TABEL_TIDAK_DITEMUKAN at its first used cell", () => {
    expect(detectTable(PETUNJUK_PENGISIAN)).toBeUndefined();
    const report = check(PETUNJUK_PENGISIAN);
    expect(lines(report.findings)).toEqual(["Petunjuk!B2 TABEL_TIDAK_DITEMUKAN error"]);
    expect(report.findings[0].message).toMatch(/^Baris judul tabel tidak ditemukan di 20 baris pertama/);
    expect([report.rowsChecked, report.layout]).toEqual([0, undefined]);
  });

  test("a staff list without score columns: KOLOM_WAJIB at the header for Nilai SKP and Nilai Perilaku", () => {
    const staff = {
      name: "Daftar Pegawai",
      startRow: 0,
      startCol: 0,
      values: [
        ["No", "NIP", "Nama", "Jabatan", "Unit Kerja"],
        [1, "198203152006041001", "Ahmad Fauzi, S.Kom.", "Kepala Subbagian Umum dan Kepegawaian", "Sekretariat"],
      ],
    };
    const report = check(staff, settingsWith({ aturan: "PP30" }));
    expect(lines(report.findings)).toEqual(["'Daftar Pegawai'!A1 KOLOM_WAJIB error", "'Daftar Pegawai'!A1 KOLOM_WAJIB error"]);
    expect(report.findings.map((f) => f.message)).toEqual([
      "Kolom Nilai SKP tidak ditemukan di baris judul tabel. Tambahkan kolomnya atau tetapkan pemetaan kolom di panel.",
      "Kolom Nilai Perilaku tidak ditemukan di baris judul tabel. Tambahkan kolomnya atau tetapkan pemetaan kolom di panel.",
    ]);
  });
});

test("every finding code produced in this file is in RULE_CATALOGUE", () => {
  expect(codesMissingFromCatalogue()).toEqual([]);
});
