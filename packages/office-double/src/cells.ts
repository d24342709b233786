/**
 * What a cell holds and how Excel turns written input into it.
 *
 * Excel treats strings written through `Range.values` / `Range.formulas` the way it treats typed
 * input (unless the cell's number format is Text "@" or the string starts with an apostrophe):
 * "=…" is a formula, numeric text becomes a number (15 significant digits, so an 18-digit NIP
 * written as a string loses its last digits), "TRUE"/"FALSE" become booleans, "#N/A" and the
 * other error literals become errors, and text starting with "+", "-" or "@" that is not a
 * number is taken as a formula. `null` inside an array leaves the cell unchanged (documented:
 * "null input in 2-D array"), "" clears it. Formulas are stored as text and not evaluated.
 */

/** An Excel error value (#N/A, #VALUE!, …); one shared instance per code. */
export class ErrorValue {
  private static readonly interned = new Map<string, ErrorValue>();
  private constructor(readonly code: string) {}

  static of(code: string): ErrorValue {
    let e = ErrorValue.interned.get(code);
    if (!e) {
      e = new ErrorValue(code);
      ErrorValue.interned.set(code, e);
    }
    return e;
  }

  toJSON(): { error: string } {
    return { error: this.code };
  }
}

export const ERROR_LITERALS: ReadonlySet<string> = new Set([
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
  "#FIELD!",
  "#BUSY!",
  "#BLOCKED!",
  "#CONNECT!",
  "#UNKNOWN!",
]);

/** Stored cell content; `undefined` is a blank cell. Formula cells store their formula text. */
export type StoredValue = string | number | boolean | ErrorValue;

/** A value as a fixture or the grid API presents it. */
export type PlainCell = string | number | boolean | null | { error: string };

export type CellDataKind = "values" | "formulas";

export interface CoercedInput {
  /**
   * skip: leave the cell unchanged (null, undefined or a non-finite number, which JSON sends as
   * null); clear: "" empties the cell; set: store `value`.
   */
  readonly action: "skip" | "clear" | "set";
  readonly value?: StoredValue;
  readonly formula?: boolean;
  /** Number format Excel applies as a side effect ("95%" → "0%"). */
  readonly numberFormat?: string;
}

const SKIP: CoercedInput = { action: "skip" };
const CLEAR: CoercedInput = { action: "clear" };

