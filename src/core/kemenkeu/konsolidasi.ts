/**
 * Consolidation of IKU indices (KMK 467/2014; LAN "Kementerian Keuangan" §1.d–f, §2):
 * NSS (IKU in one SS), Np (NSS in one perspective), NKO (whole strategy map) and CKP
 * (IKU in a performance contract) are all weighted means. The weights of one consolidation must
 * make a whole — 100 (percent) or 1 (fractions) — or it is an error, never a silent normalisation.
 */
import { formatNumber, inRange, tidy } from "../numeric";
import { invalid, ok, Result } from "../result";
import { IKU_INDEX_MAX } from "./iku";

/** Tolerance on the weight sum: 0.01 percentage points (weights are typed with 2 decimals). */
const WEIGHT_SUM_TOLERANCE = 0.01;

/** The weights' sum as percent, when it is a whole (≈100 or ≈1); otherwise a failure. */
export function checkWeightsWhole(weights: readonly number[]): Result<number> {
  let sum = 0;
  for (const w of weights) {
    if (!Number.isFinite(w) || w < 0) return invalid(`bobot harus angka 0 atau lebih (tertulis ${formatNumber(w)}).`);
    sum += w;
  }
  if (Math.abs(sum - 100) <= WEIGHT_SUM_TOLERANCE) return ok(sum);
  if (Math.abs(sum - 1) <= WEIGHT_SUM_TOLERANCE / 100) return ok(sum);
  return invalid(
    `Jumlah bobot harus 100% (tertulis ${formatNumber(sum, 4)}${sum <= 1.5 ? " sebagai pecahan" : "%"}). Perbaiki bobot; add-in tidak menormalkan bobot diam-diam.`,
  );
}

/** Weighted mean of indices 0–120 with weights summing to 100 % (NSS, Np, NKO, CKP). */
export function nilaiTertimbang(values: readonly number[], weights: readonly number[]): Result<number> {
  if (values.length === 0) return invalid("nilai kosong: isi minimal satu nilai.");
  if (values.length !== weights.length) {
    return invalid(`Banyaknya nilai (${values.length}) dan bobot (${weights.length}) harus sama.`);
  }
  const whole = checkWeightsWhole(weights);
  if (!whole.ok) return whole;
  let total = 0;
  for (let i = 0; i < values.length; i++) {
    const v = inRange("nilai", values[i], 0, IKU_INDEX_MAX);
    if (!v.ok) return v;
    total += v.value * weights[i];
  }
  return ok(tidy(total / whole.value));
}

/**
 * CKP for an employee on study leave (LAN Gambar 23): IPK maximum → 120, the minimum IPK to
 * pass → 90, 0 → 0, linear between those points.
 */
export function ckpTugasBelajar(ipk: number, ipkMaks: number, ipkLulus: number): Result<number> {
  if (!Number.isFinite(ipkMaks) || ipkMaks <= 0) return invalid(`ipk_maks harus lebih dari 0 (tertulis ${formatNumber(ipkMaks)}).`);
  if (!Number.isFinite(ipkLulus) || ipkLulus <= 0 || ipkLulus >= ipkMaks) {
    return invalid(`ipk_lulus harus lebih dari 0 dan kurang dari ipk_maks (tertulis ${formatNumber(ipkLulus)}).`);
  }
  const checked = inRange("ipk", ipk, 0, ipkMaks);
  if (!checked.ok) return checked;
  const x = checked.value;
  if (x <= ipkLulus) return ok(tidy((x / ipkLulus) * 90));
  return ok(tidy(90 + ((x - ipkLulus) / (ipkMaks - ipkLulus)) * 30));
}
