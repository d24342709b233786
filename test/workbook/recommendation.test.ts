/**
 * The generated "Rekomendasi Penghargaan" sheet, as a write plan: its name, table, header, one
 * row per employee, summaries, chart and marker.
 */
import {
  buildRecommendation,
  CellBlock,
  detectTable,
  ExistingWorkbook,
  GENERATED_MARKER,
  RecommendationBuild,
  Settings,
  SheetData,
  SheetModel,
  TEXT_FORMAT,
} from "../../src/workbook";
import { EKINERJA_PERMENPANRB6 } from "../fixtures/templates/ekinerja-permenpanrb-6-2022";
import { NPKP_KEMENKEU } from "../fixtures/templates/npkp-kemenkeu-satker";
import { POLRI_PNS } from "../fixtures/templates/polri-pns";
import { REKAP_BERMASALAH } from "../fixtures/templates/rekap-bkpsdm-bermasalah";
import { REKAP_BKPSDM } from "../fixtures/templates/rekap-bkpsdm-kabupaten";
import { settingsWith, TODAY, withCells } from "./helpers";

const NO_SHEETS: ExistingWorkbook = { sheetNames: ["Rekap 2025"], ownSheets: [], tableNames: [] };

function build(sheet: SheetData, settings: Settings = settingsWith(), existing: ExistingWorkbook = NO_SHEETS): RecommendationBuild {
  const layout = detectTable(sheet);
  if (!layout) throw new Error("no table");
  return buildRecommendation(new SheetModel(sheet, layout), settings, existing, TODAY);
}

function blockAt(build: RecommendationBuild, row: number, col: number): CellBlock {
  const block = build.plan.blocks.find((b) => b.row === row && b.col === col);
  if (!block) throw new Error(`no block at ${row},${col}`);
  return block;
}

/** Header and body of the employee table. */
function table(build: RecommendationBuild) {
  const range = build.plan.table!.range;
  const block = blockAt(build, range.row, range.col);
  return { header: block.values[0], body: block.values.slice(1) };
}

function textFormatted(build: RecommendationBuild, row: number, col: number): boolean {
  return build.plan.formats.some(
    (f) => f.numberFormat === TEXT_FORMAT && row >= f.range.row && row < f.range.row + f.range.rows && col >= f.range.col && col < f.range.col + f.range.cols,
  );
}

const TABEL_31_SANGAT_BAIK =
  "Talent Pool/Promosi/Fast Track; Prioritas Pengembangan Kompetensi; Talent Mobility/Rotasi/Pengayaan Jabatan; Work/Life Program; Flexible Reward; Insentif/Tunjangan Kinerja/Bonus/Jasa Produksi; Kemudahan Pinjaman";
const TABEL_31_BAIK = "Prioritas Pengembangan Kompetensi; Talent Mobility/Rotasi/Pengayaan Jabatan; Flexible Reward";

