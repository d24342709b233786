import { nilaiTertimbang } from "../../../src/core/kemenkeu/konsolidasi";
import { nkp } from "../../../src/core/kemenkeu/nilai";
import { STATUS_WARNA_MEANING, statusNpkp, StatusWarna, statusWarna } from "../../../src/core/kemenkeu/status";
import { predikatPp46, Pp46Predikat } from "../../../src/core/pp46-2011";
import { expectFailure, okValue } from "../support";

describe("status colour (Tabel 22): Hijau 100–120, Kuning 80–<100, Merah <80", () => {
  const cases: Array<[number, StatusWarna]> = [
    [120, "Hijau"],
    [100, "Hijau"],
    [99.99, "Kuning"],
    [80, "Kuning"],
    [79.99, "Merah"],
    [0, "Merah"],
  ];
  test.each(cases)("%p → %s", (nilai, expected) => {
    expect(okValue(statusWarna(nilai))).toBe(expected);
  });

  test("above 120 is invalid", () => {
    expectFailure(statusWarna(120.01), "invalid", /nilai/);
  });

  test("below 0 is invalid", () => {
    expectFailure(statusWarna(-0.01), "invalid", /nilai/);
  });

  test("meanings", () => {
    expect(STATUS_WARNA_MEANING).toEqual({
      Hijau: "Memenuhi ekspektasi",
      Kuning: "Belum memenuhi ekspektasi",
      Merah: "Tidak memenuhi ekspektasi",
    });
  });

  test("a computed NKP of exactly 80 is Kuning (CKP 101, NP 31 at 70/30)", () => {
    expect(okValue(statusWarna(okValue(nkp(101, 31))))).toBe("Kuning");
  });

  test("a weighted mean of indices all at 120 is Hijau, not out of range", () => {
    const nko = okValue(nilaiTertimbang([120, 120, 120, 120, 120, 120], [29.44, 32.82, 15.96, 5.73, 0.73, 15.32]));
    expect(okValue(statusWarna(nko))).toBe("Hijau");
  });
});

describe("NPKP status (Tabel 24 on 0–120, each row read from its lower bound)", () => {
  // Tabel 24 prints 91–120, 76–91, 61–76, 51–61, 0–50: x ≥ 91 SB · 76 ≤ x < 91 B · 61 ≤ x < 76 C · 51 ≤ x < 61 K · x < 51 Buruk.
  const cases: Array<[number, Pp46Predikat]> = [
    [120, "Sangat Baik"],
    [93, "Sangat Baik"],
    [91, "Sangat Baik"],
    [90.99, "Baik"],
    [90.5, "Baik"],
    [90.01, "Baik"],
    [76, "Baik"],
    [75.5, "Cukup"],
    [61, "Cukup"],
    [60.5, "Kurang"],
    [51, "Kurang"],
    [50.5, "Buruk"],
    [50, "Buruk"],
    [0, "Buruk"],
  ];
  test.each(cases)("%p → %s", (nilai, expected) => {
    expect(okValue(statusNpkp(nilai))).toBe(expected);
  });

  test("differs from PP 46/2011's decimal reading on purpose: 90,5 is Sangat Baik there, Baik here", () => {
    expect(okValue(predikatPp46(90.5))).toBe("Sangat Baik");
    expect(okValue(statusNpkp(90.5))).toBe("Baik");
  });

  test("above 120 is invalid", () => {
    expectFailure(statusNpkp(120.01), "invalid", /nilai/);
  });
});
