/**
 * Bench section "workbook": the workbook engine (src/workbook) and the Office.js adapter
 * (src/excel) on synthetic agency recaps of 1,000 / 10,000 / 50,000 / 200,000 employees
 * (bench/synthetic.ts).
 *
 * Engine: `validateSheet` (detection, row classification, every rule) and `buildRecommendation`
 * ("generate": model, assessment, the recommendation sheet plan), median of 5 runs after 1
 * warm-up per size (1 run for 200,000 rows), reported as ms and ms per 1,000 rows (information)
 * and as the ratio of CPU time to a baseline timed in the same run: a JSON round trip of the same
 * cells (what bench:check compares).
 *
 * Adapter, against the Excel test double (@kinerja/office-double, installGlobals): `readSheet` of the
 * recap and `writeSheetPlan` of the generated plan, once with the web budget (WEB_PAYLOAD_BUDGET,
 * the double enforcing Excel on the web's 5 MB limit) and once with an unlimited (desktop) budget.
 * Reported: syncs, the largest request and response of any one sync, total bytes, and the bound
 * the budget implies (2 + ⌈bytes ÷ budget⌉): syncs grow with bytes ÷ budget, never with rows.
 *
 *   npm run bench -- --only=workbook
 *   BENCH_SIZES=50000 npm run bench -- --only=workbook
 */
import { readSheet, WEB_PAYLOAD_BUDGET, writeSheetPlan } from "../src/excel";
import { createWorkbookDouble, installGlobals, uninstallGlobals, type FixtureCell, type WorkbookDouble } from "@kinerja/office-double";
import { buildRecommendation, detectTable, planCellCount, SettingsSchema, SheetModel, validateSheet } from "../src/workbook";
import { median, nowMs, pairedRatio, round, Sample, timedCpu } from "./common";
import { SHEET_NAME, syntheticSheet, WIDTH } from "./synthetic";

export const WORKBOOK_SIZES = [1_000, 10_000, 50_000, 200_000];
const TODAY = new Date(2026, 0, 15, 12);
const SETTINGS = SettingsSchema.parse({ aturan: "PP30" });
/** Excel on the web rejects a request or response above about 5 MB; the double enforces this. */
export const WEB_LIMIT_BYTES = 5_000_000;

export interface SyncStats {
  readonly syncs: number;
  readonly maxRequestBytes: number;
  readonly maxResponseBytes: number;
  readonly totalRequestBytes: number;
  readonly totalResponseBytes: number;
  /** 2 + ⌈payload bytes ÷ budget⌉ (1 when the budget is unlimited): what payload-split syncs allow. */
  readonly payloadBound: number;
  readonly ms: number;
}

export interface AdapterRun {
  readonly budget: "web" | "desktop";
  readonly budgetBytes: number | null;
  readonly read: SyncStats;
  readonly write: SyncStats;
}

export interface WorkbookSizeResult {
  readonly rows: number;
  readonly columns: number;
  readonly validateMs: number;
  readonly generateMs: number;
  readonly validateMsPer1000: number;
  readonly generateMsPer1000: number;
  readonly validateRunsMs: number[];
  readonly generateRunsMs: number[];
  /** Baseline: CPU ms of JSON.parse(JSON.stringify(cells)) of the same sheet, timed in the same run. */
  readonly jsonRoundTripCpuMs: number;
  readonly validateCpuMs: number;
  readonly generateCpuMs: number;
  /** validate ÷ JSON round trip (median of paired CPU-time ratios): what bench:check compares. */
  readonly validateRatio: number;
  readonly generateRatio: number;
  readonly findings: number;
  readonly errors: number;
  readonly warnings: number;
  readonly planted: Record<string, number>;
  readonly planCells: number;
  readonly adapter: AdapterRun[];
}

function stats(double: WorkbookDouble, ms: number, budget: number, direction: "read" | "write"): SyncStats {
  const log = double.syncLog;
  const totalRequestBytes = log.reduce((a, s) => a + s.requestBytes, 0);
  const totalResponseBytes = log.reduce((a, s) => a + s.responseBytes, 0);
  const payload = direction === "read" ? totalResponseBytes : totalRequestBytes;
  return {
    syncs: double.syncCount,
    maxRequestBytes: Math.max(0, ...log.map((s) => s.requestBytes)),
    maxResponseBytes: Math.max(0, ...log.map((s) => s.responseBytes)),
    totalRequestBytes,
    totalResponseBytes,
    payloadBound: Number.isFinite(budget) ? 2 + Math.ceil(payload / budget) : 2,
    ms: round(ms),
  };
}

