/**
 * Predikat & Distribusi: PREDIKAT, PREDIKAT_KUADRAN, CEK_DISTRIBUSI, EKSPEKTASI,
 * PERINGKAT_DISTRIBUSI (DOMAIN §4, §5).
 */
import { CATALOGUE } from "../../src/functions/catalogue";
import {
  cell,
  col,
  describeBroadcastContract,
  evaluate,
  expectCells,
  expectNotAvailable,
  expectValueError,
  NA_OBJECT,
  NA_TEXT,
  row,
  shape,
} from "./support";

const repeat = (word: string, n: number): string[] => new Array(n).fill(word);

describe("PREDIKAT", () => {
  describeBroadcastContract({
    name: "PREDIKAT",
    args: [112, true],
    result: "Sangat Baik",
    column: {
      arg: 0,
      values: [112, 109.99, 90, 89.99, 70, 50, 49.99, 0, 120],
      results: ["Sangat Baik", "Baik", "Baik", "Cukup", "Cukup", "Kurang", "Sangat Kurang", "Sangat Kurang", "Sangat Baik"],
      bad: 120.5,
      badMentions: ["nilai", "120"],
    },
    defaults: { inovasi: false, aturan: "PP30" },
  });

  it("PP30 (default): 110 or more is Sangat Baik only with innovation, otherwise Baik", () => {
    expect(cell("PREDIKAT", 112)).toBe("Baik");
    expect(cell("PREDIKAT", 110, true)).toBe("Sangat Baik");
    expect(cell("PREDIKAT", 110, false, "PP30")).toBe("Baik");
    expect(cell("PREDIKAT", 95, true)).toBe("Baik");
  });

  it('reads inovasi as TRUE, 1, "ya", "benar" (any case) and FALSE, 0, "tidak"', () => {
    for (const yes of [true, 1, "ya", "Ya", "BENAR", " benar "]) expect(cell("PREDIKAT", 112, yes)).toBe("Sangat Baik");
    for (const no of [false, 0, "tidak", "salah"]) expect(cell("PREDIKAT", 112, no)).toBe("Baik");
    expectValueError(cell("PREDIKAT", 112, "mungkin"), "inovasi", "mungkin");
  });

  it("PP46 (Pasal 17): Sangat Baik > 90, Baik > 75, Cukup > 60, Kurang > 50, Buruk ≤ 50", () => {
    const values = [120, 90.5, 90.01, 90, 75.5, 75.01, 75, 60.5, 60.01, 60, 50.5, 50.01, 50, 0];
    const labels = ["Sangat Baik", "Sangat Baik", "Sangat Baik", "Baik", "Baik", "Baik", "Cukup", "Cukup", "Cukup", "Kurang", "Kurang", "Kurang", "Buruk", "Buruk"];
    expectCells(evaluate("PREDIKAT", col(...values), null, "PP46"), col(...labels));
  });

  it("KEMENKEU (Tabel 24, each row from its lower bound): Sangat Baik ≥ 91, Baik 76–<91, Cukup 61–<76, Kurang 51–<61, Buruk < 51", () => {
    expect(cell("PREDIKAT", 90.5, null, "KEMENKEU")).toBe("Baik");
    expect(cell("PREDIKAT", 91, null, "KEMENKEU")).toBe("Sangat Baik");
    const values = [120, 91, 90.99, 90.5, 90, 76, 75.5, 61, 60.5, 51, 50.5, 50, 0];
    const labels = ["Sangat Baik", "Sangat Baik", "Baik", "Baik", "Baik", "Baik", "Cukup", "Cukup", "Kurang", "Kurang", "Buruk", "Buruk", "Buruk"];
    expectCells(evaluate("PREDIKAT", col(...values), null, "KEMENKEU"), col(...labels));
  });

  it("KEMENKEU: NSKP 95,5 and NP 82 give NPKP 90,1, which Tabel 24 calls Baik (PP 46 would say Sangat Baik)", () => {
    expect(cell("NPKP", 95.5, 82)).toBeCloseTo(90.1, 10);
    expect(cell("PREDIKAT", 90.1, null, "KEMENKEU")).toBe("Baik");
    expect(cell("PREDIKAT", 90.1, null, "PP46")).toBe("Sangat Baik");
  });

  it("the help gives both readings", () => {
    const help = CATALOGUE.find((f) => f.name === "PREDIKAT")!.description;
    expect(help).toMatch(/PP46.*Sangat Baik >90/);
    expect(help).toMatch(/KEMENKEU.*Tabel 24.*Sangat Baik ≥91, Baik 76–<91/);
  });

  it("POLRI rounds half up first: 80,5 → 81 Sangat Baik, 80,49 → Baik; scale 0–100", () => {
    const values = [100, 80.5, 80.49, 70.5, 70.49, 60.5, 60.49, 0];
    const labels = ["Sangat Baik", "Sangat Baik", "Baik", "Baik", "Cukup", "Cukup", "Kurang", "Kurang"];
    expectCells(evaluate("PREDIKAT", col(...values), null, "POLRI"), col(...labels));
    expectValueError(cell("PREDIKAT", 101, null, "POLRI"), "nilai", "100");
  });

  it("accepts the rule-set names in any case and spacing", () => {
    for (const aturan of ["pp46", "PP 46/2011", " Pp46 "]) expect(cell("PREDIKAT", 76, null, aturan)).toBe("Baik");
    for (const aturan of ["kemenkeu", "Kementerian Keuangan", "NPKP"]) expect(cell("PREDIKAT", 93, null, aturan)).toBe("Sangat Baik");
    for (const aturan of ["polri", "POLRI", "Kepolisian"]) expect(cell("PREDIKAT", 80.5, null, aturan)).toBe("Sangat Baik");
    for (const aturan of ["pp30", "PP 30/2019"]) expect(cell("PREDIKAT", 112, true, aturan)).toBe("Sangat Baik");
  });

  it("sends PERMENPANRB6 (which has no numeric scale) to PREDIKAT_KUADRAN", () => {
    for (const aturan of ["PERMENPANRB6", "PermenPANRB 6/2022", "kuadran", "e-Kinerja"]) {
      expectValueError(cell("PREDIKAT", 95, null, aturan), "PREDIKAT_KUADRAN", "6/2022");
    }
  });

  it("answers an unknown rule set with #VALUE! listing the accepted ones", () => {
    expectValueError(cell("PREDIKAT", 95, null, "PP99"), "aturan", "PP99", "PP30", "PP46", "KEMENKEU", "POLRI");
  });

  it("spills a column of rule sets against one score", () => {
    expectCells(evaluate("PREDIKAT", 91, null, col("PP30", "PP46", "POLRI", "PP-99")), col("Baik", "Sangat Baik", "Sangat Baik", "#VALUE!"));
  });

  it('reads text numbers "112", "95,5" and "95%"', () => {
    expect(cell("PREDIKAT", "112", "ya")).toBe("Sangat Baik");
    expect(cell("PREDIKAT", "89,99")).toBe("Cukup");
    expect(cell("PREDIKAT", "95%", null, "PP46")).toBe("Sangat Baik");
  });

  it("rejects scores outside 0–120 and words in place of a score", () => {
    expectValueError(cell("PREDIKAT", -0.01), "nilai");
    expectValueError(cell("PREDIKAT", "baik"), "nilai", "baik");
  });
});

