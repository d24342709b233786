import { invalid, ok, Result } from "./result";
import { vocabulary } from "./words";

/**
 * The five predikat levels every rule set shares, from highest (5) to lowest (1).
 * Rule sets name the levels differently; the position is what other rules use:
 *
 * | level | PP 30/2019    | PP 46/2011, Kemenkeu | Polri  | PermenPANRB 6/2022 |
 * |-------|---------------|----------------------|--------|--------------------|
 * | 5     | Sangat Baik   | Sangat Baik          | Sangat Baik | Sangat Baik   |
 * | 4     | Baik          | Baik                 | Baik   | Baik               |
 * | 3     | Cukup         | Cukup                | Cukup  | Butuh Perbaikan    |
 * | 2     | Kurang        | Kurang               | Kurang | Kurang/Misconduct  |
 * | 1     | Sangat Kurang | Buruk                | —      | Sangat Kurang      |
 *
 * PermenPANRB 6/2022 renamed PP 30/2019's Cukup and Kurang; angka kredit (PermenPANRB 1/2023)
 * uses the new names. Treating them as the same level is how one year's PP 30 predikat and the
 * next year's e-Kinerja predikat can be compared (two-year rewards).
 */
export type PredikatLevel = 1 | 2 | 3 | 4 | 5;

export const PREDIKAT_SPELLINGS: ReadonlyArray<readonly [PredikatLevel, readonly string[]]> = [
  [5, ["Sangat Baik"]],
  [4, ["Baik"]],
  [3, ["Cukup", "Butuh Perbaikan"]],
  [2, ["Kurang", "Kurang/Misconduct", "Misconduct"]],
  [1, ["Sangat Kurang", "Buruk"]],
];

const lookupPredikat = vocabulary(PREDIKAT_SPELLINGS);

/** Level of a predikat typed by a user, in any rule set's wording. */
export function parsePredikat(text: string, argumentName = "predikat"): Result<PredikatLevel> {
  const level = lookupPredikat(text);
  if (level === undefined) {
    return invalid(
      `${argumentName} "${text}" tidak dikenal. Gunakan Sangat Baik, Baik, Cukup/Butuh Perbaikan, Kurang/Misconduct, Sangat Kurang atau Buruk.`,
    );
  }
  return ok(level);
}

/** Expectation status, PP 30/2019 penjelasan Pasal 41 ayat (8). */
export type Ekspektasi = "Di Atas Ekspektasi" | "Sesuai Ekspektasi" | "Di Bawah Ekspektasi";

export const EKSPEKTASI_VALUES: readonly Ekspektasi[] = ["Di Atas Ekspektasi", "Sesuai Ekspektasi", "Di Bawah Ekspektasi"];

/**
 * Sangat Baik and Baik are above expectation, Cukup and Kurang meet it, Sangat Kurang is below.
 * Buruk (PP 46/2011's lowest) stands where Sangat Kurang stands.
 */
export function ekspektasiFromLevel(level: PredikatLevel): Ekspektasi {
  if (level >= 4) return "Di Atas Ekspektasi";
  if (level >= 2) return "Sesuai Ekspektasi";
  return "Di Bawah Ekspektasi";
}

const lookupEkspektasi = vocabulary<Ekspektasi>([
  ["Di Atas Ekspektasi", ["di atas ekspektasi", "diatas ekspektasi", "di atas", "diatas", "atas", "melampaui"]],
  ["Sesuai Ekspektasi", ["sesuai ekspektasi", "sesuai", "memenuhi"]],
  ["Di Bawah Ekspektasi", ["di bawah ekspektasi", "dibawah ekspektasi", "di bawah", "dibawah", "bawah"]],
]);

/** Expectation status typed directly ("di atas", "Sesuai Ekspektasi"…) or derived from a predikat. */
export function parseEkspektasi(text: string, argumentName: string): Result<Ekspektasi> {
  const direct = lookupEkspektasi(text);
  if (direct) return ok(direct);
  const level = lookupPredikat(text);
  if (level !== undefined) return ok(ekspektasiFromLevel(level));
  return invalid(
    `${argumentName} "${text}" tidak dikenal. Gunakan "di atas ekspektasi", "sesuai ekspektasi", "di bawah ekspektasi" atau sebuah predikat.`,
  );
}
