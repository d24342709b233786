/**
 * `npm run bench`: every benchmark of issue 7, printed as tables and written to
 * bench/results/bench.json. `npm run bench:check` runs it and compares with bench/budget.json
 * (exit 1 on any regression beyond budget); `npm run bench:check -- --last` checks the last
 * results without running.
 *
 * Runs compiled (tsc → CommonJS in bench/results/build), not under tsx: tsx's on-the-fly
 * transform made the function calls 30–45 % slower than the same code compiled, which is not
 * what Excel runs (webpack's production bundle). See bench/README.md.
 *
 *   npm run bench                                   everything
 *   npm run bench -- --only=functions,native        some sections (others kept from the last run)
 *   BENCH_SIZES=1000,50000 npm run bench -- --only=workbook
 *
 * Sections: functions · native · differential · workbook · cli · start · bundles.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { join } from "node:path";
import { BundleResult, benchBundles } from "./bundles";
import { checkBudget } from "./check";
import { benchCli, CliResult } from "./cli";
import { benchCliStart, StartResult } from "./cli-start";
import { kb, mb, RESULTS_DIR, round, ROOT, table } from "./common";
import { benchFunctions, FunctionRow } from "./functions";
import { benchDifferential, benchNative, DifferentialResult, NativeResult } from "./native";
import { benchWorkbook, WorkbookSizeResult, WORKBOOK_SIZES } from "./workbook";

export const SECTIONS = ["functions", "native", "differential", "workbook", "cli", "start", "bundles"] as const;
export type Section = (typeof SECTIONS)[number];

export interface BenchResults {
  generatedAt: string;
  machine: { cpu: string; cores: number; memoryGb: number; node: string; platform: string; runner: string };
  sections: Partial<Record<Section, string>>;
  functions?: FunctionRow[];
  native?: NativeResult[];
  differential?: DifferentialResult[];
  workbook?: WorkbookSizeResult[];
  cli?: CliResult;
  start?: StartResult;
  bundles?: BundleResult;
}

export const RESULTS_FILE = join(RESULTS_DIR, "bench.json");

function cpuModel(): string {
  try {
    const m = /model name\s*:\s*(.+)/.exec(readFileSync("/proc/cpuinfo", "utf8"));
    if (m) return m[1].trim();
  } catch {
    /* not Linux */
  }
  return cpus()[0]?.model ?? "unknown";
}

export function loadResults(): BenchResults | undefined {
  return existsSync(RESULTS_FILE) ? (JSON.parse(readFileSync(RESULTS_FILE, "utf8")) as BenchResults) : undefined;
}

// --- printing ----------------------------------------------------------------------------------

function printFunctions(rows: readonly FunctionRow[]): void {
  table(
    "Custom functions: one call over 100,000 cells against a plain loop of the same rule, CPU time, median of 9 (filled columns: plain numbers or words, 1 % text numbers, 1 % blank or invalid)",
    ["function", "plain loop CPU ms", "ours CPU ms", "ours ÷ loop", "+toExcel CPU ms", "+toExcel ÷ loop", "wall ms plain / ours (median)", "evaluations/s (ours, CPU)", "error cells"],
    rows.map((r) => [
      r.function,
      r.plain.cpuMedianMs.toFixed(2),
      r.ours.cpuMedianMs.toFixed(2),
      `${r.ratio.toFixed(2)}×`,
      r.oursExcel.cpuMedianMs.toFixed(2),
      `${r.ratioExcel.toFixed(2)}×`,
      `${r.plain.medianMs.toFixed(1)} / ${r.ours.medianMs.toFixed(1)}`,
      r.evaluationsPerSecond,
      r.errorCells,
    ]),
  );
}

function printNative(rows: readonly NativeResult[]): void {
  table(
    "Same inputs as native formulas in HyperFormula (100,000 rows of the differential inputs)",
    ["function", "ours ms", "ours evals/s", "HF build ms", "HF recalc ms", "HF evals/s", "ours faster ×"],
    rows.map((r) => [r.function, r.oursMs.toFixed(2), r.oursEvaluationsPerSecond, r.hyperFormulaBuildMs.toFixed(0), r.hyperFormulaRecalcMs.toFixed(0), r.hyperFormulaEvaluationsPerSecond, r.speedup.toFixed(1)]),
  );
}

