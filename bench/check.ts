/**
 * Compares bench results with bench/budget.json. Every limit is checked; each failure is printed
 * with the measured value, the limit and what it guards. Returns true when all pass.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "./common";
import type { BenchResults } from "./run";

export interface Budget {
  /** ours ÷ plain loop of the same rule, per function (median of the paired runs). */
  functions: { maxRatioToPlainLoop: Record<string, number>; maxRatioToPlainLoopWithToExcel: Record<string, number> };
  native: { minSpeedup: number };
  differential: { minInputs: number; oracles: number; maxUnexplained: number; maxViolated: number };
  workbook: {
    /** validate / generate CPU time ÷ a JSON round trip of the same cells, at every size ≥ 10,000 rows. */
    maxRatioToJsonRoundTrip: { validate: number; generate: number };
    maxLinearityRatio: number;
    desktopSyncs: { read: number; write: number };
    webSyncs: Record<string, { read: number; write: number }>;
    webMaxPayloadBytes: number;
  };
  /** CPU time of validasi ÷ a JSON round trip of the same cells; peak memory in MB. */
  cli: { maxRatioToJsonRoundTrip: number; maxPeakRssMb: number; maxRecapPeakRssMb: number };
  /** CLI start: CPU time of a small request ÷ node alone's, measured in the same run. */
  start: { maxRatioToNode: { fungsi: number; validasi: number } };
  bundles: { functionsGzipMaxBytes: number; taskpaneEntryGzipMaxBytes: number; taskpaneTotalGzipMaxBytes: number; taskpaneTotalRawMaxBytes: number };
}

export function loadBudget(): Budget {
  return JSON.parse(readFileSync(join(ROOT, "bench", "budget.json"), "utf8")) as Budget;
}

interface Line {
  readonly ok: boolean;
  readonly what: string;
  readonly value: string;
  readonly limit: string;
}

