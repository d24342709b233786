/**
 * Reading the values Excel hands to a custom function: numbers, text (Indonesian decimal commas
 * "95,5", thousands "1.250.000", percent "95%"), booleans, blanks and Excel errors.
 * Anything that cannot be read becomes a `FunctionError` naming the argument — never a guess.
 */
import { excelErrorText, isBlankValue } from "../core/cell-value";
import { formatNumber } from "../core/numeric";
import { parseNumberText, ParsedNumber } from "../core/number-text";

export type { ParsedNumber };
import { parseTruth } from "../core/words";

export type ErrorCode = "#VALUE!" | "#N/A";

export interface FunctionError {
  readonly error: ErrorCode;
  readonly message: string;
}

export type CellOutput = number | string | boolean | FunctionError;

export function isFunctionError(value: unknown): value is FunctionError {
  return typeof value === "object" && value !== null && "error" in value && "message" in value;
}

export const valueError = (message: string): FunctionError => ({ error: "#VALUE!", message });
export const notAvailable = (message: string): FunctionError => ({ error: "#N/A", message });

/** An Excel error code as it arrives in a cell (CustomFunctions.Error object or "#N/A" text). */
export function excelErrorCode(value: unknown): string | undefined {
  if (typeof value === "string") return excelErrorText(value);
  if (typeof value === "object" && value !== null && "code" in value && typeof (value as { code: unknown }).code === "string") {
    return (value as { code: string }).code;
  }
  return undefined;
}

export const isBlank = isBlankValue;

/** Why a value cannot be a number, or the number. Blank is reported separately by callers. */
export function readNumber(value: unknown, argName: string): ParsedNumber | FunctionError {
  const error = excelErrorCode(value);
  if (error) return valueError(`${argName} berisi error ${error}; perbaiki sel sumbernya.`);
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return valueError(`${argName} bukan angka yang sah.`);
    return { value, percent: false, fromText: false };
  }
  if (typeof value === "boolean") return valueError(`${argName} harus angka, bukan ${value ? "TRUE" : "FALSE"}.`);
  if (typeof value === "string") {
    const parsed = parseNumberText(value);
    if (parsed) return parsed;
    return valueError(`${argName} harus angka (mis. 95 atau 95,5); tertulis "${truncate(value)}".`);
  }
  return valueError(`${argName} harus angka.`);
}

export function truncate(text: string, max = 40): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

/** Text of a categorical cell; numbers are allowed where a word may be a number ("3"). */
export function readText(value: unknown, argName: string): string | FunctionError {
  const error = excelErrorCode(value);
  if (error) return valueError(`${argName} berisi error ${error}; perbaiki sel sumbernya.`);
  if (typeof value === "string") return value;
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return valueError(`${argName} harus teks.`);
}

/** TRUE/FALSE, 1/0 or the words "ya"/"benar"/"ada" and "tidak"/"salah". */
export function readBoolean(value: unknown, argName: string): boolean | FunctionError {
  const error = excelErrorCode(value);
  if (error) return valueError(`${argName} berisi error ${error}; perbaiki sel sumbernya.`);
  if (typeof value === "boolean") return value;
  if (typeof value === "number") {
    if (value === 1 || value === 0) return value === 1;
    return valueError(`${argName} harus TRUE/FALSE (atau 1/0); tertulis ${formatNumber(value)}.`);
  }
  if (typeof value === "string") {
    const truth = parseTruth(value);
    if (truth !== undefined) return truth;
    return valueError(`${argName} harus TRUE/FALSE, "ya"/"tidak" atau "benar"/"salah"; tertulis "${truncate(value)}".`);
  }
  return valueError(`${argName} harus TRUE/FALSE.`);
}