function printDifferential(rows: readonly DifferentialResult[]): void {
  table(
    "Differential test against HyperFormula (100,000 inputs per oracle)",
    ["oracle", "inputs", "agree", "documented differences (rows that differ)", "unexplained", "violated"],
    rows.map((r) => [r.oracle, r.inputs, r.agree, r.differences.map((d) => `${d.id} ${d.differed}`).join(" · "), r.unexplained, r.violated]),
  );
}

function printWorkbook(rows: readonly WorkbookSizeResult[]): void {
  table(
    "Workbook engine (validate = validateSheet, generate = buildRecommendation)",
    ["rows", "validate ms", "ms/1,000", "generate ms", "ms/1,000", "JSON round trip CPU ms", "validate ÷ JSON", "generate ÷ JSON", "findings (err/warn)", "plan cells"],
    rows.map((r) => [
      r.rows,
      r.validateMs.toFixed(1),
      r.validateMsPer1000.toFixed(2),
      r.generateMs.toFixed(1),
      r.generateMsPer1000.toFixed(2),
      r.jsonRoundTripCpuMs.toFixed(1),
      `${r.validateRatio.toFixed(2)}×`,
      `${r.generateRatio.toFixed(2)}×`,
      `${r.findings} (${r.errors}/${r.warnings})`,
      r.planCells,
    ]),
  );
  const lines: (string | number)[][] = [];
  for (const r of rows) {
    for (const a of r.adapter) {
      lines.push([
        r.rows,
        a.budget === "web" ? "web (4 MB)" : "desktop (∞)",
        a.read.syncs,
        mb(a.read.maxResponseBytes),
        mb(a.read.totalResponseBytes),
        a.read.ms.toFixed(0),
        a.write.syncs,
        mb(a.write.maxRequestBytes),
        mb(a.write.totalRequestBytes),
        a.write.ms.toFixed(0),
      ]);
    }
  }
  table(
    "Office.js adapter against the Excel test double (readSheet, writeSheetPlan)",
    ["rows", "budget", "read syncs", "largest response", "read bytes", "read ms", "write syncs", "largest request", "write bytes", "write ms"],
    lines,
  );
}

function printCli(r: CliResult): void {
  table(
    `CLI: kinerja validasi over ${r.workbooks} workbooks × ${r.rowsPerWorkbook.toLocaleString("en-US")} rows (${r.folderMb} MB of .xlsx); baseline: JSON round trip of the same cells, ${r.jsonRoundTripCpuMs.toFixed(0)} CPU ms`,
    ["run", "wall ms", "CPU ms", "CPU ÷ JSON round trip", "peak RSS MB", "files", "rows checked", "how"],
    [r.inProcess, r.childProcess].map((p, i) => [
      i === 0 ? "in-process" : "child process",
      p.wallMs.toFixed(0),
      p.cpuMs === null ? "—" : p.cpuMs.toFixed(0),
      p.ratio === null ? "—" : `${p.ratio.toFixed(2)}×`,
      p.peakRssMb.toFixed(1),
      p.files ?? "—",
      p.rows ?? "—",
      `${p.how}; peak from ${p.peakFrom}`,
    ]),
  );
  table(
    "CLI: kinerja validasi FILE --json on one recap per size (child process; 1,000,000 rows with BENCH_CLI_MILLION=1)",
    ["rows", "file MB", "wall ms", "CPU ms", "peak RSS MB", "rows checked", "errors", "warnings"],
    r.sizes.map((s) => [s.rows.toLocaleString("en-US"), s.fileMb.toFixed(1), s.wallMs.toFixed(0), s.cpuMs === null ? "—" : s.cpuMs.toFixed(0), s.peakRssMb.toFixed(1), s.rowsChecked, s.errors, s.warnings]),
  );
}

function printStart(r: StartResult): void {
  const cpu = (ms: number | null) => (ms === null ? "–" : ms.toFixed(0));
  table(
    "CLI start: one small request, from spawn to exit, median of 7 (node alone measured in the same run)",
    ["command", "wall ms", "CPU ms", "CPU over node alone ms", "CPU ÷ node alone"],
    [
      ["node -e 0", r.node.wallMedianMs.toFixed(0), cpu(r.node.cpuMedianMs), "–", "1×"],
      ...[r.fungsi, r.validasi].map((m) => [m.command, m.wallMedianMs.toFixed(0), cpu(m.cpuMedianMs), cpu(m.overNodeCpuMs), m.ratioToNode === null ? "–" : `${m.ratioToNode.toFixed(2)}×`]),
    ],
  );
}