describe("PREDIKAT_KUADRAN", () => {
  describeBroadcastContract({
    name: "PREDIKAT_KUADRAN",
    args: ["di atas ekspektasi", "sesuai ekspektasi"],
    result: "Baik",
    column: {
      arg: 1,
      values: ["di bawah ekspektasi", "sesuai ekspektasi", "di atas ekspektasi"],
      results: ["Kurang/Misconduct", "Baik", "Sangat Baik"],
      bad: "lumayan",
      badMentions: ["perilaku", "lumayan"],
    },
  });

  it("follows the PermenPANRB 6/2022 quadrant table cell by cell", () => {
    const ratings = ["di atas", "sesuai", "di bawah"];
    const out = evaluate("PREDIKAT_KUADRAN", col(...ratings.flatMap((h) => [h, h, h])), col(...ratings.flatMap(() => ["di bawah", "sesuai", "di atas"])));
    expectCells(
      out,
      col(
        "Kurang/Misconduct", "Baik", "Sangat Baik",
        "Kurang/Misconduct", "Baik", "Baik",
        "Sangat Kurang", "Butuh Perbaikan", "Butuh Perbaikan",
      ),
    );
  });

  it('accepts "di atas ekspektasi", "diatas", "DI  ATAS", "Sesuai", "dibawah" and a predikat as the rating', () => {
    for (const h of ["di atas ekspektasi", "Di Atas Ekspektasi", "diatas", "DI  ATAS", "di atas", "Sangat Baik", "baik"]) {
      expect(cell("PREDIKAT_KUADRAN", h, "Sesuai")).toBe("Baik");
    }
    expect(cell("PREDIKAT_KUADRAN", "dibawah", "di bawah ekspektasi")).toBe("Sangat Kurang");
  });

  it("answers an unknown rating with #VALUE! naming hasil_kerja and the accepted words", () => {
    expectValueError(cell("PREDIKAT_KUADRAN", "bagus", "sesuai"), "hasil_kerja", "bagus", "di atas ekspektasi");
    expectValueError(cell("PREDIKAT_KUADRAN", 95, "sesuai"), "hasil_kerja", "95");
  });
});

