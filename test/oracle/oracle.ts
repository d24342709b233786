/**
 * Differential oracle: the KINERJA functions against the native Excel formulas officers write
 * today (nested IF, MIN/MAX, INDEX/MATCH), evaluated by HyperFormula — an Excel-compatible engine
 * nobody on this project wrote — over the same seeded random inputs, boundaries included.
 *
 * Each oracle is one function and one native formula. Every input row is compared; a row where
 * the two disagree must be covered by a *documented difference*: a rule decided from the inputs
 * alone (never from the outputs) that states exactly what each side returns there — for example
 * "a score above 120 is #VALUE! in ours and a plausible label in the nested IF". Anything else is
 * an unexplained disagreement, and the differential test fails on it. The findings and how each
 * was classified are in bench/README.md.
 *
 * Used by test/oracle/differential.test.ts (2,000 inputs per oracle) and bench/run.ts (100,000);
 * the inputs come from one seeded stream per oracle, so the test's inputs are the first 2,000 of
 * the bench's 100,000.
 */
import { DetailedCellError, HyperFormula } from "hyperformula";
import { findFunction } from "../../src/functions/catalogue";
import { isFunctionError } from "../../src/functions/cell-values";
import { readTabel15_16 } from "../fixtures/lan-tabel-15-16";

/** One input cell as a worksheet holds it; null is an empty cell. */
export type Cell = number | string | boolean | null;
/** One result: a value, or an error code (ours: #VALUE!/#N/A; the sheet's: any Excel error). */
export type Out = number | string | boolean | { readonly error: string };

export const SEED = 20261124;
export const HF_LICENSE = "gpl-v3";

/**
 * Our functions read a value within this distance of a cut point or a domain edge as that cut
 * point (src/core/numeric.ts EPSILON, used by bands.ts and inRange): binary noise of computed
 * scores. The differential test asserts the two stay equal.
 */
export const OUR_TOLERANCE = 1e-9;

/**
 * Numbers agree within this relative tolerance: HyperFormula exports values rounded to 10
 * significant digits (its default precisionRounding), ours keep 12 (tidy).
 */
export const NUMBER_TOLERANCE = 1e-9;

// ---------------------------------------------------------------------------------------------
// Seeded randomness
// ---------------------------------------------------------------------------------------------

export type Rand = () => number;

/** mulberry32: small, fast, seeded. */
export function mulberry32(seed: number): Rand {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function seedFor(id: string): number {
  let h = SEED >>> 0;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 16777619) >>> 0;
  return h;
}

const pick = <T>(rand: Rand, items: readonly T[]): T => items[Math.floor(rand() * items.length)];
const round2 = (x: number) => Math.round(x * 100) / 100;

/** Offsets around a cut point: inside HyperFormula's own tolerance, inside ours, outside both. */
const NEAR_OFFSETS = [1e-13, 5e-12, 2e-11, 1e-10, 5e-10, 9.9e-10, 1e-9, 2e-9, 1e-8, 1e-6, 0.001];

interface ScoreSpec {
  readonly lo: number;
  readonly hi: number;
  /** Cut points of the rule (band thresholds). */
  readonly cuts: readonly number[];
  /** Further exact values always worth a visit (109.99, 120, 0 …). */
  readonly exact?: readonly number[];
  /** Values outside the domain. */
  readonly outside?: readonly number[];
  /** Share of empty cells. */
  readonly blank?: number;
}

/**
 * A score: mostly two decimals inside the domain, and in fixed shares the exact boundaries, values
 * a hair from a cut point (both sides), full-precision doubles, whole numbers, out-of-domain values
 * and empty cells.
 */
function score(rand: Rand, spec: ScoreSpec): Cell {
  const r = rand();
  const blank = spec.blank ?? 0.02;
  if (r < blank) return null;
  if (r < blank + 0.12) return pick(rand, [...spec.cuts, ...(spec.exact ?? []), spec.lo, spec.hi]);
  if (r < blank + 0.2) {
    const cut = pick(rand, spec.cuts);
    const offset = pick(rand, NEAR_OFFSETS);
    return rand() < 0.5 ? cut - offset : cut + offset;
  }
  if (r < blank + 0.26 && spec.outside && spec.outside.length > 0) {
    return rand() < 0.5 ? pick(rand, spec.outside) : rand() < 0.5 ? round2(spec.hi + rand() * spec.hi) : round2(spec.lo - 1 - rand() * 100);
  }
  if (r < blank + 0.36) return spec.lo + rand() * (spec.hi - spec.lo);
  if (r < blank + 0.46) return Math.floor(spec.lo + rand() * (spec.hi - spec.lo + 1));
  return round2(spec.lo + rand() * (spec.hi - spec.lo));
}

// ---------------------------------------------------------------------------------------------
// Oracles and documented differences
// ---------------------------------------------------------------------------------------------

export type DifferenceKind =
  /** Input outside the rule's domain: ours refuses (#VALUE!), the native formula returns a plausible value. */
  | "domain"
  /** Empty required cell: ours refuses (#VALUE!), the native formula reads it as 0. */
  | "blank"
  /** Both refuse, with different error codes. */
  | "error-code"
  /** A value a hair from a cut point: ours reads it as the cut point (tolerance 1e-9), HyperFormula (relative 1e-13) does not. */
  | "tolerance"
  /** Ours accepts more spellings than the exact words MATCH needs. */
  | "vocabulary"
  /** The regulation read differently (documented in DOMAIN.md). */
  | "reading";

export interface CheckInput {
  readonly input: readonly Cell[];
  readonly ours: Out;
  readonly native: Out;
  /** Native result on the difference's companion inputs, when it has any. */
  readonly companion?: Out;
}

export interface Difference {
  readonly id: string;
  readonly kind: DifferenceKind;
  /** One sentence for bench/README.md and the test's name. */
  readonly explanation: string;
  /** Decided from the inputs alone: does this documented difference govern the row? */
  applies(input: readonly Cell[]): boolean;
  /** Inputs whose native result the row is checked against (e.g. the cut point itself). */
  companion?(input: readonly Cell[]): Cell[];
  /** The exact expectation on such a row; a reason when it does not hold. */
  check(row: CheckInput): string | undefined;
}

export interface Oracle {
  readonly id: string;
  /** Catalogue function (for the report). */
  readonly fn: string;
  /** How ours is called, as an officer would type it. */
  readonly call: string;
  /** What the native sheet computes, in words. */
  readonly title: string;
  /** Input column headings (A, B, C …). */
  readonly columns: readonly string[];
  /** Formulas of one sheet row (1-based Excel row): helper columns first, the result last. */
  readonly formulas: (row: number) => readonly string[];
  /** Further sheets the formulas refer to (the Gambar 27 table). */
  readonly sheets?: Readonly<Record<string, Cell[][]>>;
  /** Rows always present (boundaries and the DOMAIN.md examples), before the random ones. */
  readonly fixed: readonly (readonly Cell[])[];
  readonly generate: (rand: Rand) => Cell[];
  /** Our function over the input columns (each an n×1 range), in one call. */
  readonly ours: (columns: Cell[][][]) => unknown[][];
  readonly differences: readonly Difference[];
}

// --- comparing ---------------------------------------------------------------------------------

export function isError(out: Out | undefined): out is { error: string } {
  return typeof out === "object" && out !== null && "error" in out;
}