export function evaluateBudget(results: BenchResults, budget: Budget = loadBudget()): Line[] {
  const lines: Line[] = [];
  const max = (what: string, value: number | undefined, limit: number, unit = "") =>
    lines.push({ ok: value !== undefined && value <= limit, what, value: value === undefined ? "missing" : `${value}${unit}`, limit: `≤ ${limit}${unit}` });
  const min = (what: string, value: number | undefined, limit: number, unit = "") =>
    lines.push({ ok: value !== undefined && value >= limit, what, value: value === undefined ? "missing" : `${value}${unit}`, limit: `≥ ${limit}${unit}` });
  const missing = (section: string) => lines.push({ ok: false, what: `section ${section}`, value: "not in the results", limit: "run npm run bench" });

  // Custom functions
  const functions = results.functions;
  if (!functions) missing("functions");
  else {
    const row = (fn: string) => functions.find((r) => r.function === fn);
    for (const [fn, limit] of Object.entries(budget.functions.maxRatioToPlainLoop)) max(`functions: ${fn} over 100,000 cells ÷ plain loop of the same rule (evaluate)`, row(fn)?.ratio, limit, "×");
    for (const [fn, limit] of Object.entries(budget.functions.maxRatioToPlainLoopWithToExcel)) max(`functions: ${fn} over 100,000 cells ÷ plain loop (evaluate + toExcel)`, row(fn)?.ratioExcel, limit, "×");
  }

  // Native ratio
  if (!results.native) missing("native");
  else for (const r of results.native) min(`native: ${r.function} speed-up over HyperFormula recalculation`, r.speedup, budget.native.minSpeedup, "×");

  // Differential
  if (!results.differential) missing("differential");
  else {
    min("differential: oracles run", results.differential.length, budget.differential.oracles);
    for (const r of results.differential) {
      min(`differential: ${r.oracle} inputs`, r.inputs, budget.differential.minInputs);
      max(`differential: ${r.oracle} unexplained disagreements`, r.unexplained, budget.differential.maxUnexplained);
      max(`differential: ${r.oracle} documented differences whose expectation failed`, r.violated, budget.differential.maxViolated);
    }
  }

  // Workbook engine and adapter
  if (!results.workbook) missing("workbook");
  else {
    const w = budget.workbook;
    const big = results.workbook.filter((r) => r.rows >= 10_000);
    for (const r of big) {
      max(`workbook: validate ${r.rows} rows ÷ JSON round trip of the same cells`, r.validateRatio, w.maxRatioToJsonRoundTrip.validate, "×");
      max(`workbook: generate ${r.rows} rows ÷ JSON round trip of the same cells`, r.generateRatio, w.maxRatioToJsonRoundTrip.generate, "×");
    }
    if (big.length >= 2) {
      const first = big[0];
      const last = big[big.length - 1];
      for (const kind of ["validate", "generate"] as const) {
        const key = kind === "validate" ? "validateRatio" : "generateRatio";
        max(`workbook: linear growth — ${kind} ÷ JSON at ${last.rows} rows ÷ the same at ${first.rows}`, Math.round((last[key] / first[key]) * 100) / 100, w.maxLinearityRatio);
      }
    }
    for (const r of results.workbook) {
      for (const a of r.adapter) {
        if (a.budget === "desktop") {
          max(`adapter: desktop read syncs at ${r.rows} rows`, a.read.syncs, w.desktopSyncs.read);
          max(`adapter: desktop write syncs at ${r.rows} rows`, a.write.syncs, w.desktopSyncs.write);
        } else {
          max(`adapter: web largest response at ${r.rows} rows`, a.read.maxResponseBytes, w.webMaxPayloadBytes, " B");
          max(`adapter: web largest request at ${r.rows} rows`, a.write.maxRequestBytes, w.webMaxPayloadBytes, " B");
          max(`adapter: web write syncs at ${r.rows} rows within 2 + ⌈bytes ÷ budget⌉`, a.write.syncs, a.write.payloadBound);
          const limit = w.webSyncs[String(r.rows)];
          if (limit) {
            max(`adapter: web read syncs at ${r.rows} rows`, a.read.syncs, limit.read);
            max(`adapter: web write syncs at ${r.rows} rows`, a.write.syncs, limit.write);
          }
        }
      }
    }
  }

  // CLI
  if (!results.cli) missing("cli");
  else {
    max("cli: 50 × 2,000 rows, child process CPU ÷ JSON round trip", results.cli.childProcess.ratio ?? undefined, budget.cli.maxRatioToJsonRoundTrip, "×");
    max("cli: 50 × 2,000 rows, in-process validateFiles CPU ÷ JSON round trip", results.cli.inProcess.ratio ?? undefined, budget.cli.maxRatioToJsonRoundTrip, "×");
    max("cli: child process peak RSS", results.cli.childProcess.peakRssMb, budget.cli.maxPeakRssMb, " MB");
    max("cli: in-process peak RSS", results.cli.inProcess.peakRssMb, budget.cli.maxPeakRssMb, " MB");
    min("cli: rows checked (child process)", results.cli.childProcess.rows, 100_000);
    // Issue 17: bounded memory whatever the row count (Excel's own limit is 1,048,576 rows).
    for (const s of results.cli.sizes ?? []) {
      max(`cli: validasi of one ${s.rows.toLocaleString("en-US")}-row recap, peak RSS`, s.peakRssMb, budget.cli.maxRecapPeakRssMb, " MB");
      min(`cli: rows checked in the ${s.rows.toLocaleString("en-US")}-row recap`, s.rowsChecked, s.rows);
    }
  }

  // CLI start
  if (!results.start) missing("start");
  else {
    max("start: kinerja fungsi CPU ÷ node alone", results.start.fungsi.ratioToNode ?? undefined, budget.start.maxRatioToNode.fungsi, "×");
    max("start: kinerja validasi (one small file) CPU ÷ node alone", results.start.validasi.ratioToNode ?? undefined, budget.start.maxRatioToNode.validasi, "×");
  }

  // Bundles
  if (!results.bundles) missing("bundles");
  else {
    const b = budget.bundles;
    max("bundles: functions.js gzip", results.bundles.functions.gzipBytes, b.functionsGzipMaxBytes, " B");
    max("bundles: taskpane.js gzip (loaded at start)", results.bundles.taskpaneEntry.gzipBytes, b.taskpaneEntryGzipMaxBytes, " B");
    max("bundles: task pane total gzip (entry + all chunks)", results.bundles.taskpaneTotal.gzipBytes, b.taskpaneTotalGzipMaxBytes, " B");
    max("bundles: task pane total raw", results.bundles.taskpaneTotal.bytes, b.taskpaneTotalRawMaxBytes, " B");
  }
  return lines;
}

export function checkBudget(results: BenchResults, budget: Budget = loadBudget()): boolean {
  const lines = evaluateBudget(results, budget);
  const failed = lines.filter((l) => !l.ok);
  console.log(`\nbench:check against bench/budget.json (results of ${results.generatedAt}): ${lines.length - failed.length}/${lines.length} within budget`);
  for (const l of failed) console.log(`  OVER BUDGET  ${l.what}: ${l.value} (budget ${l.limit})`);
  if (failed.length === 0) console.log("  all within budget");
  else console.log("\nA regression beyond budget. If the new number is intended, say why in bench/README.md and raise the budget in bench/budget.json.");
  return failed.length === 0;
}
