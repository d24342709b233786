/**
 * Benchmark: one KINERJA call over a 100,000-cell column (100000×1), the way Excel calls
 * `=KINERJA.PREDIKAT(D2:D100001; …)`. Each function runs through the catalogue's `evaluate`
 * (what Excel, the CLI and the task pane share) and again through `toExcel` (the generated entry
 * point's mapping of failures to CustomFunctions.Error), with a minimal CustomFunctions stub.
 *
 *   npx tsx bench/functions.ts            # table on stdout, JSON in bench/results/functions.json
 *   BENCH_ONLY=IKU npx tsx bench/functions.ts   # one function (e.g. under node --cpu-prof --import tsx)
 *
 * Inputs are pseudo-random from a fixed seed and include the rules' boundaries, text numbers
 * ("95,5", "95%"), words in several spellings, blanks and invalid cells (so error mapping is paid).
 * Reported: median of 7 timed runs after 2 warm-ups.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { join } from "node:path";
import { findFunction } from "../src/functions/catalogue";
import { isFunctionError } from "../src/functions/cell-values";
import { toExcel } from "../src/functions/excel-output";
import type { OutputMatrix } from "../src/functions/grid";

const CELLS = 100_000;
const WARMUPS = 2;
const RUNS = 7;
const TARGET_MS = 50;
const SEED = 20240601;

/** Minimal stand-in for Excel's CustomFunctions runtime (toExcel reads it when called). */
class StubCustomFunctionError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}
(globalThis as unknown as { CustomFunctions: unknown }).CustomFunctions = {
  Error: StubCustomFunctionError,
  ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A" },
};

/** mulberry32: small, fast, seeded. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const column = (n: number, cell: (i: number) => unknown): unknown[][] => {
  const out: unknown[][] = new Array(n);
  for (let i = 0; i < n; i++) out[i] = [cell(i)];
  return out;
};

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)];
}

/** A number drawn uniformly, or (one time in five) one of the boundaries, sometimes typed as text. */
function score(random: () => number, max: number, boundaries: readonly number[]): unknown {
  const r = random();
  const value = r < 0.2 ? pick(random, boundaries) : Math.round(random() * max * 100) / 100;
  const form = random();
  if (form < 0.05) return String(value).replace(".", ","); // "95,5"
  if (form < 0.07) return `${value}%`; // "95%"
  return value;
}

interface Case {
  readonly name: string;
  readonly call: string;
  readonly args: unknown[];
}

