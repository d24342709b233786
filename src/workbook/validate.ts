/** Validation of one worksheet: find the table, run every rule, return located findings. */
import { detectTable, TableLayout } from "./detect-table";
import { countFindings, Finding, FindingCounts, makeFinding, sortFindings } from "./findings";
import { SheetModel } from "./model";
import { RuleContext } from "./rules/context";
import { RULES, TABEL_TIDAK_DITEMUKAN } from "./rules";
import { DEFAULT_SETTINGS, Settings } from "./settings";
import { SheetData } from "./sheet-data";
import { SkipReason } from "./table-rows";

export interface ValidationOptions {
  readonly settings?: Settings;
  /** A mapping the officer confirmed; otherwise the table is detected. */
  readonly layout?: TableLayout;
  /** Bounds dates in NIPs; fixed in tests. */
  readonly today?: Date;
}

export interface ValidationReport {
  readonly sheet: string;
  readonly layout?: TableLayout;
  readonly findings: readonly Finding[];
  readonly counts: FindingCounts;
  readonly rowsChecked: number;
  readonly skipped: readonly { readonly row: number; readonly reason: SkipReason }[];
}

export function validateModel(model: SheetModel, settings: Settings, today: Date): Finding[] {
  const ctx = new RuleContext(model, settings, today);
  for (const rule of RULES) {
    if (rule.appliesTo === "semua" || rule.appliesTo === model.kind) rule.check(ctx);
  }
  return sortFindings(ctx.findings);
}

export function validateSheet(sheet: SheetData, options: ValidationOptions = {}): ValidationReport {
  const settings = options.settings ?? DEFAULT_SETTINGS;
  const layout = options.layout ?? detectTable(sheet);
  if (!layout) {
    const finding = makeFinding(
      TABEL_TIDAK_DITEMUKAN.code,
      "error",
      sheet.name,
      sheet.startRow,
      sheet.startCol,
      "Baris judul tabel tidak ditemukan di 20 baris pertama (dicari kolom seperti NIP, Nama, Nilai SKP, Predikat, atau IKU, Target, Realisasi). Tetapkan pemetaan kolom di panel.",
    );
    return { sheet: sheet.name, findings: [finding], counts: countFindings([finding]), rowsChecked: 0, skipped: [] };
  }
  const model = new SheetModel(sheet, layout);
  const findings = validateModel(model, settings, options.today ?? new Date());
  return {
    sheet: sheet.name,
    layout,
    findings,
    counts: countFindings(findings),
    rowsChecked: model.rows.dataRows.length,
    skipped: model.rows.skipped.map((s) => ({ row: sheet.startRow + s.row, reason: s.reason })),
  };
}
