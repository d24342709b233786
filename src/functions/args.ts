/**
 * Typed argument readers for the catalogue: each returns the value or a FunctionError that names
 * the argument. Blank required inputs are errors; blank optional inputs take the default.
 */
import { Result } from "../core/result";
import { CellOutput, FunctionError, isBlank, notAvailable, readBoolean, readNumber, readText, truncate, valueError } from "./cell-values";

export { isFunctionError } from "./cell-values";

const blankError = (name: string) => valueError(`${name} kosong; isi nilainya.`);

/** A number; percent text ("95%") counts in percent points (95). */
export function num(value: unknown, name: string, fallback?: number): number | FunctionError {
  // The common case in a spilled column: a plain number needs no parsing (nor a ParsedNumber).
  if (typeof value === "number" && Number.isFinite(value)) return value;
  if (isBlank(value)) return fallback !== undefined ? fallback : blankError(name);
  const parsed = readNumber(value, name);
  return "error" in parsed ? parsed : parsed.value;
}

/** An optional number that stays undefined when blank. */
export function optionalNum(value: unknown, name: string): number | undefined | FunctionError {
  if (isBlank(value)) return undefined;
  return num(value, name);
}

/**
 * A share (weight, distribution percentage) as a fraction 0–1: "70%" → 0.7, 70 → 0.7, 0,7 → 0.7.
 * Plain numbers up to 1 are fractions, above 1 percent points.
 */
export function share(value: unknown, name: string, fallback?: number): number | FunctionError {
  if (isBlank(value)) return fallback !== undefined ? fallback : blankError(name);
  const parsed = readNumber(value, name);
  if ("error" in parsed) return parsed;
  const fraction = parsed.percent ? parsed.value / 100 : parsed.value <= 1 ? parsed.value : parsed.value / 100;
  if (!(fraction >= 0 && fraction <= 1)) return valueError(`${name} harus persen 0–100% (mis. 70 atau 70%).`);
  return fraction;
}

export function bool(value: unknown, name: string, fallback?: boolean): boolean | FunctionError {
  if (isBlank(value)) return fallback !== undefined ? fallback : blankError(name);
  return readBoolean(value, name);
}

/** A categorical word looked up in a vocabulary; `allowed` lists the spellings for the message. */
export function word<T>(value: unknown, name: string, lookup: (text: string) => T | undefined, allowed: string, fallback?: T): T | FunctionError {
  if (isBlank(value)) return fallback !== undefined ? fallback : valueError(`${name} kosong; isi ${allowed}.`);
  const text = readText(value, name);
  if (typeof text !== "string") return text;
  const found = lookup(text);
  if (found === undefined) return valueError(`${name} "${truncate(text)}" tidak dikenal; gunakan ${allowed}.`);
  return found;
}

/** A word parsed by a core rule that reports its own failure. */
export function parsed<T>(value: unknown, name: string, parse: (text: string) => Result<T>, fallback?: T): T | FunctionError {
  if (isBlank(value)) return fallback !== undefined ? fallback : blankError(name);
  const text = readText(value, name);
  if (typeof text !== "string") return text;
  return fromResult(parse(text));
}

/** A core rule's result as a cell: the value, #VALUE! for invalid input, #N/A for "not in the table". */
export function fromResult<T>(result: Result<T>): T | FunctionError {
  if (result.ok) return result.value;
  return result.failure.kind === "notFound" ? notAvailable(result.failure.message) : valueError(result.failure.message);
}

/** First FunctionError among already-read arguments, if any. */
export function firstError(...values: unknown[]): FunctionError | undefined {
  for (const v of values) if (typeof v === "object" && v !== null && "error" in v && "message" in v) return v as FunctionError;
  return undefined;
}

export type { CellOutput, FunctionError };