function printBundles(b: BundleResult): void {
  const rows: (string | number)[][] = [
    ["functions", b.functions.file, kb(b.functions.bytes), kb(b.functions.gzipBytes)],
    ["task pane (loaded at start)", b.taskpaneEntry.file, kb(b.taskpaneEntry.bytes), kb(b.taskpaneEntry.gzipBytes)],
    ...b.taskpaneChunks.map((c) => ["task pane chunk", c.file, kb(c.bytes), kb(c.gzipBytes)]),
    ["task pane total", `${b.taskpaneTotal.files} files`, kb(b.taskpaneTotal.bytes), kb(b.taskpaneTotal.gzipBytes)],
  ];
  table(`Bundles (dist/, production build${b.built ? ", rebuilt for this run" : ""})`, ["bundle", "file", "raw", "gzip"], rows);
}

// --- main --------------------------------------------------------------------------------------

function parseArgs(argv: readonly string[]): { only: Section[]; check: boolean; last: boolean } {
  let only: Section[] = [...SECTIONS];
  let check = false;
  let last = false;
  for (const arg of argv) {
    if (arg === "--check") check = true;
    else if (arg === "--last") last = true;
    else if (arg.startsWith("--only=")) {
      only = arg
        .slice("--only=".length)
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean) as Section[];
      const unknown = only.filter((s) => !SECTIONS.includes(s));
      if (unknown.length > 0) throw new Error(`unknown section(s) ${unknown.join(", ")}; use ${SECTIONS.join(", ")}`);
    } else throw new Error(`unknown argument ${arg}`);
  }
  return { only, check, last };
}

async function main(): Promise<number> {
  const { only, check, last } = parseArgs(process.argv.slice(2));
  if (last) {
    const previous = loadResults();
    if (!previous) {
      console.error("bench:check --last: no bench/results/bench.json; run npm run bench first.");
      return 1;
    }
    return checkBudget(previous) ? 0 : 1;
  }
  const previous = loadResults();
  const results: BenchResults = {
    ...(previous ?? {}),
    generatedAt: new Date().toISOString(),
    machine: {
      cpu: cpuModel(),
      cores: cpus().length,
      memoryGb: round(totalmem() / 1024 ** 3, 1),
      node: process.version,
      platform: `${process.platform} ${process.arch}`,
      runner: "node, compiled with tsc (bench/tsconfig.json → bench/results/build)",
    },
    sections: { ...(previous?.sections ?? {}) },
  };
  console.log(`Kinerja ASN benchmarks — ${results.machine.cpu}, ${results.machine.cores} cores, node ${results.machine.node}`);
  const mark = (s: Section) => (results.sections[s] = new Date().toISOString());

  if (only.includes("functions")) {
    results.functions = benchFunctions();
    mark("functions");
    printFunctions(results.functions);
  }
  if (only.includes("native")) {
    results.native = benchNative();
    mark("native");
    printNative(results.native);
  }
  if (only.includes("differential")) {
    results.differential = benchDifferential();
    mark("differential");
    printDifferential(results.differential);
  }
  if (only.includes("workbook")) {
    const sizes = process.env.BENCH_SIZES ? process.env.BENCH_SIZES.split(",").map(Number) : WORKBOOK_SIZES;
    results.workbook = await benchWorkbook(sizes);
    mark("workbook");
    printWorkbook(results.workbook);
  }
  if (only.includes("cli")) {
    results.cli = await benchCli();
    mark("cli");
    printCli(results.cli);
  }
  if (only.includes("start")) {
    results.start = await benchCliStart();
    mark("start");
    printStart(results.start);
  }
  if (only.includes("bundles")) {
    results.bundles = benchBundles();
    mark("bundles");
    printBundles(results.bundles);
  }

  mkdirSync(RESULTS_DIR, { recursive: true });
  writeFileSync(RESULTS_FILE, JSON.stringify(results, null, 2) + "\n");
  console.log(`\nJSON: ${RESULTS_FILE.slice(ROOT.length + 1)}`);
  if (check) return checkBudget(results) ? 0 : 1;
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(2);
  },
);
