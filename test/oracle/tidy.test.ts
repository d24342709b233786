/**
 * Oracle for src/core/numeric.ts `tidy`: its fast path (scale, round, scale back) must give
 * exactly Number(x.toPrecision(12)), the definition it replaced for speed, on every input —
 * scores, amounts, signs, magnitudes across the fast path's brackets, and near-ties where the
 * two roundings could part.
 */
import { tidy } from "../../src/core/numeric";
import { mulberry32 } from "./oracle";

const reference = (x: number) => (Number.isFinite(x) ? Number(x.toPrecision(12)) : x);

function check(values: Iterable<number>): { checked: number; mismatches: [number, number, number][] } {
  let checked = 0;
  const mismatches: [number, number, number][] = [];
  for (const x of values) {
    checked++;
    const got = tidy(x);
    const want = reference(x);
    if (!Object.is(got, want) && mismatches.length < 10) mismatches.push([x, got, want]);
  }
  return { checked, mismatches };
}

test("special values and the documented examples", () => {
  const specials = [0, -0, Number.NaN, Infinity, -Infinity, 1, 10, 100, 1000, 1e5, 1e6, 999_999.9999995, 0.1 + 0.2, 105 * 0.7 + 95 * 0.3, 71 * 0.7 + 1 * 0.3, 110, 109.99999999999999, 120.00000000000001, 95.238095238, 109.99];
  expect(check(specials).mismatches).toEqual([]);
  expect(tidy(-0)).toBe(0);
});

test("600,000 seeded values: identical to Number(x.toPrecision(12))", () => {
  const rand = mulberry32(20261124);
  function* values(): Generator<number> {
    for (let i = 0; i < 100_000; i++) {
      const e = Math.floor(rand() * 10) - 3;
      yield rand() * 10 ** e; // magnitudes 1e-3 … 1e7, across every bracket and outside
      yield -rand() * 10 ** e;
      yield Math.round(rand() * 12_000) / 100 * 0.7 + Math.round(rand() * 12_000) / 100 * 0.3; // 70/30 scores
      yield (Math.floor(rand() * 1e12) + 0.5) * 10 ** (e - 12); // near-ties of the 12th digit
      const base = [1, 10, 100, 1000, 1e4, 1e5, 1e6][Math.floor(rand() * 7)];
      yield base + (rand() - 0.5) * 1e-9 * base; // bracket edges
      yield ((rand() * 200) / (rand() * 150 + 0.001)) * 100; // IKU ratios
    }
  }
  const { checked, mismatches } = check(values());
  expect(checked).toBe(600_000);
  expect(mismatches).toEqual([]);
});
