/** Validation of one worksheet: find the table, run every rule, return located findings. */
import { Aturan } from "../core/aturan";
import { AturanChoice, chooseAturan, detectAturan } from "./detect-aturan";
import { detectTable, TableLayout } from "./detect-table";
import { countFindings, Finding, FindingCounts, makeFinding, sortFindings } from "./findings";
import { SheetModel } from "./model";
import { RuleContext } from "./rules/context";
import { RULES, TABEL_TIDAK_DITEMUKAN } from "./rules";
import { DEFAULT_SETTINGS, Settings } from "./settings";
import { SheetData } from "./sheet-data";
import { SkipReason } from "./table-rows";
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
  const ctx = new RuleContext(model, settings, today);
  for (const rule of RULES) {
    if (rule.appliesTo === "semua" || rule.appliesTo === model.kind) rule.check(ctx);
  }
  return sortFindings(ctx.findings);
}

export function validateSheet(sheet: SheetData, options: ValidationOptions = {}): ValidationReport {
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
    return { sheet: sheet.name, findings: [finding], counts: countFindings([finding]), rowsChecked: 0, skipped: [], aturan };
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
    aturan,
    understanding: describeTable(model, aturan),
  };
}
