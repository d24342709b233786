/**
 * PP 30/2019 tentang Penilaian Kinerja PNS: combined score and predikat (Pasal 41).
 * Source: LAN 2020 "Sistem Reward ASN Berkinerja Tinggi"; weights as in the regulation's text
 * (70/30 when only the superior rates behaviour, 60/40 when peers/subordinates also rate).
 */
import { Band, classify } from "./bands";
import { inRange, tidy } from "./numeric";
import { ok, Result } from "./result";
import { PredikatLevel, RuleSet } from "./rule-set";

/** Upper end of PP 30/2019's score scale: realisation above target counts at most 120. */
export const PP30_MAX_SCORE = 120;

export type Pp30Predikat = "Sangat Baik" | "Baik" | "Cukup" | "Kurang" | "Sangat Kurang";

/** Pasal 41 ayat (5); Sangat Baik additionally needs innovation, checked in `predikatPp30`. */
const PP30_BANDS: readonly Band<Pp30Predikat>[] = [
  { label: "Sangat Baik", from: 110, inclusive: true },
  { label: "Baik", from: 90, inclusive: true },
  { label: "Cukup", from: 70, inclusive: true },
  { label: "Kurang", from: 50, inclusive: true },
  { label: "Sangat Kurang", from: 0, inclusive: true },
];

/**
 * Predikat of a combined score 0–120. 110 or more is Sangat Baik only when the employee created
 * a new idea or method that benefits the organisation or the state; without it, Baik.
 */
export function predikatPp30(score: number, inovasi: boolean, name = "nilai"): Result<Pp30Predikat> {
  const checked = inRange(name, score, 0, PP30_MAX_SCORE);
  if (!checked.ok) return checked;
  const label = classify(PP30_BANDS, checked.value);
  return ok(label === "Sangat Baik" && !inovasi ? "Baik" : label);
}

export interface BehaviourWeighting {
  readonly skp: number;
  readonly perilaku: number;
}

/** Superior-only behaviour rating: SKP 70 %, behaviour 30 %. */
export const WEIGHTING_SUPERIOR_ONLY: BehaviourWeighting = { skp: 0.7, perilaku: 0.3 };
/** Behaviour rated also by peers and/or subordinates (360°): SKP 60 %, behaviour 40 %. */
export const WEIGHTING_360: BehaviourWeighting = { skp: 0.6, perilaku: 0.4 };

export function weightingFor(penilaian360: boolean): BehaviourWeighting {
  return penilaian360 ? WEIGHTING_360 : WEIGHTING_SUPERIOR_ONLY;
}

/** Combined score (nilai kinerja) from SKP and behaviour, both 0–120. */
export function nilaiKinerja(skp: number, perilaku: number, penilaian360: boolean): Result<number> {
  const s = inRange("skp", skp, 0, PP30_MAX_SCORE);
  if (!s.ok) return s;
  const p = inRange("perilaku", perilaku, 0, PP30_MAX_SCORE);
  if (!p.ok) return p;
  const w = weightingFor(penilaian360);
  return ok(tidy(s.value * w.skp + p.value * w.perilaku));
}

/** Inside a 360° behaviour score the direct superior weighs 60 %, peers and subordinates 40 %. */
export function perilaku360(atasan: number, rekan: number): Result<number> {
  const a = inRange("atasan", atasan, 0, PP30_MAX_SCORE);
  if (!a.ok) return a;
  const r = inRange("rekan", rekan, 0, PP30_MAX_SCORE);
  if (!r.ok) return r;
  return ok(tidy(a.value * 0.6 + r.value * 0.4));
}

/** PP 30/2019 in the registry (aturan.ts). */
export const PP30: RuleSet<Pp30Predikat> = {
  id: "PP30",
  nama: "PP 30/2019",
  sumber: "PP 30/2019 Pasal 41 ayat (5)",
  sebutan: ["PP30", "PP 30/2019", "PP 30 2019", "PP30/2019", "30/2019"],
  // Penjelasan Pasal 41 ayat (8): Sangat Baik and Baik above expectation, Cukup and Kurang meet it.
  predikat: [
    { label: "Sangat Baik", level: 5, ekspektasi: "Di Atas Ekspektasi" },
    { label: "Baik", level: 4, ekspektasi: "Di Atas Ekspektasi" },
    { label: "Cukup", level: 3, ekspektasi: "Sesuai Ekspektasi" },
    { label: "Kurang", level: 2, ekspektasi: "Sesuai Ekspektasi" },
    { label: "Sangat Kurang", level: 1, ekspektasi: "Di Bawah Ekspektasi" },
  ],
  skala: {
    nilaiMaks: PP30_MAX_SCORE,
    predikat: (nilai, inovasi) => predikatPp30(nilai, inovasi),
    bacaan: "Sangat Baik 110–120 dan ada inovasi, Baik 90–120, Cukup 70–<90, Kurang 50–<70, Sangat Kurang <50",
  },
  nilaiGabungan: {
    ada: true,
    hitung: nilaiKinerja,
    bobot: (penilaian360) => (penilaian360 ? "60/40 (360°)" : "70/30 (atasan saja)"),
    bergantung360: true,
  },
  kuadran: null,
  kataLain: "pemilik",
  bacaanEkspektasi: "Sangat Baik dan Baik = Di Atas Ekspektasi; Cukup dan Kurang = Sesuai Ekspektasi; Sangat Kurang = Di Bawah Ekspektasi (penjelasan Pasal 41 ayat 8)",
};

/** Level of each of the rule set's words. */
export const PP30_LEVEL = Object.fromEntries(PP30.predikat.map((p) => [p.label, p.level])) as Readonly<Record<Pp30Predikat, PredikatLevel>>;