describe("EKSPEKTASI", () => {
  describeBroadcastContract({
    name: "EKSPEKTASI",
    args: ["Cukup"],
    result: "Sesuai Ekspektasi",
    defaults: { aturan: null },
    column: {
      arg: 0,
      values: ["Sangat Baik", "Baik", "Cukup", "Kurang", "Sangat Kurang", "Butuh Perbaikan", "Kurang/Misconduct", "Buruk"],
      // Without a rule set: PP 30/2019's table for shared words, 6/2022's reading for its own.
      results: [
        "Di Atas Ekspektasi", "Di Atas Ekspektasi", "Sesuai Ekspektasi", "Sesuai Ekspektasi",
        "Di Bawah Ekspektasi", "Di Bawah Ekspektasi", "Di Bawah Ekspektasi", "Di Bawah Ekspektasi",
      ],
      bad: "hebat",
      badMentions: ["predikat", "hebat"],
    },
  });

  it('accepts "sangat baik", "SANGAT  BAIK", "Sangat-Baik"', () => {
    for (const p of ["sangat baik", "SANGAT  BAIK", " Sangat Baik ", "Sangat-Baik"]) expect(cell("EKSPEKTASI", p)).toBe("Di Atas Ekspektasi");
  });

  it("reads Kurang/Misconduct in officers' spellings as Di Bawah Ekspektasi", () => {
    for (const p of ["Kurang/Misconduct", "KURANG/ MISCONDUCT", "Kurang / Misconduct", "Misconduct"]) expect(cell("EKSPEKTASI", p)).toBe("Di Bawah Ekspektasi");
  });

  it("takes the rule set as its last argument: PermenPANRB 6/2022 reads Baik as Sesuai, PP 30/2019 as Di Atas", () => {
    expect(cell("EKSPEKTASI", "Baik", "PERMENPANRB6")).toBe("Sesuai Ekspektasi");
    expect(cell("EKSPEKTASI", "Baik", "PermenPANRB 6/2022")).toBe("Sesuai Ekspektasi");
    expect(cell("EKSPEKTASI", "Baik", "PP30")).toBe("Di Atas Ekspektasi");
    expect(cell("EKSPEKTASI", "Sangat Baik", "PERMENPANRB6")).toBe("Di Atas Ekspektasi");
    expect(cell("EKSPEKTASI", "Cukup", "PERMENPANRB6")).toBe("Di Bawah Ekspektasi");
    expect(cell("EKSPEKTASI", "Cukup", "KEMENKEU")).toBe("Sesuai Ekspektasi");
    expectValueError(cell("EKSPEKTASI", "Baik", "PP99"), "aturan", "PP99");
  });

  it("answers a number with #VALUE! naming predikat", () => {
    expectValueError(cell("EKSPEKTASI", 95), "predikat", "95");
  });
});

