/**
 * PermenPANRB 6/2022 — quadrant predikat (BKN e-Kinerja "kuadran kinerja"; no numeric weighting):
 * rating hasil kerja (rows) × rating perilaku kerja (columns). Evaluation is periodic (quarterly,
 * TW I–IV) and annual.
 */
import { Ekspektasi, PredikatLevel } from "./predikat";

export type PredikatKuadran = "Sangat Baik" | "Baik" | "Butuh Perbaikan" | "Kurang/Misconduct" | "Sangat Kurang";

export const KUADRAN_LEVEL: Readonly<Record<PredikatKuadran, PredikatLevel>> = {
  "Sangat Baik": 5,
  Baik: 4,
  "Butuh Perbaikan": 3,
  "Kurang/Misconduct": 2,
  "Sangat Kurang": 1,
};

export const KUADRAN_LABEL_BY_LEVEL: Readonly<Record<PredikatLevel, PredikatKuadran>> = {
  5: "Sangat Baik",
  4: "Baik",
  3: "Butuh Perbaikan",
  2: "Kurang/Misconduct",
  1: "Sangat Kurang",
};

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
