import { nilaiKinerja, perilaku360, predikatPp30, PP30_LEVEL, Pp30Predikat } from "../../src/core/pp30-2019";
import { expectFailure, okValue } from "./support";

describe("PP 30/2019 Pasal 41(5) predikat", () => {
  const cases: Array<[number, boolean, Pp30Predikat]> = [
    [120, true, "Sangat Baik"],
    [120, false, "Baik"],
    [110, true, "Sangat Baik"],
    [110, false, "Baik"],
    [109.99, true, "Baik"],
    [109.99, false, "Baik"],
    [90, false, "Baik"],
    [90, true, "Baik"],
    [89.99, false, "Cukup"],
    [89.99, true, "Cukup"],
    [70, false, "Cukup"],
    [69.99, false, "Kurang"],
    [50, false, "Kurang"],
    [49.99, false, "Sangat Kurang"],
    [49.99, true, "Sangat Kurang"],
    [0, false, "Sangat Kurang"],
  ];
  test.each(cases)("nilai %p, inovasi %p → %s", (nilai, inovasi, expected) => {
    expect(okValue(predikatPp30(nilai, inovasi))).toBe(expected);
  });

  test("above 120 is invalid and the message names the score", () => {
    expectFailure(predikatPp30(120.01, true), "invalid", /nilai/);
  });

  test("below 0 is invalid", () => {
    expectFailure(predikatPp30(-0.01, false), "invalid", /nilai/);
  });

  test("a non-number is invalid", () => {
    expectFailure(predikatPp30(Number.NaN, false), "invalid", /nilai/);
  });

  test("the message uses the caller's argument name", () => {
    expectFailure(predikatPp30(130, false, "nilai_kinerja"), "invalid", /nilai_kinerja/);
  });

  test("levels run from Sangat Baik (5) to Sangat Kurang (1)", () => {
    expect(PP30_LEVEL).toEqual({ "Sangat Baik": 5, Baik: 4, Cukup: 3, Kurang: 2, "Sangat Kurang": 1 });
  });
});

describe("PP 30/2019 nilai kinerja (SKP × w + perilaku × (1 − w))", () => {
  test("DOMAIN §10: SKP 105, behaviour 95, superior only (70/30) → 102 → Baik", () => {
    const nilai = okValue(nilaiKinerja(105, 95, false));
    expect(nilai).toBe(102);
    expect(okValue(predikatPp30(nilai, false))).toBe("Baik");
  });

  test("DOMAIN §10: the same scores rated 360° (60/40) → 101", () => {
    expect(okValue(nilaiKinerja(105, 95, true))).toBe(101);
  });

  test("superior only weighs SKP 70 % and behaviour 30 %", () => {
    expect(okValue(nilaiKinerja(100, 0, false))).toBeCloseTo(70, 10);
    expect(okValue(nilaiKinerja(0, 100, false))).toBeCloseTo(30, 10);
  });

  test("360° weighs SKP 60 % and behaviour 40 %", () => {
    expect(okValue(nilaiKinerja(100, 0, true))).toBeCloseTo(60, 10);
    expect(okValue(nilaiKinerja(0, 100, true))).toBeCloseTo(40, 10);
  });

  test("both at the 120 ceiling give 120", () => {
    expect(okValue(nilaiKinerja(120, 120, false))).toBeCloseTo(120, 10);
    expect(okValue(nilaiKinerja(120, 120, true))).toBeCloseTo(120, 10);
  });

  test("a combined score landing exactly on a cut point gets that band's predikat", () => {
    // 71 × 0.7 + 1 × 0.3 = 50 exactly in decimals (49.99999999999999 in binary floating point).
    expect(okValue(predikatPp30(okValue(nilaiKinerja(71, 1, false)), false))).toBe("Kurang");
    expect(okValue(predikatPp30(okValue(nilaiKinerja(53, 43, false)), false))).toBe("Kurang");
    // 114 × 0.6 + 4 × 0.4 = 70 exactly.
    expect(okValue(predikatPp30(okValue(nilaiKinerja(114, 4, true)), false))).toBe("Cukup");
    // 82 × 0.6 + 2 × 0.4 = 50 exactly.
    expect(okValue(predikatPp30(okValue(nilaiKinerja(82, 2, true)), false))).toBe("Kurang");
  });

  test("SKP above 120 is invalid", () => {
    expectFailure(nilaiKinerja(120.01, 90, false), "invalid", /skp/);
  });

  test("negative behaviour is invalid", () => {
    expectFailure(nilaiKinerja(100, -1, true), "invalid", /perilaku/);
  });
});

describe("PP 30/2019 360° behaviour (superior 60 %, peers and subordinates 40 %)", () => {
  test("superior 100, peers 90 → 96", () => {
    expect(okValue(perilaku360(100, 90))).toBeCloseTo(96, 10);
  });

  test("superior alone at 100, peers 0 → 60", () => {
    expect(okValue(perilaku360(100, 0))).toBeCloseTo(60, 10);
  });

  test("superior score out of range is invalid", () => {
    expectFailure(perilaku360(121, 90), "invalid", /atasan/);
  });

  test("peer score out of range is invalid", () => {
    expectFailure(perilaku360(90, -5), "invalid", /rekan/);
  });
});
