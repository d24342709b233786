import { persenTukinDjp } from "../../../src/core/kemenkeu/djp";
import { expectFailure, okValue } from "../support";

describe("DJP allowance paid next year by tax-revenue realisation", () => {
  test.each([
    [120, 100],
    [95, 100],
    [94.99, 90],
    [90, 90],
    [89.99, 80],
    [80, 80],
    [79.99, 70],
    [70, 70],
    [69.99, 50],
    [0, 50],
  ])("realisation %p %% → %p %%", (realisasi, persen) => {
    expect(okValue(persenTukinDjp(realisasi))).toBe(persen);
  });

  test("a negative realisation is invalid", () => {
    expectFailure(persenTukinDjp(-0.01), "invalid", /realisasi_penerimaan/);
  });

  test("a non-number is invalid", () => {
    expectFailure(persenTukinDjp(Number.NaN), "invalid", /realisasi_penerimaan/);
  });
});