describe("CEK_DISTRIBUSI", () => {
  const unit = (...groups: [string, number][]) => col(...groups.flatMap(([w, n]) => repeat(w, n)));

  it('answers "Sesuai" for the help example as one cell', () => {
    const out = evaluate("CEK_DISTRIBUSI", col("Sangat Baik", "Baik", "Baik", "Butuh Perbaikan"), "Baik");
    expectCells(out, [["Sesuai"]]);
  });

  it("Istimewa: Sangat Baik at most 70%", () => {
    expect(cell("CEK_DISTRIBUSI", unit(["Sangat Baik", 7], ["Baik", 3]), "Istimewa")).toBe("Sesuai");
    const text = cell("CEK_DISTRIBUSI", unit(["Sangat Baik", 8], ["Baik", 2]), "Istimewa");
    expect(text).toBe("Predikat organisasi Istimewa: Sangat Baik paling banyak 70%; tertulis 8 dari 10 pegawai (80%).");
  });

  it("Baik: Baik at most 70% and at least one Butuh Perbaikan or Kurang/Misconduct", () => {
    expect(cell("CEK_DISTRIBUSI", unit(["Sangat Baik", 2], ["Baik", 7], ["Butuh Perbaikan", 1]), "Baik")).toBe("Sesuai");
    expect(cell("CEK_DISTRIBUSI", unit(["Baik", 9], ["Kurang/Misconduct", 1]), "Baik")).toMatch(/^Predikat organisasi Baik: Baik paling banyak 70%; tertulis 9 dari 10/);
    const both = cell("CEK_DISTRIBUSI", unit(["Baik", 10]), "Baik") as string;
    expect(both).toContain("Baik paling banyak 70%; tertulis 10 dari 10 pegawai");
    expect(both).toContain("Butuh Perbaikan atau Kurang/Misconduct paling sedikit 1 orang; tertulis 0 dari 10 pegawai");
  });

  it("Butuh Perbaikan: Butuh Perbaikan at least 60%, Sangat Baik at most 10%", () => {
    expect(cell("CEK_DISTRIBUSI", unit(["Butuh Perbaikan", 6], ["Baik", 3], ["Sangat Baik", 1]), "Butuh Perbaikan")).toBe("Sesuai");
    const text = cell("CEK_DISTRIBUSI", unit(["Butuh Perbaikan", 5], ["Baik", 3], ["Sangat Baik", 2]), "Butuh Perbaikan") as string;
    expect(text).toContain("Butuh Perbaikan paling sedikit 60%; tertulis 5 dari 10 pegawai (50%)");
    expect(text).toContain("Sangat Baik paling banyak 10%; tertulis 2 dari 10 pegawai (20%)");
  });

  it("Kurang: Kurang/Misconduct at least 60%, Butuh Perbaikan at least 10%, Sangat Baik at most 10%", () => {
    expect(cell("CEK_DISTRIBUSI", unit(["Kurang/Misconduct", 6], ["Butuh Perbaikan", 1], ["Baik", 2], ["Sangat Baik", 1]), "Kurang")).toBe("Sesuai");
    const text = cell("CEK_DISTRIBUSI", unit(["Kurang/Misconduct", 6], ["Baik", 4]), "Kurang") as string;
    expect(text).toBe("Predikat organisasi Kurang: Butuh Perbaikan paling sedikit 10%; tertulis 0 dari 10 pegawai (0%).");
  });

  it("Sangat Kurang: Sangat Kurang at least 60%, Kurang or Butuh Perbaikan at least 10%, no Sangat Baik", () => {
    expect(cell("CEK_DISTRIBUSI", unit(["Sangat Kurang", 6], ["Kurang", 1], ["Baik", 3]), "Sangat Kurang")).toBe("Sesuai");
    const text = cell("CEK_DISTRIBUSI", unit(["Sangat Kurang", 6], ["Kurang", 1], ["Sangat Baik", 1], ["Baik", 2]), "Sangat Kurang");
    expect(text).toBe("Predikat organisasi Sangat Kurang: Sangat Baik tidak boleh ada; tertulis 1 dari 10 pegawai (10%).");
  });

  it("reads predikat words in any case and spacing, old and new names alike, and skips blank cells", () => {
    const cells = [["sangat baik", "BAIK"], ["Baik", null], ["  butuh   perbaikan ", ""], ["Cukup", "baik"]];
    expect(cell("CEK_DISTRIBUSI", cells, "baik")).toBe("Sesuai");
    expect(cell("CEK_DISTRIBUSI", unit(["Sangat Baik", 7], ["Baik", 3]), "sangat baik")).toBe("Sesuai");
    expect(cell("CEK_DISTRIBUSI", unit(["Buruk", 6], ["Cukup", 1]), "SANGAT  KURANG")).toBe("Sesuai");
  });

  it("answers an unknown predikat, an Excel error or an empty unit with #VALUE! naming predikat", () => {
    expectValueError(cell("CEK_DISTRIBUSI", col("Baik", "Luar Biasa"), "Baik"), "predikat", "Luar Biasa");
    for (const error of [NA_OBJECT, NA_TEXT]) expectValueError(cell("CEK_DISTRIBUSI", col("Baik", error), "Baik"), "predikat", "#N/A");
    expectValueError(cell("CEK_DISTRIBUSI", col(null, ""), "Baik"), "predikat", "kosong");
    expectValueError(cell("CEK_DISTRIBUSI", null, "Baik"), "predikat");
  });

  it("answers a blank, unknown or erroneous predikat_organisasi with #VALUE! naming it", () => {
    expectValueError(cell("CEK_DISTRIBUSI", col("Baik"), null), "predikat_organisasi", "Istimewa");
    expectValueError(cell("CEK_DISTRIBUSI", col("Baik"), ""), "predikat_organisasi");
    expectValueError(cell("CEK_DISTRIBUSI", col("Baik"), "Hebat"), "predikat_organisasi", "Hebat", "Istimewa");
    for (const error of [NA_OBJECT, NA_TEXT]) expectValueError(cell("CEK_DISTRIBUSI", col("Baik"), error), "predikat_organisasi", "#N/A");
  });
});

