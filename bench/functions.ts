/**
 * Bench section "functions": one KINERJA call over a 100,000-cell column (100000×1), the way Excel
 * calls `=KINERJA.PREDIKAT(D2:D100001; …; "PP30")`, for the functions a column is filled with.
 * Each call is timed against its baseline, a plain loop of the same rule over the same cells
 * (bench/plain-loops.ts), measured in the same run and interleaved run by run, so the ratio
 * ours ÷ plain loop means the same on an idle and on a busy machine. Ours is timed twice: the
 * catalogue's `evaluate` (what Excel, the CLI and the task pane share; the same output shape as
 * the loop) and the generated entry point's path, `evaluate` + `toExcel` (what
 * CustomFunctions.associate hands Excel), with a minimal CustomFunctions stub.
 *
 *   npm run bench -- --only=functions
 *   BENCH_ONLY=IKU npm run bench -- --only=functions   # one function (e.g. to profile)
 *
 * Inputs are pseudo-random from a fixed seed and include the rules' boundaries, text numbers
 * ("95,5", "95%"), words in several spellings, blanks and invalid cells (so error mapping is paid).
 * Reported: wall time (median and fastest of 9 timed runs after 4 warm-ups) as information, and
 * the median of the 9 paired ratios of CPU time (user + system of this process, which does not
 * count the time other processes hold the core), which is what bench:check compares. Each
 * sample starts from a collected heap once V8's helper threads are idle (`settle`), and the
 * order of the three measurements turns from run to run.
 */
import { findFunction } from "../src/functions/catalogue";
import { isFunctionError } from "../src/functions/cell-values";
import { toExcel } from "../src/functions/excel-output";
import type { OutputMatrix } from "../src/functions/grid";
import { mulberry32 } from "../test/oracle/oracle";
import { median, pairedRatio, round, Sample, timedCpu } from "./common";
import * as plain from "./plain-loops";

const CELLS = 100_000;
/**
 * Calls before timing. V8 went on compiling and deoptimising the functions' code for the first
 * 3–4 calls of 100,000 cells (--trace-opt / --trace-deopt); timed runs start after that.
 */
const WARMUPS = 4;
const RUNS = 9;
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

/**
 * A cell of a filled score column: mostly plain numbers inside the domain 0–max (uniform, or one
 * time in five one of the rules' boundaries); about one cell in a hundred typed as text ("95,5",
 * "95%") and one in a hundred blank or outside the domain, so those paths (parsing, messages) are
 * paid without drowning the common case.
 */
function score(random: () => number, max: number, boundaries: readonly number[]): unknown {
  const r = random();
  if (r < 0.005) return pick(random, [null, "", -5, max + 5, "n/a"]);
  const value = r < 0.2 ? pick(random, boundaries) : Math.round(random() * max * 100) / 100;
  const form = random();
  if (form < 0.007) return String(value).replace(".", ","); // "95,5"
  if (form < 0.01) return `${value}%`; // "95%"
  return value;
}

/** A cell of a filled word column: one of the accepted spellings, one time in a hundred a blank or an unknown word. */
function wordCell(random: () => number, words: readonly string[], wrong: readonly unknown[]): unknown {
  return random() < 0.01 ? pick(random, wrong) : pick(random, words);
}

const NIP_BIRTHS = ["19800101", "19751231", "19920229", "19650817", "19880230"];

/** NIPs as officers type them: most valid, with spaces; some with a wrong date, gender digit or length. */
function nip(random: () => number): unknown {
  const r = random();
  if (r < 0.003) return null;
  if (r < 0.006) return 198001012005011000 + Math.floor(random() * 900);
  const birth = pick(random, NIP_BIRTHS);
  const tmt = `${2010 + Math.floor(random() * 10)}${String(1 + Math.floor(random() * 12)).padStart(2, "0")}`;
  const gender = random() < 0.995 ? pick(random, ["1", "2"]) : "3";
  const urut = String(Math.floor(random() * 1000)).padStart(3, "0");
  const form = random();
  if (form < 0.3) return `${birth} ${tmt} ${gender} ${urut}`;
  if (form < 0.305) return `${birth}${tmt}${gender}${urut}`.slice(0, 17);
  return `${birth}${tmt}${gender}${urut}`;
}

