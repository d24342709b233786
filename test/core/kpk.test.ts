import { insentifKpk, NilaiKinerjaKpk, parseNilaiKpk } from "../../src/core/kpk";
import { expectFailure, okValue } from "./support";

const GAJI = 10_000_000;

describe("KPK incentive: annual A 2.5×, B 2×, C 1×, D/E none; monthly A 7 %, B 6.5 %, C 6 % of annual", () => {
  const cases: Array<[NilaiKinerjaKpk, number, number]> = [
    ["A", 25_000_000, 1_750_000],
    ["B", 20_000_000, 1_300_000],
    ["C", 10_000_000, 600_000],
    ["D", 0, 0],
    ["E", 0, 0],
  ];
  test.each(cases)("nilai %s on a 10,000,000 salary → annual %p, monthly %p", (nilai, tahunan, bulanan) => {
    expect(okValue(insentifKpk(nilai, GAJI, false))).toBeCloseTo(tahunan, 2);
    expect(okValue(insentifKpk(nilai, GAJI, true))).toBeCloseTo(bulanan, 2);
  });

  test("a zero salary gives zero", () => {
    expect(okValue(insentifKpk("A", 0, false))).toBe(0);
  });

  test("a negative salary is invalid", () => {
    expectFailure(insentifKpk("A", -1, false), "invalid", /gaji/);
  });

  test("a non-number salary is invalid", () => {
    expectFailure(insentifKpk("B", Number.NaN, true), "invalid", /gaji/);
  });
});

describe("KPK grade words", () => {
  test.each([
    ["a", "A"],
    ["Sangat Memuaskan", "A"],
    ["memuaskan", "B"],
    ["Cukup Memuaskan", "C"],
    ["kurang memuaskan", "D"],
    ["TIDAK MEMUASKAN", "E"],
  ])("%s → %s", (word, grade) => {
    expect(parseNilaiKpk(word)).toBe(grade);
  });

  test("an unknown grade is not read", () => {
    expect(parseNilaiKpk("F")).toBeUndefined();
  });
});