describe("sheet name", () => {
  test("year from the title row: 'Rekomendasi Penghargaan 2025'", () => {
    expect(build(REKAP_BKPSDM).plan.sheetName).toBe("Rekomendasi Penghargaan 2025");
    expect(build(REKAP_BKPSDM).plan.replaces).toBeUndefined();
  });

  test("settings.tahun wins over the title; a sheet without a year in its title gets the plain name", () => {
    expect(build(REKAP_BKPSDM, settingsWith({ tahun: 2024 })).plan.sheetName).toBe("Rekomendasi Penghargaan 2024");
    // No year in its title rows: the year of the current predikat's column ("Predikat 2025") names it.
    expect(build(NPKP_KEMENKEU, settingsWith({ aturan: "KEMENKEU" })).plan.sheetName).toBe("Rekomendasi Penghargaan 2025");
    expect(build(POLRI_PNS, settingsWith({ aturan: "POLRI" })).plan.sheetName).toMatch(/^Rekomendasi Penghargaan( 20\d\d)?$/);
    expect(build(NPKP_KEMENKEU, settingsWith({ aturan: "KEMENKEU", tahun: 2025 })).plan.sheetName).toBe("Rekomendasi Penghargaan 2025");
  });

  test("a user's sheet with that name is never replaced: the new sheet gets a free name within 31 characters", () => {
    const users = build(REKAP_BKPSDM, settingsWith(), { sheetNames: ["Rekap 2025", "rekomendasi penghargaan 2025"], ownSheets: [], tableNames: [] });
    // "Rekomendasi Penghargaan 2025 (2)" would be 32 characters: the short form keeps the year.
    expect(users.plan.sheetName).toBe("Rekomendasi 2025 (2)");
    expect(users.plan.replaces).toBeUndefined();

    const twice = build(REKAP_BKPSDM, settingsWith(), {
      sheetNames: ["Rekap 2025", "Rekomendasi Penghargaan 2025", "Rekomendasi 2025 (2)"],
      ownSheets: [],
      tableNames: [],
    });
    expect([twice.plan.sheetName, twice.plan.replaces]).toEqual(["Rekomendasi 2025 (3)", undefined]);

    const plain = build(NPKP_KEMENKEU, settingsWith({ aturan: "KEMENKEU" }), { sheetNames: ["NPKP_2025", "Rekomendasi Penghargaan 2025"], ownSheets: [], tableNames: [] });
    expect([plain.plan.sheetName, plain.plan.replaces]).toEqual(["Rekomendasi 2025 (2)", undefined]);
  });

  test("regenerating next to the user's sheet replaces the add-in's own numbered sheet, not the user's", () => {
    const again = build(REKAP_BKPSDM, settingsWith(), {
      sheetNames: ["Rekap 2025", "Rekomendasi Penghargaan 2025", "Rekomendasi 2025 (2)"],
      ownSheets: ["Rekomendasi 2025 (2)"],
      tableNames: ["TabelRekomendasi"],
    });
    expect([again.plan.sheetName, again.plan.replaces]).toEqual(["Rekomendasi 2025 (2)", "Rekomendasi 2025 (2)"]);
  });

  test("the add-in's own earlier sheet is replaced in place", () => {
    const own = build(REKAP_BKPSDM, settingsWith(), {
      sheetNames: ["Rekap 2025", "Rekomendasi Penghargaan 2025"],
      ownSheets: ["Rekomendasi Penghargaan 2025"],
      tableNames: ["TabelRekomendasi"],
    });
    expect([own.plan.sheetName, own.plan.replaces]).toEqual(["Rekomendasi Penghargaan 2025", "Rekomendasi Penghargaan 2025"]);
  });

  test("an own sheet of another year is left alone", () => {
    const other = build(REKAP_BKPSDM, settingsWith(), {
      sheetNames: ["Rekap 2025", "Rekomendasi Penghargaan 2024"],
      ownSheets: ["Rekomendasi Penghargaan 2024"],
      tableNames: [],
    });
    expect([other.plan.sheetName, other.plan.replaces]).toEqual(["Rekomendasi Penghargaan 2025", undefined]);
  });
});