/** A function of the section and how to build its inputs: built one case at a time, so only its own columns are alive. */
interface CaseSpec {
  readonly name: string;
  readonly call: string;
  readonly build: (r: () => number) => { args: unknown[]; plain: () => unknown[][] };
}

const WRONG_WORDS: readonly unknown[] = ["", null, "tinggi", "istimewa", 3, "#N/A"];
const EKSPEKTASI_WORDS = ["di atas ekspektasi", "Di Atas", "diatas", "sesuai ekspektasi", "SESUAI", "di bawah ekspektasi", "dibawah"];
const PREDIKAT_WORDS = ["Sangat Baik", "Baik", "baik", "Cukup", "Butuh Perbaikan", "Kurang", "Kurang/Misconduct", "Sangat Kurang", "Buruk"];
const KINERJA_WORDS = ["di atas ekspektasi", "Di Atas", "diatas", "sesuai ekspektasi", "SESUAI", "di bawah ekspektasi", "Sangat Baik", "Butuh Perbaikan", "Kurang/Misconduct"];
const POTENSIAL_WORDS = ["tinggi", "Tinggi", "menengah", "sedang", "rendah", "RENDAH"];

const CASES: readonly CaseSpec[] = [
  {
    name: "IKU",
    call: 'IKU(realisasi[100000×1]; target[100000×1]; "maximize")',
    build: (r) => {
      const real = column(CELLS, () => score(r, 200, [0, 80, 88, 95, 100, 105, 120, 150]));
      const target = column(CELLS, (i) => (i % 997 === 0 ? 0 : score(r, 150, [10, 80, 100, 150])));
      return { args: [real, target, "maximize"], plain: () => plain.plainIku(real, target, "maximize") };
    },
  },
  {
    name: "NILAI_KINERJA",
    call: "NILAI_KINERJA(skp[100000×1]; perilaku[100000×1]; penilaian_360[100000×1])",
    build: (r) => {
      const skp = column(CELLS, () => score(r, 120, [0, 90, 105, 110, 120]));
      const perilaku = column(CELLS, () => score(r, 120, [0, 90, 95, 120]));
      const is360 = column(CELLS, () => (r() < 0.01 ? pick(r, ["ya", null, ""]) : r() < 0.3));
      return { args: [skp, perilaku, is360], plain: () => plain.plainNilaiKinerja(skp, perilaku, is360) };
    },
  },
  {
    name: "NPKP",
    call: "NPKP(nskp[100000×1]; np[100000×1])",
    build: (r) => {
      const nskp = column(CELLS, () => score(r, 120, [0, 60, 100, 120]));
      const np = column(CELLS, () => score(r, 120, [0, 99.99, 100, 100.01, 120]));
      return { args: [nskp, np], plain: () => plain.plainNpkp(nskp, np) };
    },
  },
  {
    name: "PREDIKAT",
    call: 'PREDIKAT(nilai[100000×1]; inovasi[100000×1]; "PP30")',
    build: (r) => {
      const nilai = column(CELLS, () => score(r, 120, [0, 49.99, 50, 69.99, 70, 89.99, 90, 109.99, 110, 120]));
      const inovasi = column(CELLS, () => (r() < 0.01 ? pick(r, ["ya", "tidak", "", null, 1, 0]) : r() < 0.2));
      return { args: [nilai, inovasi, "PP30"], plain: () => plain.plainPredikat(nilai, inovasi, "PP30") };
    },
  },
  {
    name: "PREDIKAT_KUADRAN",
    call: "PREDIKAT_KUADRAN(hasil_kerja[100000×1]; perilaku[100000×1])",
    build: (r) => {
      const hasil = column(CELLS, () => wordCell(r, EKSPEKTASI_WORDS, WRONG_WORDS));
      const perilaku = column(CELLS, () => wordCell(r, EKSPEKTASI_WORDS, WRONG_WORDS));
      return { args: [hasil, perilaku], plain: () => plain.plainPredikatKuadran(hasil, perilaku) };
    },
  },
  {
    name: "EKSPEKTASI",
    call: "EKSPEKTASI(predikat[100000×1])",
    build: (r) => {
      const predikat = column(CELLS, () => wordCell(r, PREDIKAT_WORDS, WRONG_WORDS));
      return { args: [predikat], plain: () => plain.plainEkspektasi(predikat) };
    },
  },
  {
    name: "KOTAK_TALENTA",
    call: "KOTAK_TALENTA(kinerja[100000×1]; potensial[100000×1])",
    build: (r) => {
      const kinerja = column(CELLS, () => wordCell(r, KINERJA_WORDS, WRONG_WORDS));
      const potensial = column(CELLS, () => wordCell(r, POTENSIAL_WORDS, ["", null, "x", 2]));
      return { args: [kinerja, potensial], plain: () => plain.plainKotakTalenta(kinerja, potensial) };
    },
  },
  {
    name: "NIP_VALID",
    call: "NIP_VALID(nip[100000×1])",
    build: (r) => {
      const nips = column(CELLS, () => nip(r));
      return { args: [nips], plain: () => plain.plainNipValid(nips) };
    },
  },
];