export function same(a: Out | undefined, b: Out | undefined): boolean {
  if (typeof a === "number" && typeof b === "number") return Math.abs(a - b) <= NUMBER_TOLERANCE * Math.max(1, Math.abs(a), Math.abs(b));
  if (isError(a) && isError(b)) return a.error === b.error;
  return a === b;
}

export function show(out: Out | undefined): string {
  if (out === undefined) return "—";
  if (isError(out)) return out.error;
  return typeof out === "string" ? `"${out}"` : String(out);
}

function fromOurs(cell: unknown): Out {
  if (isFunctionError(cell)) return { error: cell.error };
  return cell as Out;
}

function fromNative(cell: unknown): Out {
  if (cell instanceof DetailedCellError) return { error: cell.value };
  if (cell === null || cell === undefined) return "";
  return cell as Out;
}

// --- reusable differences ----------------------------------------------------------------------

const isNumber = (v: Cell): v is number => typeof v === "number";
const expectOursValueError = (ours: Out) => (isError(ours) && ours.error === "#VALUE!" ? undefined : `ours should be #VALUE!, is ${show(ours)}`);

/** An empty required cell: ours #VALUE! ("… kosong"); the sheet computes as if it held 0. */
function blankRefused(cols: readonly number[], names: string): Difference {
  return {
    id: "kosong",
    kind: "blank",
    explanation: `${names} kosong: ours #VALUE! ("… kosong; isi nilainya"); the native formula reads an empty cell as 0 and returns what 0 gives.`,
    applies: (input) => cols.some((c) => input[c] === null),
    companion: (input) => input.map((v, i) => (cols.includes(i) && v === null ? 0 : v)),
    check: ({ ours, native, companion }) => expectOursValueError(ours) ?? (same(native, companion) ? undefined : `native ${show(native)} ≠ native with 0 ${show(companion)}`),
  };
}

/** Outside [lo, hi] (with our tolerance): ours #VALUE!; the native formula has no range check and returns a value. */
function outOfRange(cols: readonly number[], lo: number, hi: number, names: string): Difference {
  return {
    id: "di-luar-rentang",
    kind: "domain",
    explanation: `${names} outside ${lo}–${hi}: ours #VALUE! naming the input; the native formula has no range check and returns a plausible value.`,
    applies: (input) => cols.some((c) => isNumber(input[c]) && ((input[c] as number) < lo - OUR_TOLERANCE || (input[c] as number) > hi + OUR_TOLERANCE)),
    check: ({ ours, native }) => expectOursValueError(ours) ?? (isError(native) ? `native should be a value, is ${show(native)}` : undefined),
  };
}

/**
 * A value a hair below an inclusive cut point (x ≥ b) or a hair above an exclusive one (x > b),
 * within our tolerance: ours reads it as b (the band of b), HyperFormula compares exactly (up to
 * its relative 1e-13) and puts it on the other side.
 */
function nearCut(col: number, cuts: readonly number[], inclusive: boolean): Difference {
  const cutOf = (x: number) => cuts.find((b) => (inclusive ? x < b && x >= b - OUR_TOLERANCE : x > b && x <= b + OUR_TOLERANCE));
  return {
    id: "toleransi-batas",
    kind: "tolerance",
    explanation: `A value within 1e-9 ${inclusive ? "below" : "above"} a cut point (${cuts.join(", ")}): ours reads it as the cut point itself (binary noise of a computed score); HyperFormula's comparison tolerance is relative 1e-13 (≈1e-11 at 110), so from about 1e-11 to 1e-9 away the two fall in different bands.`,
    applies: (input) => isNumber(input[col]) && cutOf(input[col] as number) !== undefined,
    companion: (input) => input.map((v, i) => (i === col ? cutOf(v as number)! : v)),
    check: ({ ours, companion }) => (same(ours, companion) ? undefined : `ours ${show(ours)} ≠ native at the cut point ${show(companion)}`),
  };
}

function errorCode(id: string, explanation: string, applies: (input: readonly Cell[]) => boolean, nativeCode: string): Difference {
  return {
    id,
    kind: "error-code",
    explanation,
    applies,
    check: ({ ours, native }) =>
      expectOursValueError(ours) ?? (isError(native) && native.error === nativeCode ? undefined : `native should be ${nativeCode}, is ${show(native)}`),
  };
}

/** Ours answers what the native formula answers on the companion inputs (the table's own words); the native formula itself #N/A. */
function answersAsCompanionNativeNA({ ours, native, companion }: CheckInput): string | undefined {
  if (!same(ours, companion)) return `ours ${show(ours)} ≠ native on the table's words ${show(companion)}`;
  return isError(native) && native.error === "#N/A" ? undefined : `native should be #N/A, is ${show(native)}`;
}

function refusedWhereNativeAnswers(id: string, explanation: string, applies: (input: readonly Cell[]) => boolean): Difference {
  return {
    id,
    kind: "domain",
    explanation,
    applies,
    check: ({ ours, native }) => expectOursValueError(ours) ?? (isError(native) ? `native should be a value, is ${show(native)}` : undefined),
  };
}

// --- calling ours -------------------------------------------------------------------------------

function call(name: string, ...args: unknown[]): unknown[][] {
  const fn = findFunction(name);
  if (!fn) throw new Error(`${name} not in the catalogue`);
  return fn.evaluate(...args);
}

// ---------------------------------------------------------------------------------------------
// The oracles
// ---------------------------------------------------------------------------------------------

const INOVASI: readonly Cell[] = [true, false, "Ya", "ya", "Tidak", null];

const PP30_CUTS = [110, 90, 70, 50];
const PP30_SPEC: ScoreSpec = {
  lo: 0,
  hi: 120,
  cuts: PP30_CUTS,
  exact: [109.99, 110.01, 89.99, 69.99, 49.99, 119.99, 0.01],
  outside: [120.01, 125, 150, -0.01, -5, 1000],
};

/** Nested IF as officers write it for PP 30/2019 Pasal 41(5), innovation in column B (TRUE or "Ya"). */
const pp30Formula = (x: string, inovasi: string) =>
  `IF(AND(${x}>=110,OR(${inovasi}=TRUE(),${inovasi}="Ya")),"Sangat Baik",IF(${x}>=90,"Baik",IF(${x}>=70,"Cukup",IF(${x}>=50,"Kurang","Sangat Kurang"))))`;

const pp30Fixed: Cell[][] = [];
for (const x of [0, 49.99, 50, 69.99, 70, 89.99, 90, 109.99, 110, 110.01, 119.99, 120, 120.01, 125, -0.01, -5, 112, 102, 110 - 1e-10, 110 - 5e-10, 110 - 2e-9, 110 - 1e-12, 90 - 1e-10, 70 - 1e-10, 50 - 1e-10, 120 + 5e-10, null]) {
  for (const inovasi of [true, false, "Ya"] as Cell[]) pp30Fixed.push([x, inovasi]);
}

export const PREDIKAT_PP30: Oracle = {
  id: "PREDIKAT_PP30",
  fn: "PREDIKAT",
  call: 'KINERJA.PREDIKAT(nilai; inovasi; "PP30")',
  title: "PP 30/2019 predikat, nested IF with the innovation condition",
  columns: ["nilai", "inovasi"],
  formulas: (r) => [`=${pp30Formula(`A${r}`, `B${r}`)}`],
  fixed: pp30Fixed,
  generate: (rand) => [score(rand, PP30_SPEC), pick(rand, INOVASI)],
  ours: ([nilai, inovasi]) => call("PREDIKAT", nilai, inovasi, "PP30"),
  differences: [blankRefused([0], "nilai"), outOfRange([0], 0, 120, "nilai"), nearCut(0, PP30_CUTS, true)],
};

