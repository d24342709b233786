/**
 * Distribution curve of employee predikat by the unit's organisation predikat
 * (SE MenPANRB 03/2023, applying PermenPANRB 6/2022). The percentages come from a secondary report
 * of the circular, so they are data an agency may adjust (settings), not constants in code.
 */
import { formatNumber } from "./numeric";
import { PredikatLevel } from "./predikat";
import { KUADRAN_LABEL_BY_LEVEL } from "./permenpanrb-6-2022";
import { ok, Result, invalid } from "./result";
import { vocabulary } from "./words";

export type PredikatOrganisasi = "Istimewa" | "Baik" | "Butuh Perbaikan" | "Kurang" | "Sangat Kurang";

export const PREDIKAT_ORGANISASI_VALUES: readonly PredikatOrganisasi[] = [
  "Istimewa",
  "Baik",
  "Butuh Perbaikan",
  "Kurang",
  "Sangat Kurang",
];

export const parsePredikatOrganisasi = vocabulary<PredikatOrganisasi>([
  ["Istimewa", ["istimewa", "sangat baik"]],
  ["Baik", ["baik"]],
  ["Butuh Perbaikan", ["butuh perbaikan", "cukup"]],
  ["Kurang", ["kurang"]],
  ["Sangat Kurang", ["sangat kurang"]],
]);

/** One constraint: the share (or count) of employees whose predikat is one of `levels`. */
export interface CurveConstraint {
  readonly levels: readonly PredikatLevel[];
  readonly bound: "max" | "min";
  /** Percent 0–100 of the unit's employees, or … */
  readonly percent?: number;
  /** … an absolute head count ("at least one"). */
  readonly count?: number;
}

export type DistributionCurve = Readonly<Record<PredikatOrganisasi, readonly CurveConstraint[]>>;

/** SE MenPANRB 03/2023 as reported; keep in sync with the settings schema's defaults. */
export const KURVA_SE_03_2023: DistributionCurve = {
  Istimewa: [{ levels: [5], bound: "max", percent: 70 }],
  Baik: [
    { levels: [4], bound: "max", percent: 70 },
    { levels: [3, 2], bound: "min", count: 1 },
  ],
  "Butuh Perbaikan": [
    { levels: [3], bound: "min", percent: 60 },
    { levels: [5], bound: "max", percent: 10 },
  ],
  Kurang: [
    { levels: [2], bound: "min", percent: 60 },
    { levels: [3], bound: "min", percent: 10 },
    { levels: [5], bound: "max", percent: 10 },
  ],
  "Sangat Kurang": [
    { levels: [1], bound: "min", percent: 60 },
    { levels: [2, 3], bound: "min", percent: 10 },
    { levels: [5], bound: "max", count: 0 },
  ],
};

export interface CurveViolation {
  readonly constraint: CurveConstraint;
  readonly actualCount: number;
  readonly total: number;
  readonly message: string;
}

function describeLevels(levels: readonly PredikatLevel[]): string {
  return levels.map((l) => KUADRAN_LABEL_BY_LEVEL[l]).join(" atau ");
}

function describeBound(c: CurveConstraint): string {
  const word = c.bound === "max" ? "paling banyak" : "paling sedikit";
  if (c.count !== undefined) return c.bound === "max" && c.count === 0 ? "tidak boleh ada" : `${word} ${c.count} orang`;
  return `${word} ${formatNumber(c.percent ?? 0)}%`;
}

/** Checks the employees' predikat levels of one unit against the curve row of its organisation predikat. */
export function checkDistribution(
  levels: readonly PredikatLevel[],
  organisasi: PredikatOrganisasi,
  curve: DistributionCurve = KURVA_SE_03_2023,
): Result<CurveViolation[]> {
  const total = levels.length;
  if (total === 0) return invalid("predikat kosong: isi predikat pegawai satu unit.");
  const violations: CurveViolation[] = [];
  for (const constraint of curve[organisasi]) {
    const actualCount = levels.filter((l) => constraint.levels.includes(l)).length;
    const limit = constraint.count ?? ((constraint.percent ?? 0) / 100) * total;
    const broken = constraint.bound === "max" ? actualCount > limit + 1e-9 : actualCount < limit - 1e-9;
    if (broken) {
      const share = formatNumber((actualCount / total) * 100, 1);
      violations.push({
        constraint,
        actualCount,
        total,
        message: `Predikat organisasi ${organisasi}: ${describeLevels(constraint.levels)} ${describeBound(constraint)}; tertulis ${actualCount} dari ${total} pegawai (${share}%).`,
      });
    }
  }
  return ok(violations);
}
