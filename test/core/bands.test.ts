import { Band, classify } from "../../src/core/bands";

const BANDS: readonly Band<string>[] = [
  { label: "tinggi", from: 90, inclusive: false },
  { label: "sedang", from: 50, inclusive: true },
  { label: "rendah", from: 0, inclusive: true },
];

describe("classify", () => {
  test("an inclusive bound belongs to its band; an exclusive one to the band below", () => {
    expect(classify(BANDS, 90)).toBe("sedang");
    expect(classify(BANDS, 90.01)).toBe("tinggi");
    expect(classify(BANDS, 50)).toBe("sedang");
    expect(classify(BANDS, 49.99)).toBe("rendah");
  });

  test("below the lowest bound falls in the last band", () => {
    expect(classify(BANDS, -5)).toBe("rendah");
  });

  test("a computed score carrying binary noise falls where its decimal value does", () => {
    expect(classify(BANDS, 71 * 0.7 + 1 * 0.3)).toBe("sedang"); // 50 (49.99999999999999)
    expect(classify(BANDS, 0.1 * 3 * 300)).toBe("sedang"); // 90 (90.00000000000001), exclusive bound
  });
});
