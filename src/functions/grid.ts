/**
 * Cells or ranges: every argument is a matrix (a single cell is 1×1). Results take the shape of
 * the range arguments; a 1×1 argument broadcasts against them. One bad cell gives an error in its
 * own position only.
 */
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

/**
 * Applies `fn` cell by cell. `names` are the Indonesian argument names used in messages.
 * Cell values are passed raw; `fn` reads them with the readers in cell-values.ts.
 */
export function broadcast(
  args: readonly unknown[],
  names: readonly string[],
  fn: (...cells: unknown[]) => CellOutput,
): OutputMatrix {
  const matrices = args.map(asMatrix);
  const shape = commonShape(matrices, names);
  if (isFunctionError(shape)) return [[shape]];
  // Single cells are read once; only the ranges change from cell to cell. The catalogue's
  // functions take at most six arguments: calling with a fixed arity avoids a spread per cell.
  const n = matrices.length;
  const cells: unknown[] = new Array(Math.max(n, MAX_ARITY)).fill(undefined);
  const ranges: Matrix[] = [];
  const rangeIndex: number[] = [];
  for (let i = 0; i < n; i++) {
    const m = matrices[i];
    if (m.length === 1 && m[0].length === 1) cells[i] = m[0][0];
    else {
      ranges.push(m);
      rangeIndex.push(i);
    }
  }
  const out: OutputMatrix = new Array(shape.rows);
  for (let r = 0; r < shape.rows; r++) {
    const row: CellOutput[] = new Array(shape.cols);
    for (let c = 0; c < shape.cols; c++) {
      for (let k = 0; k < ranges.length; k++) cells[rangeIndex[k]] = ranges[k][r][c];
      const value = n <= MAX_ARITY ? fn(cells[0], cells[1], cells[2], cells[3], cells[4], cells[5]) : fn(...cells);
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
