/** Validation of one worksheet: find the table, run every rule, return located findings. */
import { Aturan } from "../core/aturan";
import { AturanChoice, chooseAturan, detectAturan } from "./detect-aturan";
import { detectTable, TableLayout } from "./detect-table";
import { countFindings, Finding, FindingCounts, makeFinding, sortFindings } from "./findings";
import { SheetModel } from "./model";
import { CheckProgress, RuleContext } from "./rules/context";
import { RULES, TABEL_TIDAK_DITEMUKAN } from "./rules";
import { DEFAULT_SETTINGS, Settings } from "./settings";
import { SheetData } from "./sheet-data";
import { SkipReason } from "./table-rows";
import { AssessedLookup } from "./assessment";
import { describeTable, TableUnderstanding } from "./understanding";

export interface ValidationOptions {
  /** Settings as given; without `aturanChoice`, their rule set counts as the officer's choice. */
  readonly settings?: Settings;
  /**
   * The rule set the officer chose (pane, --aturan) and the one saved in the workbook; either
   * wins over the sheet's own. Given (even empty), or with no settings at all, the rule set is
   * chosen by `chooseAturan` from these and the sheet.
   */
  readonly aturanChoice?: { readonly pengguna?: Aturan; readonly bukuKerja?: Aturan };
  /** A mapping the officer confirmed; otherwise the table is detected. */
  readonly layout?: TableLayout;
  /** Bounds dates in NIPs; fixed in tests. */
  readonly today?: Date;
  /** Told which rule runs and how many rows it has gone through (the pane's progress); results are the same without it. */
  readonly onProgress?: (progress: CheckProgress) => void;
}

export interface ValidationReport {
  readonly sheet: string;
  readonly layout?: TableLayout;
  readonly findings: readonly Finding[];
  readonly counts: FindingCounts;
  readonly rowsChecked: number;
  readonly skipped: readonly { readonly row: number; readonly reason: SkipReason }[];
  /** The rule set used, where it came from and why. */
  readonly aturan: AturanChoice;
  /** What was read from the sheet (absent when no table was found). */
  readonly understanding?: TableUnderstanding;
}

/** The rule set for a sheet: the officer's or the workbook's choice, else what the sheet implies. */
export function resolveAturan(sheet: SheetData, layout: TableLayout | undefined, options: ValidationOptions): AturanChoice {
  if (!options.aturanChoice && options.settings) {
    return chooseAturan(undefined, { pengguna: options.settings.aturan });
  }
  return chooseAturan(layout ? detectAturan(sheet, layout) : undefined, options.aturanChoice ?? {});
}

export function validateModel(model: SheetModel, settings: Settings, today: Date): Finding[] {
  return validateModelRows(model, settings, today).findings;
}

/** The findings and the rows the rules assessed on the way (each row judged once). */
function validateModelRows(
  model: SheetModel,
  settings: Settings,
  today: Date,
  onProgress?: (progress: CheckProgress) => void,
): { findings: Finding[]; assessed: AssessedLookup } {
  const ctx = new RuleContext(model, settings, today, onProgress);
  const rules = RULES.filter((rule) => rule.appliesTo === "semua" || rule.appliesTo === model.kind);
  ctx.rules = rules.length;
  for (const rule of rules) {
    ctx.rule++;
    rule.check(ctx);
  }
  return { findings: sortFindings(ctx.findings), assessed: ctx.assessed() };
}

export interface SheetValidation {
  readonly report: ValidationReport;
  /** The sheet read through its layout; absent when no table was found. */
  readonly model?: SheetModel;
  /** Data rows (index into the sheet's values) judged under the settings, by the rules that asked. */
  readonly assessed: AssessedLookup;
}

export function validateSheet(sheet: SheetData, options: ValidationOptions = {}): ValidationReport {
  return validateSheetRows(sheet, options).report;
}

/** validateSheet, keeping the model and the assessed rows for the recommendation. */
export function validateSheetRows(sheet: SheetData, options: ValidationOptions = {}): SheetValidation {
  const layout = options.layout ?? detectTable(sheet);
  const aturan = resolveAturan(sheet, layout, options);
  const settings: Settings = { ...(options.settings ?? DEFAULT_SETTINGS), aturan: aturan.aturan };
  if (!layout) {
    const finding = makeFinding(
      TABEL_TIDAK_DITEMUKAN.code,
      "error",
      sheet.name,
      sheet.startRow,
      sheet.startCol,
      "Baris judul tabel tidak ditemukan di 20 baris pertama (dicari kolom seperti NIP, Nama, Nilai SKP, Predikat, atau IKU, Target, Realisasi). Tetapkan pemetaan kolom di panel.",
    );
    return { report: { sheet: sheet.name, findings: [finding], counts: countFindings([finding]), rowsChecked: 0, skipped: [], aturan }, assessed: new Map() };
  }
  const model = new SheetModel(sheet, layout);
  const { findings, assessed } = validateModelRows(model, settings, options.today ?? new Date(), options.onProgress);
  const report: ValidationReport = {
    sheet: sheet.name,
    layout,
    findings,
    counts: countFindings(findings),
    rowsChecked: model.rows.dataRows.length,
    skipped: model.rows.skipped.map((s) => ({ row: sheet.startRow + s.row, reason: s.reason })),
    aturan,
    understanding: describeTable(model, aturan),
  };
  return { report, model, assessed };
}
