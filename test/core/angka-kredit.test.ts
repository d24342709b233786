import { angkaKredit, Jenjang, parseJenjang } from "../../src/core/angka-kredit";
import { PredikatLevel } from "../../src/core/predikat";
import { expectFailure, okValue } from "./support";

describe("angka kredit = (bulan ÷ 12) × predikat % × annual coefficient", () => {
  test("DOMAIN §10: Ahli Muda, Baik, 12 months → 25.00", () => {
    expect(okValue(angkaKredit(4, "Ahli Muda", 12))).toBe(25);
  });

  test("DOMAIN §7: Ahli Pertama, Sangat Baik, 12 months → 18.75", () => {
    expect(okValue(angkaKredit(5, "Ahli Pertama", 12))).toBe(18.75);
  });

  test("DOMAIN §7: Ahli Pertama, Baik, 2 months → 2.08 (two decimals)", () => {
    expect(okValue(angkaKredit(4, "Ahli Pertama", 2))).toBe(2.08);
  });

  test("months default to a full year", () => {
    expect(okValue(angkaKredit(4, "Ahli Muda"))).toBe(25);
  });

  const coefficients: Array<[Jenjang, number]> = [
    ["Pemula", 3.75],
    ["Terampil", 5],
    ["Mahir", 12.5],
    ["Penyelia", 25],
    ["Ahli Pertama", 12.5],
    ["Ahli Muda", 25],
    ["Ahli Madya", 37.5],
    ["Ahli Utama", 50],
  ];
  test.each(coefficients)("%s, Baik, 12 months → annual coefficient %p", (jenjang, koefisien) => {
    expect(okValue(angkaKredit(4, jenjang, 12))).toBe(koefisien);
  });

  const percentages: Array<[PredikatLevel, number]> = [
    [5, 37.5], // Sangat Baik 150 %
    [4, 25], // Baik 100 %
    [3, 18.75], // Butuh Perbaikan 75 %
    [2, 12.5], // Kurang/Misconduct 50 %
    [1, 6.25], // Sangat Kurang 25 %
  ];
  test.each(percentages)("Ahli Muda, level %p, 12 months → %p", (level, ak) => {
    expect(okValue(angkaKredit(level, "Ahli Muda", 12))).toBe(ak);
  });

  test("one month of Ahli Utama Sangat Baik → 50 × 150 % ÷ 12 = 6.25", () => {
    expect(okValue(angkaKredit(5, "Ahli Utama", 1))).toBe(6.25);
  });

  test("results are rounded to two decimals", () => {
    // 3.75 × 25 % × 1/12 = 0.078125
    expect(okValue(angkaKredit(1, "Pemula", 1))).toBe(0.08);
    // 5 × 75 % × 5/12 = 1.5625
    expect(okValue(angkaKredit(3, "Terampil", 5))).toBe(1.56);
    // 3.75 × 25 % × 6/12 = 0.46875
    expect(okValue(angkaKredit(1, "Pemula", 6))).toBe(0.47);
  });

  test("0 months is invalid", () => {
    expectFailure(angkaKredit(4, "Ahli Muda", 0), "invalid", /bulan/);
  });

  test("13 months is invalid", () => {
    expectFailure(angkaKredit(4, "Ahli Muda", 13), "invalid", /bulan/);
  });

  test("a fractional month is invalid", () => {
    expectFailure(angkaKredit(4, "Ahli Muda", 1.5), "invalid", /bulan/);
  });
});

describe("jenjang words", () => {
  test("case and spacing do not matter", () => {
    expect(parseJenjang("ahli muda")).toBe("Ahli Muda");
    expect(parseJenjang("AHLI  PERTAMA")).toBe("Ahli Pertama");
    expect(parseJenjang("penyelia")).toBe("Penyelia");
  });

  test("an incomplete name is not read", () => {
    expect(parseJenjang("Ahli")).toBeUndefined();
  });
});
