/**
 * Polri performance assessment (Perkap 99/2020 as reported in LAN "Polri"): faktor spesifik (FS),
 * faktor generik (FG), final score and its predikat (Rentang Nilai, 0–100).
 */
import { Band, classify } from "./bands";
import { clamp, formatNumber, inRange, nonNegativeInteger, roundHalfUp, tidy } from "./numeric";
import { invalid, ok, Result } from "./result";
import { PredikatLevel, RuleSet } from "./rule-set";
import { vocabulary } from "./words";

export const POLRI_MAX = 100;

export type PolriPredikat = "Sangat Baik" | "Baik" | "Cukup" | "Kurang";

/** Sangat Baik 81–100 · Baik 71–80 · Cukup 61–70 · Kurang ≤ 60 (≤ 60: tidak mencapai target kinerja). */
const POLRI_BANDS: readonly Band<PolriPredikat>[] = [
  { label: "Sangat Baik", from: 81, inclusive: true },
  { label: "Baik", from: 71, inclusive: true },
  { label: "Cukup", from: 61, inclusive: true },
  { label: "Kurang", from: 0, inclusive: true },
];

/** Scores are rounded half up to a whole number first (.01–.49 down, .50–.99 up). */
export function predikatPolri(nilai: number, name = "nilai"): Result<PolriPredikat> {
  const checked = inRange(name, nilai, 0, POLRI_MAX);
  if (!checked.ok) return checked;
  return ok(classify(POLRI_BANDS, roundHalfUp(checked.value)));
}

/** FS = kontrak kerja ((quarter + quarter) / 2 × 80 %) + tugas tambahan (count × 4), at most 100. */
export function polriFaktorSpesifik(kontrakTw1: number, kontrakTw2: number, jumlahTugasTambahan: number): Result<number> {
  const a = inRange("kontrak_tw1", kontrakTw1, 0, POLRI_MAX);
  if (!a.ok) return a;
  const b = inRange("kontrak_tw2", kontrakTw2, 0, POLRI_MAX);
  if (!b.ok) return b;
  const n = nonNegativeInteger("jumlah_tugas_tambahan", jumlahTugasTambahan);
  if (!n.ok) return n;
  return ok(Math.min(POLRI_MAX, tidy(((a.value + b.value) / 2) * 0.8 + jumlahTugasTambahan * 4)));
}

/** Award points by the awarding authority; at most 20 in total. */
export const POLRI_AWARD_POINTS = {
  presiden: 15,
  kapolri: 12,
  mabes: 9,
  kapolda: 6,
  polres: 3,
} as const;
export const POLRI_AWARD_CAP = 20;

/** Penalty points subtracted from FG. */
export const POLRI_PENALTY_POINTS = {
  pidana: 15,
  kodeEtik: 12,
  hukumanDisiplin: 9,
  tindakanDisiplin: 6,
} as const;

export const parsePolriAward = vocabulary<number>([
  [POLRI_AWARD_POINTS.presiden, ["presiden"]],
  [POLRI_AWARD_POINTS.kapolri, ["kapolri", "menteri", "setingkat menteri"]],
  [POLRI_AWARD_POINTS.mabes, ["mabes", "pejabat utama mabes", "perwira tinggi", "pati"]],
  [POLRI_AWARD_POINTS.kapolda, ["kapolda", "gubernur", "forkopimda provinsi"]],
  [POLRI_AWARD_POINTS.polres, ["polres", "kapolres", "bupati", "walikota", "wali kota", "pejabat utama polda", "forkopimda"]],
]);

export const parsePolriPenalty = vocabulary<number>([
  [POLRI_PENALTY_POINTS.pidana, ["pidana", "tindak pidana"]],
  [POLRI_PENALTY_POINTS.kodeEtik, ["kode etik", "etik", "pelanggaran kode etik"]],
  [POLRI_PENALTY_POINTS.hukumanDisiplin, ["hukuman disiplin"]],
  [POLRI_PENALTY_POINTS.tindakanDisiplin, ["tindakan disiplin"]],
]);