describe("(a) recap → the recommendation plan", () => {
  const result = build(REKAP_BKPSDM);
  const { plan } = result;
  const { header, body } = table(result);

  test("title, marker note and totals line above the table", () => {
    expect(blockAt(result, 0, 0).values).toEqual([["REKOMENDASI PENGHARGAAN KINERJA PNS TAHUN 2025"]]);
    expect(plan.marker.row).toBe(1);
    expect(plan.marker.col).toBe(0);
    expect(plan.marker.text.startsWith(GENERATED_MARKER)).toBe(true);
    expect(plan.marker.text).toBe(
      'Dibuat oleh add-in Kinerja ASN pada 15-01-2026 dari lembar "Rekap 2025" · aturan PP 30/2019 (PP 30/2019 Pasal 41 ayat (5)) · kotak talenta PermenPANRB 3/2020, penghargaan PP 30/2019 Pasal 53 dan LAN Tabel 31. Isinya nilai tetap: buat ulang dari panel bila data sumber berubah.',
    );
    expect(blockAt(result, 1, 0).values).toEqual([[plan.marker.text]]);
    expect(blockAt(result, 2, 0).values).toEqual([["Jumlah pegawai: 15 · Prioritas talent pool: 2 · Prioritas pengembangan kompetensi: 6"]]);
  });

  test("a real Excel table from A5 (header + 15 rows × 15 columns) with a free name; header row frozen", () => {
    expect(plan.table).toEqual({ range: { row: 4, col: 0, rows: 16, cols: 15 }, name: "TabelRekomendasi", style: "TableStyleMedium2" });
    expect(plan.freezeRows).toBe(5);
    expect(build(REKAP_BKPSDM, settingsWith(), { ...NO_SHEETS, tableNames: ["TabelRekomendasi"] }).plan.table?.name).toBe("TabelRekomendasi2");
    expect(build(REKAP_BKPSDM, settingsWith(), { ...NO_SHEETS, tableNames: ["tabelrekomendasi", "TabelRekomendasi2"] }).plan.table?.name).toBe("TabelRekomendasi3");
  });

  test("header row", () => {
    expect(header).toEqual([
      "No",
      "NIP",
      "Nama",
      "Unit Kerja",
      "Jabatan",
      "Nilai Kinerja",
      "Predikat",
      "Status Ekspektasi",
      "Potensial",
      "Kotak Talenta",
      "Rekomendasi Talenta (Tabel 28)",
      "Predikat Tahun Lalu",
      "Kelayakan Penghargaan (PP 30/2019 Ps. 53)",
      "Jenis Penghargaan (Tabel 31)",
      "Catatan",
    ]);
  });

  test("Sangat Baik two years running with potential tinggi: box 9, talent pool, every Tabel 31 reward", () => {
    expect(body[0]).toEqual([
      1,
      "198203152006041001",
      "Ahmad Fauzi, S.Kom.",
      "Sekretariat",
      "Kepala Subbagian Umum dan Kepegawaian",
      111.4,
      "Sangat Baik",
      "Di Atas Ekspektasi",
      "Tinggi",
      9,
      "Dipromosikan dan dipertahankan; Masuk Kelompok Rencana Suksesi Instansi/Nasional; Penghargaan",
      "Sangat Baik",
      "Prioritas Talent Pool",
      TABEL_31_SANGAT_BAIK,
      "",
    ]);
  });

  test("Baik after Cukup: box 7, no two-year eligibility, the Baik rewards", () => {
    expect(body[6]).toEqual([
      7,
      "198604142011011005",
      "Agus Setiawan",
      "Bidang Mutasi dan Promosi",
      "Analis Mutasi",
      97.4,
      "Baik",
      "Di Atas Ekspektasi",
      "Menengah",
      7,
      "Dipertahankan; Masuk Kelompok Rencana Suksesi Instansi; Rotasi/Pengayaan jabatan; Pengembangan kompetensi",
      "Cukup",
      "Tidak Ada",
      TABEL_31_BAIK,
      "",
    ]);
  });

  test("Sangat Baik after Baik: competency-development priority; Kurang: box 2; Sangat Kurang without last year's predikat: box 1 and a note", () => {
    expect(body[12].slice(5, 14)).toEqual([
      117.1,
      "Sangat Baik",
      "Di Atas Ekspektasi",
      "Tinggi",
      9,
      "Dipromosikan dan dipertahankan; Masuk Kelompok Rencana Suksesi Instansi/Nasional; Penghargaan",
      "Baik",
      "Prioritas Pengembangan Kompetensi",
      TABEL_31_SANGAT_BAIK,
    ]);
    expect(body[13].slice(5, 15)).toEqual([
      63,
      "Kurang",
      "Sesuai Ekspektasi",
      "Rendah",
      2,
      "Bimbingan kinerja; Pengembangan kompetensi; Penempatan yang sesuai",
      "Cukup",
      "Tidak Ada",
      "Tidak Ada",
      "",
    ]);
    expect(body[14]).toEqual([
      15,
      "199506302022032006",
      "Putri Ayu Lestari, A.Md.",
      "Bidang Pengembangan Kompetensi",
      "Pengadministrasi Diklat",
      49.5,
      "Sangat Kurang",
      "Di Bawah Ekspektasi",
      "Rendah",
      1,
      "Diproses sesuai ketentuan peraturan perundangan",
      "",
      "",
      "Tidak Ada",
      "predikat tahun lalu kosong/tidak sah",
    ]);
  });

  test("rows keep the source order and point back at their sheet rows", () => {
    expect(result.rows.map((r) => r.sourceRow)).toEqual([6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20]);
    expect(body.map((r) => r[0])).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]);
  });

  test("summaries by predikat, talent box and unit, each adding up to the 15 employees", () => {
    const { summary } = result;
    expect(summary.total).toBe(15);
    expect(summary.byPredikat).toEqual([
      { label: "Sangat Baik", count: 3 },
      { label: "Baik", count: 7 },
      { label: "Cukup", count: 3 },
      { label: "Kurang", count: 1 },
      { label: "Sangat Kurang", count: 1 },
    ]);
    expect(summary.undetermined).toBe(0);
    expect(summary.byKotak.map((k) => [k.kotak, k.count])).toEqual([
      [9, 6],
      [8, 0],
      [7, 3],
      [6, 0],
      [5, 2],
      [4, 1],
      [3, 0],
      [2, 2],
      [1, 1],
    ]);
    expect(summary.byUnit).toEqual([
      { unit: "Sekretariat", total: 5, byLevel: [1, 3, 1, 0, 0, 0] },
      { unit: "Bidang Mutasi dan Promosi", total: 5, byLevel: [1, 2, 2, 0, 0, 0] },
      { unit: "Bidang Pengembangan Kompetensi", total: 5, byLevel: [1, 2, 0, 1, 1, 0] },
    ]);
    expect(summary.eligible).toEqual({ talentPool: 2, pengembangan: 6 });
    const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
    expect(sum(summary.byPredikat.map((p) => p.count)) + summary.undetermined).toBe(15);
    expect(sum(summary.byKotak.map((k) => k.count))).toBe(15);
    expect(sum(summary.byUnit.map((u) => u.total))).toBe(15);
    for (const u of summary.byUnit) expect(sum([...u.byLevel])).toBe(u.total);
  });

  test("the summary blocks on the sheet, right of the table (column Q)", () => {
    expect(blockAt(result, 3, 16).values).toEqual([["Ringkasan per Predikat"]]);
    expect(blockAt(result, 4, 16).values).toEqual([
      ["Predikat", "Jumlah", "Persen"],
      ["Sangat Baik", 3, 3 / 15],
      ["Baik", 7, 7 / 15],
      ["Cukup", 3, 3 / 15],
      ["Kurang", 1, 1 / 15],
      ["Sangat Kurang", 1, 1 / 15],
      ["Jumlah", 15, 1],
    ]);
    expect(blockAt(result, 14, 16).values[1]).toEqual([9, "Kinerja di atas ekspektasi dan potensial tinggi", 6]);
    expect(blockAt(result, 27, 16).values).toEqual([
      ["Unit Kerja", "Jumlah", "Sangat Baik", "Baik", "Cukup", "Kurang", "Sangat Kurang", "Tidak dapat ditentukan"],
      ["Sekretariat", 5, 1, 3, 1, 0, 0, 0],
      ["Bidang Mutasi dan Promosi", 5, 1, 2, 2, 0, 0, 0],
      ["Bidang Pengembangan Kompetensi", 5, 1, 2, 0, 1, 1, 0],
    ]);
    expect(blockAt(result, 34, 16).values.map((r) => r.slice(0, 2))).toEqual([
      ["Kelayakan Penghargaan", "Jumlah"],
      ["Prioritas Talent Pool", 2],
      ["Prioritas Pengembangan Kompetensi", 6],
    ]);
  });

  test("the chart's source is the predikat summary (labels and counts, without the total row)", () => {
    const source = plan.chart!.source;
    expect(source).toEqual({ row: 4, col: 16, rows: 6, cols: 2 });
    const block = blockAt(result, source.row, source.col);
    expect(block.values.slice(0, source.rows).map((r) => r.slice(0, source.cols))).toEqual([
      ["Predikat", "Jumlah"],
      ["Sangat Baik", 3],
      ["Baik", 7],
      ["Cukup", 3],
      ["Kurang", 1],
      ["Sangat Kurang", 1],
    ]);
    expect(plan.chart!.title).toBe("Sebaran Predikat (PP 30/2019)");
  });

  test("blocks are rectangular and none overlaps another", () => {
    const cells = new Set<string>();
    for (const b of plan.blocks) {
      const width = b.values[0].length;
      for (const [i, row] of b.values.entries()) {
        expect(row).toHaveLength(width);
        for (let c = 0; c < width; c++) {
          const key = `${b.row + i},${b.col + c}`;
          expect(cells.has(key)).toBe(false);
          cells.add(key);
        }
      }
    }
  });
});

