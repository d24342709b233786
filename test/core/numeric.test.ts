import { clamp, formatNumber, inRange, nonNegativeInteger, roundHalfUp, shareFromInput, tidy } from "../../src/core/numeric";
import { expectFailure, okValue } from "./support";

describe("roundHalfUp", () => {
  test.each([
    [80.5, 0, 81],
    [80.49, 0, 80],
    [60.5, 0, 61],
    [2.675, 2, 2.68],
    [1.005, 2, 1.01],
    [2.0833333, 2, 2.08],
    [18.75, 2, 18.75],
  ])("%p to %p decimals → %p", (value, decimals, expected) => {
    expect(roundHalfUp(value, decimals)).toBe(expected);
  });
});

describe("clamp", () => {
  test("keeps a value inside, moves one outside to the nearest bound", () => {
    expect(clamp(50, 0, 120)).toBe(50);
    expect(clamp(-3, 0, 120)).toBe(0);
    expect(clamp(130, 0, 120)).toBe(120);
  });
});

describe("inRange", () => {
  test("both bounds are inside", () => {
    expect(okValue(inRange("nilai", 0, 0, 120))).toBe(0);
    expect(okValue(inRange("nilai", 120, 0, 120))).toBe(120);
  });

  test("just outside is invalid and the message names the input", () => {
    expectFailure(inRange("skor", 120.01, 0, 120), "invalid", /skor/);
    expectFailure(inRange("skor", -0.01, 0, 120), "invalid", /skor/);
    expectFailure(inRange("skor", Number.NaN, 0, 120), "invalid", /skor/);
  });

  test("binary noise at a bound is not an error (weighted mean of 120s)", () => {
    expect(inRange("nilai", 0.1 * 3 * 400, 0, 120).ok).toBe(true); // 120.00000000000001
  });
});

describe("nonNegativeInteger", () => {
  test("0 and whole numbers pass", () => {
    expect(okValue(nonNegativeInteger("n", 0))).toBe(0);
    expect(okValue(nonNegativeInteger("n", 7))).toBe(7);
  });

  test.each([-1, 1.5, Number.NaN])("%p is invalid", (value) => {
    expectFailure(nonNegativeInteger("jumlah", value), "invalid", /jumlah/);
  });
});

describe("shareFromInput", () => {
  test("a fraction stays a fraction, a percent value becomes a fraction", () => {
    expect(okValue(shareFromInput("persen_atas", 0.15))).toBe(0.15);
    expect(okValue(shareFromInput("persen_atas", 15))).toBe(0.15);
    expect(okValue(shareFromInput("persen_atas", 100))).toBe(1);
    expect(okValue(shareFromInput("persen_atas", 0))).toBe(0);
  });

  test("1 is read as a fraction (100 %)", () => {
    expect(okValue(shareFromInput("persen_atas", 1))).toBe(1);
  });

  test("above 100 or below 0 is invalid", () => {
    expectFailure(shareFromInput("persen_atas", 101), "invalid", /persen_atas/);
    expectFailure(shareFromInput("persen_bawah", -1), "invalid", /persen_bawah/);
  });
});

describe("formatNumber (Indonesian)", () => {
  test("thousands with dots, decimals with a comma", () => {
    expect(formatNumber(1_250_000)).toBe("1.250.000");
    expect(formatNumber(95.5)).toBe("95,5");
    expect(formatNumber(95.238, 2)).toBe("95,24");
  });
});

describe("tidy (computed scores without binary noise)", () => {
  test("a weighted score comes back as the regulation's decimal value", () => {
    expect(tidy(105 * 0.7 + 95 * 0.3)).toBe(102);
    expect(tidy(71 * 0.7 + 1 * 0.3)).toBe(50);
    expect(tidy(0.1 * 3 * 400)).toBe(120);
  });

  test("legitimate decimals are kept", () => {
    expect(tidy(95.238095238)).toBe(95.238095238);
    expect(tidy(109.99)).toBe(109.99);
  });

  test("non-finite values pass through", () => {
    expect(tidy(Number.NaN)).toBeNaN();
    expect(tidy(Number.POSITIVE_INFINITY)).toBe(Number.POSITIVE_INFINITY);
  });
});
