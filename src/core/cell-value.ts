/**
 * What every reader of cell values agrees on, written once: which cells count as blank and which
 * text is an Excel error code (Office.js hands an error cell over as its text, "#N/A").
 */

/** Empty, or text of spaces only: a cell the officer left blank. */
export function isBlankValue(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

/** The error codes Excel shows in a cell (any case: "#n/a" typed as text reads as #N/A). */
const EXCEL_ERROR_TEXT = /^#(N\/A|VALUE!|REF!|DIV\/0!|NUM!|NAME\?|NULL!|SPILL!|CALC!|GETTING_DATA|BUSY!|FIELD!|CONNECT!|BLOCKED!|UNKNOWN!)$/i;

/** The error code a text cell holds ("#N/A"), in capitals, or undefined for any other text. */
export function excelErrorText(text: string): string | undefined {
  const trimmed = text.trim();
  return EXCEL_ERROR_TEXT.test(trimmed) ? trimmed.toUpperCase() : undefined;
}
