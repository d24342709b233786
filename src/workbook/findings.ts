/** A problem found in a worksheet, located at a cell, with an Indonesian message. */
import { cellRef, qualifiedRef } from "./address";

export type Severity = "error" | "warning";

export interface Finding {
  readonly code: string;
  readonly severity: Severity;
  readonly sheet: string;
  /** 0-based sheet row and column; a finding about the whole sheet points at its first cell. */
  readonly row: number;
  readonly col: number;
  /** "B7" */
  readonly cell: string;
  /** "'Rekap 2025'!B7", ready for getRange / a hyperlink. */
  readonly address: string;
  readonly message: string;
}

export function makeFinding(code: string, severity: Severity, sheet: string, row: number, col: number, message: string): Finding {
  const cell = cellRef(row, col);
  return { code, severity, sheet, row, col, cell, address: qualifiedRef(sheet, cell), message };
}

export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort((a, b) => a.row - b.row || a.col - b.col || a.code.localeCompare(b.code));
}

export interface FindingCounts {
  readonly errors: number;
  readonly warnings: number;
}

export function countFindings(findings: readonly Finding[]): FindingCounts {
  let errors = 0;
  for (const f of findings) if (f.severity === "error") errors++;
  return { errors, warnings: findings.length - errors };
}
