import { IkuInput, indeksCapaianIku, parsePolarisasi, Polarisasi } from "../../../src/core/kemenkeu/iku";
import { expectFailure, okValue } from "../support";

const indeks = (input: IkuInput): number => okValue(indeksCapaianIku(input));
const maximize = (realisasi: number, target: number): IkuInput => ({ realisasi, target, polarisasi: "maximize" });
const minimize = (realisasi: number, target: number, terburuk?: number): IkuInput => ({
  realisasi,
  target,
  polarisasi: "minimize",
  terburuk,
});
const stabilize = (realisasi: number, target: number, batasBawah?: number, batasAtas?: number): IkuInput => ({
  realisasi,
  target,
  polarisasi: "stabilize",
  batasBawah,
  batasAtas,
});

describe("IKU maximize: R / T × 100", () => {
  test("DOMAIN §10: realisasi 88, target 80 → 110", () => {
    expect(indeks(maximize(88, 80))).toBe(110);
  });

  test("DOMAIN §10: realisasi 200, target 150 → 120 (cap)", () => {
    expect(indeks(maximize(200, 150))).toBe(120);
  });

  test("on target → 100; nothing realised → 0", () => {
    expect(indeks(maximize(80, 80))).toBe(100);
    expect(indeks(maximize(0, 80))).toBe(0);
  });

  test("exactly 120 % of target is 120", () => {
    expect(indeks(maximize(96, 80))).toBeCloseTo(120, 10);
  });

  test("a negative realisation against a positive target floors at 0", () => {
    expect(indeks(maximize(-5, 10))).toBe(0);
  });

  test("negative target uses [1 + (1 − R/T)] × 100", () => {
    expect(indeks(maximize(-10, -10))).toBeCloseTo(100, 10);
    expect(indeks(maximize(-9, -10))).toBeCloseTo(110, 10);
    expect(indeks(maximize(-12, -10))).toBeCloseTo(80, 10);
    expect(indeks(maximize(-8, -10))).toBeCloseTo(120, 10);
  });

  test("negative target: far above target caps at 120, far below floors at 0", () => {
    expect(indeks(maximize(5, -10))).toBe(120);
    expect(indeks(maximize(-25, -10))).toBe(0);
  });

  test("target 0 is invalid (division by zero)", () => {
    expectFailure(indeksCapaianIku(maximize(5, 0)), "invalid", /target/);
  });

  test("a non-number target is invalid", () => {
    expectFailure(indeksCapaianIku(maximize(5, Number.NaN)), "invalid", /target/);
  });

  test("a non-number realisation is invalid", () => {
    expectFailure(indeksCapaianIku(maximize(Number.NaN, 10)), "invalid", /realisasi/);
  });
});

describe("IKU minimize: [1 + (1 − R/T)] × 100", () => {
  test("DOMAIN §10: realisasi 9, target 10 → 110", () => {
    expect(indeks(minimize(9, 10))).toBe(110);
  });

  test("DOMAIN §10: realisasi 30, target 10 → 0 (floor)", () => {
    expect(indeks(minimize(30, 10))).toBe(0);
  });

  test("on target → 100; 150 % of target → 50; double → 0", () => {
    expect(indeks(minimize(10, 10))).toBe(100);
    expect(indeks(minimize(15, 10))).toBeCloseTo(50, 10);
    expect(indeks(minimize(20, 10))).toBe(0);
  });

  test("far below target caps at 120", () => {
    expect(indeks(minimize(8, 10))).toBeCloseTo(120, 10);
    expect(indeks(minimize(0, 10))).toBe(120);
  });

  test("a negative target is invalid (not regulated)", () => {
    expectFailure(indeksCapaianIku(minimize(5, -10)), "invalid", /target/);
  });
});

describe("IKU minimize with target 0: conversion scale (W − R) / W × 100", () => {
  test("DOMAIN §10: target 0, worst tolerable 20, realisasi 5 → 75", () => {
    expect(indeks(minimize(5, 0, 20))).toBe(75);
  });

  test("half-way to the worst value → 50", () => {
    expect(indeks(minimize(10, 0, 20))).toBe(50);
  });

  test("realisation 0 or below → 100", () => {
    expect(indeks(minimize(0, 0, 20))).toBe(100);
    expect(indeks(minimize(-1, 0, 20))).toBe(100);
  });

  test("realisation at or beyond the worst value → 0", () => {
    expect(indeks(minimize(20, 0, 20))).toBe(0);
    expect(indeks(minimize(25, 0, 20))).toBe(0);
  });

  test("target 0 without a worst value is invalid", () => {
    const result = indeksCapaianIku(minimize(5, 0));
    expectFailure(result, "invalid", /terburuk/);
    expectFailure(result, "invalid", /[Tt]arget 0/);
  });

  test("a worst value of 0 or below is invalid", () => {
    expectFailure(indeksCapaianIku(minimize(5, 0, 0)), "invalid", /terburuk/);
    expectFailure(indeksCapaianIku(minimize(5, 0, -20)), "invalid", /terburuk/);
  });
});

