/**
 * `kinerja validasi FILE.xlsx|FOLDER [--json] [--aturan …] [--kolom BIDANG=KOLOM …]`: what was
 * understood of each sheet (header rows, fields and their columns, unread columns, skipped checks,
 * the rule set and why), then the findings grouped by sheet and rule with cell addresses, and a
 * summary table for folders. Exit 0 clean · 1 error-level findings · 2 unusable input (missing,
 * not .xlsx, password-protected, corrupted) or usage.
 */
import { basename } from "node:path";
import { ATURAN_INFO } from "../core/aturan";
import { checkWorkbook, columnIndex, Finding, ruleInfo, TableUnderstanding } from "../workbook";
// The reader's modules, not the ../xlsx index: checking needs neither ExcelJS nor the writer.
import { FileValidation, readWorkbookFile } from "../xlsx/load-workbook";
import { UnusableFileError } from "../xlsx/open-file";
import { collectWorkbooks } from "./files";
import { Progress } from "./progress";
import { runAturanChoice, runSettings } from "./settings";
import { EXIT_FINDINGS, EXIT_OK, EXIT_UNUSABLE, JudgementOptions } from "./shared";

export interface ValidasiOptions extends JudgementOptions {
  readonly json?: boolean;
  readonly today?: Date;
}

export type FileOutcome =
  | { readonly file: string; readonly status: "ok"; readonly validation: FileValidation }
  | { readonly file: string; readonly status: "tidak-dapat-dibaca"; readonly reason: string; readonly message: string };

export async function validateFiles(path: string, options: ValidasiOptions, progress: Progress): Promise<{ outcomes: FileOutcome[]; folder: boolean }> {
  const { files, folder } = await collectWorkbooks(path);
  const outcomes: FileOutcome[] = [];
  for (let i = 0; i < files.length; i++) {
    const file = files[i];
    progress.update(i, files.length, basename(file));
    try {
      const loaded = await readWorkbookFile(file);
      const settings = runSettings(loaded.state.settings, options);
      const aturanChoice = runAturanChoice(loaded.state.settings, options);
      const checked = checkWorkbook(loaded.sheets, loaded.state, settings, options.today ?? new Date(), { aturanChoice, columns: options.kolom });
      // Only the reports are kept: the sheets' values and assessed rows go with their file, so a
      // folder of large recaps needs the memory of its largest file, not of all of them.
      outcomes.push({ file, status: "ok", validation: { file: loaded.file, checks: [], reports: checked.reports, fileFindings: checked.fileFindings } });
    } catch (error) {
      if (!(error instanceof UnusableFileError)) throw error;
      outcomes.push({ file, status: "tidak-dapat-dibaca", reason: error.reason, message: error.message });
    }
  }
  progress.update(files.length, files.length, "");
  progress.done();
  return { outcomes, folder };
}

function allFindings(v: FileValidation): Finding[] {
  return [...v.fileFindings, ...v.reports.flatMap((r) => r.findings)];
}

export function exitCodeFor(outcomes: readonly FileOutcome[]): number {
  if (outcomes.some((o) => o.status !== "ok")) return EXIT_UNUSABLE;
  return outcomes.some((o) => o.status === "ok" && allFindings(o.validation).some((f) => f.severity === "error")) ? EXIT_FINDINGS : EXIT_OK;
}

export function toJson(outcomes: readonly FileOutcome[]): string {
  let errors = 0;
  let warnings = 0;
  const files = outcomes.map((o) => {
    if (o.status !== "ok") return { file: o.file, status: o.status, reason: o.reason, message: o.message };
    const findings = allFindings(o.validation);
    const e = findings.filter((f) => f.severity === "error").length;
    errors += e;
    warnings += findings.length - e;
    return {
      file: o.file,
      status: o.status,
      errors: e,
      warnings: findings.length - e,
      sheets: o.validation.reports.map((r) => ({
        sheet: r.sheet,
        kind: r.layout?.kind,
        rowsChecked: r.rowsChecked,
        errors: r.counts.errors,
        warnings: r.counts.warnings,
        findings: r.findings.map((f) => ({ code: f.code, severity: f.severity, sheet: f.sheet, cell: f.cell, address: f.address, message: f.message })),
        aturan: { aturan: r.aturan.aturan, nama: ATURAN_INFO[r.aturan.aturan].nama, reason: r.aturan.reason, source: r.aturan.source },
        understanding: r.understanding ? understandingJson(r.understanding) : null,
      })),
      fileFindings: o.validation.fileFindings.map((f) => ({ code: f.code, severity: f.severity, message: f.message })),
    };
  });
  return JSON.stringify({ files, summary: { files: outcomes.length, errors, warnings, unusable: outcomes.filter((o) => o.status !== "ok").length } }, null, 2);
}