describe("PERINGKAT_DISTRIBUSI", () => {
  const twenty = Array.from({ length: 20 }, (_, i) => 100 - i);
  const count = (cells: readonly unknown[], text: string) => cells.filter((c) => c === text).length;

  it("ranks one NKP within its unit (help example)", () => {
    expect(cell("PERINGKAT_DISTRIBUSI", 95, col(95, 90, 85, 80, 75, 70, 65))).toBe("Kinerja Terbaik");
    expect(cell("PERINGKAT_DISTRIBUSI", 65, col(95, 90, 85, 80, 75, 70, 65))).toBe("Kinerja di Bawah Rata-rata");
    expect(cell("PERINGKAT_DISTRIBUSI", 80, col(95, 90, 85, 80, 75, 70, 65))).toBe("Kinerja Rata-rata");
  });

  it("follows DOMAIN §10: 20 employees at 15/70/15 → 3 Terbaik, 14 Rata-rata, 3 di Bawah, spilling 20×1", () => {
    const out = evaluate("PERINGKAT_DISTRIBUSI", col(...twenty), col(...twenty));
    expect(shape(out)).toEqual([20, 1]);
    const statuses = out.map((r) => r[0]);
    expect(count(statuses, "Kinerja Terbaik")).toBe(3);
    expect(count(statuses, "Kinerja Rata-rata")).toBe(14);
    expect(count(statuses, "Kinerja di Bawah Rata-rata")).toBe(3);
    expect(statuses.slice(0, 3)).toEqual(repeat("Kinerja Terbaik", 3));
    expect(statuses.slice(17)).toEqual(repeat("Kinerja di Bawah Rata-rata", 3));
  });

  it("flags equal NKP straddling the 15% line instead of breaking the tie", () => {
    const tied = [100, 99, 98, 98, ...Array.from({ length: 16 }, (_, i) => 97 - i)];
    const out = evaluate("PERINGKAT_DISTRIBUSI", col(...tied), col(...tied));
    const statuses = out.map((r) => r[0]);
    expect(statuses.slice(0, 2)).toEqual(["Kinerja Terbaik", "Kinerja Terbaik"]);
    for (const tiedStatus of statuses.slice(2, 4)) {
      expect(tiedStatus).toMatch(/^Seri di batas: /);
      expect(tiedStatus).toContain("Kinerja Terbaik / Kinerja Rata-rata");
    }
    expect(statuses[4]).toBe("Kinerja Rata-rata");
  });

  it("keeps the shape of the nkp argument; semua_nkp is read whole and may be a row or 2-D", () => {
    expectCells(evaluate("PERINGKAT_DISTRIBUSI", row(100, 81), col(...twenty)), row("Kinerja Terbaik", "Kinerja di Bawah Rata-rata"));
    const grid = [twenty.slice(0, 10), twenty.slice(10)];
    expectCells(evaluate("PERINGKAT_DISTRIBUSI", [[100], [90]], grid), col("Kinerja Terbaik", "Kinerja Rata-rata"));
  });

  it("takes 15%/15% for blank shares and reads 20, 20% and 0,2 alike", () => {
    const base = evaluate("PERINGKAT_DISTRIBUSI", col(...twenty), col(...twenty));
    expect(evaluate("PERINGKAT_DISTRIBUSI", col(...twenty), col(...twenty), null, "")).toEqual(base);
    expect(evaluate("PERINGKAT_DISTRIBUSI", col(...twenty), col(...twenty), "15%", 0.15)).toEqual(base);
    for (const share of [20, "20%", "0,2", 0.2]) {
      const out = evaluate("PERINGKAT_DISTRIBUSI", col(...twenty), col(...twenty), share, share);
      expect(count(out.map((r) => r[0]), "Kinerja Terbaik")).toBe(4);
      expect(count(out.map((r) => r[0]), "Kinerja di Bawah Rata-rata")).toBe(4);
    }
  });

  it('reads text numbers "95,5" and "95%" in nkp and semua_nkp', () => {
    expect(cell("PERINGKAT_DISTRIBUSI", "95,5", col("95,5", 90, 85, 80, 75, 70, 65))).toBe("Kinerja Terbaik");
    expect(cell("PERINGKAT_DISTRIBUSI", 95.5, col("95,5", 90, 85, 80, 75, 70, 65))).toBe("Kinerja Terbaik");
    expect(cell("PERINGKAT_DISTRIBUSI", "95%", col(95, 90, 85, 80, 75, 70, 65))).toBe("Kinerja Terbaik");
  });

  it("answers an nkp that is not in semua_nkp with #N/A", () => {
    expectNotAvailable(cell("PERINGKAT_DISTRIBUSI", 99, col(95, 90)), "nkp", "99", "semua_nkp");
  });

  it("gives one bad nkp cell an error in its own position only", () => {
    const out = evaluate("PERINGKAT_DISTRIBUSI", col(100, "seratus", 81, 42), col(...twenty));
    expect(shape(out)).toEqual([4, 1]);
    expect(out[0][0]).toBe("Kinerja Terbaik");
    expectValueError(out[1][0], "nkp", "seratus");
    expect(out[2][0]).toBe("Kinerja di Bawah Rata-rata");
    expectNotAvailable(out[3][0], "42");
  });

  it("answers blank required arguments with #VALUE! naming them, skipping blank cells in semua_nkp", () => {
    expectValueError(cell("PERINGKAT_DISTRIBUSI", null, col(95, 90)), "nkp");
    expectValueError(cell("PERINGKAT_DISTRIBUSI", "", col(95, 90)), "nkp");
    expectValueError(cell("PERINGKAT_DISTRIBUSI", 95, null), "semua_nkp");
    expectValueError(cell("PERINGKAT_DISTRIBUSI", 95, col("", null)), "semua_nkp");
    expect(cell("PERINGKAT_DISTRIBUSI", 95, col(95, null, 90, "", 85, 80, 75, 70, 65))).toBe("Kinerja Terbaik");
  });

  it("answers Excel errors with #VALUE! naming the argument", () => {
    for (const error of [NA_OBJECT, NA_TEXT]) {
      expectValueError(cell("PERINGKAT_DISTRIBUSI", error, col(95, 90)), "nkp", "#N/A");
      expectValueError(cell("PERINGKAT_DISTRIBUSI", 95, col(95, error)), "semua_nkp", "#N/A");
      expectValueError(cell("PERINGKAT_DISTRIBUSI", 95, col(95, 90), error), "persen_atas", "#N/A");
      expectValueError(cell("PERINGKAT_DISTRIBUSI", 95, col(95, 90), null, error), "persen_bawah", "#N/A");
    }
  });

  it("rejects shares outside 0–100% or adding up to more than 100%", () => {
    expectValueError(cell("PERINGKAT_DISTRIBUSI", 95, col(95, 90), 150), "persen_atas");
    expectValueError(cell("PERINGKAT_DISTRIBUSI", 95, col(95, 90), "60%", "60%"), "persen_atas", "persen_bawah");
    expectValueError(cell("PERINGKAT_DISTRIBUSI", 95, col(95, "sembilan puluh")), "semua_nkp");
  });
});