function buildCases(): Case[] {
  const r = rng(SEED);
  const ikuPolarisasi = ["maximize", "Maximize", "maks", "minimize", "MIN", "stabil", "", null];
  const iku: Case = {
    name: "IKU",
    call: "IKU(realisasi[100000×1]; target[100000×1]; polarisasi[100000×1])",
    args: [
      column(CELLS, () => score(r, 200, [0, 80, 88, 95, 100, 105, 120, 150, -5])),
      column(CELLS, (i) => (i % 997 === 0 ? 0 : score(r, 150, [10, 80, 100, 150]))),
      column(CELLS, () => pick(r, ikuPolarisasi)),
    ],
  };
  const predikat: Case = {
    name: "PREDIKAT",
    call: "PREDIKAT(nilai[100000×1]; inovasi[100000×1]; \"PP30\")",
    args: [
      column(CELLS, () => score(r, 125, [0, 49.99, 50, 69.99, 70, 89.99, 90, 109.99, 110, 120, 120.5])),
      column(CELLS, () => pick(r, [true, false, "ya", "tidak", "", null, 1, 0])),
      "PP30",
    ],
  };
  const nilaiKinerja: Case = {
    name: "NILAI_KINERJA",
    call: "NILAI_KINERJA(skp[100000×1]; perilaku[100000×1]; penilaian_360[100000×1])",
    args: [
      column(CELLS, () => score(r, 122, [0, 90, 105, 110, 120, 121])),
      column(CELLS, () => score(r, 120, [0, 90, 95, 120])),
      column(CELLS, () => pick(r, [true, false, "ya", null, ""])),
    ],
  };
  const kinerjaWords = ["di atas ekspektasi", "Di Atas", "diatas", "sesuai ekspektasi", "SESUAI", "di bawah ekspektasi", "Sangat Baik", "Butuh Perbaikan", "Kurang/Misconduct", ""];
  const potensialWords = ["tinggi", "Tinggi", "menengah", "sedang", "rendah", "RENDAH", "x"];
  const kotak: Case = {
    name: "KOTAK_TALENTA",
    call: "KOTAK_TALENTA(kinerja[100000×1]; potensial[100000×1])",
    args: [column(CELLS, () => pick(r, kinerjaWords)), column(CELLS, () => pick(r, potensialWords))],
  };
  const only = process.env.BENCH_ONLY?.split(",").map((s) => s.trim().toUpperCase());
  return [iku, predikat, nilaiKinerja, kotak].filter((c) => !only || only.includes(c.name));
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function time(run: () => unknown): { medianMs: number; runsMs: number[] } {
  for (let i = 0; i < WARMUPS; i++) run();
  const runsMs: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = process.hrtime.bigint();
    run();
    runsMs.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return { medianMs: median(runsMs), runsMs };
}

interface Row {
  readonly function: string;
  readonly path: "evaluate" | "evaluate+toExcel";
  readonly call: string;
  readonly cells: number;
  readonly errorCells: number;
  readonly medianMs: number;
  readonly evaluationsPerSecond: number;
  readonly runsMs: number[];
  readonly targetMs: number | null;
  readonly meetsTarget: boolean | null;
}

const round = (x: number, d = 2) => Math.round(x * 10 ** d) / 10 ** d;

function benchmark(): Row[] {
  const rows: Row[] = [];
  for (const c of buildCases()) {
    const fn = findFunction(c.name);
    if (!fn) throw new Error(`${c.name} not in the catalogue`);
    const once: OutputMatrix = fn.evaluate(...c.args);
    if (once.length !== CELLS || once[0].length !== 1) throw new Error(`${c.name}: expected ${CELLS}×1, got ${once.length}×${once[0]?.length}`);
    let errorCells = 0;
    for (const row of once) {
      const cell = row[0];
      if (isFunctionError(cell)) errorCells++;
      else if (typeof cell === "number" && !Number.isFinite(cell)) throw new Error(`${c.name}: non-finite output`);
    }
    const target = c.name === "IKU" || c.name === "PREDIKAT" ? TARGET_MS : null;
    for (const path of ["evaluate", "evaluate+toExcel"] as const) {
      const run = path === "evaluate" ? () => fn.evaluate(...c.args) : () => toExcel(fn.evaluate(...c.args));
      const { medianMs, runsMs } = time(run);
      rows.push({
        function: c.name,
        path,
        call: c.call,
        cells: CELLS,
        errorCells,
        medianMs: round(medianMs),
        evaluationsPerSecond: Math.round(CELLS / (medianMs / 1000)),
        runsMs: runsMs.map((x) => round(x)),
        targetMs: target,
        meetsTarget: target === null ? null : medianMs < target,
      });
    }
  }
  return rows;
}

function printTable(rows: readonly Row[]): void {
  const header = ["function", "path", "median ms", "evals/s", "error cells", "target"];
  const lines = rows.map((r) => [
    r.function,
    r.path,
    r.medianMs.toFixed(2),
    r.evaluationsPerSecond.toLocaleString("en-US"),
    String(r.errorCells),
    r.targetMs === null ? "—" : `< ${r.targetMs} ms ${r.meetsTarget ? "ok" : "MISSED"}`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const fmt = (cells: string[]) => "| " + cells.map((c, i) => (i >= 2 && i <= 4 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join(" | ") + " |";
  console.log(fmt(header));
  console.log("|" + widths.map((w, i) => (i >= 2 && i <= 4 ? "-".repeat(w + 1) + ":" : "-".repeat(w + 2))).join("|") + "|");
  for (const l of lines) console.log(fmt(l));
}

const rows = benchmark();
printTable(rows);
const results = {
  generatedAt: new Date().toISOString(),
  node: process.version,
  cpu: cpus()[0]?.model ?? "unknown",
  cells: CELLS,
  warmups: WARMUPS,
  runs: RUNS,
  seed: SEED,
  statistic: "median",
  results: rows,
};
const dir = join(__dirname, "results");
mkdirSync(dir, { recursive: true });
writeFileSync(join(dir, "functions.json"), JSON.stringify(results, null, 2) + "\n");
console.log(`\nJSON: ${join("bench", "results", "functions.json")}`);
