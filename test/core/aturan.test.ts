import {
  Aturan,
  ATURAN,
  ATURAN_INFO,
  ATURAN_VALUES,
  AturanNilai,
  combinedScore,
  parseAturan,
  predikatByAturan,
  predikatLabels,
  PredikatResult,
} from "../../src/core/aturan";
import { bacaPredikat, Ekspektasi } from "../../src/core/predikat";
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
    ["KEMENKEU", 90.5, false, { label: "Baik", level: 4 }],
    ["KEMENKEU", 91, false, { label: "Sangat Baik", level: 5 }],
    ["KEMENKEU", 75.5, false, { label: "Cukup", level: 3 }],
    ["KEMENKEU", 60.5, false, { label: "Kurang", level: 2 }],
    ["KEMENKEU", 51, false, { label: "Kurang", level: 2 }],
    ["KEMENKEU", 50.5, false, { label: "Buruk", level: 1 }],
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

describe("the registry: every rule set describes every piece", () => {
  const EKSPEKTASI: readonly Ekspektasi[] = ["Di Atas Ekspektasi", "Sesuai Ekspektasi", "Di Bawah Ekspektasi"];

  test.each(ATURAN_VALUES)("%s: predikat words highest first, distinct levels and labels, each with an expectation", (aturan) => {
    const words = ATURAN[aturan].predikat;
    expect(words.length).toBeGreaterThan(0);
    expect(new Set(words.map((w) => w.label)).size).toBe(words.length);
    for (let i = 1; i < words.length; i++) expect(words[i].level).toBeLessThan(words[i - 1].level);
    for (const w of words) expect(EKSPEKTASI).toContain(w.ekspektasi);
  });

  test.each(ATURAN_VALUES)("%s: its names read back to it", (aturan) => {
    for (const name of ATURAN[aturan].sebutan) expect(parseAturan(name)).toBe(aturan);
  });

  test.each(ATURAN_VALUES)("%s: every score on its scale (step 0.25) gives one of its own words", (aturan) => {
    const skala = ATURAN[aturan].skala;
    if (!skala) {
      expect(ATURAN[aturan].kuadran).not.toBeNull();
      return;
    }
    const labels = ATURAN[aturan].predikat.map((p) => p.label);
    for (let x = 0; x <= skala.nilaiMaks; x += 0.25) {
      for (const inovasi of [false, true]) expect(labels).toContain(okValue(skala.predikat(x, inovasi)));
    }
  });

  test.each(ATURAN_VALUES)("%s: a quadrant, when it has one, gives its own words for all nine rating pairs", (aturan) => {
    const kuadran = ATURAN[aturan].kuadran;
    if (!kuadran) return;
    const labels = ATURAN[aturan].predikat.map((p) => p.label);
    for (const h of EKSPEKTASI) for (const p of EKSPEKTASI) expect(labels).toContain(kuadran(h, p));
  });

  test.each(ATURAN_VALUES)("%s: the combined score is computed or explicitly refused with a reason", (aturan) => {
    const g = ATURAN[aturan].nilaiGabungan;
    const r = combinedScore(aturan, 100, 90, false);
    if (g.ada) {
      expect(r.ok).toBe(true);
      expect(g.bobot(false)).toMatch(/\d+\/\d+/);
    } else {
      expectFailure(r, "invalid", /.{20,}/);
    }
  });

  test("weights: PP 30/2019 70/30 or 60/40 (360°); PP 46/2011 and Kemenkeu NPKP 60/40; Polri and 6/2022 none", () => {
    expect(okValue(combinedScore("PP30", 105, 95, false))).toBe(102);
    expect(okValue(combinedScore("PP30", 105, 95, true))).toBe(101);
    expect(okValue(combinedScore("PP46", 95, 90, false))).toBe(93);
    expect(okValue(combinedScore("KEMENKEU", 95, 90, true))).toBe(93);
    expect(combinedScore("POLRI", 95, 90, false).ok).toBe(false);
    expect(combinedScore("PERMENPANRB6", 95, 90, false).ok).toBe(false);
  });

  test("every rule set's word is read under every rule set (never undefined)", () => {
    for (const owner of ATURAN_VALUES) {
      for (const w of ATURAN[owner].predikat) {
        expect(okValue(bacaPredikat(w.label)).label).toBe(w.label);
        for (const aturan of ATURAN_VALUES) expect(bacaPredikat(w.label, aturan).ok).toBe(true);
      }
    }
  });

  test("summary labels come from the registry", () => {
    expect(predikatLabels("POLRI").map((l) => l.label)).toEqual(["Sangat Baik", "Baik", "Cukup", "Kurang"]);
    expect(predikatLabels("PERMENPANRB6").map((l) => l.label)).toEqual(["Sangat Baik", "Baik", "Butuh Perbaikan", "Kurang/Misconduct", "Sangat Kurang"]);
  });
});
