import { ColumnKey } from "../columns";
import { Finding, makeFinding, Severity } from "../findings";
import { SheetModel } from "../model";
import { AssessedLookup, AssessedRows, assessRow, RowAssessment } from "../assessment";
import { Settings } from "../settings";

/** How far a check has got: the rule running (1-based) and the rows it has gone through. */
export interface CheckProgress {
  readonly rule: number;
  readonly rules: number;
  readonly row: number;
  readonly rows: number;
}

/** Rows between two progress reports: often enough for a moving count, rare enough to cost nothing. */
export const PROGRESS_EVERY_ROWS = 1000;

/** What a rule sees and how it reports. */
export class RuleContext {
  readonly findings: Finding[] = [];
  private readonly assessments: AssessedRows;
  /** The rule running now and how many run, for progress reports (set by the validator). */
  rule = 0;
  rules = 0;

  constructor(
    readonly model: SheetModel,
    readonly settings: Settings,
    readonly today: Date,
    private readonly onProgress?: (progress: CheckProgress) => void,
  ) {
    const rows = model.rows.dataRows;
    this.assessments = new AssessedRows(rows.length > 0 ? rows[rows.length - 1] + 1 : 0);
  }

  /** The data rows, in order; every PROGRESS_EVERY_ROWS of them is reported to the progress listener. */
  *rows(): Generator<number> {
    const rows = this.model.rows.dataRows;
    const report = this.onProgress;
    for (let i = 0; i < rows.length; i++) {
      if (report && i % PROGRESS_EVERY_ROWS === 0) report({ rule: this.rule, rules: this.rules, row: i, rows: rows.length });
      yield rows[i];
    }
  }

  /** The row judged under the chosen rule set, computed once per row for all rules. */
  assess(row: number): RowAssessment {
    let a = this.assessments.get(row);
    if (!a) {
      a = assessRow(this.model, row, this.settings);
      this.assessments.set(row, a);
    }
    return a;
  }

  /** Every row assessed so far: the recommendation reuses them instead of judging rows again. */
  assessed(): AssessedLookup {
    return this.assessments;
  }

  /** Reports at a data cell (row index into sheet values, recognised column). */
  at(code: string, severity: Severity, row: number, key: ColumnKey, message: string): void {
    this.findings.push(makeFinding(code, severity, this.model.sheet.name, this.model.sheetRow(row), this.model.sheetCol(key), message));
  }

  /** Reports about the sheet or a column as a whole, at the header cell (or the sheet's first cell). */
  atHeader(code: string, severity: Severity, message: string, key?: ColumnKey): void {
    const col = key !== undefined && this.model.has(key) ? this.model.sheetCol(key) : this.model.sheet.startCol;
    this.findings.push(makeFinding(code, severity, this.model.sheet.name, this.model.headerSheetRow, col, message));
  }
}

export interface RuleInfo {
  readonly code: string;
  readonly severity: Severity;
  /** Short Indonesian title for the "Aturan pemeriksaan" list. */
  readonly title: string;
  /** What it checks and the regulation it comes from. */
  readonly description: string;
  readonly appliesTo: "pegawai" | "iku" | "semua";
}

export interface ValidationRule extends RuleInfo {
  readonly check: (ctx: RuleContext) => void;
  /** Other finding codes this rule reports (e.g. a warning variant), listed for the panel. */
  readonly also?: readonly RuleInfo[];
}
