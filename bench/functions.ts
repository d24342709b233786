/**
 * Bench section "functions": one KINERJA call over a 100,000-cell column (100000×1), the way Excel
 * calls `=KINERJA.PREDIKAT(D2:D100001; …)`. Each function runs through the catalogue's `evaluate`
 * (what Excel, the CLI and the task pane share) and again through `toExcel` (the generated entry
 * point's mapping of failures to CustomFunctions.Error), with a minimal CustomFunctions stub.
 *
 *   npm run bench -- --only=functions
 *   BENCH_ONLY=IKU npm run bench -- --only=functions   # one function (e.g. to profile)
 *
 * Inputs are pseudo-random from a fixed seed and include the rules' boundaries, text numbers
 * ("95,5", "95%"), words in several spellings, blanks and invalid cells (so error mapping is paid).
 * Reported: median of 7 timed runs after 2 warm-ups.
 */
import { findFunction } from "../src/functions/catalogue";
import { isFunctionError } from "../src/functions/cell-values";
import { toExcel } from "../src/functions/excel-output";
import type { OutputMatrix } from "../src/functions/grid";
import { mulberry32 } from "../test/oracle/oracle";
import { median, round } from "./common";

const CELLS = 100_000;
const WARMUPS = 2;
const RUNS = 7;
const TARGET_MS = 50;
export const FUNCTIONS_SEED = 20240601;
export const FUNCTIONS_CELLS = CELLS;

/** Minimal stand-in for Excel's CustomFunctions runtime (toExcel reads it when called). */
class StubCustomFunctionError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

function installCustomFunctionsStub(): () => void {
  const target = globalThis as unknown as { CustomFunctions?: unknown };
  const previous = Object.getOwnPropertyDescriptor(target, "CustomFunctions");
  Object.defineProperty(target, "CustomFunctions", {
    value: { Error: StubCustomFunctionError, ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A" } },
    configurable: true,
    writable: true,
  });
  return () => {
    if (previous) Object.defineProperty(target, "CustomFunctions", previous);
    else delete target.CustomFunctions;
  };
}

const rng = mulberry32;

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
  const r = rng(FUNCTIONS_SEED);
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

export interface FunctionRow {
  readonly function: string;
  readonly path: "evaluate" | "evaluate+toExcel";
  readonly call: string;
  readonly cells: number;
  readonly errorCells: number;
  readonly medianMs: number;
  /** Fastest of the timed runs: on a shared machine other processes only ever add time. */
  readonly minMs: number;
  readonly evaluationsPerSecond: number;
  readonly runsMs: number[];
  readonly targetMs: number | null;
  /** The fastest run is under the target. */
  readonly meetsTarget: boolean | null;
}

/** Runs every case; the CustomFunctions stub is in place only meanwhile. */
export function benchFunctions(): FunctionRow[] {
  const uninstall = installCustomFunctionsStub();
  try {
    return benchmark();
  } finally {
    uninstall();
  }
}

function benchmark(): FunctionRow[] {
  const rows: FunctionRow[] = [];
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
      // Each measurement starts from a collected heap: the previous case's garbage is not billed here.
      if (global.gc) global.gc();
      const run = path === "evaluate" ? () => fn.evaluate(...c.args) : () => toExcel(fn.evaluate(...c.args));
      const { medianMs, runsMs } = time(run);
      rows.push({
        function: c.name,
        path,
        call: c.call,
        cells: CELLS,
        errorCells,
        medianMs: round(medianMs),
        minMs: round(Math.min(...runsMs)),
        evaluationsPerSecond: Math.round(CELLS / (medianMs / 1000)),
        runsMs: runsMs.map((x) => round(x)),
        targetMs: target,
        meetsTarget: target === null ? null : Math.min(...runsMs) < target,
      });
    }
  }
  return rows;
}

