import { invalid, ok, Result } from "./result";

/** Tolerance for comparing sums of weights and recomputed scores (floating point noise). */
export const EPSILON = 1e-9;

/** One formatter per decimal count: `toLocaleString` with options builds a new one on every call. */
const ID_FORMATTERS = new Map<number, Intl.NumberFormat>();

/** Formats a number the Indonesian way for messages: 95,5 · 1.250.000. */
export function formatNumber(value: number, maxDecimals = 2): string {
  let formatter = ID_FORMATTERS.get(maxDecimals);
  if (!formatter) {
    formatter = new Intl.NumberFormat("id-ID", { maximumFractionDigits: maxDecimals });
    ID_FORMATTERS.set(maxDecimals, formatter);
  }
  return formatter.format(value);
}

export function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/** Round half up to `decimals` places, robust to binary noise (2.675 → 2.68, 80.5 → 81). */
export function roundHalfUp(value: number, decimals = 0): number {
  const factor = 10 ** decimals;
  const scaled = value * factor;
  const rounded = Math.floor(scaled + 0.5 + EPSILON * Math.max(1, Math.abs(scaled)));
  return rounded / factor;
}

/**
 * A finite number inside [min, max], or a failure naming the input. The bounds tolerate EPSILON of
 * binary noise (a weighted mean of 120s may come out as 120,00000000000001); such a value comes
 * back clamped to the bound, so arithmetic on it stays inside the rule's range (-1e-10 × a large
 * factor must not become a negative score).
 */
export function inRange(name: string, value: number, min: number, max: number): Result<number> {
  if (!Number.isFinite(value)) return invalid(`${name} harus berupa angka.`);
  if (value < min - EPSILON || value > max + EPSILON) {
    return invalid(`${name} harus antara ${formatNumber(min)} dan ${formatNumber(max)} (tertulis ${formatNumber(value)}).`);
  }
  return ok(clamp(value, min, max));
}

/** A whole number ≥ 0, or a failure naming the input. */
export function nonNegativeInteger(name: string, value: number): Result<number> {
  if (!Number.isFinite(value) || value < 0 || !Number.isInteger(value)) {
    return invalid(`${name} harus bilangan bulat 0 atau lebih (tertulis ${formatNumber(value)}).`);
  }
  return ok(value);
}

/**
 * A share written as a fraction (0,15), a percent value (15) or "15%" already converted to 0.15.
 * Values up to 1 are read as fractions, above 1 as percent points; the result is a fraction 0–1.
 */
export function shareFromInput(name: string, value: number): Result<number> {
  if (!Number.isFinite(value) || value < 0 || value > 100) {
    return invalid(`${name} harus persen 0–100 (mis. 70 atau 70%) (tertulis ${formatNumber(value)}).`);
  }
  return ok(value <= 1 ? value : value / 100);
}

/**
 * Removes binary floating-point noise from a computed score (105 × 0.7 + 95 × 0.3 is
 * 101.99999999999999 in binary; the regulation's arithmetic gives 102). Twelve significant digits
 * keep every decimal a score can legitimately carry, so a boundary like 110 stays 110.
 */
export function tidy(value: number): number {
  // Fast path, identical to Number(value.toPrecision(12)) for every |value| in [1, 1e6): scale so
  // the twelfth significant digit is the units digit (the scaled value stays below 1e12, well
  // inside the doubles' exact integers, and 1e6…1e11 are exact), round, scale back — the integer
  // divided by the power of ten is the double nearest that decimal, as parsing its text would
  // give. Near a tie (a fraction within 0.001 of .5, far wider than the 6e-5 error of the
  // multiplication) toPrecision decides. Scores and amounts take this path without allocating a
  // string: a 100,000-cell KINERJA.IKU call spent a fifth of its time here.
  const a = value < 0 ? -value : value;
  if (a >= 1 && a < 1e6) {
    const scale = a < 10 ? 1e11 : a < 100 ? 1e10 : a < 1000 ? 1e9 : a < 1e4 ? 1e8 : a < 1e5 ? 1e7 : 1e6;
    const scaled = value * scale;
    const whole = Math.floor(scaled);
    const fraction = scaled - whole;
    if (fraction < 0.499 || fraction > 0.501) return (fraction < 0.5 ? whole : whole + 1) / scale;
  } else if (value === 0) {
    return 0;
  }
  return Number.isFinite(value) ? Number(value.toPrecision(12)) : value;
}
