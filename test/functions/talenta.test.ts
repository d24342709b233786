/**
 * Talenta & Penghargaan: KOTAK_TALENTA, REKOMENDASI_TALENTA, PENGHARGAAN, JENIS_PENGHARGAAN,
 * ANGKA_KREDIT (DOMAIN §6, §7).
 */
import { cell, col, describeBroadcastContract, evaluate, expectCells, expectValueError, NA_OBJECT, NA_TEXT, row, shape } from "./support";

const REKOMENDASI_9 = "Dipromosikan dan dipertahankan; Masuk Kelompok Rencana Suksesi Instansi/Nasional; Penghargaan";
const REKOMENDASI_5 = "Penempatan yang sesuai; Bimbingan kinerja; Pengembangan kompetensi";
const REKOMENDASI_1 = "Diproses sesuai ketentuan peraturan perundangan";

describe("KOTAK_TALENTA", () => {
  describeBroadcastContract({
    name: "KOTAK_TALENTA",
    args: ["sesuai ekspektasi", "tinggi"],
    result: 8,
    defaults: { aturan: null },
    column: { arg: 1, values: ["tinggi", "menengah", "rendah"], results: [8, 5, 2], bad: "luar biasa", badMentions: ["potensial", "luar biasa"] },
  });

  it("follows the 3×3 box of PermenPANRB 3/2020 (LAN Gambar 27)", () => {
    const kinerja = ["di atas ekspektasi", "sesuai ekspektasi", "di bawah ekspektasi"];
    const potensial = ["rendah", "menengah", "tinggi"];
    const out = evaluate("KOTAK_TALENTA", kinerja.map((k) => [k, k, k]), [potensial, potensial, potensial]);
    expectCells(out, [
      [4, 7, 9],
      [2, 5, 8],
      [1, 3, 6],
    ]);
  });

  it('accepts "diatas", "DI  ATAS", a predikat as kinerja, and "sedang"/"TINGGI" as potensial', () => {
    for (const k of ["diatas", "DI  ATAS", "Di Atas Ekspektasi", "Sangat Baik", "baik"]) expect(cell("KOTAK_TALENTA", k, "tinggi")).toBe(9);
    expect(cell("KOTAK_TALENTA", "sesuai", "sedang")).toBe(5);
    expect(cell("KOTAK_TALENTA", "Sangat Kurang", "TINGGI")).toBe(6);
    expect(cell("KOTAK_TALENTA", "Butuh Perbaikan", " Rendah ")).toBe(1);
  });

  it("puts Butuh Perbaikan and Kurang/Misconduct in the di bawah row (boxes 1, 3, 6), never a succession-pool box", () => {
    expect(cell("KOTAK_TALENTA", "Kurang/Misconduct", "tinggi")).toBe(6);
    expect(cell("KOTAK_TALENTA", "KURANG/ MISCONDUCT", "menengah")).toBe(3);
    expect(cell("KOTAK_TALENTA", "Misconduct", "rendah")).toBe(1);
    expect(cell("KOTAK_TALENTA", "Butuh Perbaikan", "tinggi")).toBe(6);
  });

  it("takes the rule set as its last argument: a 6/2022 Baik meets expectation (box 8 with high potential)", () => {
    expect(cell("KOTAK_TALENTA", "Baik", "tinggi", "PERMENPANRB6")).toBe(8);
    expect(cell("KOTAK_TALENTA", "Baik", "tinggi")).toBe(9);
    expect(cell("KOTAK_TALENTA", "Cukup", "tinggi", "PERMENPANRB6")).toBe(6);
    expect(cell("KOTAK_TALENTA", "Cukup", "tinggi", "PP46")).toBe(8);
  });

  it("refuses a numeric potential score: the cut-offs are the agency's, not a silent default", () => {
    expectValueError(cell("KOTAK_TALENTA", "sesuai", 85), "potensial", "batas");
  });

  it("answers an unknown kinerja with #VALUE! naming it and the accepted words", () => {
    expectValueError(cell("KOTAK_TALENTA", "luar biasa", "tinggi"), "kinerja", "luar biasa", "di atas ekspektasi");
  });
});