const PP46_CUTS = [90, 75, 60, 50];
const PP46_SPEC: ScoreSpec = {
  lo: 0,
  hi: 120,
  cuts: PP46_CUTS,
  exact: [90.01, 90.5, 91, 75.01, 75.5, 76, 60.01, 60.5, 61, 50.01, 50.5, 51, 89.99, 100],
  outside: [120.01, 125, -0.01, -5],
};
const pp46Fixed: Cell[][] = [0, 50, 50.01, 50.5, 51, 60, 60.5, 61, 75, 75.5, 76, 90, 90 + 1e-10, 90 + 5e-10, 90 + 2e-9, 90.01, 90.5, 91, 93, 120, 120.01, -1, null].map((x) => [x]);

export const PREDIKAT_PP46: Oracle = {
  id: "PREDIKAT_PP46",
  fn: "PREDIKAT",
  call: 'KINERJA.PREDIKAT(nilai; ; "PP46")',
  title: "PP 46/2011 Pasal 17 predikat, nested IF with the decimal reading (> 90, > 75, > 60, > 50)",
  columns: ["nilai"],
  formulas: (r) => [`=IF(A${r}>90,"Sangat Baik",IF(A${r}>75,"Baik",IF(A${r}>60,"Cukup",IF(A${r}>50,"Kurang","Buruk"))))`],
  fixed: pp46Fixed,
  generate: (rand) => [score(rand, PP46_SPEC)],
  ours: ([nilai]) => call("PREDIKAT", nilai, null, "PP46"),
  differences: [blankRefused([0], "nilai"), outOfRange([0], 0, 120, "nilai"), nearCut(0, PP46_CUTS, false)],
};

/** The same rule with the whole-number table as the regulation prints it (91+, 76–90, 61–75, 51–60, ≤ 50). */
export const PREDIKAT_PP46_TABEL: Oracle = {
  id: "PREDIKAT_PP46_TABEL",
  fn: "PREDIKAT",
  call: 'KINERJA.PREDIKAT(nilai; ; "PP46")',
  title: "PP 46/2011 predikat, nested IF copied from the regulation's whole-number table (>= 91, >= 76, >= 61, >= 51)",
  columns: ["nilai"],
  formulas: (r) => [`=IF(A${r}>=91,"Sangat Baik",IF(A${r}>=76,"Baik",IF(A${r}>=61,"Cukup",IF(A${r}>=51,"Kurang","Buruk"))))`],
  fixed: pp46Fixed,
  generate: (rand) => [score(rand, PP46_SPEC)],
  ours: ([nilai]) => call("PREDIKAT", nilai, null, "PP46"),
  differences: [
    blankRefused([0], "nilai"),
    outOfRange([0], 0, 120, "nilai"),
    {
      id: "desimal-antara-baris-tabel",
      kind: "reading",
      explanation:
        "A decimal strictly between two rows of the whole-number table (90 < x < 91, 75 < x < 76, 60 < x < 61, 50 < x < 51): the table has no row for it; ours reads the bands as > 90, > 75, > 60, > 50 (DOMAIN.md §4) and gives the higher predikat, the copied table formula gives the lower one.",
      applies: (input) => isNumber(input[0]) && PP46_CUTS.some((b) => (input[0] as number) > b + OUR_TOLERANCE && (input[0] as number) < b + 1),
      companion: (input) => [Math.floor(input[0] as number) + 1],
      check: ({ ours, companion }) => (same(ours, companion) ? undefined : `ours ${show(ours)} ≠ native at the next whole number ${show(companion)}`),
    },
  ],
};

/** Polri: round half up first, then Sangat Baik 81–100 · Baik 71–80 · Cukup 61–70 · Kurang ≤ 60. */
export const PREDIKAT_POLRI: Oracle = {
  id: "PREDIKAT_POLRI",
  fn: "PREDIKAT",
  call: 'KINERJA.PREDIKAT(nilai; ; "POLRI")',
  title: "Polri Rentang Nilai, nested IF on ROUND(x, 0)",
  columns: ["nilai"],
  formulas: (r) => [`=IF(ROUND(A${r},0)>=81,"Sangat Baik",IF(ROUND(A${r},0)>=71,"Baik",IF(ROUND(A${r},0)>=61,"Cukup","Kurang")))`],
  fixed: [0, 60, 60.49, 60.5, 61, 70.49, 70.5, 71, 80.49, 80.5, 81, 100, 100.01, 80.5 - 1e-8, 80.5 - 1e-7, 80.5 - 1e-12, -1, null].map((x) => [x]),
  generate: (rand) => [score(rand, { lo: 0, hi: 100, cuts: [60.5, 70.5, 80.5, 61, 71, 81], exact: [60.49, 70.49, 80.49, 75.5], outside: [100.01, 101, -0.5] })],
  ours: ([nilai]) => call("PREDIKAT", nilai, null, "POLRI"),
  differences: [
    blankRefused([0], "nilai"),
    outOfRange([0], 0, 100, "nilai"),
    {
      id: "toleransi-pembulatan",
      kind: "tolerance",
      explanation:
        "A value within 1e-9 × |x| below a half (e.g. 80.49999999 under 80.5): ours rounds it up like the half itself (roundHalfUp tolerates binary noise), ROUND(x, 0) rounds it down.",
      applies: (input) => {
        const x = input[0];
        if (!isNumber(x)) return false;
        const exact = Math.floor(x + 0.5);
        return Math.floor(x + 0.5 + OUR_TOLERANCE * Math.max(1, Math.abs(x))) > exact;
      },
      companion: (input) => [Math.floor(input[0] as number) + 0.5],
      check: ({ ours, companion }) => (same(ours, companion) ? undefined : `ours ${show(ours)} ≠ native at the half ${show(companion)}`),
    },
  ],
};

/** KMK 467/2014 index with the 0–120 clamp. */
const IKU_MAX_FORMULA = (r: number) => `=MIN(120,MAX(0,IF(B${r}>0,A${r}/B${r}*100,(1+(1-A${r}/B${r}))*100)))`;

const ikuRealisasi = (rand: Rand): Cell => score(rand, { lo: -10, hi: 250, cuts: [0, 80, 88, 100, 120, 150], exact: [96, 9, 30, 5], blank: 0.01 });
function ikuTarget(rand: Rand): Cell {
  const r = rand();
  if (r < 0.01) return null;
  if (r < 0.04) return 0;
  if (r < 0.09) return -round2(1 + rand() * 100);
  if (r < 0.2) return pick(rand, [10, 80, 100, 150, 1, 0.5]);
  return round2(0.01 + rand() * 200);
}

export const IKU_MAX: Oracle = {
  id: "IKU_MAX",
  fn: "IKU",
  call: 'KINERJA.IKU(realisasi; target; "maximize")',
  title: "IKU maximize: R/T×100 (T < 0: [1+(1−R/T)]×100), MIN(120, MAX(0, …))",
  columns: ["realisasi", "target"],
  formulas: (r) => [IKU_MAX_FORMULA(r)],
  fixed: [
    [88, 80],
    [200, 150],
    [96, 80],
    [0, 80],
    [-5, 80],
    [120, 100],
    [120.01, 100],
    [-20, -10],
    [-5, -10],
    [0, -10],
    [50, 0],
    [null, 80],
    [80, null],
  ],
  generate: (rand) => [ikuRealisasi(rand), ikuTarget(rand)],
  ours: ([r, t]) => call("IKU", r, t, "maximize"),
  differences: [
    blankRefused([0, 1], "realisasi or target"),
    errorCode(
      "target-nol",
      "Target 0 with maximize: both refuse; ours #VALUE! with the reason (\"pembagian dengan nol … isi target selain 0\"), the native formula #DIV/0!.",
      (input) => input[1] === 0,
      "#DIV/0!",
    ),
  ],
};

