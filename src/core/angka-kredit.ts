/**
 * Angka kredit for functional positions (PermenPANRB 1/2023, PerBKN 3/2023):
 * AK = (months ÷ 12) × predikat percentage × annual coefficient, two decimals.
 */
import { formatNumber, roundHalfUp } from "./numeric";
import { PredikatLevel } from "./predikat";
import { invalid, ok, Result } from "./result";
import { vocabulary } from "./words";

/** Percentage per predikat level (Sangat Baik 150 %, Baik 100 %, Butuh Perbaikan 75 %, Kurang/Misconduct 50 %, Sangat Kurang 25 %). */
export const ANGKA_KREDIT_PERCENT: Readonly<Record<PredikatLevel, number>> = {
  5: 1.5,
  4: 1,
  3: 0.75,
  2: 0.5,
  1: 0.25,
};

export type Jenjang =
  | "Pemula"
  | "Terampil"
  | "Mahir"
  | "Penyelia"
  | "Ahli Pertama"
  | "Ahli Muda"
  | "Ahli Madya"
  | "Ahli Utama";

/** Annual coefficient per jenjang. */
export const KOEFISIEN_TAHUNAN: Readonly<Record<Jenjang, number>> = {
  Pemula: 3.75,
  Terampil: 5,
  Mahir: 12.5,
  Penyelia: 25,
  "Ahli Pertama": 12.5,
  "Ahli Muda": 25,
  "Ahli Madya": 37.5,
  "Ahli Utama": 50,
};

export const JENJANG_VALUES = Object.keys(KOEFISIEN_TAHUNAN) as Jenjang[];

export const parseJenjang = vocabulary<Jenjang>(JENJANG_VALUES.map((j) => [j, [j]] as const));

export function angkaKredit(level: PredikatLevel, jenjang: Jenjang, bulan = 12): Result<number> {
  if (!Number.isFinite(bulan) || !Number.isInteger(bulan) || bulan < 1 || bulan > 12) {
    return invalid(`bulan harus bilangan bulat 1–12 (tertulis ${formatNumber(bulan)}).`);
  }
  return ok(roundHalfUp((bulan / 12) * ANGKA_KREDIT_PERCENT[level] * KOEFISIEN_TAHUNAN[jenjang], 2));
}