describe("REKOMENDASI_TALENTA", () => {
  describeBroadcastContract({
    name: "REKOMENDASI_TALENTA",
    args: [9],
    result: REKOMENDASI_9,
    column: { arg: 0, values: [9, 1, 5], results: [REKOMENDASI_9, REKOMENDASI_1, REKOMENDASI_5], bad: 10, badMentions: ["kotak", "1–9", "10"] },
  });

  it("gives a Tabel 28 text for every box 1–9", () => {
    const out = evaluate("REKOMENDASI_TALENTA", col(1, 2, 3, 4, 5, 6, 7, 8, 9));
    for (const [text] of out) expect(typeof text === "string" && text.length > 10).toBe(true);
    expect(new Set(out.map((r) => r[0])).size).toBe(9);
    expect(out[7][0]).toContain("Masuk Kelompok Rencana Suksesi Instansi");
  });

  it('reads text numbers "9" and "9,0" and chains with KOTAK_TALENTA', () => {
    expect(cell("REKOMENDASI_TALENTA", "9")).toBe(REKOMENDASI_9);
    expect(cell("REKOMENDASI_TALENTA", "9,0")).toBe(REKOMENDASI_9);
    expect(cell("REKOMENDASI_TALENTA", cell("KOTAK_TALENTA", "di atas", "tinggi"))).toBe(REKOMENDASI_9);
  });

  it("rejects boxes that are not whole numbers 1–9", () => {
    for (const bad of [0, 9.5, -1, "sembilan"]) expectValueError(cell("REKOMENDASI_TALENTA", bad), "kotak");
  });
});

describe("PENGHARGAAN", () => {
  describeBroadcastContract({
    name: "PENGHARGAAN",
    args: ["Sangat Baik", "Sangat Baik"],
    result: "Prioritas Talent Pool",
    column: {
      arg: 1,
      values: ["Sangat Baik", "Baik", "Cukup"],
      results: ["Prioritas Talent Pool", "Prioritas Pengembangan Kompetensi", "Tidak Ada"],
      bad: "oke",
      badMentions: ["predikat_tahun_lalu", "oke"],
    },
  });

  it("Sangat Baik twice → talent pool; Baik or better twice → competency development; otherwise none", () => {
    expect(cell("PENGHARGAAN", "Baik", "Baik")).toBe("Prioritas Pengembangan Kompetensi");
    expect(cell("PENGHARGAAN", "Baik", "Sangat Baik")).toBe("Prioritas Pengembangan Kompetensi");
    expect(cell("PENGHARGAAN", "Sangat Baik", "Butuh Perbaikan")).toBe("Tidak Ada");
    expect(cell("PENGHARGAAN", "Kurang/Misconduct", "Sangat Baik")).toBe("Tidak Ada");
  });

  it("accepts the words in any case and spacing", () => {
    expect(cell("PENGHARGAAN", "sangat baik", "SANGAT  BAIK")).toBe("Prioritas Talent Pool");
  });

  it("answers an unknown predikat with #VALUE! naming predikat", () => {
    expectValueError(cell("PENGHARGAAN", "Top", "Baik"), "predikat", "Top");
    expectValueError(cell("PENGHARGAAN", 95, "Baik"), "predikat");
  });
});

