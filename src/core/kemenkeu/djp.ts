/**
 * DJP (tax directorate) allowance paid the next year by tax-revenue realisation
 * (Perpres 37/2015; LAN "Kementerian Keuangan"): ≥ 95 % → 100 %, 90–<95 → 90 %, 80–<90 → 80 %,
 * 70–<80 → 70 %, < 70 → 50 %.
 */
import { Band, classify } from "../bands";
import { formatNumber } from "../numeric";
import { invalid, ok, Result } from "../result";

const DJP_BANDS: readonly Band<number>[] = [
  { label: 100, from: 95, inclusive: true },
  { label: 90, from: 90, inclusive: true },
  { label: 80, from: 80, inclusive: true },
  { label: 70, from: 70, inclusive: true },
  { label: 50, from: 0, inclusive: true },
];

/** Realisation as percent of the revenue target (95 means 95 %); result in percent. */
export function persenTukinDjp(realisasiPersen: number): Result<number> {
  if (!Number.isFinite(realisasiPersen) || realisasiPersen < 0) {
    return invalid(`realisasi_penerimaan harus persen 0 atau lebih (tertulis ${formatNumber(realisasiPersen)}).`);
  }
  return ok(classify(DJP_BANDS, realisasiPersen));
}