export const IKU_MIN: Oracle = {
  id: "IKU_MIN",
  fn: "IKU",
  call: 'KINERJA.IKU(realisasi; target; "minimize"; terburuk)',
  title: "IKU minimize: [1+(1−R/T)]×100 clamped 0–120; T = 0: conversion scale (W−R)/W×100 with the worst tolerable W",
  columns: ["realisasi", "target", "terburuk"],
  formulas: (r) => [`=IF(B${r}=0,IF(A${r}<=0,100,IF(A${r}>=C${r},0,(C${r}-A${r})/C${r}*100)),MIN(120,MAX(0,(1+(1-A${r}/B${r}))*100)))`],
  fixed: [
    [9, 10, null],
    [30, 10, null],
    [5, 0, 20],
    [0, 0, 20],
    [20, 0, 20],
    [25, 0, 20],
    [-1, 0, 20],
    [5, 0, null],
    [0, 0, null],
    [5, 0, -3],
    [8, 10, null],
    [12, -10, null],
    [null, 10, null],
  ],
  generate: (rand) => {
    const w = rand();
    return [ikuRealisasi(rand), ikuTarget(rand), w < 0.5 ? null : w < 0.92 ? round2(0.5 + rand() * 100) : pick(rand, [0, -5])];
  },
  ours: ([r, t, w]) => call("IKU", r, t, "minimize", w),
  differences: [
    blankRefused([0, 1], "realisasi or target"),
    refusedWhereNativeAnswers(
      "target-negatif",
      "Negative target with minimize: KMK 467/2014 does not regulate it; ours #VALUE! (\"periksa target IKU\"), the native formula computes [1+(1−R/T)]×100 anyway.",
      (input) => isNumber(input[1]) && input[1] < 0,
    ),
    refusedWhereNativeAnswers(
      "target-nol-tanpa-terburuk",
      "Target 0 without a valid worst tolerable value W (empty, 0 or negative): ours #VALUE! (\"memerlukan terburuk\"); the native formula compares R with the empty W as 0 and returns 100 or 0.",
      (input) => input[1] === 0 && !(isNumber(input[2]) && input[2] > 0),
    ),
  ],
};

/**
 * NPKP = NSKP × 60 % + NP × 40 %, NP counted at most 100. The native formula caps NP with IF, not
 * MIN: MIN skips an empty cell, so =MIN(B2,100) made a blank NP count as 100 (see bench/README.md).
 */
export const NPKP: Oracle = {
  id: "NPKP",
  fn: "NPKP",
  call: "KINERJA.NPKP(nskp; np)",
  title: "NPKP = NSKP×60% + MIN(NP, 100)×40% (cap written with IF)",
  columns: ["nskp", "np"],
  formulas: (r) => [`=A${r}*0.6+IF(B${r}>100,100,B${r})*0.4`],
  fixed: [
    [95, 90],
    [120, 120],
    [120, 100],
    [0, 0],
    [100, 100.01],
    [121, 90],
    [90, -1],
    [90, null],
    [null, 90],
  ],
  generate: (rand) => [score(rand, { lo: 0, hi: 120, cuts: [100, 120], outside: [120.01, -0.01, 130] }), score(rand, { lo: 0, hi: 120, cuts: [100, 120], outside: [120.01, -0.01, 130] })],
  ours: ([a, b]) => call("NPKP", a, b),
  differences: [blankRefused([0, 1], "nskp or np"), outOfRange([0, 1], 0, 120, "nskp or np")],
};

const NK_SPEC: ScoreSpec = { lo: 0, hi: 120, cuts: [50, 70, 90, 110, 120], outside: [120.01, -0.01, 125] };

export const NILAI_KINERJA_70_30: Oracle = {
  id: "NILAI_KINERJA_70_30",
  fn: "NILAI_KINERJA",
  call: "KINERJA.NILAI_KINERJA(skp; perilaku)",
  title: "PP 30/2019 combined score, superior-only rating: SKP×70% + perilaku×30%",
  columns: ["skp", "perilaku"],
  formulas: (r) => [`=A${r}*0.7+B${r}*0.3`],
  fixed: [
    [105, 95],
    [71, 1],
    [110, 110],
    [120, 120],
    [0, 0],
    [121, 100],
    [null, 100],
  ],
  generate: (rand) => [score(rand, NK_SPEC), score(rand, NK_SPEC)],
  ours: ([a, b]) => call("NILAI_KINERJA", a, b, false),
  differences: [blankRefused([0, 1], "skp or perilaku"), outOfRange([0, 1], 0, 120, "skp or perilaku")],
};

export const NILAI_KINERJA_60_40: Oracle = {
  id: "NILAI_KINERJA_60_40",
  fn: "NILAI_KINERJA",
  call: "KINERJA.NILAI_KINERJA(skp; perilaku; TRUE)",
  title: "PP 30/2019 combined score, 360° rating: SKP×60% + perilaku×40%",
  columns: ["skp", "perilaku"],
  formulas: (r) => [`=A${r}*0.6+B${r}*0.4`],
  fixed: [
    [105, 95],
    [110, 110],
    [120, 120],
    [0, 0],
    [121, 100],
    [null, 100],
  ],
  generate: (rand) => [score(rand, NK_SPEC), score(rand, NK_SPEC)],
  ours: ([a, b]) => call("NILAI_KINERJA", a, b, true),
  differences: [blankRefused([0, 1], "skp or perilaku"), outOfRange([0, 1], 0, 120, "skp or perilaku")],
};

/** Pairs of whole SKP and perilaku whose 70/30 score is exactly a cut point (7k + 3p = 10c). */
function exactCutPair(rand: Rand): [number, number] {
  const c = pick(rand, PP30_CUTS);
  for (;;) {
    const k = Math.floor(rand() * 121);
    const p = (10 * c - 7 * k) / 3;
    if (Number.isInteger(p) && p >= 0 && p <= 120) return [k, p];
  }
}

