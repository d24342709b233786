/**
 * A score table: the first band (from the top) whose lower bound the score reaches.
 * `inclusive` says whether the bound itself belongs to the band (x ≥ from) or not (x > from).
 */
export interface Band<L> {
  readonly label: L;
  readonly from: number;
  readonly inclusive: boolean;
}

export function classify<L>(bands: readonly Band<L>[], score: number): L {
  for (const band of bands) {
    if (band.inclusive ? score >= band.from : score > band.from) return band.label;
  }
  return bands[bands.length - 1].label;
}
