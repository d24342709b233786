/**
 * Cells or ranges: every argument is a matrix (a single cell is 1×1). Results take the shape of
 * the range arguments; a 1×1 argument broadcasts against them. One bad cell gives an error in its
 * own position only. Arguments are read with the types the catalogue declares (args.ts).
 */
import type { Arg, CellType } from "./args";
import { CellOutput, FunctionError, isFunctionError, valueError } from "./cell-values";

export type Matrix = readonly (readonly unknown[])[];
export type OutputMatrix = CellOutput[][];

/** An omitted optional argument arrives as undefined or null; treat it as one blank cell. */
export function asMatrix(arg: unknown): Matrix {
  if (arg === undefined || arg === null) return [[null]];
  if (Array.isArray(arg)) {
    if (arg.length === 0) return [[null]];
    // Excel's ranges are already rows of cells: no copy unless a row is a bare value.
    return arg.every(Array.isArray) ? (arg as Matrix) : arg.map((row) => (Array.isArray(row) ? row : [row]));
  }
  return [[arg]];
}

interface Shape {
  readonly rows: number;
  readonly cols: number;
}

/** Rows × columns, or undefined when a row is empty or rows differ in length (not a range Excel can pass). */
function shapeOf(m: Matrix): Shape | undefined {
  const cols = m[0].length;
  if (cols === 0) return undefined;
  for (let r = 1; r < m.length; r++) if (m[r].length !== cols) return undefined;
  return { rows: m.length, cols };
}

/** Shape of the broadcast, or an error naming the arguments whose ranges differ or are not rectangular. */
function commonShape(matrices: readonly Matrix[], names: readonly string[]): Shape | FunctionError {
  let shape: Shape = { rows: 1, cols: 1 };
  let owner = "";
  for (let i = 0; i < matrices.length; i++) {
    const s = shapeOf(matrices[i]);
    if (!s) return valueError(`Rentang ${names[i]} tidak berbentuk persegi panjang (ada baris kosong atau baris yang panjangnya berbeda).`);
    if (s.rows === 1 && s.cols === 1) continue;
    if (shape.rows === 1 && shape.cols === 1) {
      shape = s;
      owner = names[i];
    } else if (s.rows !== shape.rows || s.cols !== shape.cols) {
      return valueError(
        `Ukuran rentang ${owner} (${shape.rows}×${shape.cols}) dan ${names[i]} (${s.rows}×${s.cols}) harus sama, atau salah satunya satu sel.`,
      );
    }
  }
  return shape;
}

/** Guards the engine's output: a number that is not finite never reaches a cell. */
export function safeOutput(value: CellOutput): CellOutput {
  if (typeof value === "number" && !Number.isFinite(value)) return valueError("Hasil perhitungan bukan angka yang sah.");
  return value;
}

/**
 * Most arguments a catalogue function takes (IKU). Up to this many, `fn` is called with exactly
 * six (undefined past the ones given); more still works, through a spread call.
 */
const MAX_ARITY = 6;

/** The typed values of declared arguments, in order. */
export type Values<S extends readonly Arg<unknown>[]> = { -readonly [K in keyof S]: S[K] extends Arg<infer T> ? T : never };

/** Argument positions in the order their errors count: leading arguments first, then the rest in order. */
function errorOrder(specs: readonly Arg<unknown>[]): number[] {
  const order: number[] = [];
  specs.forEach((s, i) => s.leads && order.push(i));
  specs.forEach((s, i) => !s.leads && order.push(i));
  return order;
}

/**
 * Reads the arguments declared as whole ranges (once each) and calls `fn` with them typed; the
 * first error, in error order, is the one cell of the result. For functions that compute over a
 * whole range first (a ranking) and broadcast afterwards.
 */
export function readWhole<const S extends readonly Arg<unknown>[]>(
  args: readonly unknown[],
  specs: S,
  fn: (...values: Values<S>) => OutputMatrix,
): OutputMatrix {
  const values: unknown[] = specs.map((spec, i) => {
    const m = asMatrix(args[i]);
    return spec.type.kind === "range" ? spec.type.read(m, spec.name) : spec.type.read(m[0][0], spec.name, []);
  });
  for (const i of errorOrder(specs)) if (isFunctionError(values[i])) return [[values[i] as FunctionError]];
  return fn(...(values as Values<S>));
}

/**
 * Applies `fn` cell by cell to declared arguments. Each argument is read with its type, the
 * first error (leading arguments first, then in argument order) is that position's result, and
 * `fn` receives typed values only. Arguments of a range type are read once, whole, and an error
 * there is the one cell of the result; cell arguments broadcast (a single cell against ranges).
 */