/** The pipeline officers build: a score column, then the predikat of that column. */
export const PREDIKAT_DARI_NILAI: Oracle = {
  id: "PREDIKAT_DARI_NILAI",
  fn: "PREDIKAT(NILAI_KINERJA)",
  call: 'KINERJA.PREDIKAT(KINERJA.NILAI_KINERJA(skp; perilaku); inovasi; "PP30")',
  title: "PP 30/2019 predikat of a computed 70/30 score (helper column D = A×0.7 + B×0.3, nested IF on D)",
  columns: ["skp", "perilaku", "inovasi"],
  formulas: (r) => [`=A${r}*0.7+B${r}*0.3`, `=${pp30Formula(`D${r}`, `C${r}`)}`],
  fixed: [
    [71, 1, false],
    [110, 110, true],
    [110, 110, false],
    [90, 90, false],
    [70, 70, false],
    [50, 50, false],
    [105, 95, false],
    [115, 110, true],
    [120, 120, true],
    [125, 100, true],
  ],
  generate: (rand) => {
    const r = rand();
    const [skp, perilaku] = r < 0.25 ? exactCutPair(rand) : [score(rand, NK_SPEC), score(rand, NK_SPEC)];
    return [skp, perilaku, pick(rand, INOVASI)];
  },
  ours: ([a, b, inovasi]) => call("PREDIKAT", call("NILAI_KINERJA", a, b, false), inovasi, "PP30"),
  differences: [
    blankRefused([0, 1], "skp or perilaku"),
    outOfRange([0, 1], 0, 120, "skp or perilaku"),
    {
      id: "toleransi-batas-nilai-hitung",
      kind: "tolerance",
      explanation:
        "A computed score SKP×0.7 + perilaku×0.3 that lands within 1e-9 below a cut point once rounded to 12 significant digits (e.g. SKP 69.9999999995 and perilaku 70 give 69.99999999965): ours rounds computed scores to 12 significant digits (tidy) and reads them as the cut point, giving the higher band; the sheet compares the raw double and gives the lower one. Scores from two-decimal inputs whose binary noise is ~1e-14 (71×0.7 + 1×0.3 = 49.99999999999999) agree on both sides.",
      applies: (input) => chainCut(input) !== undefined,
      companion: (input) => [chainCut(input)!, chainCut(input)!, input[2]],
      check: ({ ours, companion }) => (same(ours, companion) ? undefined : `ours ${show(ours)} ≠ native at the cut point ${show(companion)}`),
    },
  ],
};

/** The cut point a computed 70/30 score sits just under, after rounding to 12 significant digits. */
function chainCut(input: readonly Cell[]): number | undefined {
  const [a, b] = input;
  if (!isNumber(a) || !isNumber(b)) return undefined;
  const raw = a * 0.7 + b * 0.3;
  const rounded = Number(raw.toPrecision(12));
  return PP30_CUTS.find((c) => raw < c && rounded >= c - OUR_TOLERANCE);
}

// --- talent box ---------------------------------------------------------------------------------

const ATAS = "Di Atas Ekspektasi";
const SESUAI = "Sesuai Ekspektasi";
const BAWAH = "Di Bawah Ekspektasi";

/** LAN Gambar 27 as officers lay it out on a sheet of its own. */
export const GAMBAR_27: Cell[][] = [
  ["kinerja \\ potensial", "Rendah", "Menengah", "Tinggi"],
  [ATAS, 4, 7, 9],
  [SESUAI, 2, 5, 8],
  [BAWAH, 1, 3, 6],
];

/** The words MATCH finds in the table (MATCH ignores case). */
const KINERJA_TABLE_WORDS = [ATAS, SESUAI, BAWAH, "di atas ekspektasi", "SESUAI EKSPEKTASI", "di bawah ekspektasi"];
const POTENSIAL_TABLE_WORDS = ["Rendah", "Menengah", "Tinggi", "tinggi", "RENDAH", "menengah"];

/**
 * Other spellings ours accepts, with the table word each stands for, written out here from
 * DOMAIN.md §4 and §6 (not taken from src): the short forms, and a predikat read through its
 * expectation status (PP 30/2019 penjelasan Pasal 41(8)).
 */
const KINERJA_OTHER: Readonly<Record<string, string>> = {
  "di atas": ATAS,
  Diatas: ATAS,
  Sesuai: SESUAI,
  "di bawah": BAWAH,
  "Di Atas Ekspektasi ": ATAS,
  "Sangat Baik": ATAS,
  Baik: ATAS,
  Cukup: SESUAI,
  Kurang: SESUAI,
  // PermenPANRB 6/2022's own words always read di bawah ekspektasi (DOMAIN §4, issue 12).
  "Butuh Perbaikan": BAWAH,
  "Kurang/Misconduct": BAWAH,
  "Sangat Kurang": BAWAH,
  Buruk: BAWAH,
};
const POTENSIAL_OTHER: Readonly<Record<string, string>> = { sedang: "Menengah", Sedang: "Menengah", high: "Tinggi", low: "Rendah", "Tinggi ": "Tinggi" };
const KINERJA_UNKNOWN: readonly Cell[] = ["Luar Biasa", "x", "Istimewa", 5];
const POTENSIAL_UNKNOWN: readonly Cell[] = ["Sangat Tinggi", "x", "-"];
const POTENSIAL_NUMBERS: readonly Cell[] = [80, 3, 0];

function talentWord(rand: Rand, table: readonly string[], other: Readonly<Record<string, string>>, unknown: readonly Cell[], numbers: readonly Cell[]): Cell {
  const r = rand();
  if (r < 0.02) return null;
  if (r < 0.05) return pick(rand, unknown);
  if (r < 0.07 && numbers.length > 0) return pick(rand, numbers);
  if (r < 0.3) return pick(rand, Object.keys(other));
  return pick(rand, table);
}

const isKinerjaUnknown = (v: Cell) => typeof v === "number" || KINERJA_UNKNOWN.includes(v);
const isPotensialUnknown = (v: Cell) => POTENSIAL_UNKNOWN.includes(v);
const canonical = (v: Cell, other: Readonly<Record<string, string>>): Cell => (typeof v === "string" && v in other ? other[v] : v);

const talentFixed: Cell[][] = [];
for (const k of [ATAS, SESUAI, BAWAH]) for (const p of ["Rendah", "Menengah", "Tinggi"]) talentFixed.push([k, p]);
talentFixed.push(["sesuai ekspektasi", "tinggi"], ["Baik", "sedang"], ["Sangat Kurang", "Tinggi"], [null, "Tinggi"], [ATAS, null], [ATAS, 80], ["x", "Tinggi"], [ATAS, "Tinggi "]);

export const KOTAK_TALENTA: Oracle = {
  id: "KOTAK_TALENTA",
  fn: "KOTAK_TALENTA",
  call: "KINERJA.KOTAK_TALENTA(kinerja; potensial)",
  title: "Talent box via INDEX/MATCH on the Gambar 27 table (sheet Gambar27)",
  columns: ["kinerja", "potensial"],
  formulas: (r) => [`=INDEX(Gambar27!$B$2:$D$4,MATCH(A${r},Gambar27!$A$2:$A$4,0),MATCH(B${r},Gambar27!$B$1:$D$1,0))`],
  sheets: { Gambar27: GAMBAR_27 },
  fixed: talentFixed,
  generate: (rand) => [
    talentWord(rand, KINERJA_TABLE_WORDS, KINERJA_OTHER, KINERJA_UNKNOWN, []),
    talentWord(rand, POTENSIAL_TABLE_WORDS, POTENSIAL_OTHER, POTENSIAL_UNKNOWN, POTENSIAL_NUMBERS),
  ],
  ours: ([k, p]) => call("KOTAK_TALENTA", k, p),
  differences: [
    errorCode("kosong", "An empty kinerja or potensial: both refuse; ours #VALUE! (\"… kosong\"), MATCH #N/A.", (input) => input[0] === null || input[1] === null, "#N/A"),
    errorCode(
      "potensial-angka",
      "A numeric potensial: both refuse; ours #VALUE! explaining that numeric scores need the agency's cut-offs (no regulation fixes them), MATCH #N/A.",
      (input) => typeof input[1] === "number",
      "#N/A",
    ),
    errorCode(
      "kata-tak-dikenal",
      "A word in neither vocabulary (\"Luar Biasa\", \"Sangat Tinggi\", a number for kinerja): both refuse; ours #VALUE! listing the accepted words, MATCH #N/A.",
      (input) => isKinerjaUnknown(input[0]) || isPotensialUnknown(input[1]),
      "#N/A",
    ),
    {
      id: "ejaan-lain",
      kind: "vocabulary",
      explanation:
        "Another spelling of a table word (\"di atas\", \"sedang\", a trailing space) or a predikat in place of the expectation status (\"Baik\" → di atas ekspektasi, PP 30/2019 penjelasan Pasal 41(8); \"Butuh Perbaikan\", \"Kurang/Misconduct\" → di bawah, the PermenPANRB 6/2022 reading): ours gives the box of the table word it stands for; MATCH needs the exact table word and returns #N/A.",
      applies: (input) => (typeof input[0] === "string" && input[0] in KINERJA_OTHER) || (typeof input[1] === "string" && input[1] in POTENSIAL_OTHER),
      companion: (input) => [canonical(input[0], KINERJA_OTHER), canonical(input[1], POTENSIAL_OTHER)],
      check: answersAsCompanionNativeNA,
    },
  ],
};

