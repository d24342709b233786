/**
 * Kemenkeu status tables (LAN "Kementerian Keuangan" §8).
 */
import { Band, classify } from "../bands";
import { inRange } from "../numeric";
import { PP46, PP46_EKSPEKTASI_BACAAN, PP46_PREDIKAT, Pp46Predikat } from "../pp46-2011";
import { ok, Result } from "../result";
import { RuleSet } from "../rule-set";
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
 * Tabel 24: NPKP status on 0–120. The table prints 91–120, 76–91, 61–76, 51–61 and 0–50 with
 * strict signs on both ends, which leaves the bounds themselves (and 50–51) in no row; each row
 * is read from its lower bound. This is not PP 46/2011's decimal reading (there 90.5 is Sangat
 * Baik, here Baik): NPKP is a 60/40 weighted score, so such decimals are common.
 */
const NPKP_BANDS: readonly Band<Pp46Predikat>[] = [
  { label: "Sangat Baik", from: 91, inclusive: true },
  { label: "Baik", from: 76, inclusive: true },
  { label: "Cukup", from: 61, inclusive: true },
  { label: "Kurang", from: 51, inclusive: true },
  { label: "Buruk", from: 0, inclusive: true },
];

export function statusNpkp(nilai: number, name = "nilai"): Result<Pp46Predikat> {
  const checked = inRange(name, nilai, 0, SCORE_MAX);
  if (!checked.ok) return checked;
  return ok(classify(NPKP_BANDS, checked.value));
}

/** Kemenkeu (NPKP) in the registry (aturan.ts): PP 46/2011's words and NPKP, Tabel 24's cut points. */
export const KEMENKEU: RuleSet<Pp46Predikat> = {
  id: "KEMENKEU",
  nama: "Kemenkeu (NPKP)",
  sumber: "KMK 467/2014, LAN Tabel 24",
  sebutan: ["KEMENKEU", "KMK", "KMK 467/2014", "NPKP", "Kementerian Keuangan"],
  predikat: PP46_PREDIKAT,
  skala: {
    nilaiMaks: SCORE_MAX,
    predikat: (nilai) => statusNpkp(nilai),
    bacaan: "Tabel 24, tiap baris dibaca dari batas bawahnya: Sangat Baik ≥91, Baik 76–<91, Cukup 61–<76, Kurang 51–<61, Buruk <51",
  },
  nilaiGabungan: PP46.nilaiGabungan,
  kuadran: null,
  kataLain: "pemilik",
  bacaanEkspektasi: PP46_EKSPEKTASI_BACAAN,
};
