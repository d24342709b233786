/** Validation of one worksheet: find the table, run every rule, return located findings. */
import { detectTable, TableLayout } from "./detect-table";
import { countFindings, Finding, FindingCounts, makeFinding, sortFindings } from "./findings";
import { SheetModel } from "./model";
import { RuleContext } from "./rules/context";
import { RULES, TABEL_TIDAK_DITEMUKAN } from "./rules";
import { DEFAULT_SETTINGS, Settings } from "./settings";
import { SheetData } from "./sheet-data";
import { SkipReason } from "./table-rows";
import { RowAssessment } from "./assessment";

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
  return validateModelRows(model, settings, today).findings;
}

/** The findings and the rows the rules assessed on the way (each row judged once). */
function validateModelRows(model: SheetModel, settings: Settings, today: Date): { findings: Finding[]; assessed: ReadonlyMap<number, RowAssessment> } {
  const ctx = new RuleContext(model, settings, today);
  for (const rule of RULES) {
    if (rule.appliesTo === "semua" || rule.appliesTo === model.kind) rule.check(ctx);
  }
  return { findings: sortFindings(ctx.findings), assessed: ctx.assessed() };
}

export interface SheetValidation {
  readonly report: ValidationReport;
  /** The sheet read through its layout; absent when no table was found. */
  readonly model?: SheetModel;
  /** Data rows (index into the sheet's values) judged under the settings, by the rules that asked. */
  readonly assessed: ReadonlyMap<number, RowAssessment>;
}

export function validateSheet(sheet: SheetData, options: ValidationOptions = {}): ValidationReport {
  return validateSheetRows(sheet, options).report;
}

/** validateSheet, keeping the model and the assessed rows for the recommendation. */
export function validateSheetRows(sheet: SheetData, options: ValidationOptions = {}): SheetValidation {
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
    return { report: { sheet: sheet.name, findings: [finding], counts: countFindings([finding]), rowsChecked: 0, skipped: [] }, assessed: new Map() };
  }
  const model = new SheetModel(sheet, layout);
  const { findings, assessed } = validateModelRows(model, settings, options.today ?? new Date());
  const report: ValidationReport = {
    sheet: sheet.name,
    layout,
    findings,
    counts: countFindings(findings),
    rowsChecked: model.rows.dataRows.length,
    skipped: model.rows.skipped.map((s) => ({ row: sheet.startRow + s.row, reason: s.reason })),
  };
  return { report, model, assessed };
}