// --- DJP tunjangan kinerja (LAN Tabel 15–16) ------------------------------------------------------

const TABEL_15_16 = readTabel15_16();

/**
 * The printed table as officers lay it out for a lookup: a key column "peringkat|jabatan" (the
 * blank peringkat filled from the row above), the jabatan as printed and the amount.
 */
export const TABEL_DJP_SHEET: Cell[][] = TABEL_15_16.map((r) => [`${r.peringkat}|${r.jabatan}`, r.peringkat, r.jabatan, r.amount]);

const printedOf = (peringkat: Cell): string[] => TABEL_15_16.filter((r) => r.peringkat === peringkat).map((r) => r.jabatan);

/**
 * Other spellings of a printed jabatan that ours accepts (DOMAIN.md §7 readings and the short
 * forms officers type), written out here, not taken from src.
 */
const DJP_ALTERNATES: Readonly<Record<string, readonly string[]>> = {
  "Pejabat Struktural Eselon I": ["Eselon I", "Pejabat Eselon I"],
  "Pejabat Struktural Eselon II": ["Eselon II", "Eselon 2", "Pejabat Eselon II"],
  "Pejabat Struktural Eselon III": ["Eselon III", "Pejabat Eselon III"],
  "Pejabat Eselon III": ["Pejabat Struktural Eselon III", "Eselon III"],
  "Pejabat Struktural Eselon IV": ["Eselon IV", "Eselon 4", "Pejabat Eselon IV"],
  "Pranata Kompute Utama": ["Pranata Komputer Utama"],
  "Penelaah Keberatan Tk I": ["Penelaah Keberatan Tingkat I"],
  "Penelaah Keberatan TK II": ["Penelaah Keberatan Tingkat II", "Penelaah Keberatan Tk 2"],
  "Account Representatif Tk I": ["Account Representative Tk I", "AR Tk I"],
  "Account Representatif Tk II": ["AR Tk 2"],
  "Account Representatif Tk III": ["Account Representative Tk III"],
  "Account Respresentative": ["Account Representative", "AR"],
  "Account Representative": ["Account Respresentative", "AR"],
};

/** The printed jabatan of that peringkat an alternate spelling stands for, if any. */
function djpAlternateOf(input: readonly Cell[]): string | undefined {
  const [peringkat, jabatan] = input;
  if (typeof jabatan !== "string") return undefined;
  const printed = printedOf(peringkat);
  if (printed.some((p) => p.toLowerCase() === jabatan.toLowerCase())) return undefined;
  return printed.find((p) => DJP_ALTERNATES[p]?.some((a) => a.toLowerCase() === jabatan.toLowerCase()));
}

const singleRow = (peringkat: Cell) => printedOf(peringkat).length === 1;
const blankJabatan = (v: Cell) => v === null || (typeof v === "string" && v.trim() === "");

const djpFixed: Cell[][] = [
  ...TABEL_15_16.map((r) => [r.peringkat, r.jabatan] as Cell[]),
  [27, null],
  [4, ""],
  [12, null],
  [9, "Pelaksana"],
  [3, "Pelaksana"],
  [28, "Pejabat Struktural Eselon I"],
  [12.5, "Pelaksana Lainnya"],
  [null, "Pelaksana"],
  [22, "eselon 2"],
  [16, "PEMERIKSA PAJAK MUDA"],
  [7, "Account Representative"],
];

export const TUKIN_DJP: Oracle = {
  id: "TUKIN_DJP",
  fn: "TUKIN_DJP",
  call: "KINERJA.TUKIN_DJP(peringkat; jabatan)",
  title: "DJP tunjangan kinerja via INDEX/MATCH on a key column peringkat|jabatan over LAN Tabel 15–16 as printed (sheet Tabel15_16)",
  columns: ["peringkat", "jabatan"],
  formulas: (r) => [`=INDEX(Tabel15_16!$D$1:$D$${TABEL_15_16.length},MATCH(A${r}&"|"&B${r},Tabel15_16!$A$1:$A$${TABEL_15_16.length},0))`],
  sheets: { Tabel15_16: TABEL_DJP_SHEET },
  fixed: djpFixed,
  generate: (rand) => {
    const r = rand();
    if (r < 0.03) return [null, pick(rand, TABEL_15_16).jabatan];
    if (r < 0.08) return [pick(rand, [3, 28, 0, 30, 12.5, 7.25]), pick(rand, TABEL_15_16).jabatan];
    if (r < 0.18) return [4 + Math.floor(rand() * 24), pick(rand, TABEL_15_16).jabatan];
    const row = pick(rand, TABEL_15_16);
    const j = rand();
    const alternates = DJP_ALTERNATES[row.jabatan] ?? [];
    if (j < 0.5) return [row.peringkat, row.jabatan];
    if (j < 0.6) return [row.peringkat, row.jabatan.toUpperCase()];
    if (j < 0.75 && alternates.length > 0) return [row.peringkat, pick(rand, alternates)];
    if (j < 0.85) return [row.peringkat, pick(rand, [null, "", " "])];
    if (j < 0.9) return [row.peringkat, pick(rand, ["Direktur", "Kepala Kantor", "x"])];
    return [row.peringkat, row.jabatan];
  },
  ours: ([peringkat, jabatan]) => call("TUKIN_DJP", peringkat, jabatan),
  differences: [
    errorCode("peringkat-kosong", "An empty peringkat: both refuse; ours #VALUE! (\"peringkat kosong\"), MATCH #N/A on the key \"|jabatan\".", (input) => input[0] === null, "#N/A"),
    errorCode(
      "peringkat-pecahan",
      "A peringkat that is not a whole number (12.5): both refuse; ours #VALUE! (\"peringkat harus bilangan bulat 4–27\"), MATCH #N/A.",
      (input) => typeof input[0] === "number" && !Number.isInteger(input[0]),
      "#N/A",
    ),
    {
      id: "jabatan-kosong-satu-baris",
      kind: "reading",
      explanation:
        "An empty jabatan where the peringkat has one row (27–21, 19, 6–4): ours gives that row's amount (the issue: jabatan may be left empty there), the key lookup needs the jabatan and returns #N/A.",
      applies: (input) => blankJabatan(input[1]) && singleRow(input[0]),
      companion: (input) => [input[0], printedOf(input[0])[0]],
      check: answersAsCompanionNativeNA,
    },
    errorCode(
      "jabatan-kosong-beberapa-baris",
      "An empty jabatan where the peringkat has several rows: both refuse; ours #VALUE! listing that peringkat's jabatan, MATCH #N/A.",
      (input) => blankJabatan(input[1]) && printedOf(input[0]).length > 1,
      "#N/A",
    ),
    {
      id: "ejaan-lain",
      kind: "vocabulary",
      explanation:
        "Another spelling of a printed jabatan (\"Eselon II\", \"AR Tk 2\", the misprint put right: \"Pranata Komputer Utama\" for \"Pranata Kompute Utama\"): ours gives that row's amount; MATCH needs the printed words and returns #N/A.",
      applies: (input) => djpAlternateOf(input) !== undefined,
      companion: (input) => [input[0], djpAlternateOf(input)!],
      check: answersAsCompanionNativeNA,
    },
  ],
};

