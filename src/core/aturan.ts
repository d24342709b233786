/**
 * The registry of rule sets. Each rule set describes itself in its own module (rule-set.ts says
 * what it must describe); this Record lists them, so a rule set added to `Aturan` but not here,
 * or here without a piece, does not compile. Everything else derives from the registry.
 */
import { KEMENKEU } from "./kemenkeu/status";
import { PERMENPANRB6 } from "./permenpanrb-6-2022";
import { POLRI } from "./polri";
import { PP30 } from "./pp30-2019";
import { PP46 } from "./pp46-2011";
import { invalid, ok, Result } from "./result";
import { Aturan, PredikatLevel, RuleSet, Skala } from "./rule-set";
import { vocabulary } from "./words";

export type { Aturan } from "./rule-set";

export const ATURAN: Readonly<Record<Aturan, RuleSet>> = { PP30, PP46, KEMENKEU, POLRI, PERMENPANRB6 };

/** Registry order: the first rule set that owns a word reads it when no rule set is chosen. */
export const ATURAN_VALUES = Object.keys(ATURAN) as Aturan[];

/** Rule sets whose predikat comes from a numeric score. */
export type AturanNilai = Exclude<Aturan, "PERMENPANRB6">;

export const ATURAN_NILAI = ATURAN_VALUES.filter((a) => ATURAN[a].skala !== null) as AturanNilai[];

export interface AturanInfo {
  readonly nama: string;
  readonly sumber: string;
  /** Highest valid score; scores run from 0. Absent for rule sets without a numeric scale. */
  readonly nilaiMaks?: number;
}

export const ATURAN_INFO = Object.fromEntries(
  ATURAN_VALUES.map((a) => [a, { nama: ATURAN[a].nama, sumber: ATURAN[a].sumber, nilaiMaks: ATURAN[a].skala?.nilaiMaks }]),
) as Readonly<Record<Aturan, AturanInfo>>;

export const parseAturan = vocabulary<Aturan>(ATURAN_VALUES.map((a) => [a, ATURAN[a].sebutan] as const));

export interface PredikatResult {
  readonly label: string;
  readonly level: PredikatLevel;
}

function skalaOf(aturan: Aturan): Result<Skala> {
  const skala = ATURAN[aturan].skala;
  return skala ? ok(skala) : invalid(`${ATURAN[aturan].nama} tidak memakai nilai angka; predikatnya dari kuadran rating hasil kerja × rating perilaku.`);
}

/** Predikat of a numeric score under a rule set; `inovasi` matters only for PP 30/2019's Sangat Baik. */
export function predikatByAturan(aturan: Aturan, nilai: number, inovasi: boolean): Result<PredikatResult> {
  const skala = skalaOf(aturan);
  if (!skala.ok) return skala;
  const label = skala.value.predikat(nilai, inovasi);
  if (!label.ok) return label;
  const def = ATURAN[aturan].predikat.find((p) => p.label === label.value);
  // A scale that names a label its own list lacks is a defect in the rule set's module.
  if (!def) throw new Error(`${aturan}: predikat ${label.value} tidak terdaftar`);
  return ok({ label: def.label, level: def.level });
}

/** The combined score a rule set computes from SKP and behaviour, or the reason it computes none. */
export function combinedScore(aturan: Aturan, skp: number, perilaku: number, penilaian360: boolean): Result<number> {
  const rule = ATURAN[aturan].nilaiGabungan;
  return rule.ada ? rule.hitung(skp, perilaku, penilaian360) : invalid(rule.alasan);
}

/** Predikat labels of a rule set, highest first (summaries, the chart). */
export function predikatLabels(aturan: Aturan): { level: PredikatLevel; label: string }[] {
  return ATURAN[aturan].predikat.map((p) => ({ level: p.level, label: p.label }));
}
