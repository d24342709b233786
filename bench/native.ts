/**
 * Bench sections "differential" and "native": the KINERJA functions against native Excel formulas
 * in HyperFormula (test/oracle/oracle.ts).
 *
 * - differential: every oracle over 100,000 seeded inputs (boundaries included); each row agrees
 *   or a documented difference governs it and holds. Counts per difference go to the JSON and
 *   the table; any unexplained row or violated expectation fails `bench:check`.
 * - native: speed on the same inputs. Ours: one call over the 100,000-cell columns (median of 7
 *   after 2 warm-ups). HyperFormula: building the sheet (parse + first evaluation of 100,000
 *   formulas) once, and recalculation after replacing the input columns (the same inputs in
 *   reverse order, one setCellContents call; median of 3) — what Excel does when data changes.
 */
import { HyperFormula } from "hyperformula";
import {
  buildNative,
  columnsOf,
  IKU_MAX,
  inputsFor,
  KOTAK_TALENTA,
  NILAI_KINERJA_70_30,
  Oracle,
  OracleReport,
  ORACLES,
  PREDIKAT_PP30,
  runOracle,
} from "../test/oracle/oracle";
import { median, nowMs, round, timeRuns } from "./common";

export const DIFFERENTIAL_INPUTS = 100_000;

export interface DifferentialResult {
  readonly oracle: string;
  readonly function: string;
  readonly formula: string;
  readonly inputs: number;
  readonly agree: number;
  readonly unexplained: number;
  readonly violated: number;
  readonly differences: { id: string; kind: string; applied: number; differed: number; violated: number; explanation: string; examples: unknown[] }[];
  readonly unexplainedExamples: unknown[];
  readonly violationExamples: unknown[];
  readonly oursMs: number;
  readonly hyperFormulaMs: number;
}

export function benchDifferential(n = DIFFERENTIAL_INPUTS): DifferentialResult[] {
  const out: DifferentialResult[] = [];
  for (const oracle of ORACLES) {
    const r: OracleReport = runOracle(oracle, n);
    out.push({
      oracle: r.id,
      function: r.fn,
      formula: r.formula,
      inputs: r.inputs,
      agree: r.agree,
      unexplained: r.unexplainedCount,
      violated: r.differences.reduce((a, d) => a + d.violated, 0),
      differences: r.differences.map((d) => ({ id: d.id, kind: d.kind, applied: d.applied, differed: d.differed, violated: d.violated, explanation: d.explanation, examples: d.examples })),
      unexplainedExamples: r.unexplained.slice(0, 5),
      violationExamples: r.violations.slice(0, 5),
      oursMs: round(r.oursMs),
      hyperFormulaMs: round(r.nativeMs),
    });
    if (global.gc) global.gc();
  }
  return out;
}

/** The four functions of the speed comparison and the oracle whose inputs and formula they use. */
export const NATIVE_CASES: readonly { fn: string; oracle: Oracle }[] = [
  { fn: "IKU", oracle: IKU_MAX },
  { fn: "PREDIKAT", oracle: PREDIKAT_PP30 },
  { fn: "NILAI_KINERJA", oracle: NILAI_KINERJA_70_30 },
  { fn: "KOTAK_TALENTA", oracle: KOTAK_TALENTA },
];

export interface NativeResult {
  readonly function: string;
  readonly oracle: string;
  readonly formula: string;
  readonly cells: number;
  readonly oursMs: number;
  readonly oursEvaluationsPerSecond: number;
  readonly hyperFormulaBuildMs: number;
  readonly hyperFormulaRecalcMs: number;
  readonly hyperFormulaRecalcRunsMs: number[];
  readonly hyperFormulaEvaluationsPerSecond: number;
  /** HyperFormula recalculation time ÷ ours: how many times faster our one call is. */
  readonly speedup: number;
}

export function benchNative(n = DIFFERENTIAL_INPUTS): NativeResult[] {
  const out: NativeResult[] = [];
  for (const { fn, oracle } of NATIVE_CASES) {
    const rows = inputsFor(oracle, n);
    const columns = columnsOf(oracle, rows);
    const ours = timeRuns(() => oracle.ours(columns), 2, 7);

    const t0 = nowMs();
    const hf: HyperFormula = buildNative(oracle, rows);
    const buildMs = nowMs() - t0;
    const sheet = hf.getSheetId("Data")!;
    const reversed = [...rows].reverse().map((r) => [...r]);
    const forward = rows.map((r) => [...r]);
    const recalcRuns: number[] = [];
    for (let i = 0; i < 3; i++) {
      const inputs = i % 2 === 0 ? reversed : forward;
      const start = nowMs();
      hf.setCellContents({ sheet, row: 0, col: 0 }, inputs);
      recalcRuns.push(round(nowMs() - start));
    }
    hf.destroy();
    if (global.gc) global.gc();
    const recalcMs = median(recalcRuns);
    out.push({
      function: fn,
      oracle: oracle.id,
      formula: oracle.formulas(2).join("  then  "),
      cells: n,
      oursMs: ours.medianMs,
      oursEvaluationsPerSecond: Math.round(n / (ours.medianMs / 1000)),
      hyperFormulaBuildMs: round(buildMs),
      hyperFormulaRecalcMs: round(recalcMs),
      hyperFormulaRecalcRunsMs: recalcRuns,
      hyperFormulaEvaluationsPerSecond: Math.round(n / (recalcMs / 1000)),
      speedup: round(recalcMs / ours.medianMs, 1),
    });
  }
  return out;
}