// --- KPK pergeseran (LAN Tabel 10–13) -------------------------------------------------------------

/** LAN Tabel 10–13 on one sheet, the cells as printed ("Ab.BA", "Ab/BA"); the group names and "Lanjut" as DOMAIN.md §7 reads them. */
export const TABEL_KPK_SHEET: Cell[][] = [
  ["kelompok \\ tingkat", "Dasar", "Pemula", "Menengah", "Lanjut", "Ahli"],
  ["Sekretaris Jenderal/Deputi", "AB/BA", "Ab.BA", "AA", "AA", null],
  ["Direktorat/Biro", "BB", "BB", "AB/BA", "Ab/BA", null],
  ["Bagian, Kepala Sekretariat dan Koordinator", "CB/BC", "CB/BC", "BB", "BB", null],
  ["Fungsional Utama", "BB", "BB", "AB/BA", "AB/BA", null],
  ["Fungsional Madya", "CB/BC", "CB/BC", "BB", "BB", null],
  ["Fungsional Muda", "CC", "CC", "CB/BC", "CB/BC", null],
];
const KPK_GRADES = ["A", "B", "C", "D", "E"];
const KPK_GROUPS = TABEL_KPK_SHEET.slice(1).map((r) => r[0] as string);
const KPK_LEVELS = ["Dasar", "Pemula", "Menengah", "Lanjut"];
/** Short names (DOMAIN.md §7) and grade words, with the table word each stands for. */
const KPK_OTHER: Readonly<Record<string, string>> = {
  Sekjen: "Sekretaris Jenderal/Deputi",
  Deputi: "Sekretaris Jenderal/Deputi",
  Biro: "Direktorat/Biro",
  Direktorat: "Direktorat/Biro",
  Koordinator: "Bagian, Kepala Sekretariat dan Koordinator",
  Bagian: "Bagian, Kepala Sekretariat dan Koordinator",
  "JF Muda": "Fungsional Muda",
  "sangat memuaskan": "A",
  "Cukup Memuaskan": "C",
  Lanjnut: "Lanjut",
};
const kpkCanonical = (v: Cell): Cell => (typeof v === "string" && v in KPK_OTHER ? KPK_OTHER[v] : v);

export const KPK_PERGESERAN: Oracle = {
  id: "KPK_PERGESERAN",
  fn: "KPK_PERGESERAN",
  call: "KINERJA.KPK_PERGESERAN(nilai_tahun_1; nilai_tahun_2; kelompok; tingkat)",
  title:
    "KPK pergeseran: the minimum by INDEX/MATCH on LAN Tabel 10–13 (sheet Tabel10_13), grades ranked by MATCH on A–E (sheet Nilai), then AND(best year ≤ better grade of the minimum, other year ≤ its other grade)",
  columns: ["nilai_tahun_1", "nilai_tahun_2", "kelompok", "tingkat"],
  formulas: (r) => [
    `=MIN(MATCH(A${r},Nilai!$A$1:$A$5,0),MATCH(B${r},Nilai!$A$1:$A$5,0))`,
    `=MAX(MATCH(A${r},Nilai!$A$1:$A$5,0),MATCH(B${r},Nilai!$A$1:$A$5,0))`,
    `=INDEX(Tabel10_13!$B$2:$F$7,MATCH(C${r},Tabel10_13!$A$2:$A$7,0),MATCH(D${r},Tabel10_13!$B$1:$F$1,0))`,
    `=AND(E${r}<=MIN(MATCH(LEFT(G${r},1),Nilai!$A$1:$A$5,0),MATCH(MID(G${r},2,1),Nilai!$A$1:$A$5,0)),F${r}<=MAX(MATCH(LEFT(G${r},1),Nilai!$A$1:$A$5,0),MATCH(MID(G${r},2,1),Nilai!$A$1:$A$5,0)))`,
  ],
  sheets: { Tabel10_13: TABEL_KPK_SHEET, Nilai: KPK_GRADES.map((g) => [g]) },
  fixed: [
    ...KPK_GROUPS.flatMap((g) => KPK_LEVELS.flatMap((l) => [["A", "B", g, l] as Cell[], ["B", "B", g, l] as Cell[], ["C", "B", g, l] as Cell[], ["C", "C", g, l] as Cell[], ["A", "A", g, l] as Cell[]])),
    ["A", "A", "Direktorat/Biro", "Ahli"],
    ["F", "A", "Direktorat/Biro", "Dasar"],
    [null, "A", "Direktorat/Biro", "Dasar"],
    ["A", "B", "Sekjen", "Dasar"],
  ],
  generate: (rand) => {
    const grade = (): Cell => {
      const r = rand();
      return r < 0.02 ? null : r < 0.05 ? pick(rand, ["F", "X"]) : r < 0.1 ? pick(rand, ["sangat memuaskan", "Cukup Memuaskan", "b"]) : pick(rand, KPK_GRADES);
    };
    const r = rand();
    const group = r < 0.1 ? pick(rand, ["Sekjen", "Deputi", "Biro", "Direktorat", "Koordinator", "Bagian", "JF Muda"]) : r < 0.12 ? "Komisioner" : pick(rand, KPK_GROUPS);
    const l = rand();
    const level = l < 0.04 ? "Ahli" : l < 0.07 ? "Lanjnut" : l < 0.08 ? "Utama" : pick(rand, KPK_LEVELS);
    return [grade(), grade(), group, level];
  },
  ours: ([a, b, g, l]) => call("KPK_PERGESERAN", a, b, g, l),
  differences: [
    errorCode("nilai-kosong", "An empty grade: both refuse; ours #VALUE! (\"… kosong\"), MATCH #N/A.", (input) => input[0] === null || input[1] === null, "#N/A"),
    errorCode(
      "tak-dikenal",
      "A grade outside A–E (\"F\"), a group or level in no vocabulary (\"Komisioner\", \"Utama\"): both refuse; ours #VALUE! listing the accepted words, MATCH #N/A.",
      (input) => ["F", "X"].includes(input[0] as string) || ["F", "X"].includes(input[1] as string) || input[2] === "Komisioner" || input[3] === "Utama",
      "#N/A",
    ),
    errorCode(
      "ahli",
      "Current level Ahli, the top level: both refuse; ours #VALUE! (\"tidak ada pergeseran dari Ahli\"), the table's empty Ahli column gives MATCH #N/A.",
      (input) => input[3] === "Ahli",
      "#N/A",
    ),
    {
      id: "ejaan-lain",
      kind: "vocabulary",
      explanation:
        "A short group name (\"Sekjen\", \"Biro\", \"JF Muda\"), a grade word (\"sangat memuaskan\" = A) or the printed \"Lanjnut\": ours reads the table word it stands for; MATCH needs the exact words and returns #N/A.",
      applies: (input) => input.some((v) => typeof v === "string" && v in KPK_OTHER),
      companion: (input) => input.map(kpkCanonical),
      check: answersAsCompanionNativeNA,
    },
  ],
};