describe("JENIS_PENGHARGAAN", () => {
  const SANGAT_BAIK = [
    "Talent Pool/Promosi/Fast Track",
    "Prioritas Pengembangan Kompetensi",
    "Talent Mobility/Rotasi/Pengayaan Jabatan",
    "Work/Life Program",
    "Flexible Reward",
    "Insentif/Tunjangan Kinerja/Bonus/Jasa Produksi",
    "Kemudahan Pinjaman",
  ];
  const BAIK = ["Prioritas Pengembangan Kompetensi", "Talent Mobility/Rotasi/Pengayaan Jabatan", "Flexible Reward"];

  it("spills Sangat Baik across 7 columns and Baik across 3 (LAN Tabel 31)", () => {
    expect(evaluate("JENIS_PENGHARGAAN", "Sangat Baik")).toEqual([SANGAT_BAIK]);
    expect(evaluate("JENIS_PENGHARGAAN", "Baik")).toEqual([BAIK]);
    expect(evaluate("JENIS_PENGHARGAAN", "Cukup")).toEqual([["Tidak Ada"]]);
  });

  it('gives a column of mixed predikat one row each, padded with "" to the widest row', () => {
    const out = evaluate("JENIS_PENGHARGAAN", col("Sangat Baik", "baik", "Butuh Perbaikan", null));
    expect(shape(out)).toEqual([4, 7]);
    expect(out[0]).toEqual(SANGAT_BAIK);
    expect(out[1]).toEqual([...BAIK, "", "", "", ""]);
    expect(out[2]).toEqual(["Tidak Ada", "", "", "", "", "", ""]);
    expect(out[3]).toEqual(["", "", "", "", "", "", ""]);
  });

  it("narrows to the widest row when nobody is Sangat Baik", () => {
    expect(shape(evaluate("JENIS_PENGHARGAAN", col("Baik", "Kurang")))).toEqual([2, 3]);
  });

  it("puts an unknown predikat or an Excel error in its own row only", () => {
    for (const bad of ["Hebat", NA_OBJECT, NA_TEXT]) {
      const out = evaluate("JENIS_PENGHARGAAN", col("Baik", bad, "Sangat Baik"));
      expect(shape(out)).toEqual([3, 7]);
      expect(out[0].slice(0, 3)).toEqual(BAIK);
      expectValueError(out[1][0], "predikat");
      expect(out[1].slice(1)).toEqual(["", "", "", "", "", ""]);
      expect(out[2]).toEqual(SANGAT_BAIK);
    }
  });

  it('accepts "sangat baik" and "SANGAT  BAIK"', () => {
    expect(evaluate("JENIS_PENGHARGAAN", "sangat baik")).toEqual([SANGAT_BAIK]);
    expect(evaluate("JENIS_PENGHARGAAN", "SANGAT  BAIK")).toEqual([SANGAT_BAIK]);
  });

  it("answers a range of more than one column with a single #VALUE!", () => {
    const out = evaluate("JENIS_PENGHARGAAN", [
      ["Sangat Baik", "Baik"],
      ["Baik", "Cukup"],
    ]);
    expect(shape(out)).toEqual([1, 1]);
    expectValueError(out[0][0], "predikat", "satu kolom");
    expectValueError(cell("JENIS_PENGHARGAAN", row("Baik", "Cukup")), "predikat");
  });

  it("leaves a blank predikat blank, so a column with empty rows spills cleanly", () => {
    expect(evaluate("JENIS_PENGHARGAAN", null)).toEqual([[""]]);
    expect(evaluate("JENIS_PENGHARGAAN", "  ")).toEqual([[""]]);
  });
});

describe("ANGKA_KREDIT", () => {
  describeBroadcastContract({
    name: "ANGKA_KREDIT",
    args: ["Baik", "Ahli Muda", 12],
    result: 25,
    column: {
      arg: 0,
      values: ["Sangat Baik", "Baik", "Butuh Perbaikan", "Kurang/Misconduct", "Sangat Kurang"],
      results: [37.5, 25, 18.75, 12.5, 6.25],
      bad: "Luar Biasa",
      badMentions: ["predikat", "Luar Biasa"],
    },
    defaults: { bulan: 12 },
  });

  it("follows DOMAIN §7/§10: Ahli Pertama Sangat Baik 12 months → 18.75; Baik 2 months → 2.08; Ahli Muda Baik → 25", () => {
    expect(cell("ANGKA_KREDIT", "Sangat Baik", "Ahli Pertama", 12)).toBe(18.75);
    expect(cell("ANGKA_KREDIT", "Baik", "Ahli Pertama", 2)).toBe(2.08);
    expect(cell("ANGKA_KREDIT", "Baik", "Ahli Muda")).toBe(25);
  });

  it("uses each jenjang's annual coefficient", () => {
    const jenjang = ["Pemula", "Terampil", "Mahir", "Penyelia", "Ahli Pertama", "Ahli Muda", "Ahli Madya", "Ahli Utama"];
    expectCells(evaluate("ANGKA_KREDIT", "Baik", col(...jenjang)), col(3.75, 5, 12.5, 25, 12.5, 25, 37.5, 50));
  });

  it("accepts words in any case and spacing, and Cukup as Butuh Perbaikan", () => {
    expect(cell("ANGKA_KREDIT", "baik", "AHLI  MUDA")).toBe(25);
    expect(cell("ANGKA_KREDIT", "Cukup", "ahli muda")).toBe(18.75);
  });

  it('reads text numbers for bulan: "6" and "6,0"', () => {
    expect(cell("ANGKA_KREDIT", "Baik", "Ahli Muda", "6")).toBe(12.5);
    expect(cell("ANGKA_KREDIT", "Baik", "Ahli Muda", "6,0")).toBe(12.5);
  });

  it("rejects months outside 1–12 or not whole and an unknown jenjang", () => {
    for (const bulan of [0, 13, 6.5]) expectValueError(cell("ANGKA_KREDIT", "Baik", "Ahli Muda", bulan), "bulan", "1–12");
    expectValueError(cell("ANGKA_KREDIT", "Baik", "Ahli Super"), "jenjang", "Ahli Super", "Ahli Muda");
  });
});
