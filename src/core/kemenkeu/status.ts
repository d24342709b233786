/**
 * Kemenkeu status tables (LAN "Kementerian Keuangan" §8).
 */
import { Band, classify } from "../bands";
import { inRange } from "../numeric";
import { Pp46Predikat, predikatPp46 } from "../pp46-2011";
import { ok, Result } from "../result";
import { SCORE_MAX } from "./nilai";

export type StatusWarna = "Hijau" | "Kuning" | "Merah";

export const STATUS_WARNA_MEANING: Readonly<Record<StatusWarna, string>> = {
  Hijau: "Memenuhi ekspektasi",
  Kuning: "Belum memenuhi ekspektasi",
  Merah: "Tidak memenuhi ekspektasi",
};

/** Tabel 22: Hijau 100 ≤ X ≤ 120 · Kuning 80 ≤ X < 100 · Merah X < 80 (index, NSS, Np, NKO, CKP, NKP). */
const STATUS_WARNA_BANDS: readonly Band<StatusWarna>[] = [
  { label: "Hijau", from: 100, inclusive: true },
  { label: "Kuning", from: 80, inclusive: true },
  { label: "Merah", from: 0, inclusive: true },
];

export function statusWarna(nilai: number): Result<StatusWarna> {
  const checked = inRange("nilai", nilai, 0, SCORE_MAX);
  if (!checked.ok) return checked;
  return ok(classify(STATUS_WARNA_BANDS, checked.value));
}

/**
 * Tabel 24: NPKP status. The table's own bounds are garbled (91–120, 76–91, …, all strict); it
 * uses PP 46/2011's cut points, so the same table serves both, on a 0–120 scale.
 */
export function statusNpkp(nilai: number): Result<Pp46Predikat> {
  return predikatPp46(nilai);
}