const NUMERIC = /^\s*[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?\s*$/;
const PERCENT = /^\s*([+-]?(?:\d+\.?\d*|\.\d+))\s*%\s*$/;

/** Excel keeps 15 significant digits. */
export function excelNumber(n: number): number {
  if (n === 0) return 0;
  if (!Number.isFinite(n)) return n;
  return Number(n.toPrecision(15));
}

/**
 * Interprets one element written to values/formulas. `numberFormat` is the cell's current
 * format (Text "@" keeps strings literal).
 */
export function coerceInput(input: unknown, numberFormat: string | undefined, coerceStrings: boolean): CoercedInput | null {
  if (input === null || input === undefined) return SKIP;
  switch (typeof input) {
    case "number":
      return Number.isFinite(input) ? { action: "set", value: input === 0 ? 0 : input } : SKIP;
    case "boolean":
      return { action: "set", value: input };
    case "string":
      return coerceString(input, numberFormat, coerceStrings);
    case "object": {
      // office.js sends JSON: a Date (or anything with toJSON) arrives as its JSON value.
      const toJSON = (input as { toJSON?: unknown }).toJSON;
      if (typeof toJSON === "function") {
        const json: unknown = toJSON.call(input);
        if (json === null || typeof json !== "object") return coerceInput(json, numberFormat, coerceStrings);
      }
      return null;
    }
    default:
      return null; // plain objects, functions: not a valid cell value
  }
}

function coerceString(s: string, numberFormat: string | undefined, coerceStrings: boolean): CoercedInput {
  if (s === "") return CLEAR;
  const first = s.charCodeAt(0);
  if (first === 0x27 /* ' */) {
    const text = s.slice(1);
    return text === "" ? CLEAR : { action: "set", value: text };
  }
  if (numberFormat === "@") return { action: "set", value: s };
  if (first === 0x3d /* = */) {
    return s.length > 1 ? { action: "set", value: s, formula: true } : { action: "set", value: s };
  }
  if (!coerceStrings) return { action: "set", value: s };
  // Fast path: most text starts with a letter that cannot begin a number, boolean or error.
  const isDigitLike = (first >= 0x30 && first <= 0x39) || first === 0x2e || first === 0x20 || first === 0x09;
  const isSign = first === 0x2b /* + */ || first === 0x2d; /* - */
  if (isDigitLike || isSign) {
    if (NUMERIC.test(s)) return { action: "set", value: excelNumber(Number(s)) };
    const pct = PERCENT.exec(s);
    if (pct) {
      const value = excelNumber(Number(pct[1]) / 100);
      return numberFormat === undefined || numberFormat === "General"
        ? { action: "set", value, numberFormat: "0%" }
        : { action: "set", value };
    }
  }
  if (isSign || first === 0x40 /* @ */) {
    // Typed "+62 812…" or "-abc" or "@x" becomes a formula in Excel.
    return { action: "set", value: `=${s}`, formula: true };
  }
  if (first === 0x23 /* # */ && ERROR_LITERALS.has(s.toUpperCase())) {
    return { action: "set", value: ErrorValue.of(s.toUpperCase()) };
  }
  if (s.length === 4 || s.length === 5) {
    const upper = s.toUpperCase();
    if (upper === "TRUE") return { action: "set", value: true };
    if (upper === "FALSE") return { action: "set", value: false };
  }
  return { action: "set", value: s };
}

/** `Range.values` element for a stored cell. */
export function readValue(v: StoredValue | undefined): string | number | boolean {
  if (v === undefined) return "";
  if (v instanceof ErrorValue) return v.code;
  return v;
}

export function valueType(v: StoredValue | undefined): "Empty" | "String" | "Double" | "Boolean" | "Error" {
  if (v === undefined) return "Empty";
  switch (typeof v) {
    case "number":
      return "Double";
    case "boolean":
      return "Boolean";
    case "string":
      return "String";
    default:
      return "Error";
  }
}

export function toPlainCell(v: StoredValue | undefined): PlainCell {
  if (v === undefined) return null;
  if (v instanceof ErrorValue) return { error: v.code };
  return v;
}

// ---------------------------------------------------------------------------------------------
// Display text (Range.text)

function trimZeros(digits: string): string {
  if (!digits.includes(".")) return digits;
  return digits.replace(/\.?0+$/, "");
}

/** Excel's "General" display of a number (about 11 characters wide). */
export function generalText(n: number): string {
  if (n === 0) return "0";
  const abs = Math.abs(n);
  if (abs >= 1e11 || abs < 1e-9) {
    const [mantissa, exponent] = n.toExponential(5).split("e");
    const exp = Number(exponent);
    const sign = exp < 0 ? "-" : "+";
    return `${trimZeros(mantissa).toUpperCase()}E${sign}${String(Math.abs(exp)).padStart(2, "0")}`;
  }
  if (Number.isInteger(n)) return String(n);
  const intDigits = Math.max(1, Math.floor(Math.log10(abs)) + 1);
  const decimals = Math.max(0, 10 - intDigits - (n < 0 ? 1 : 0));
  return trimZeros(n.toFixed(Math.min(decimals, 20)));
}

function groupThousands(intPart: string): string {
  return intPart.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

const SIMPLE_FORMAT = /^(#,##)?0(?:\.(0+))?(%)?$/;

/** Text of a number under a number format (common numeric formats; others fall back to General). */
export function formatNumber(n: number, numberFormat: string | undefined): string {
  if (numberFormat === undefined || numberFormat === "General" || numberFormat === "@") return generalText(n);
  const section = numberFormat.split(";")[0];
  const m = SIMPLE_FORMAT.exec(section);
  if (!m) return generalText(n);
  const decimals = m[2]?.length ?? 0;
  const scaled = m[3] ? n * 100 : n;
  const fixed = Math.abs(scaled).toFixed(decimals);
  const [intPart, frac] = fixed.split(".");
  const body = (m[1] ? groupThousands(intPart) : intPart) + (frac !== undefined ? `.${frac}` : "");
  const negative = scaled < 0 && Number(fixed) !== 0;
  return `${negative ? "-" : ""}${body}${m[3] ? "%" : ""}`;
}

export function displayText(v: StoredValue | undefined, numberFormat: string | undefined): string {
  if (v === undefined) return "";
  switch (typeof v) {
    case "number":
      return formatNumber(v, numberFormat);
    case "boolean":
      return v ? "TRUE" : "FALSE";
    case "string":
      return v;
    default:
      return v.code;
  }
}
