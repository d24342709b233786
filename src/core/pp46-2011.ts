/**
 * PP 46/2011 tentang Penilaian Prestasi Kerja PNS, Pasal 17 (legacy, still used by agencies).
 * (Kemenkeu's NPKP status, Tabel 24, has the same words but reads decimals differently:
 * kemenkeu/npkp.ts.) The regulation writes whole numbers (91+, 76–90, 61–75, 51–60, ≤50); decimals fall as
 * x > 90 Sangat Baik · 75 < x ≤ 90 Baik · 60 < x ≤ 75 Cukup · 50 < x ≤ 60 Kurang · x ≤ 50 Buruk.
 */
import { Band, classify } from "./bands";
import { inRange } from "./numeric";
import { npkp } from "./kemenkeu/nilai";
import { ok, Result } from "./result";
import { PredikatDef, PredikatLevel, RuleSet } from "./rule-set";

export type Pp46Predikat = "Sangat Baik" | "Baik" | "Cukup" | "Kurang" | "Buruk";

const PP46_BANDS: readonly Band<Pp46Predikat>[] = [
  { label: "Sangat Baik", from: 90, inclusive: false },
  { label: "Baik", from: 75, inclusive: false },
  { label: "Cukup", from: 60, inclusive: false },
  { label: "Kurang", from: 50, inclusive: false },
  { label: "Buruk", from: 0, inclusive: true },
];

/** Scores run 0–120: NSKP may reach 120. */
export const PP46_MAX_SCORE = 120;

export function predikatPp46(score: number, name = "nilai"): Result<Pp46Predikat> {
  const checked = inRange(name, score, 0, PP46_MAX_SCORE);
  if (!checked.ok) return checked;
  return ok(classify(PP46_BANDS, checked.value));
}

/**
 * PP 46/2011 has no expectation status of its own; its words are read as PP 30/2019's table
 * reads the same levels (Buruk stands where Sangat Kurang stands). Shared with Kemenkeu.
 */
export const PP46_PREDIKAT: readonly PredikatDef<Pp46Predikat>[] = [
  { label: "Sangat Baik", level: 5, ekspektasi: "Di Atas Ekspektasi" },
  { label: "Baik", level: 4, ekspektasi: "Di Atas Ekspektasi" },
  { label: "Cukup", level: 3, ekspektasi: "Sesuai Ekspektasi" },
  { label: "Kurang", level: 2, ekspektasi: "Sesuai Ekspektasi" },
  { label: "Buruk", level: 1, ekspektasi: "Di Bawah Ekspektasi" },
];

export const PP46_EKSPEKTASI_BACAAN =
  "dibaca seperti tabel PP 30/2019: Sangat Baik dan Baik = Di Atas Ekspektasi; Cukup dan Kurang = Sesuai Ekspektasi; Buruk = Di Bawah Ekspektasi";

/** PP 46/2011 in the registry (aturan.ts). */
export const PP46: RuleSet<Pp46Predikat> = {
  id: "PP46",
  nama: "PP 46/2011",
  sumber: "PP 46/2011 Pasal 17",
  sebutan: ["PP46", "PP 46/2011", "PP 46 2011", "PP46/2011", "46/2011"],
  predikat: PP46_PREDIKAT,
  skala: {
    nilaiMaks: PP46_MAX_SCORE,
    predikat: (nilai) => predikatPp46(nilai),
    bacaan: "Sangat Baik >90, Baik >75–90, Cukup >60–75, Kurang >50–60, Buruk ≤50 (91+, 76–90, 61–75, 51–60, ≤50 untuk bilangan bulat)",
  },
  // NPKP = NSKP × 60 % + NP × 40 % (PP 46/2011, as Kemenkeu applies it).
  nilaiGabungan: { ada: true, hitung: (skp, perilaku) => npkp(skp, perilaku), bobot: () => "60/40", bergantung360: false },
  kuadran: null,
  kataLain: "pemilik",
  bacaanEkspektasi: PP46_EKSPEKTASI_BACAAN,
};

/** Level of each of the rule set's words. */
export const PP46_LEVEL = Object.fromEntries(PP46_PREDIKAT.map((p) => [p.label, p.level])) as Readonly<Record<Pp46Predikat, PredikatLevel>>;
