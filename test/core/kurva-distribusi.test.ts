import {
  checkDistribution,
  DistributionCurve,
  KURVA_SE_03_2023,
  parsePredikatOrganisasi,
  PredikatOrganisasi,
} from "../../src/core/kurva-distribusi";
import { PredikatLevel } from "../../src/core/predikat";
import { expectFailure, okValue } from "./support";

/** A unit's employee predikat levels from head counts per level, e.g. unit({ 5: 7, 4: 3 }). */
function unit(counts: Partial<Record<PredikatLevel, number>>): PredikatLevel[] {
  const levels: PredikatLevel[] = [];
  for (const level of [5, 4, 3, 2, 1] as PredikatLevel[]) {
    for (let i = 0; i < (counts[level] ?? 0); i++) levels.push(level);
  }
  return levels;
}

/** The broken constraints as [levels, bound] pairs. */
function broken(levels: PredikatLevel[], organisasi: PredikatOrganisasi): Array<[readonly PredikatLevel[], string]> {
  return okValue(checkDistribution(levels, organisasi)).map((v) => [[...v.constraint.levels].sort(), v.constraint.bound]);
}

describe("distribution curve (SE MenPANRB 03/2023)", () => {
  describe("Istimewa: Sangat Baik at most 70 %", () => {
    test("7 of 10 Sangat Baik passes", () => {
      expect(broken(unit({ 5: 7, 4: 3 }), "Istimewa")).toEqual([]);
    });

    test("8 of 10 Sangat Baik fails, with the counts in the violation and its message", () => {
      const violations = okValue(checkDistribution(unit({ 5: 8, 4: 2 }), "Istimewa"));
      expect(violations).toHaveLength(1);
      expect(violations[0].constraint.levels).toEqual([5]);
      expect(violations[0].constraint.bound).toBe("max");
      expect(violations[0].actualCount).toBe(8);
      expect(violations[0].total).toBe(10);
      expect(violations[0].message).toMatch(/Istimewa/);
      expect(violations[0].message).toMatch(/Sangat Baik/);
      expect(violations[0].message).toMatch(/8 dari 10/);
    });
  });

  describe("Baik: Baik at most 70 %; at least one Butuh Perbaikan or Kurang/Misconduct", () => {
    test("7 Baik, 2 Sangat Baik, 1 Butuh Perbaikan passes", () => {
      expect(broken(unit({ 5: 2, 4: 7, 3: 1 }), "Baik")).toEqual([]);
    });

    test("one Kurang/Misconduct also satisfies 'at least one'", () => {
      expect(broken(unit({ 5: 2, 4: 7, 2: 1 }), "Baik")).toEqual([]);
    });

    test("8 of 10 Baik fails the 70 % ceiling only", () => {
      expect(broken(unit({ 5: 1, 4: 8, 3: 1 }), "Baik")).toEqual([[[4], "max"]]);
    });

    test("nobody at Butuh Perbaikan or Kurang/Misconduct fails the 'at least one' rule only", () => {
      expect(broken(unit({ 5: 3, 4: 7 }), "Baik")).toEqual([[[2, 3], "min"]]);
    });

    test("a Sangat Kurang does not count as Butuh Perbaikan or Kurang", () => {
      expect(broken(unit({ 5: 2, 4: 7, 1: 1 }), "Baik")).toEqual([[[2, 3], "min"]]);
    });
  });

  describe("Butuh Perbaikan: Butuh Perbaikan at least 60 %; Sangat Baik at most 10 %", () => {
    test("6 Butuh Perbaikan, 1 Sangat Baik, 3 Baik passes", () => {
      expect(broken(unit({ 5: 1, 4: 3, 3: 6 }), "Butuh Perbaikan")).toEqual([]);
    });

    test("5 of 10 Butuh Perbaikan fails the 60 % floor", () => {
      expect(broken(unit({ 5: 1, 4: 4, 3: 5 }), "Butuh Perbaikan")).toEqual([[[3], "min"]]);
    });

    test("2 of 10 Sangat Baik fails the 10 % ceiling", () => {
      expect(broken(unit({ 5: 2, 4: 2, 3: 6 }), "Butuh Perbaikan")).toEqual([[[5], "max"]]);
    });

    test("a share is of the unit's head count: 60 % of 7 is 4.2, so 4 is too few and 5 is enough", () => {
      expect(broken(unit({ 4: 3, 3: 4 }), "Butuh Perbaikan")).toEqual([[[3], "min"]]);
      expect(broken(unit({ 4: 2, 3: 5 }), "Butuh Perbaikan")).toEqual([]);
    });
  });

  describe("Kurang: Kurang/Misconduct at least 60 %; Butuh Perbaikan at least 10 %; Sangat Baik at most 10 %", () => {
    test("6 Kurang, 1 Butuh Perbaikan, 1 Sangat Baik, 2 Baik passes", () => {
      expect(broken(unit({ 5: 1, 4: 2, 3: 1, 2: 6 }), "Kurang")).toEqual([]);
    });

    test("5 of 10 Kurang fails the 60 % floor", () => {
      expect(broken(unit({ 5: 1, 4: 2, 3: 2, 2: 5 }), "Kurang")).toEqual([[[2], "min"]]);
    });

    test("no Butuh Perbaikan fails the 10 % floor", () => {
      expect(broken(unit({ 5: 1, 4: 2, 2: 7 }), "Kurang")).toEqual([[[3], "min"]]);
    });

    test("2 of 10 Sangat Baik fails the 10 % ceiling", () => {
      expect(broken(unit({ 5: 2, 4: 1, 3: 1, 2: 6 }), "Kurang")).toEqual([[[5], "max"]]);
    });
  });

  describe("Sangat Kurang: Sangat Kurang at least 60 %; Kurang or Butuh Perbaikan at least 10 %; no Sangat Baik", () => {
    test("6 Sangat Kurang, 1 Kurang, 3 Baik passes", () => {
      expect(broken(unit({ 4: 3, 2: 1, 1: 6 }), "Sangat Kurang")).toEqual([]);
    });

    test("a Butuh Perbaikan satisfies the 'Kurang or Butuh Perbaikan' rule too", () => {
      expect(broken(unit({ 4: 3, 3: 1, 1: 6 }), "Sangat Kurang")).toEqual([]);
    });

    test("5 of 10 Sangat Kurang fails the 60 % floor", () => {
      expect(broken(unit({ 4: 3, 2: 2, 1: 5 }), "Sangat Kurang")).toEqual([[[1], "min"]]);
    });

    test("neither Kurang nor Butuh Perbaikan fails the 10 % floor", () => {
      expect(broken(unit({ 4: 3, 1: 7 }), "Sangat Kurang")).toEqual([[[2, 3], "min"]]);
    });

    test("a single Sangat Baik fails 'no Sangat Baik', and the message says none is allowed", () => {
      const violations = okValue(checkDistribution(unit({ 5: 1, 4: 2, 2: 1, 1: 6 }), "Sangat Kurang"));
      expect(violations.map((v) => v.constraint.levels)).toEqual([[5]]);
      expect(violations[0].message).toMatch(/tidak boleh ada/);
    });
  });

  test("several broken constraints are all reported", () => {
    expect(broken(unit({ 5: 5, 4: 5 }), "Kurang")).toEqual([
      [[2], "min"],
      [[3], "min"],
      [[5], "max"],
    ]);
  });

  test("the curve is data an agency may replace (settings)", () => {
    const stricter: DistributionCurve = { ...KURVA_SE_03_2023, Istimewa: [{ levels: [5], bound: "max", percent: 50 }] };
    const levels = unit({ 5: 6, 4: 4 });
    expect(okValue(checkDistribution(levels, "Istimewa"))).toEqual([]);
    expect(okValue(checkDistribution(levels, "Istimewa", stricter))).toHaveLength(1);
  });

  test("an empty unit is invalid", () => {
    expectFailure(checkDistribution([], "Baik"), "invalid", /predikat/);
  });
});

describe("organisation predikat words", () => {
  test.each([
    ["Istimewa", "Istimewa"],
    ["sangat baik", "Istimewa"],
    ["BAIK", "Baik"],
    ["Butuh Perbaikan", "Butuh Perbaikan"],
    ["cukup", "Butuh Perbaikan"],
    ["Kurang", "Kurang"],
    ["Sangat Kurang", "Sangat Kurang"],
  ])("%s → %s", (word, expected) => {
    expect(parsePredikatOrganisasi(word)).toBe(expected);
  });

  test("an unknown word is not read", () => {
    expect(parsePredikatOrganisasi("memuaskan")).toBeUndefined();
  });
});