export function broadcast<const S extends readonly Arg<unknown>[]>(
  args: readonly unknown[],
  specs: S,
  fn: (...values: Values<S>) => CellOutput,
): OutputMatrix {
  const n = specs.length;
  const order = errorOrder(specs);
  // Arrays built with push, not Array.prototype.map/filter: V8's optimised code inlines map and
  // allocates its result holey while the builtin returns it packed, so `broadcast` met an array
  // of another shape on every call, was deoptimised and compiled again (~80 ms of a compiler
  // thread per 100,000-cell call). Pushed arrays keep one shape whichever tier built them.
  const matrices: Matrix[] = [];
  for (let i = 0; i < n; i++) matrices.push(asMatrix(args[i]));
  const values: unknown[] = new Array(Math.max(n, MAX_ARITY)).fill(undefined);
  const cellArgs: number[] = [];
  for (let i = 0; i < n; i++) {
    const type = specs[i].type;
    if (type.kind === "range") values[i] = type.read(matrices[i], specs[i].name);
    else cellArgs.push(i);
  }
  for (const i of order) if (specs[i].type.kind === "range" && isFunctionError(values[i])) return [[values[i] as FunctionError]];

  const cellMatrices: Matrix[] = [];
  const cellNames: string[] = [];
  for (const i of cellArgs) {
    cellMatrices.push(matrices[i]);
    cellNames.push(specs[i].name);
  }
  const shape = commonShape(cellMatrices, cellNames);
  if (isFunctionError(shape)) return [[shape]];
  // Single cells are read once (unless their reading looks at other arguments); only the ranges
  // are read from cell to cell.
  const raw: unknown[] = new Array(n).fill(undefined);
  const perCell: number[] = [];
  const ranges: number[] = [];
  for (const i of cellArgs) {
    const m = matrices[i];
    const type = specs[i].type as CellType<unknown>;
    if (m.length === 1 && m[0].length === 1) {
      raw[i] = m[0][0];
      if (type.dependent) perCell.push(i);
    } else {
      ranges.push(i);
      perCell.push(i);
    }
  }
  for (const i of cellArgs) if (!perCell.includes(i)) values[i] = (specs[i].type as CellType<unknown>).read(raw[i], specs[i].name, raw);
  // Per position only the arguments read per cell can change; a one-cell argument read once is
  // checked only if it is an error (it then stands in error order like any other).
  const checks: number[] = [];
  for (const i of order) if (perCell.includes(i) || (specs[i].type.kind === "cell" && isFunctionError(values[i]))) checks.push(i);
  const readers: CellType<unknown>["read"][] = [];
  const readerNames: string[] = [];
  const plainKinds: CellType<unknown>["plain"][] = [];
  for (const i of perCell) {
    const type = specs[i].type as CellType<unknown>;
    readers.push(type.read);
    readerNames.push(specs[i].name);
    plainKinds.push(type.plain);
  }
  const rangeMatrices: Matrix[] = [];
  for (const i of ranges) rangeMatrices.push(matrices[i]);
  const call = fn as (...values: unknown[]) => CellOutput;
  const fixedArity = n <= MAX_ARITY;

  const out: OutputMatrix = new Array(shape.rows);
  const column = shape.cols === 1;
  for (let r = 0; r < shape.rows; r++) {
    // A column (the common spill) gets its rows from an array literal: in V8, a row made by
    // `new Array(1)` and then given a number or an error object cost 2–3× a literal's (measured:
    // NPKP over 100,000 cells 55 → 27 ms CPU). The placeholder is overwritten below.
    const row: CellOutput[] = column ? [false] : new Array(shape.cols);
    for (let c = 0; c < shape.cols; c++) {
      for (let k = 0; k < ranges.length; k++) raw[ranges[k]] = rangeMatrices[k][r][c];
      for (let k = 0; k < perCell.length; k++) {
        const cell = raw[perCell[k]];
        const kind = plainKinds[k];
        // The fast path: a plain number (or boolean) where one is declared is its own value.
        values[perCell[k]] =
          (kind === "number" && typeof cell === "number" && cell - cell === 0) || (kind === "boolean" && typeof cell === "boolean")
            ? cell
            : readers[k](cell, readerNames[k], raw);
      }
      let value: CellOutput | undefined;
      for (let k = 0; k < checks.length; k++) {
        const v = values[checks[k]];
        if (typeof v === "object" && v !== null && isFunctionError(v)) {
          value = v;
          break;
        }
      }
      if (value === undefined) value = fixedArity ? call(values[0], values[1], values[2], values[3], values[4], values[5]) : call(...values.slice(0, n));
      row[c] = typeof value === "number" && !Number.isFinite(value) ? safeOutput(value) : value;
    }
    out[r] = row;
  }
  return out;
}

/** Every cell of a range, row by row (for arguments that consume a whole range). */
export function flatten(m: Matrix): unknown[] {
  const out: unknown[] = [];
  for (const row of m) for (const cell of row) out.push(cell);
  return out;
}
