import { headCounts, rankByDistribution, StatusDistribusi } from "../../../src/core/kemenkeu/distribusi-normal";
import { expectFailure, okValue } from "../support";

const TERBAIK: StatusDistribusi = "Kinerja Terbaik";
const RATA: StatusDistribusi = "Kinerja Rata-rata";
const BAWAH: StatusDistribusi = "Kinerja di Bawah Rata-rata";

describe("head counts 15/70/15 (fraction ≥ .5 rounds up, highest status first, lowest takes the rest)", () => {
  test.each([
    // total, top, middle, bottom — worked by hand
    [20, 3, 14, 3], // DOMAIN §10: 3 / 14 / 3
    [10, 2, 7, 1], // 1.5 → 2; 7 → 7; rest 1
    [7, 1, 5, 1], // 1.05 → 1; 4.9 → 5; rest 1
    [3, 0, 2, 1], // 0.45 → 0; 2.1 → 2; rest 1
    [30, 5, 21, 4], // 4.5 → 5; 21 → 21; rest 4
    [4, 1, 3, 0], // 0.6 → 1; 2.8 → 3; rest 0
    [100, 15, 70, 15],
    [1, 0, 1, 0], // 0.15 → 0; 0.7 → 1
    [0, 0, 0, 0],
  ])("%p employees → %p / %p / %p", (total, top, middle, bottom) => {
    expect(okValue(headCounts(total))).toEqual({ top, middle, bottom });
  });

  test("the shares are settings: 20/70/10 of 10 → 2 / 7 / 1", () => {
    expect(okValue(headCounts(10, { top: 0.2, bottom: 0.1 }))).toEqual({ top: 2, middle: 7, bottom: 1 });
  });

  test("10/80/10 of 25 → 2.5 rounds up to 3 / 20 / 2", () => {
    expect(okValue(headCounts(25, { top: 0.1, bottom: 0.1 }))).toEqual({ top: 3, middle: 20, bottom: 2 });
  });

  test("shares above 100 % together are invalid", () => {
    expectFailure(headCounts(10, { top: 0.6, bottom: 0.5 }), "invalid", /persen_atas/);
  });

  test("a negative share is invalid", () => {
    expectFailure(headCounts(10, { top: -0.1, bottom: 0.15 }), "invalid", /persen_atas/);
  });
});

describe("ranking NKP in one unit", () => {
  test("20 distinct NKP: top 3 Terbaik, next 14 Rata-rata, last 3 di Bawah, in input order", () => {
    const nkps = Array.from({ length: 20 }, (_, i) => 80 + i); // 80 … 99, lowest first
    const ranked = okValue(rankByDistribution(nkps));
    expect(ranked).toHaveLength(20);
    ranked.forEach((r, i) => {
      const expected = i >= 17 ? TERBAIK : i >= 3 ? RATA : BAWAH;
      expect(r.statuses).toEqual([expected]);
      expect(r.tieAtBoundary).toBe(false);
      expect(r.rank).toBe(20 - i);
    });
  });

  test("equal NKP across the 15 % top line are flagged with both statuses and share the rank", () => {
    // sorted: 100, 99, 98, 98, 97, … — places 3 and 4 are equal, the line is after place 3
    const nkps = [100, 99, 98, 98, ...Array.from({ length: 16 }, (_, i) => 90 - i)];
    const ranked = okValue(rankByDistribution(nkps));
    expect(ranked[2]).toEqual({ statuses: [TERBAIK, RATA], tieAtBoundary: true, rank: 3 });
    expect(ranked[3]).toEqual({ statuses: [TERBAIK, RATA], tieAtBoundary: true, rank: 3 });
    expect(ranked[0]).toEqual({ statuses: [TERBAIK], tieAtBoundary: false, rank: 1 });
    expect(ranked[4]).toEqual({ statuses: [RATA], tieAtBoundary: false, rank: 5 });
  });

  test("equal NKP across the bottom 15 % line are flagged with both statuses", () => {
    // 20 employees: places 1–17 are Terbaik/Rata-rata, places 18–20 di Bawah; places 17 and 18 equal
    const nkps = [...Array.from({ length: 16 }, (_, i) => 100 - i), 70, 70, 60, 50];
    const ranked = okValue(rankByDistribution(nkps));
    expect(ranked[16]).toEqual({ statuses: [RATA, BAWAH], tieAtBoundary: true, rank: 17 });
    expect(ranked[17]).toEqual({ statuses: [RATA, BAWAH], tieAtBoundary: true, rank: 17 });
    expect(ranked[18].statuses).toEqual([BAWAH]);
  });

  test("equal NKP inside one status are not a boundary tie", () => {
    const nkps = [100, 99, 98, 95, 95, ...Array.from({ length: 15 }, (_, i) => 90 - i)];
    const ranked = okValue(rankByDistribution(nkps));
    expect(ranked[3]).toEqual({ statuses: [RATA], tieAtBoundary: false, rank: 4 });
    expect(ranked[4]).toEqual({ statuses: [RATA], tieAtBoundary: false, rank: 4 });
  });

  test("a unit where everyone has the same NKP is one tie across every status", () => {
    const ranked = okValue(rankByDistribution(Array(10).fill(95)));
    for (const r of ranked) expect(r).toEqual({ statuses: [TERBAIK, RATA, BAWAH], tieAtBoundary: true, rank: 1 });
  });

  test("an empty unit ranks nobody", () => {
    expect(okValue(rankByDistribution([]))).toEqual([]);
  });

  test("a non-number NKP is invalid", () => {
    expectFailure(rankByDistribution([90, Number.NaN, 80]), "invalid", /semua_nkp/);
  });
});
