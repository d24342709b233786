/**
 * Ranking NKP by normal distribution inside one strategy-map unit (KMK 467/2014; LAN Tabel 23).
 * Head counts: a fraction ≥ .5 rounds up, computed from the highest status down; the lowest
 * status takes the remainder. Equal NKP across a boundary is ordered by the unit head, so such
 * ties are flagged, never broken silently.
 */
import { roundHalfUp } from "../numeric";
import { invalid, ok, Result } from "../result";

export type StatusDistribusi = "Kinerja Terbaik" | "Kinerja Rata-rata" | "Kinerja di Bawah Rata-rata";

export const STATUS_DISTRIBUSI_ORDER: readonly StatusDistribusi[] = [
  "Kinerja Terbaik",
  "Kinerja Rata-rata",
  "Kinerja di Bawah Rata-rata",
];

/** Shares as fractions. Tabel 23 uses 15/70/15; the Secretary-General may change them (a setting). */
export interface DistributionShares {
  readonly top: number;
  readonly bottom: number;
}

export const DEFAULT_SHARES: DistributionShares = { top: 0.15, bottom: 0.15 };

export interface HeadCounts {
  readonly top: number;
  readonly middle: number;
  readonly bottom: number;
}

export function headCounts(total: number, shares: DistributionShares = DEFAULT_SHARES): Result<HeadCounts> {
  if (!(shares.top >= 0 && shares.bottom >= 0 && shares.top + shares.bottom <= 1 + 1e-9)) {
    return invalid("persen_atas dan persen_bawah harus 0–100% dan jumlahnya tidak melebihi 100%.");
  }
  const top = Math.min(total, roundHalfUp(total * shares.top));
  const middle = Math.min(total - top, roundHalfUp(total * (1 - shares.top - shares.bottom)));
  return ok({ top, middle, bottom: total - top - middle });
}

export interface RankedStatus {
  /** The status this employee's position gives; for a tie across a boundary, every status it spans. */
  readonly statuses: readonly StatusDistribusi[];
  /** True when equal NKP straddle a boundary: the unit head sets the order. */
  readonly tieAtBoundary: boolean;
  /** 1-based rank (highest NKP first); equal NKP share the best rank. */
  readonly rank: number;
}

/** Status of every NKP in one unit, in input order. */
export function rankByDistribution(nkps: readonly number[], shares: DistributionShares = DEFAULT_SHARES): Result<RankedStatus[]> {
  for (const v of nkps) if (!Number.isFinite(v)) return invalid("semua_nkp hanya boleh berisi angka.");
  const counts = headCounts(nkps.length, shares);
  if (!counts.ok) return counts;
  const order = nkps.map((_, i) => i).sort((a, b) => nkps[b] - nkps[a]);
  const statusAt = (position: number): StatusDistribusi =>
    position < counts.value.top ? STATUS_DISTRIBUSI_ORDER[0] : position < counts.value.top + counts.value.middle ? STATUS_DISTRIBUSI_ORDER[1] : STATUS_DISTRIBUSI_ORDER[2];

  const result: RankedStatus[] = new Array(nkps.length);
  let start = 0;
  while (start < order.length) {
    let end = start;
    while (end + 1 < order.length && nkps[order[end + 1]] === nkps[order[start]]) end++;
    const spanned = new Set<StatusDistribusi>();
    for (let p = start; p <= end; p++) spanned.add(statusAt(p));
    const statuses = STATUS_DISTRIBUSI_ORDER.filter((s) => spanned.has(s));
    for (let p = start; p <= end; p++) {
      result[order[p]] = { statuses, tieAtBoundary: statuses.length > 1, rank: start + 1 };
    }
    start = end + 1;
  }
  return ok(result);
}