/** What was understood, for --json (the rule set is given beside it, once). */
function understandingJson(u: TableUnderstanding) {
  return {
    headerRows: u.headerRows,
    fields: u.fields.map((f) => ({ field: f.field, label: f.label, column: f.column, header: f.header })),
    unmapped: u.unmapped.map((c) => ({ column: c.column, header: c.header, note: c.note ?? null })),
    skippedChecks: u.skippedChecks.map((c) => ({ check: c.check, message: c.message })),
    year: u.year ? { current: u.year.current, message: u.year.message } : null,
    hygiene: u.hygiene,
    rowsRead: u.rowsRead,
    rowsSkipped: u.rowsSkipped.map((r) => ({ row: r.row, reason: r.reason })),
  };
}

const SOURCE_TEXT = { pengguna: "dipilih pengguna", "buku kerja": "tersimpan di buku kerja", terdeteksi: "terdeteksi dari lembar" } as const;

/** The understanding as indented lines under the sheet's line. */
function understandingText(u: TableUnderstanding): string[] {
  const lines = [
    `    Aturan: ${ATURAN_INFO[u.aturan.aturan].nama} (${SOURCE_TEXT[u.aturan.source]}: ${u.aturan.reason})`,
    `    Baris judul: ${u.headerRows.join("–")}`,
    `    Kolom dibaca:`,
    ...[...u.fields].sort((a, b) => columnIndex(a.column) - columnIndex(b.column)).map((f) => `      ${f.column.padEnd(3)} ${`${f.label} [${f.field}]`.padEnd(34)} ← "${f.header}"`),
  ];
  if (u.unmapped.length > 0) lines.push(`    Kolom tidak dibaca: ${u.unmapped.map((c) => `${c.column} "${c.header}"${c.note ? ` (${c.note})` : ""}`).join(", ")}`);
  if (u.year) lines.push(`    ${u.year.message}`);
  for (const c of u.skippedChecks) lines.push(`    ${c.message}`);
  for (const h of u.hygiene) lines.push(`    Teks dibersihkan: ${h}`);
  if (u.rowsSkipped.length > 0) lines.push(`    Baris bukan pegawai dilewati: ${u.rowsSkipped.map((r) => `${r.row} (${r.reason})`).join(", ")}`);
  return lines;
}

const SYMBOL = { error: "✖", warning: "⚠" } as const;

export function toText(outcomes: readonly FileOutcome[], folder: boolean): string {
  const lines: string[] = [];
  for (const o of outcomes) {
    lines.push(o.file);
    if (o.status !== "ok") {
      lines.push(`  TIDAK DAPAT DIBACA: ${o.message}`, "");
      continue;
    }
    for (const f of o.validation.fileFindings) lines.push(`  ${SYMBOL[f.severity]} ${f.message}`);
    for (const r of o.validation.reports) {
      const kind = r.layout?.kind === "iku" ? "IKU" : "pegawai";
      lines.push(`  Lembar "${r.sheet}" (${kind}): ${r.rowsChecked} baris diperiksa, ${r.counts.errors} kesalahan, ${r.counts.warnings} peringatan`);
      if (r.understanding) lines.push(...understandingText(r.understanding));
      const byRule = new Map<string, Finding[]>();
      for (const f of r.findings) byRule.set(f.code, [...(byRule.get(f.code) ?? []), f]);
      for (const [code, findings] of byRule) {
        const info = ruleInfo(code);
        lines.push(`    ${info?.title ?? code} [${code}] — ${findings.length}`);
        for (const f of findings) lines.push(`      ${SYMBOL[f.severity]} ${f.cell.padEnd(7)} ${f.message}`);
      }
    }
    lines.push("");
  }
  if (folder) {
    lines.push("Ringkasan:");
    const header = ["Berkas", "Lembar", "Baris", "Kesalahan", "Peringatan", "Status"];
    const rows = outcomes.map((o) => {
      if (o.status !== "ok") return [basename(o.file), "-", "-", "-", "-", `tidak dapat dibaca (${o.reason})`];
      const findings = allFindings(o.validation);
      const e = findings.filter((f) => f.severity === "error").length;
      const rowsChecked = o.validation.reports.reduce((a, r) => a + r.rowsChecked, 0);
      return [basename(o.file), String(o.validation.reports.length), String(rowsChecked), String(e), String(findings.length - e), e > 0 ? "perlu perbaikan" : "siap"];
    });
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
    const fmt = (r: string[]) => r.map((c, i) => (i === 0 || i === 5 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
    lines.push(fmt(header), fmt(widths.map((w) => "-".repeat(w))), ...rows.map(fmt));
  }
  return lines.join("\n");
}
