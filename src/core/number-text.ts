/**
 * Numbers typed as text the way Indonesian officers write them (a text cell, or a number pasted
 * from a document): decimal comma, dots for thousands, a percent sign, a "Rp" prefix.
 */
export interface ParsedNumber {
  readonly value: number;
  /** The text carried a percent sign ("95%"); the value is in percent points (95). */
  readonly percent: boolean;
  /** The text used Indonesian/other formatting that a plain number cell would not have. */
  readonly fromText: boolean;
}

const PLAIN = /^[+-]?\d+(\.\d+)?([eE][+-]?\d+)?$/;
const COMMA_DECIMAL = /^[+-]?\d+,\d+$/;
const ID_THOUSANDS = /^[+-]?\d{1,3}(\.\d{3})+(,\d+)?$/;
const ID_THOUSANDS_NO_GROUP_DECIMAL = /^[+-]?\d{1,3}(\.\d{3})*,\d+$/;

/**
 * Number typed as text, the way Indonesian officers write it. "95,5" → 95.5; "1.250.000" →
 * 1250000; "95%" → 95 (percent points); "Rp 2.575.000" → 2575000. "1.5" stays 1.5 (a plain
 * decimal point), but "1.250" is read as 1250 because Indonesian writes thousands with dots.
 */
export function parseNumberText(text: string): ParsedNumber | undefined {
  let t = text.trim().replace(/\u00a0/g, " ");
  let percent = false;
  if (t.endsWith("%")) {
    percent = true;
    t = t.slice(0, -1).trim();
  }
  t = t.replace(/^rp\.?\s*/i, "").replace(/\s+/g, "");
  let value: number;
  if (ID_THOUSANDS.test(t) || ID_THOUSANDS_NO_GROUP_DECIMAL.test(t)) {
    value = Number(t.replace(/\./g, "").replace(",", "."));
  } else if (COMMA_DECIMAL.test(t)) {
    value = Number(t.replace(",", "."));
  } else if (PLAIN.test(t)) {
    value = Number(t);
  } else {
    return undefined;
  }
  if (!Number.isFinite(value)) return undefined;
  return { value, percent, fromText: true };
}

