/**
 * PermenPANRB 6/2022 — quadrant predikat (BKN e-Kinerja "kuadran kinerja"; no numeric weighting):
 * rating hasil kerja (rows) × rating perilaku kerja (columns). Evaluation is periodic (quarterly,
 * TW I–IV) and annual.
 */
import { Ekspektasi, PredikatDef, PredikatLevel, RuleSet } from "./rule-set";

export type PredikatKuadran = "Sangat Baik" | "Baik" | "Butuh Perbaikan" | "Kurang/Misconduct" | "Sangat Kurang";

/**
 * The expectation each predikat stands for when only the predikat is known (the add-in's reading;
 * no regulation maps one onto the other): Baik covers di atas × sesuai, sesuai × sesuai and
 * sesuai × di atas, so it reads "sesuai"; Butuh Perbaikan (hasil kerja di bawah) and
 * Kurang/Misconduct (perilaku di bawah) read "di bawah".
 */
export const KUADRAN_PREDIKAT: readonly PredikatDef<PredikatKuadran>[] = [
  { label: "Sangat Baik", level: 5, ekspektasi: "Di Atas Ekspektasi" },
  { label: "Baik", level: 4, ekspektasi: "Sesuai Ekspektasi" },
  { label: "Butuh Perbaikan", level: 3, ekspektasi: "Di Bawah Ekspektasi" },
  {
    label: "Kurang/Misconduct",
    level: 2,
    ekspektasi: "Di Bawah Ekspektasi",
    ejaan: ["Misconduct", "Kurang Misconduct", "Kurang (Misconduct)", "Kurang-Misconduct"],
  },
  { label: "Sangat Kurang", level: 1, ekspektasi: "Di Bawah Ekspektasi" },
];

export const KUADRAN_LEVEL = Object.fromEntries(KUADRAN_PREDIKAT.map((p) => [p.label, p.level])) as Readonly<
  Record<PredikatKuadran, PredikatLevel>
>;

export const KUADRAN_LABEL_BY_LEVEL = Object.fromEntries(KUADRAN_PREDIKAT.map((p) => [p.level, p.label])) as Readonly<
  Record<PredikatLevel, PredikatKuadran>
>;

/** Rows: hasil kerja; columns: perilaku kerja. */
export const KUADRAN: Readonly<Record<Ekspektasi, Readonly<Record<Ekspektasi, PredikatKuadran>>>> = {
  "Di Atas Ekspektasi": {
    "Di Bawah Ekspektasi": "Kurang/Misconduct",
    "Sesuai Ekspektasi": "Baik",
    "Di Atas Ekspektasi": "Sangat Baik",
  },
  "Sesuai Ekspektasi": {
    "Di Bawah Ekspektasi": "Kurang/Misconduct",
    "Sesuai Ekspektasi": "Baik",
    "Di Atas Ekspektasi": "Baik",
  },
  "Di Bawah Ekspektasi": {
    "Di Bawah Ekspektasi": "Sangat Kurang",
    "Sesuai Ekspektasi": "Butuh Perbaikan",
    "Di Atas Ekspektasi": "Butuh Perbaikan",
  },
};

export function predikatKuadran(hasilKerja: Ekspektasi, perilaku: Ekspektasi): PredikatKuadran {
  return KUADRAN[hasilKerja][perilaku];
}

/**
 * Kinerja (expectation status) from the two ratings: the rating hasil kerja, except that a rating
 * perilaku di bawah ekspektasi (misconduct) makes it di bawah. Agrees with KUADRAN_PREDIKAT for
 * every quadrant except Baik, whose own rating the predikat alone cannot tell.
 */
export function ekspektasiDariRating(hasilKerja: Ekspektasi, perilaku: Ekspektasi): Ekspektasi {
  return perilaku === "Di Bawah Ekspektasi" ? "Di Bawah Ekspektasi" : hasilKerja;
}

/** PermenPANRB 6/2022 in the registry (aturan.ts). */
export const PERMENPANRB6: RuleSet<PredikatKuadran> = {
  id: "PERMENPANRB6",
  nama: "PermenPANRB 6/2022",
  sumber: "PermenPANRB 6/2022, kuadran kinerja; SE MenPANRB 03/2023",
  sebutan: ["PERMENPANRB6", "PermenPANRB 6/2022", "6/2022", "KUADRAN", "PERMENPAN6", "e-Kinerja", "ekinerja"],
  predikat: KUADRAN_PREDIKAT,
  skala: null,
  nilaiGabungan: { ada: false, alasan: "PermenPANRB 6/2022 tidak memakai nilai angka: predikat berasal dari kuadran rating hasil kerja × rating perilaku." },
  kuadran: predikatKuadran,
  // 6/2022 renamed PP 30's Cukup and Kurang: under this rule set they are its words at that level.
  kataLain: "level",
  bacaanEkspektasi:
    "dari rating hasil kerja, kecuali rating perilaku di bawah ekspektasi menjadikannya Di Bawah Ekspektasi; dari predikat saja: Sangat Baik = Di Atas, Baik = Sesuai, Butuh Perbaikan, Kurang/Misconduct dan Sangat Kurang = Di Bawah Ekspektasi",
};