describe("values from the officer's cells", () => {
  test("text that starts with '=', '-' is written verbatim, in columns formatted as text ('@')", () => {
    const formula = '=HYPERLINK("https://simpeg.sukamajukab.go.id/pegawai/198507222010012002","Sri Wahyuni, S.E.")';
    const result = build(withCells(REKAP_BKPSDM, { C8: formula, D9: "-" }));
    const { body } = table(result);
    expect(body[1][2]).toBe(formula);
    expect(body[2][4]).toBe("-");
    // Sheet rows 6 and 7 (0-based) hold employees 2 and 3; columns C (Nama) and E (Jabatan).
    expect(textFormatted(result, 6, 2)).toBe(true);
    expect(textFormatted(result, 7, 4)).toBe(true);
    for (const col of [1, 2, 3, 4, 6, 7, 8, 10, 11, 12, 13, 14]) expect(textFormatted(result, 5, col)).toBe(true);
    // Numbers stay numbers: No, Nilai Kinerja, Kotak.
    for (const col of [0, 5, 9]) expect(textFormatted(result, 5, col)).toBe(false);
    // Unit names in the unit summary are text too.
    expect(textFormatted(result, 28, 16)).toBe(true);
  });

  test("a NIP stored as a number is printed empty with a note, never as the rounded number", () => {
    const result = build(REKAP_BERMASALAH);
    const { body } = table(result);
    expect(body[0][1]).toBe("");
    expect(body[0][14]).toBe(
      "NIP tersimpan sebagai angka (digit terakhir hilang); perbaiki di lembar sumber; predikat tahun lalu kosong/tidak sah",
    );
    const everything = result.plan.blocks.flatMap((b) => b.values.flat());
    expect(everything).not.toContain(198203152006041000);
    expect(everything.some((v) => typeof v === "string" && v.includes("198203152006041"))).toBe(false);
  });

  test("invalid and blank NIPs are printed as written, with the reason in the notes", () => {
    const { body } = table(build(REKAP_BERMASALAH));
    expect([body[1][1], body[1][14]]).toEqual(["19850722201001200", "NIP tidak sah: NIP harus 18 digit (tertulis 17 digit)."]);
    expect([body[7][1], body[7][14]]).toEqual(["", "NIP kosong"]);
  });

  test("notes say what could not be judged: no score and no predikat; predikat taken from the sheet; potential blank", () => {
    const sheet = withCells(REKAP_BKPSDM, {
      ...{ F8: "", G8: "", H8: "", I8: "" }, // nothing to judge
      ...{ F9: "", G9: "", H9: "" }, // only the written predikat (Cukup)
      K10: "", // potential blank
    });
    const result = build(sheet);
    const { body } = table(result);
    expect(body[1].slice(5, 15)).toEqual([
      null,
      "",
      "",
      "Menengah",
      null,
      "",
      "Baik",
      "",
      "",
      // Last year's "Baik" is shown, but eligibility needs this year's predikat: no second note.
      "predikat tidak dapat ditentukan (nilai atau predikat kosong/tidak sah)",
    ]);
    expect(body[2].slice(5, 15)).toEqual([
      null,
      "Cukup",
      "Sesuai Ekspektasi",
      "Menengah",
      5,
      "Penempatan yang sesuai; Bimbingan kinerja; Pengembangan kompetensi",
      "Cukup",
      "Tidak Ada",
      "Tidak Ada",
      "predikat diambil dari lembar (tidak dapat dihitung dari nilai)",
    ]);
    expect(body[3][8]).toBe("");
    expect(body[3][9]).toBeNull();
    expect(body[3][14]).toBe("potensial belum diisi");

    expect(result.summary.undetermined).toBe(1);
    expect(result.summary.byPredikat.reduce((a, p) => a + p.count, 0)).toBe(14);
    const predikatBlock = blockAt(result, 4, 16).values;
    expect(predikatBlock.slice(-2)).toEqual([
      ["Tidak dapat ditentukan", 1, 1 / 15],
      ["Jumlah", 15, 1],
    ]);
    // The chart still shows the five predikat only.
    expect(result.plan.chart!.source.rows).toBe(6);
    expect(result.summary.byUnit[0]).toEqual({ unit: "Sekretariat", total: 5, byLevel: [1, 2, 1, 0, 0, 1] });
  });
});

