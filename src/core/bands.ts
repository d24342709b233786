import { EPSILON } from "./numeric";

/**
 * A score table: the first band (from the top) whose lower bound the score reaches.
 * `inclusive` says whether the bound itself belongs to the band (x ≥ from) or not (x > from).
 * Bounds are compared with a tolerance of EPSILON so that a computed score carrying binary noise
 * (71 × 0,7 + 1 × 0,3 = 49,99999999999999 for 50) falls in the band of the decimal value it stands for.
 */
export interface Band<L> {
  readonly label: L;
  readonly from: number;
  readonly inclusive: boolean;
}

export function classify<L>(bands: readonly Band<L>[], score: number): L {
  for (const band of bands) {
    if (band.inclusive ? score >= band.from - EPSILON : score > band.from + EPSILON) return band.label;
  }
  return bands[bands.length - 1].label;
}