async function adapterRun(values: FixtureCell[][], budget: "web" | "desktop"): Promise<AdapterRun> {
  const web = budget === "web";
  const budgetBytes = web ? WEB_PAYLOAD_BUDGET : Number.POSITIVE_INFINITY;
  const double = createWorkbookDouble({ payloadLimitBytes: web ? WEB_LIMIT_BYTES : Number.POSITIVE_INFINITY, platform: web ? "OfficeOnline" : "PC" });
  double.addSheet(SHEET_NAME, values, { activate: true });
  double.removeSheet("Sheet1");
  installGlobals(globalThis, double);
  try {
    double.resetCounters();
    let t = nowMs();
    const read = await readSheet(SHEET_NAME, budgetBytes);
    const readStats = stats(double, nowMs() - t, budgetBytes, "read");
    if (readStats.syncs !== read.syncs) throw new Error(`readSheet reported ${read.syncs} syncs, the double counted ${readStats.syncs}`);
    const layout = detectTable(read.sheet);
    if (!layout) throw new Error("no table detected in the sheet read through the adapter");
    const build = buildRecommendation(new SheetModel(read.sheet, layout), SETTINGS, read.info, TODAY);
    double.resetCounters();
    t = nowMs();
    const written = await writeSheetPlan(build.plan, budgetBytes);
    const writeStats = stats(double, nowMs() - t, budgetBytes, "write");
    if (writeStats.syncs !== written.syncs) throw new Error(`writeSheetPlan reported ${written.syncs} syncs, the double counted ${writeStats.syncs}`);
    return { budget, budgetBytes: Number.isFinite(budgetBytes) ? budgetBytes : null, read: readStats, write: writeStats };
  } finally {
    uninstallGlobals(globalThis);
  }
}

async function benchSize(n: number): Promise<WorkbookSizeResult> {
  const { sheet, planted } = syntheticSheet(n);
  const layout = detectTable(sheet);
  if (!layout) throw new Error("synthetic sheet has no table");
  const existing = { sheetNames: [sheet.name], ownSheets: [], tableNames: [] };
  const validate = () => validateSheet(sheet, { settings: SETTINGS, today: TODAY });
  const generate = () => buildRecommendation(new SheetModel(sheet, layout), SETTINGS, existing, TODAY);

  // Baseline of the same run: a JSON round trip of the same cells (stringify + parse), timed back
  // to back with each validate and generate, so the ratios mean the same on a busy machine.
  const roundTrip = () => JSON.parse(JSON.stringify(sheet.values)) as unknown;
  const runs = n >= 200_000 ? 1 : 5;
  validate();
  generate();
  roundTrip();
  const validateRuns: Sample[] = [];
  const generateRuns: Sample[] = [];
  const jsonRuns: Sample[] = [];
  let report = validate();
  let build = generate();
  for (let r = 0; r < runs; r++) {
    jsonRuns.push(timedCpu(roundTrip));
    validateRuns.push(timedCpu(() => (report = validate())));
    generateRuns.push(timedCpu(() => (build = generate())));
  }
  if (report.rowsChecked !== n) throw new Error(`expected ${n} rows checked, got ${report.rowsChecked}`);
  if (build.rows.length !== n) throw new Error(`expected ${n} recommendation rows, got ${build.rows.length}`);
  const validateMs = round(median(validateRuns.map((x) => x.wallMs)));
  const generateMs = round(median(generateRuns.map((x) => x.wallMs)));

  const adapter: AdapterRun[] = [];
  for (const budget of ["web", "desktop"] as const) adapter.push(await adapterRun(sheet.values as FixtureCell[][], budget));

  return {
    rows: n,
    columns: WIDTH,
    validateMs,
    generateMs,
    validateMsPer1000: round((validateMs / n) * 1000, 3),
    generateMsPer1000: round((generateMs / n) * 1000, 3),
    validateRunsMs: validateRuns.map((x) => round(x.wallMs)),
    generateRunsMs: generateRuns.map((x) => round(x.wallMs)),
    jsonRoundTripCpuMs: round(median(jsonRuns.map((x) => x.cpuMs))),
    validateCpuMs: round(median(validateRuns.map((x) => x.cpuMs))),
    generateCpuMs: round(median(generateRuns.map((x) => x.cpuMs))),
    validateRatio: pairedRatio(validateRuns, jsonRuns),
    generateRatio: pairedRatio(generateRuns, jsonRuns),
    findings: report.findings.length,
    errors: report.counts.errors,
    warnings: report.counts.warnings,
    planted: Object.fromEntries(planted),
    planCells: planCellCount(build.plan),
    adapter,
  };
}

export async function benchWorkbook(sizes: readonly number[] = WORKBOOK_SIZES): Promise<WorkbookSizeResult[]> {
  const out: WorkbookSizeResult[] = [];
  for (const n of sizes) {
    out.push(await benchSize(n));
    if (global.gc) global.gc();
  }
  return out;
}
