import {
  parsePolriAward,
  parsePolriPenalty,
  polriFaktorGenerik,
  polriFaktorSpesifik,
  polriNilaiAkhir,
  POLRI_LEVEL,
  PolriPredikat,
  predikatPolri,
} from "../../src/core/polri";
import { expectFailure, okValue } from "./support";

describe("Polri predikat (Rentang Nilai, rounded half up first)", () => {
  const cases: Array<[number, PolriPredikat]> = [
    [100, "Sangat Baik"],
    [81, "Sangat Baik"],
    [80.5, "Sangat Baik"],
    [80.49, "Baik"],
    [80, "Baik"],
    [71, "Baik"],
    [70.5, "Baik"],
    [70.49, "Cukup"],
    [61, "Cukup"],
    [60.5, "Cukup"],
    [60.49, "Kurang"],
    [60, "Kurang"],
    [0, "Kurang"],
  ];
  test.each(cases)("nilai %p → %s", (nilai, expected) => {
    expect(okValue(predikatPolri(nilai))).toBe(expected);
  });

  test("above 100 is invalid", () => {
    expectFailure(predikatPolri(100.01), "invalid", /nilai/);
  });

  test("below 0 is invalid", () => {
    expectFailure(predikatPolri(-1), "invalid", /nilai/);
  });

  test("Kurang is the shared level 2 (Polri has no fifth band)", () => {
    expect(POLRI_LEVEL).toEqual({ "Sangat Baik": 5, Baik: 4, Cukup: 3, Kurang: 2 });
  });
});

describe("Polri faktor spesifik: (TW + TW) / 2 × 80 % + tugas tambahan × 4, at most 100", () => {
  test("kontrak 90 and 80, two additional tasks → 68 + 8 = 76", () => {
    expect(okValue(polriFaktorSpesifik(90, 80, 2))).toBeCloseTo(76, 10);
  });

  test("full contract without additional tasks → 80", () => {
    expect(okValue(polriFaktorSpesifik(100, 100, 0))).toBeCloseTo(80, 10);
  });

  test("full contract with five tasks reaches exactly 100", () => {
    expect(okValue(polriFaktorSpesifik(100, 100, 5))).toBeCloseTo(100, 10);
  });

  test("six tasks would give 104: capped at 100", () => {
    expect(okValue(polriFaktorSpesifik(100, 100, 6))).toBe(100);
  });

  test("contract score above 100 is invalid", () => {
    expectFailure(polriFaktorSpesifik(101, 80, 0), "invalid", /kontrak_tw1/);
  });

  test("negative second-quarter score is invalid", () => {
    expectFailure(polriFaktorSpesifik(80, -1, 0), "invalid", /kontrak_tw2/);
  });

  test("a fractional task count is invalid", () => {
    expectFailure(polriFaktorSpesifik(80, 80, 1.5), "invalid", /jumlah_tugas_tambahan/);
  });

  test("a negative task count is invalid", () => {
    expectFailure(polriFaktorSpesifik(80, 80, -1), "invalid", /jumlah_tugas_tambahan/);
  });
});

describe("Polri faktor generik: PKA × 60 % + PKA rekan × 20 % (≤ 80) + award (≤ 20) − penalty", () => {
  test("PKA 90 and 80, President's award 15, ethics breach 12 → 54 + 16 + 15 − 12 = 73", () => {
    expect(okValue(polriFaktorGenerik(90, 80, 15, 12))).toBeCloseTo(73, 10);
  });

  test("both PKA at 100 make the 80 ceiling of the PKA part", () => {
    expect(okValue(polriFaktorGenerik(100, 100, 0, 0))).toBeCloseTo(80, 10);
  });

  test("award points above 20 count 20", () => {
    expect(okValue(polriFaktorGenerik(50, 50, 27, 0))).toBeCloseTo(60, 10);
    expect(okValue(polriFaktorGenerik(50, 50, 20, 0))).toBeCloseTo(60, 10);
  });

  test("two awards add up below the cap: President 15 + Polres 3 = 18", () => {
    expect(okValue(polriFaktorGenerik(50, 50, 18, 0))).toBeCloseTo(58, 10);
  });

  test("maximum PKA plus capped award is 100", () => {
    expect(okValue(polriFaktorGenerik(100, 100, 40, 0))).toBeCloseTo(100, 10);
  });

  test("a penalty subtracts its points", () => {
    expect(okValue(polriFaktorGenerik(100, 100, 20, 15))).toBeCloseTo(85, 10);
    expect(okValue(polriFaktorGenerik(100, 100, 0, 6))).toBeCloseTo(74, 10);
  });

  test("without peer ratings the rater's PKA counts 80 %", () => {
    expect(okValue(polriFaktorGenerik(90, undefined, 0, 0))).toBeCloseTo(72, 10);
    expect(okValue(polriFaktorGenerik(100, undefined, 0, 0))).toBeCloseTo(80, 10);
  });

  test("a penalty larger than the score leaves 0, not a negative FG", () => {
    expect(okValue(polriFaktorGenerik(10, undefined, 0, 15))).toBe(0);
  });

  test("rater PKA above 100 is invalid", () => {
    expectFailure(polriFaktorGenerik(101, 80, 0, 0), "invalid", /pka_penilai/);
  });

  test("negative peer PKA is invalid", () => {
    expectFailure(polriFaktorGenerik(80, -1, 0, 0), "invalid", /pka_rekan/);
  });

  test("negative award points are invalid", () => {
    expectFailure(polriFaktorGenerik(80, 80, -3, 0), "invalid", /penghargaan/);
  });

  test("negative penalty points are invalid", () => {
    expectFailure(polriFaktorGenerik(80, 80, 0, -6), "invalid", /hukuman/);
  });
});

describe("Polri award and penalty words", () => {
  test.each([
    ["Presiden", 15],
    ["Kapolri", 12],
    ["menteri", 12],
    ["Mabes", 9],
    ["Kapolda", 6],
    ["Gubernur", 6],
    ["Polres", 3],
    ["Bupati", 3],
  ])("award %s → %p points", (word, points) => {
    expect(parsePolriAward(word)).toBe(points);
  });

  test.each([
    ["Pidana", 15],
    ["Kode Etik", 12],
    ["hukuman disiplin", 9],
    ["TINDAKAN DISIPLIN", 6],
  ])("penalty %s → %p points", (word, points) => {
    expect(parsePolriPenalty(word)).toBe(points);
  });

  test("unknown words are not points", () => {
    expect(parsePolriAward("camat")).toBeUndefined();
    expect(parsePolriPenalty("teguran")).toBeUndefined();
  });
});

describe("Polri final score: FS × 60 % + FG × 40 %, at most 100", () => {
  test("FS 76, FG 73 → 45.6 + 29.2 = 74.8", () => {
    expect(okValue(polriNilaiAkhir(76, 73))).toBeCloseTo(74.8, 10);
  });

  test("both at 100 → 100, never more", () => {
    expect(okValue(polriNilaiAkhir(100, 100))).toBe(100);
  });

  test("both 0 → 0", () => {
    expect(okValue(polriNilaiAkhir(0, 0))).toBe(0);
  });

  test("FS above 100 is invalid", () => {
    expectFailure(polriNilaiAkhir(100.5, 80), "invalid", /fs/);
  });

  test("negative FG is invalid", () => {
    expectFailure(polriNilaiAkhir(80, -1), "invalid", /fg/);
  });
});
