/**
 * Declared argument types of the catalogue. Each type reads one cell into a typed value or a
 * FunctionError that names the argument; `broadcast` (grid.ts) applies them and the first-error
 * rule, so a catalogue entry's cell function receives typed values only. Blank required inputs
 * are errors; blank optional inputs take the default.
 */
import { Result } from "../core/result";
import { CellOutput, FunctionError, isBlank, isFunctionError, notAvailable, readBoolean, readNumber, readText, truncate, valueError } from "./cell-values";

export { isFunctionError } from "./cell-values";

/** One cell → a typed value, or the error to show in that cell's position. */
export interface CellType<T> {
  readonly kind: "cell";
  /**
   * `cells` holds every argument's cell at the same position, for the rare reading that depends
   * on another argument (IKU's target may stay blank when stabilize has its band).
   */
  readonly read: (cell: unknown, name: string, cells: readonly unknown[]) => T | FunctionError;
  /** The reading looks at other arguments' cells: read it per position even when it is one cell. */
  readonly dependent?: boolean;
  /**
   * A cell of this JavaScript type is its own value (a finite number for `number`, a boolean for
   * `boolean`): `broadcast` takes it without calling `read`, whose call site all functions share.
   */
  readonly plain?: "number" | "boolean";
}

/** A whole range → one typed value (read once, not broadcast; it takes no part in the shape). */
export interface RangeType<T> {
  readonly kind: "range";
  readonly read: (range: readonly (readonly unknown[])[], name: string) => T | FunctionError;
}

export type ArgType<T> = CellType<T> | RangeType<T>;

/** A declared argument: its Indonesian name (as in messages) and its type. */
export interface Arg<T> {
  readonly name: string;
  readonly type: ArgType<T>;
  /**
   * Checked before the others: an argument that decides how the others are read (the rule set,
   * the polarisation, the organisation's predikat) reports its own error first.
   */
  readonly leads?: boolean;
}

export function arg<T>(name: string, type: ArgType<T>, options: { leads?: boolean } = {}): Arg<T> {
  return { name, type, leads: options.leads === true };
}

/**
 * Every cell type is built by this one literal, with all its fields, so that all of them share one
 * object shape. `broadcast` reads these objects on every call; while some were spread copies
 * (`{ ...type, plain }`), V8 gave a copy made by optimised code another shape than one made by
 * the interpreter, and `broadcast` was deoptimised and compiled again on every 100,000-cell call.
 */
function makeCellType<T>(read: CellType<T>["read"], dependent: boolean, plain: CellType<T>["plain"]): CellType<T> {
  return { kind: "cell", read, dependent, plain };
}

export const cellType = <T>(read: CellType<T>["read"], dependent = false): CellType<T> => makeCellType(read, dependent, undefined);

const blankError = (name: string) => valueError(`${name} kosong; isi nilainya.`);

/** Reads a number cell; percent text ("95%") counts in percent points (95). */
export function readNum(value: unknown, name: string, fallback?: number): number | FunctionError {
  // The common case in a spilled column: a plain number needs no parsing (nor a ParsedNumber).
  if (typeof value === "number" && Number.isFinite(value)) return value;
  if (isBlank(value)) return fallback !== undefined ? fallback : blankError(name);
  const parsed = readNumber(value, name);
  return "error" in parsed ? parsed : parsed.value;
}

/** A number; blank takes `fallback` when given, otherwise is an error. */
export function number(fallback?: number): CellType<number> {
  return makeCellType<number>((cell, name) => readNum(cell, name, fallback), false, "number");
}

/** An optional number that stays undefined when blank. */
export const optionalNumber: CellType<number | undefined> = cellType((cell, name) => (isBlank(cell) ? undefined : readNum(cell, name)));

/**
 * A share (weight, distribution percentage) as a fraction 0–1: "70%" → 0.7, 70 → 0.7, 0,7 → 0.7.
 * Plain numbers up to 1 are fractions, above 1 percent points.
 */
export function share(fallback?: number): CellType<number> {
  return cellType((cell, name) => {
    if (isBlank(cell)) return fallback !== undefined ? fallback : blankError(name);
    const parsed = readNumber(cell, name);
    if ("error" in parsed) return parsed;
    const fraction = parsed.percent ? parsed.value / 100 : parsed.value <= 1 ? parsed.value : parsed.value / 100;
    if (!(fraction >= 0 && fraction <= 1)) return valueError(`${name} harus persen 0–100% (mis. 70 atau 70%).`);
    return fraction;
  });
}

/** TRUE/FALSE, 1/0 or the words "ya"/"benar" and "tidak"/"salah". */
export function bool(fallback?: boolean): CellType<boolean> {
  return makeCellType<boolean>(
    (cell, name) => {
      if (isBlank(cell)) return fallback !== undefined ? fallback : blankError(name);
      return readBoolean(cell, name);
    },
    false,
    "boolean",
  );
}

/** A categorical word looked up in a vocabulary; `allowed` lists the spellings for the message. */
export function word<T>(lookup: (text: string) => T | undefined, allowed: string, fallback?: T): CellType<T> {
  return cellType((cell, name) => {
    if (isBlank(cell)) return fallback !== undefined ? fallback : valueError(`${name} kosong; isi ${allowed}.`);
    const text = readText(cell, name);
    if (typeof text !== "string") return text;
    const found = lookup(text);
    if (found === undefined) return valueError(`${name} "${truncate(text)}" tidak dikenal; gunakan ${allowed}.`);
    return found;
  });
}

/** A word parsed by a core rule that reports its own failure (#VALUE!, or #N/A for "not in the table"). */
export function parsed<T>(parse: (text: string) => Result<T>, fallback?: T): CellType<T> {
  return cellType((cell, name) => {
    if (isBlank(cell)) return fallback !== undefined ? fallback : blankError(name);
    const text = readText(cell, name);
    if (typeof text !== "string") return text;
    return fromResult(parse(text));
  });
}

/** The same type, with blank read as undefined instead of an error. */
export function optional<T>(type: CellType<T>): CellType<T | undefined> {
  return cellType((cell, name, cells) => (isBlank(cell) ? undefined : type.read(cell, name, cells)), type.dependent);
}

/** A type whose value is checked further (e.g. a rule set the function cannot use). */
export function refine<T, U>(type: CellType<T>, check: (value: T, name: string) => U | FunctionError): CellType<U> {
  return cellType((cell, name, cells) => {
    const value = type.read(cell, name, cells);
    return isFunctionError(value) ? value : check(value, name);
  }, type.dependent);
}

/** The first cell of a range, read once (a setting given beside a range of values). */
export function firstCell<T>(type: CellType<T>): RangeType<T> {
  return { kind: "range", read: (range, name) => type.read(range[0]?.[0], name, []) };
}

/** Every non-blank cell of a range, row by row; the first bad cell is the error. */
export function listOf<T>(type: CellType<T>): RangeType<T[]> {
  return {
    kind: "range",
    read: (range, name) => {
      const out: T[] = [];
      for (const row of range) {
        for (const cell of row) {
          if (isBlank(cell)) continue;
          const value = type.read(cell, name, []);
          if (isFunctionError(value)) return value;
          out.push(value);
        }
      }
      return out;
    },
  };
}

/** A core rule's result as a cell: the value, #VALUE! for invalid input, #N/A for "not in the table". */
export function fromResult<T>(result: Result<T>): T | FunctionError {
  if (result.ok) return result.value;
  return result.failure.kind === "notFound" ? notAvailable(result.failure.message) : valueError(result.failure.message);
}

export type { CellOutput, FunctionError };