export const ORACLES: readonly Oracle[] = [
  PREDIKAT_PP30,
  PREDIKAT_PP46,
  PREDIKAT_PP46_TABEL,
  PREDIKAT_POLRI,
  IKU_MAX,
  IKU_MIN,
  NPKP,
  NILAI_KINERJA_70_30,
  NILAI_KINERJA_60_40,
  PREDIKAT_DARI_NILAI,
  KOTAK_TALENTA,
  TUKIN_DJP,
  KPK_PERGESERAN,
];

// ---------------------------------------------------------------------------------------------
// Running
// ---------------------------------------------------------------------------------------------

/** The oracle's first n input rows: the fixed rows, then the seeded random ones. */
export function inputsFor(oracle: Oracle, n: number): Cell[][] {
  const rand = mulberry32(seedFor(oracle.id));
  const rows: Cell[][] = oracle.fixed.slice(0, n).map((r) => [...r]);
  while (rows.length < n) rows.push(oracle.generate(rand));
  return rows;
}

/** Input columns as n×1 ranges, the way Excel hands a column to a custom function. */
export function columnsOf(oracle: Oracle, rows: readonly (readonly Cell[])[]): Cell[][][] {
  return oracle.columns.map((_, c) => rows.map((row) => [row[c]]));
}

/** Sheet rows: the inputs, then the formula cells (Excel row numbers from 1). */
export function sheetRows(oracle: Oracle, rows: readonly (readonly Cell[])[]): (Cell | string)[][] {
  return rows.map((row, i) => [...row, ...oracle.formulas(i + 1)]);
}

export function buildNative(oracle: Oracle, rows: readonly (readonly Cell[])[]): HyperFormula {
  return HyperFormula.buildFromSheets(
    { Data: sheetRows(oracle, rows), ...(oracle.sheets ?? {}) },
    { licenseKey: HF_LICENSE, maxRows: Math.max(10_000, rows.length + 10) },
  );
}

/** The result column of the Data sheet. */
export function nativeResults(hf: HyperFormula, oracle: Oracle, n: number): Out[] {
  const sheet = hf.getSheetId("Data")!;
  const col = oracle.columns.length + oracle.formulas(1).length - 1;
  const values = hf.getSheetValues(sheet);
  const out: Out[] = new Array(n);
  for (let i = 0; i < n; i++) out[i] = fromNative(values[i]?.[col]);
  return out;
}

export function oursResults(oracle: Oracle, rows: readonly (readonly Cell[])[]): Out[] {
  const matrix = oracle.ours(columnsOf(oracle, rows));
  if (matrix.length !== rows.length) throw new Error(`${oracle.id}: ours returned ${matrix.length} rows for ${rows.length}`);
  return matrix.map((row) => fromOurs(row[0]));
}

export interface Example {
  readonly input: readonly Cell[];
  readonly ours: string;
  readonly native: string;
  readonly companion?: string;
  readonly reason?: string;
}

export interface DifferenceReport {
  readonly id: string;
  readonly kind: DifferenceKind;
  readonly explanation: string;
  /** Rows the rule governed. */
  applied: number;
  /** Of those, rows where ours and the native formula actually differ. */
  differed: number;
  /** Rows where the rule's exact expectation failed (must be 0). */
  violated: number;
  readonly examples: Example[];
}

export interface OracleReport {
  readonly id: string;
  readonly fn: string;
  readonly call: string;
  readonly title: string;
  readonly formula: string;
  readonly inputs: number;
  agree: number;
  readonly differences: DifferenceReport[];
  /** Disagreements no documented difference covers (must be 0). */
  readonly unexplained: Example[];
  unexplainedCount: number;
  readonly violations: Example[];
  readonly oursMs: number;
  readonly nativeMs: number;
}

const EXAMPLES = 3;

function showInput(input: readonly Cell[]): Cell[] {
  return input.map((v) => v);
}

/** Both results for given rows (no documented differences applied): for examples in tests. */
export function pairs(oracle: Oracle, rows: readonly (readonly Cell[])[]): { ours: Out; native: Out }[] {
  const ours = oursResults(oracle, rows);
  const hf = buildNative(oracle, rows);
  const native = nativeResults(hf, oracle, rows.length);
  hf.destroy();
  return rows.map((_, i) => ({ ours: ours[i], native: native[i] }));
}

/** Runs one oracle over its first n inputs and compares every row. */
export function runOracle(oracle: Oracle, n: number): OracleReport {
  return runOracleOn(oracle, inputsFor(oracle, n));
}

/** Runs one oracle over the given input rows and compares every row. */
export function runOracleOn(oracle: Oracle, rows: readonly (readonly Cell[])[]): OracleReport {
  const n = rows.length;
  const t0 = performance.now();
  const ours = oursResults(oracle, rows);
  const oursMs = performance.now() - t0;

  // Companion rows (cut points, canonical words, 0 for a blank) go under the main rows.
  const ruleOf: (Difference | undefined)[] = rows.map((row) => oracle.differences.find((d) => d.applies(row)));
  const companionIndex: number[] = new Array(n).fill(-1);
  const sheetInputs: (readonly Cell[])[] = [...rows];
  for (let i = 0; i < n; i++) {
    const rule = ruleOf[i];
    if (rule?.companion) {
      companionIndex[i] = sheetInputs.length;
      sheetInputs.push(rule.companion(rows[i]));
    }
  }
  const t1 = performance.now();
  const hf = buildNative(oracle, sheetInputs);
  const all = nativeResults(hf, oracle, sheetInputs.length);
  const nativeMs = performance.now() - t1;
  hf.destroy();

  const reports = new Map<Difference, DifferenceReport>();
  for (const d of oracle.differences) reports.set(d, { id: d.id, kind: d.kind, explanation: d.explanation, applied: 0, differed: 0, violated: 0, examples: [] });
  const report: OracleReport = {
    id: oracle.id,
    fn: oracle.fn,
    call: oracle.call,
    title: oracle.title,
    formula: oracle.formulas(2).join("  then  "),
    inputs: n,
    agree: 0,
    differences: [...reports.values()],
    unexplained: [],
    unexplainedCount: 0,
    violations: [],
    oursMs,
    nativeMs,
  };
  for (let i = 0; i < n; i++) {
    const o = ours[i];
    const x = all[i];
    const rule = ruleOf[i];
    if (!rule) {
      if (same(o, x)) report.agree++;
      else {
        report.unexplainedCount++;
        if (report.unexplained.length < 20) report.unexplained.push({ input: showInput(rows[i]), ours: show(o), native: show(x) });
      }
      continue;
    }
    const r = reports.get(rule)!;
    const companion = companionIndex[i] >= 0 ? all[companionIndex[i]] : undefined;
    r.applied++;
    const reason = rule.check({ input: rows[i], ours: o, native: x, companion });
    const example: Example = { input: showInput(rows[i]), ours: show(o), native: show(x), ...(companion !== undefined ? { companion: show(companion) } : {}) };
    if (reason) {
      r.violated++;
      if (report.violations.length < 20) report.violations.push({ ...example, reason: `${rule.id}: ${reason}` });
      continue;
    }
    if (same(o, x)) report.agree++;
    else {
      r.differed++;
      if (r.examples.length < EXAMPLES && !r.examples.some((e) => e.ours === example.ours && e.native === example.native)) r.examples.push(example);
    }
  }
  return report;
}