describe("IKU stabilize: band [L, U]", () => {
  test("DOMAIN §10: band 95–105, realisasi 98 → 100", () => {
    expect(indeks(stabilize(98, 100, 95, 105))).toBe(100);
  });

  test("DOMAIN §10: band 95–105, realisasi 110 → 95.24 (upper bound as a minimize target)", () => {
    expect(indeks(stabilize(110, 100, 95, 105))).toBeCloseTo(95.24, 2);
  });

  test("DOMAIN §10: band 95–105, realisasi 90 → 94.74 (lower bound as a maximize target)", () => {
    expect(indeks(stabilize(90, 100, 95, 105))).toBeCloseTo(94.74, 2);
  });

  test("both band edges score 100", () => {
    expect(indeks(stabilize(95, 100, 95, 105))).toBe(100);
    expect(indeks(stabilize(105, 100, 95, 105))).toBe(100);
  });

  test("far outside the band floors at 0", () => {
    expect(indeks(stabilize(250, 100, 95, 105))).toBe(0);
    expect(indeks(stabilize(0, 100, 95, 105))).toBe(0);
  });

  test("without a band the target is the band", () => {
    expect(indeks(stabilize(100, 100))).toBe(100);
    expect(indeks(stabilize(101, 100))).toBeCloseTo(99, 10);
    expect(indeks(stabilize(99, 100))).toBeCloseTo(99, 10);
    expect(indeks(stabilize(110, 100))).toBeCloseTo(90, 10);
    expect(indeks(stabilize(90, 100))).toBeCloseTo(90, 10);
  });

  test("only one band edge is invalid", () => {
    expectFailure(indeksCapaianIku(stabilize(100, 100, 95, undefined)), "invalid", /batas_atas/);
    expectFailure(indeksCapaianIku(stabilize(100, 100, undefined, 105)), "invalid", /batas_bawah/);
  });

  test("a band whose lower edge exceeds its upper edge is invalid", () => {
    expectFailure(indeksCapaianIku(stabilize(100, 100, 105, 95)), "invalid", /batas_bawah/);
  });

  test("a band with lower edge 0 is invalid", () => {
    expectFailure(indeksCapaianIku(stabilize(100, 100, 0, 105)), "invalid", /batas_bawah/);
  });
});

describe("every IKU index stays within 0–120", () => {
  const polarisations: Polarisasi[] = ["maximize", "minimize", "stabilize"];
  test.each(polarisations)("%s over a grid of realisations and targets", (polarisasi) => {
    for (const target of [-50, -1, 1, 10, 80, 1000]) {
      if (polarisasi !== "maximize" && target < 0) continue;
      for (const realisasi of [-1000, -10, 0, 1, 9, 10, 50, 88, 100, 200, 10_000]) {
        const value = indeks({ realisasi, target, polarisasi });
        expect(value).toBeGreaterThanOrEqual(0);
        expect(value).toBeLessThanOrEqual(120);
      }
    }
  });
});

describe("polarisation words", () => {
  test.each([
    ["maximize", "maximize"],
    ["Maks", "maximize"],
    ["naik", "maximize"],
    ["minimize", "minimize"],
    ["Minimal", "minimize"],
    ["turun", "minimize"],
    ["stabilize", "stabilize"],
    ["Stabil", "stabilize"],
    ["rentang", "stabilize"],
  ])("%s → %s", (word, expected) => {
    expect(parsePolarisasi(word)).toBe(expected);
  });

  test("anything else is not a polarisation", () => {
    expect(parsePolarisasi("rata-rata")).toBeUndefined();
  });
});

describe("stabilize without a band", () => {
  it("names the target when it cannot serve as the band", () => {
    const r = indeksCapaianIku({ realisasi: 5, target: 0, polarisasi: "stabilize" });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.failure.message).toMatch(/target/);
  });
});