/**
 * FG = PKA by the rater × 60 % + PKA by peers × 20 % (together at most 80) + award points
 * (at most 20) − penalty points. Without peer ratings the rater's PKA carries both weights (80 %):
 * the source says "Nilai PKA hanya diberikan oleh PP". FG does not go below 0 (range 0–100).
 */
export function polriFaktorGenerik(pkaPenilai: number, pkaRekan: number | undefined, penghargaan: number, hukuman: number): Result<number> {
  const p = inRange("pka_penilai", pkaPenilai, 0, POLRI_MAX);
  if (!p.ok) return p;
  if (pkaRekan !== undefined) {
    const r = inRange("pka_rekan", pkaRekan, 0, POLRI_MAX);
    if (!r.ok) return r;
  }
  if (!Number.isFinite(penghargaan) || penghargaan < 0) return invalid(`penghargaan harus poin 0 atau lebih (tertulis ${formatNumber(penghargaan)}).`);
  if (!Number.isFinite(hukuman) || hukuman < 0) return invalid(`hukuman harus poin 0 atau lebih (tertulis ${formatNumber(hukuman)}).`);
  const pka = pkaRekan === undefined ? pkaPenilai * 0.8 : pkaPenilai * 0.6 + pkaRekan * 0.2;
  return ok(clamp(tidy(Math.min(pka, 80) + Math.min(penghargaan, POLRI_AWARD_CAP) - hukuman), 0, POLRI_MAX));
}

/** Final = FS × 60 % + FG × 40 %, at most 100. */
export function polriNilaiAkhir(fs: number, fg: number): Result<number> {
  const a = inRange("fs", fs, 0, POLRI_MAX);
  if (!a.ok) return a;
  const b = inRange("fg", fg, 0, POLRI_MAX);
  if (!b.ok) return b;
  return ok(Math.min(POLRI_MAX, tidy(a.value * 0.6 + b.value * 0.4)));
}

/** Polri in the registry (aturan.ts). */
export const POLRI: RuleSet<PolriPredikat> = {
  id: "POLRI",
  nama: "Polri",
  sumber: "Perkap 99/2020, Rentang Nilai",
  sebutan: ["POLRI", "Perkap", "Kepolisian"],
  // No expectation status of its own: read as PP 30/2019's table reads the same words.
  predikat: [
    { label: "Sangat Baik", level: 5, ekspektasi: "Di Atas Ekspektasi" },
    { label: "Baik", level: 4, ekspektasi: "Di Atas Ekspektasi" },
    { label: "Cukup", level: 3, ekspektasi: "Sesuai Ekspektasi" },
    { label: "Kurang", level: 2, ekspektasi: "Sesuai Ekspektasi" },
  ],
  skala: {
    nilaiMaks: POLRI_MAX,
    predikat: (nilai) => predikatPolri(nilai),
    bacaan: "dibulatkan dulu ke bilangan bulat (,50 ke atas), lalu Sangat Baik 81–100, Baik 71–80, Cukup 61–70, Kurang ≤60",
  },
  nilaiGabungan: { ada: false, alasan: "Nilai akhir Polri dihitung dari faktor spesifik dan faktor generik (KINERJA.POLRI_NILAI_AKHIR), bukan dari kolom SKP dan perilaku." },
  kuadran: null,
  kataLain: "pemilik",
  bacaanEkspektasi: "dibaca seperti tabel PP 30/2019: Sangat Baik dan Baik = Di Atas Ekspektasi; Cukup dan Kurang = Sesuai Ekspektasi",
};

/** Level of each of the rule set's words. */
export const POLRI_LEVEL = Object.fromEntries(POLRI.predikat.map((p) => [p.label, p.level])) as Readonly<Record<PolriPredikat, PredikatLevel>>;