function selectedCases(): CaseSpec[] {
  const only = process.env.BENCH_ONLY?.split(",").map((s) => s.trim().toUpperCase());
  return CASES.filter((c) => !only || only.includes(c.name));
}

export interface Timing {
  /** Wall time: information (it moves with the machine's load). */
  readonly medianMs: number;
  /** Fastest of the timed runs: on a shared machine other processes only ever add time. */
  readonly minMs: number;
  /** CPU time of the process during the call: what the ratios are computed from. */
  readonly cpuMedianMs: number;
  readonly runsMs: number[];
  readonly cpuRunsMs: number[];
}

export interface FunctionRow {
  readonly function: string;
  readonly call: string;
  readonly cells: number;
  readonly errorCells: number;
  /** The catalogue's evaluate: the same output shape as the plain loop. */
  readonly ours: Timing;
  /** evaluate + toExcel: what the generated entry point hands Excel. */
  readonly oursExcel: Timing;
  /** The plain loop of the same rule (bench/plain-loops.ts). */
  readonly plain: Timing;
  /** Median of the per-run CPU-time ratios ours ÷ plain loop (each pair timed back to back). */
  readonly ratio: number;
  /** The same for evaluate + toExcel. */
  readonly ratioExcel: number;
  readonly evaluationsPerSecond: number;
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

const sameCell = (a: unknown, b: unknown): boolean =>
  Object.is(a, b) ||
  (isFunctionError(a) && isFunctionError(b) && a.error === b.error && a.message === b.message);

/** The plain loop must give what the function gives, cell for cell, or it is no yardstick. */
function assertSame(name: string, ours: OutputMatrix, loop: unknown[][]): void {
  if (ours.length !== loop.length) throw new Error(`${name}: plain loop gave ${loop.length} rows, ours ${ours.length}`);
  for (let i = 0; i < ours.length; i++) {
    if (!sameCell(ours[i][0], loop[i][0])) {
      throw new Error(`${name}: plain loop differs at row ${i}: ours ${JSON.stringify(ours[i][0])}, loop ${JSON.stringify(loop[i][0])}`);
    }
  }
}

const timing = (samples: readonly Sample[]): Timing => {
  const wall = samples.map((x) => x.wallMs);
  const cpu = samples.map((x) => x.cpuMs);
  return { medianMs: round(median(wall)), minMs: round(Math.min(...wall)), cpuMedianMs: round(median(cpu)), runsMs: wall.map((x) => round(x)), cpuRunsMs: cpu.map((x) => round(x)) };
};


const SETTLE_SLEEPER = new Int32Array(new SharedArrayBuffer(4));
/** A slice of waiting in which this process's other threads used less CPU than this is quiet. */
const QUIET_SLICE_MS = 10;
const QUIET_CPU_MS = 0.5;
const MAX_SETTLE_MS = 1000;

/**
 * Waits until V8's helper threads are idle (a 10 ms wait in which the process used < 0.5 ms of
 * CPU; at most 1 s). While the main thread waits, the process's CPU time is theirs: the
 * optimising compiler and the collector's concurrent and parallel tasks. Work queued by one
 * sample (a function compiled again after a deoptimisation took 80–190 ms of a compiler thread)
 * would otherwise be counted in the next sample, whichever side that is.
 */
function settle(): void {
  const start = process.hrtime.bigint();
  for (;;) {
    const cpu = process.cpuUsage();
    Atomics.wait(SETTLE_SLEEPER, 0, 0, QUIET_SLICE_MS);
    const used = process.cpuUsage(cpu);
    if ((used.user + used.system) / 1000 < QUIET_CPU_MS) return;
    if (Number(process.hrtime.bigint() - start) / 1e6 > MAX_SETTLE_MS) return;
  }
}

/**
 * One timed call (common.ts: from a collected heap, CPU and wall time) once the helper threads
 * are idle. The heap is collected first here too, so that the collector's own concurrent work
 * is part of what `settle` waits for; the collection timedCpu then makes finds little to do.
 */
function timed(run: () => unknown): Sample {
  if (global.gc) global.gc();
  settle();
  return timedCpu(run);
}

function benchmark(): FunctionRow[] {
  const rows: FunctionRow[] = [];
  for (const spec of selectedCases()) {
    // Its own seeded stream per function: the inputs do not depend on which functions run.
    const c = { ...spec, ...spec.build(rng(FUNCTIONS_SEED + CASES.indexOf(spec))) };
    const fn = findFunction(c.name);
    if (!fn) throw new Error(`${c.name} not in the catalogue`);
    const once: OutputMatrix = fn.evaluate(...c.args);
    if (once.length !== CELLS || once[0].length !== 1) throw new Error(`${c.name}: expected ${CELLS}×1, got ${once.length}×${once[0]?.length}`);
    assertSame(c.name, once, c.plain());
    let errorCells = 0;
    for (const row of once) {
      const cell = row[0];
      if (isFunctionError(cell)) errorCells++;
      else if (typeof cell === "number" && !Number.isFinite(cell)) throw new Error(`${c.name}: non-finite output`);
    }
    const evaluate = () => fn.evaluate(...c.args);
    const excel = () => toExcel(fn.evaluate(...c.args));
    // Each case starts from a collected heap: the previous case's garbage is not billed here.
    if (global.gc) global.gc();
    for (let i = 0; i < WARMUPS; i++) {
      c.plain();
      evaluate();
      excel();
    }
    // Interleaved: each run times the loop and both paths back to back, so a burst of load
    // elsewhere lands on all three and the ratio of the pair stays meaningful. The order turns
    // from run to run (loop first, then evaluate first, then evaluate + toExcel first), so
    // whatever one measurement leaves behind is not always met by the same one.
    const plainRuns: Sample[] = [];
    const oursRuns: Sample[] = [];
    const excelRuns: Sample[] = [];
    const paths: readonly (readonly [() => unknown, Sample[]])[] = [
      [c.plain, plainRuns],
      [evaluate, oursRuns],
      [excel, excelRuns],
    ];
    for (let i = 0; i < RUNS; i++) {
      for (let k = 0; k < paths.length; k++) {
        const [run, samples] = paths[(i + k) % paths.length];
        samples.push(timed(run));
      }
    }
    const ours = timing(oursRuns);
    rows.push({
      function: c.name,
      call: c.call,
      cells: CELLS,
      errorCells,
      ours,
      oursExcel: timing(excelRuns),
      plain: timing(plainRuns),
      ratio: pairedRatio(oursRuns, plainRuns),
      ratioExcel: pairedRatio(excelRuns, plainRuns),
      evaluationsPerSecond: Math.round(CELLS / (ours.cpuMedianMs / 1000)),
    });
  }
  return rows;
}