describe("other rule sets", () => {
  test("(b) Kemenkeu: NIP typed with spaces is printed as 18 digits; two-year eligibility from the year columns", () => {
    const result = build(NPKP_KEMENKEU, settingsWith({ aturan: "KEMENKEU", tahun: 2025 }));
    const { body } = table(result);
    const pick = (i: number) => [body[i][1], body[i][5], body[i][6], body[i][11], body[i][12]];
    expect(pick(0)).toEqual(["197905202000121001", 102.8, "Sangat Baik", "Sangat Baik", "Prioritas Talent Pool"]);
    expect(pick(1)).toEqual(["198411112006022001", 95.2, "Sangat Baik", "Baik", "Prioritas Pengembangan Kompetensi"]);
    expect(pick(2)).toEqual(["198803032010121002", 89.2, "Baik", "Baik", "Prioritas Pengembangan Kompetensi"]);
    expect(pick(3)).toEqual(["199002142014112003", 83, "Baik", "Cukup", "Tidak Ada"]);
    expect(pick(9)).toEqual(["199512122019032007", 76, "Baik", "", ""]);
    expect(body[9][14]).toBe("predikat tahun lalu kosong/tidak sah");
    expect(result.summary.byPredikat.map((p) => p.label)).toEqual(["Sangat Baik", "Baik", "Cukup", "Kurang", "Buruk"]);
    expect(result.summary.eligible).toEqual({ talentPool: 2, pengembangan: 5 });
    expect(result.plan.chart!.title).toBe("Sebaran Predikat (Kemenkeu (NPKP))");
  });

  test("(c) under the default rule set the two ratings still decide the expectation (Sesuai × Sesuai is Sesuai, not Di Atas)", () => {
    const { body } = table(build(EKINERJA_PERMENPANRB6));
    // Row 4 (Melati): SESUAI × SESUAI, predikat BAIK. Row 3 (Irfan): DIATAS × SESUAI, BAIK.
    expect(body[3].slice(6, 10)).toEqual(["Baik", "Sesuai Ekspektasi", "Sesuai Ekspektasi", "Sesuai Ekspektasi"]);
    expect(body[2].slice(6, 10)).toEqual(["Baik", "Di Atas Ekspektasi", "Sesuai Ekspektasi", "Di Atas Ekspektasi"]);
    expect(body[8].slice(6, 10)).toEqual(["Butuh Perbaikan", "Di Bawah Ekspektasi", "Sesuai Ekspektasi", "Di Bawah Ekspektasi"]);
  });

  test("(c) PermenPANRB 6/2022: quadrant labels, the two ratings and the expectation they give, no score, no talent box without a potential column", () => {
    const result = build(EKINERJA_PERMENPANRB6, settingsWith({ aturan: "PERMENPANRB6" }));
    const { header, body } = table(result);
    expect(header.slice(6, 10)).toEqual(["Predikat", "Rating Hasil Kerja", "Rating Perilaku", "Status Ekspektasi"]);
    // Hasil kerja di bawah × perilaku sesuai: Butuh Perbaikan, below expectation (not "Sesuai" as the PP 30 table would say).
    expect(body[8].slice(5, 17)).toEqual([null, "Butuh Perbaikan", "Di Bawah Ekspektasi", "Sesuai Ekspektasi", "Di Bawah Ekspektasi", "", null, "", "", "", "Tidak Ada", ""]);
    expect(body[13][6]).toBe("Kurang/Misconduct");
    expect(body[13][9]).toBe("Di Bawah Ekspektasi");
    expect(result.plan.marker.text).toMatch(/status ekspektasi dari rating hasil kerja dan perilaku/);
    expect(result.plan.sheetName).toBe("Rekomendasi Penghargaan 2025");
    expect(result.summary.byPredikat).toEqual([
      { label: "Sangat Baik", count: 3 },
      { label: "Baik", count: 6 },
      { label: "Butuh Perbaikan", count: 4 },
      { label: "Kurang/Misconduct", count: 1 },
      { label: "Sangat Kurang", count: 0 },
    ]);
  });
});
