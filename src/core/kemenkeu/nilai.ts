/**
 * Kemenkeu employee scores (LAN "Kementerian Keuangan" §A.1–7): NKP, NTT, NK, NSKP, NPKP.
 */
import { Band, classify } from "../bands";
import { clamp, formatNumber, inRange, nonNegativeInteger, tidy } from "../numeric";
import { invalid, ok, Result } from "../result";
import { vocabulary } from "../words";

export const SCORE_MAX = 120;
/** Nilai Perilaku counts at most 120 inside NKP and at most 100 inside NPKP (LAN §A.4). */
export const NP_CAP_IN_NKP = 120;
export const NP_CAP_IN_NPKP = 100;

/**
 * CKP weight in NKP. Kemenkeu's own weight (KMK 467/2014, now KMK 300/KMK.01/2022) was not
 * available; the default is PP 30/2019's weight for a superior-only behaviour rating.
 */
export const DEFAULT_NKP_CKP_WEIGHT = 0.7;

/** NKP = CKP × w + NP × (1 − w); w is a fraction 0–1. */
export function nkp(ckp: number, np: number, ckpWeight = DEFAULT_NKP_CKP_WEIGHT): Result<number> {
  const c = inRange("ckp", ckp, 0, SCORE_MAX);
  if (!c.ok) return c;
  const n = inRange("np", np, 0, SCORE_MAX);
  if (!n.ok) return n;
  const w = inRange("bobot_ckp", ckpWeight, 0, 1);
  if (!w.ok) return w;
  return ok(tidy(c.value * w.value + Math.min(n.value, NP_CAP_IN_NKP) * (1 - w.value)));
}

/** Nilai Tugas Tambahan from the number of additional tasks with a letter of assignment. */
const NTT_BANDS: readonly Band<number>[] = [
  { label: 3, from: 7, inclusive: true },
  { label: 2, from: 4, inclusive: true },
  { label: 1, from: 1, inclusive: true },
  { label: 0, from: 0, inclusive: true },
];

export function nilaiTugasTambahan(jumlahTugas: number): Result<number> {
  const n = nonNegativeInteger("tugas_tambahan", jumlahTugas);
  if (!n.ok) return n;
  return ok(classify(NTT_BANDS, jumlahTugas));
}

/** Tabel 21 — Nilai Kreativitas by the reach of the benefit and who attests it. */
export type TingkatKreativitas = "unit" | "organisasi" | "negara";

export const KREATIVITAS: Readonly<Record<TingkatKreativitas, { nilai: number; keterangan: string }>> = {
  unit: { nilai: 3, keterangan: "bermanfaat bagi unit kerja, surat keterangan kepala unit kerja setingkat eselon II" },
  organisasi: { nilai: 6, keterangan: "bermanfaat bagi organisasi, surat keterangan PPK" },
  negara: { nilai: 12, keterangan: "bermanfaat bagi negara, penghargaan dari Presiden" },
};

export const parseTingkatKreativitas = vocabulary<TingkatKreativitas>([
  ["unit", ["unit", "unit kerja", "eselon ii", "eselon 2"]],
  ["organisasi", ["organisasi", "instansi", "ppk", "kementerian"]],
  ["negara", ["negara", "nasional", "presiden"]],
]);

/** Creativity is not cumulative: the highest level applies. No level → 0. */
export function nilaiKreativitas(tingkat: readonly TingkatKreativitas[]): number {
  let best = 0;
  for (const t of tingkat) best = Math.max(best, KREATIVITAS[t].nilai);
  return best;
}

const ALLOWED_NK = [0, 3, 6, 12];

/** NSKP = CKP + NTT + NK, at most 120 (PP 46/2011 practice, Perka BKN 1/2013). */
export function nskp(ckp: number, jumlahTugasTambahan = 0, nk = 0): Result<number> {
  const c = inRange("ckp", ckp, 0, SCORE_MAX);
  if (!c.ok) return c;
  const ntt = nilaiTugasTambahan(jumlahTugasTambahan);
  if (!ntt.ok) return ntt;
  if (!ALLOWED_NK.includes(nk)) {
    return invalid(`kreativitas harus 3, 6, 12 (atau "unit", "organisasi", "negara"); tertulis ${formatNumber(nk)}.`);
  }
  return ok(Math.min(SCORE_MAX, tidy(c.value + ntt.value + nk)));
}

/** NPKP = NSKP × 60 % + NP × 40 % (PP 46/2011 as applied by Kemenkeu); NP counts at most 100. */
export function npkp(nskpValue: number, np: number): Result<number> {
  const s = inRange("nskp", nskpValue, 0, SCORE_MAX);
  if (!s.ok) return s;
  const n = inRange("np", np, 0, SCORE_MAX);
  if (!n.ok) return n;
  return ok(tidy(s.value * 0.6 + clamp(n.value, 0, NP_CAP_IN_NPKP) * 0.4));
}

/** Force majeure: the rater may set the SKP score directly, between 76 and 100. */
export function skpForceMajeure(nilai: number): Result<number> {
  return inRange("nilai SKP force majeure", nilai, 76, 100);
}
