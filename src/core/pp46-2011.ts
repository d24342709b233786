/**
 * PP 46/2011 tentang Penilaian Prestasi Kerja PNS, Pasal 17 (legacy, still used by agencies),
 * and the Kemenkeu NPKP status table (LAN Tabel 24) which uses the same cut points.
 * The regulation writes whole numbers (91+, 76–90, 61–75, 51–60, ≤50); decimals fall as
 * x > 90 Sangat Baik · 75 < x ≤ 90 Baik · 60 < x ≤ 75 Cukup · 50 < x ≤ 60 Kurang · x ≤ 50 Buruk.
 */
import { Band, classify } from "./bands";
import { inRange } from "./numeric";
import { PredikatLevel } from "./predikat";
import { ok, Result } from "./result";

export type Pp46Predikat = "Sangat Baik" | "Baik" | "Cukup" | "Kurang" | "Buruk";

export const PP46_LEVEL: Readonly<Record<Pp46Predikat, PredikatLevel>> = {
  "Sangat Baik": 5,
  Baik: 4,
  Cukup: 3,
  Kurang: 2,
  Buruk: 1,
};

const PP46_BANDS: readonly Band<Pp46Predikat>[] = [
  { label: "Sangat Baik", from: 90, inclusive: false },
  { label: "Baik", from: 75, inclusive: false },
  { label: "Cukup", from: 60, inclusive: false },
  { label: "Kurang", from: 50, inclusive: false },
  { label: "Buruk", from: 0, inclusive: true },
];

/**
 * Scores run 0–120: NSKP may reach 120 and the Kemenkeu NPKP table (Tabel 24) goes to 120.
 */
export const PP46_MAX_SCORE = 120;

export function predikatPp46(score: number, name = "nilai"): Result<Pp46Predikat> {
  const checked = inRange(name, score, 0, PP46_MAX_SCORE);
  if (!checked.ok) return checked;
  return ok(classify(PP46_BANDS, checked.value));
}
