import { Aturan, ATURAN_INFO, AturanNilai, parseAturan, predikatByAturan, PredikatResult } from "../../src/core/aturan";
import { expectFailure, okValue } from "./support";

describe("rule set names", () => {
  test.each([
    ["PP30", "PP30"],
    ["PP 30/2019", "PP30"],
    ["pp30/2019", "PP30"],
    ["30/2019", "PP30"],
    ["PP46", "PP46"],
    ["PP 46/2011", "PP46"],
    ["46/2011", "PP46"],
    ["Kemenkeu", "KEMENKEU"],
    ["KMK 467/2014", "KEMENKEU"],
    ["NPKP", "KEMENKEU"],
    ["Kementerian Keuangan", "KEMENKEU"],
    ["Polri", "POLRI"],
    ["Perkap", "POLRI"],
    ["PermenPANRB 6/2022", "PERMENPANRB6"],
    ["kuadran", "PERMENPANRB6"],
    ["e-Kinerja", "PERMENPANRB6"],
  ])("%s → %s", (word, expected) => {
    expect(parseAturan(word)).toBe(expected);
  });

  test("an unknown rule set is not read", () => {
    expect(parseAturan("PP 99/2030")).toBeUndefined();
  });
});

describe("predikat by rule set", () => {
  const cases: Array<[AturanNilai, number, boolean, PredikatResult]> = [
    ["PP30", 110, true, { label: "Sangat Baik", level: 5 }],
    ["PP30", 110, false, { label: "Baik", level: 4 }],
    ["PP30", 89.99, true, { label: "Cukup", level: 3 }],
    ["PP30", 49.99, false, { label: "Sangat Kurang", level: 1 }],
    ["PP46", 90.01, false, { label: "Sangat Baik", level: 5 }],
    ["PP46", 90, true, { label: "Baik", level: 4 }],
    ["PP46", 60.01, false, { label: "Cukup", level: 3 }],
    ["PP46", 50, false, { label: "Buruk", level: 1 }],
    ["KEMENKEU", 93, false, { label: "Sangat Baik", level: 5 }],
    ["KEMENKEU", 76, false, { label: "Baik", level: 4 }],
    ["KEMENKEU", 51, false, { label: "Kurang", level: 2 }],
    ["POLRI", 80.5, false, { label: "Sangat Baik", level: 5 }],
    ["POLRI", 80.49, false, { label: "Baik", level: 4 }],
    ["POLRI", 60.5, false, { label: "Cukup", level: 3 }],
    ["POLRI", 60.49, false, { label: "Kurang", level: 2 }],
  ];
  test.each(cases)("%s, nilai %p, inovasi %p → %o", (aturan, nilai, inovasi, expected) => {
    expect(okValue(predikatByAturan(aturan, nilai, inovasi))).toEqual(expected);
  });

  test("innovation matters only under PP 30/2019", () => {
    expect(okValue(predikatByAturan("PP46", 95, false)).label).toBe("Sangat Baik");
    expect(okValue(predikatByAturan("KEMENKEU", 95, false)).label).toBe("Sangat Baik");
    expect(okValue(predikatByAturan("POLRI", 95, false)).label).toBe("Sangat Baik");
  });

  const numeric: AturanNilai[] = ["PP30", "PP46", "KEMENKEU", "POLRI"];
  test.each(numeric)("%s accepts its highest score and rejects anything above it", (aturan) => {
    const maks = ATURAN_INFO[aturan].nilaiMaks as number;
    expect(predikatByAturan(aturan, maks, true).ok).toBe(true);
    expectFailure(predikatByAturan(aturan, maks + 0.01, true), "invalid", /nilai/);
    expectFailure(predikatByAturan(aturan, -0.01, true), "invalid", /nilai/);
  });

  test("scales: PP 30/2019, PP 46/2011 and Kemenkeu run to 120, Polri to 100, PermenPANRB 6/2022 has none", () => {
    const maks: Record<Aturan, number | undefined> = {
      PP30: 120,
      PP46: 120,
      KEMENKEU: 120,
      POLRI: 100,
      PERMENPANRB6: undefined,
    };
    for (const [aturan, expected] of Object.entries(maks)) {
      expect(ATURAN_INFO[aturan as Aturan].nilaiMaks).toBe(expected);
    }
  });
});
