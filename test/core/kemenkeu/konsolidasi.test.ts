import { checkWeightsWhole, ckpTugasBelajar, nilaiTertimbang } from "../../../src/core/kemenkeu/konsolidasi";
import { expectFailure, okValue } from "../support";

describe("weights must make a whole (100 % or 1.0)", () => {
  test("percent weights summing to 100 are whole", () => {
    expect(checkWeightsWhole([60, 40]).ok).toBe(true);
    expect(checkWeightsWhole([33.33, 33.33, 33.34]).ok).toBe(true);
  });

  test("fraction weights summing to 1.0 are whole", () => {
    expect(checkWeightsWhole([0.6, 0.4]).ok).toBe(true);
    expect(checkWeightsWhole([0.1, 0.2, 0.7]).ok).toBe(true);
  });

  test("weights summing to 99 % are invalid, never normalised", () => {
    expectFailure(checkWeightsWhole([50, 49]), "invalid", /bobot/);
  });

  test("weights summing to 101 % are invalid", () => {
    expectFailure(checkWeightsWhole([50, 51]), "invalid", /bobot/);
  });

  test("fraction weights summing to 0.99 are invalid", () => {
    expectFailure(checkWeightsWhole([0.5, 0.49]), "invalid", /bobot/);
  });

  test("a negative weight is invalid", () => {
    expectFailure(checkWeightsWhole([-10, 110]), "invalid", /bobot/);
  });
});

describe("weighted mean (NSS, Np, NKO, CKP)", () => {
  test("indices 110, 90, 100 weighted 50/30/20 → 102", () => {
    expect(okValue(nilaiTertimbang([110, 90, 100], [50, 30, 20]))).toBeCloseTo(102, 10);
  });

  test("the same weights as fractions give the same mean", () => {
    expect(okValue(nilaiTertimbang([110, 90, 100], [0.5, 0.3, 0.2]))).toBeCloseTo(102, 10);
  });

  test("equal indices give that index whatever the weights", () => {
    expect(okValue(nilaiTertimbang([120, 120, 120], [33.33, 33.33, 33.34]))).toBeCloseTo(120, 10);
  });

  test("weights summing to 99 % are an error, not a mean of 99 % of the weight", () => {
    expectFailure(nilaiTertimbang([100, 100], [50, 49]), "invalid", /bobot/);
  });

  test("more values than weights is invalid", () => {
    expectFailure(nilaiTertimbang([100, 100, 100], [50, 50]), "invalid", /bobot/);
  });

  test("no values is invalid", () => {
    expectFailure(nilaiTertimbang([], []), "invalid", /nilai/);
  });

  test("an index above 120 is invalid", () => {
    expectFailure(nilaiTertimbang([121, 100], [50, 50]), "invalid", /nilai/);
  });

  test("a negative index is invalid", () => {
    expectFailure(nilaiTertimbang([-1, 100], [50, 50]), "invalid", /nilai/);
  });
});

describe("CKP tugas belajar from IPK (LAN Gambar 23)", () => {
  const IPK_MAKS = 4;
  const IPK_LULUS = 3;

  test("IPK maximum → 120", () => {
    expect(okValue(ckpTugasBelajar(4, IPK_MAKS, IPK_LULUS))).toBe(120);
  });

  test("IPK minimum to pass → 90", () => {
    expect(okValue(ckpTugasBelajar(3, IPK_MAKS, IPK_LULUS))).toBe(90);
  });

  test("IPK 0 → 0", () => {
    expect(okValue(ckpTugasBelajar(0, IPK_MAKS, IPK_LULUS))).toBe(0);
  });

  test("linear between 0 and the pass mark: 1.5 → 45, 2.25 → 67.5", () => {
    expect(okValue(ckpTugasBelajar(1.5, IPK_MAKS, IPK_LULUS))).toBeCloseTo(45, 10);
    expect(okValue(ckpTugasBelajar(2.25, IPK_MAKS, IPK_LULUS))).toBeCloseTo(67.5, 10);
  });

  test("linear between the pass mark and the maximum: 3.5 → 105", () => {
    expect(okValue(ckpTugasBelajar(3.5, IPK_MAKS, IPK_LULUS))).toBeCloseTo(105, 10);
  });

  test("works on a 0–100 grade scale: maximum 100, pass 60, grade 80 → 105", () => {
    expect(okValue(ckpTugasBelajar(80, 100, 60))).toBeCloseTo(105, 10);
  });

  test("IPK above the maximum is invalid", () => {
    expectFailure(ckpTugasBelajar(4.01, IPK_MAKS, IPK_LULUS), "invalid", /ipk/);
  });

  test("negative IPK is invalid", () => {
    expectFailure(ckpTugasBelajar(-0.1, IPK_MAKS, IPK_LULUS), "invalid", /ipk/);
  });

  test("maximum 0 is invalid", () => {
    expectFailure(ckpTugasBelajar(0, 0, 0), "invalid", /ipk_maks/);
  });

  test("a pass mark equal to the maximum is invalid", () => {
    expectFailure(ckpTugasBelajar(3, 4, 4), "invalid", /ipk_lulus/);
  });

  test("a pass mark of 0 is invalid", () => {
    expectFailure(ckpTugasBelajar(3, 4, 0), "invalid", /ipk_lulus/);
  });
});
