/**
 * Recommendations only from data that was understood — the policy both front ends follow, stated
 * once: error-level findings block the recommendation (the CLI refuses without --paksa, the panel
 * asks for confirmation with `refusalSummary`); when the officer goes ahead anyway, every row with
 * an error says so in its notes and never yields a talent box, a Tabel 28 succession line or a
 * reward.
 */
import { RowAssessment } from "../assessment";
import { Finding } from "../findings";
import { ValidationReport } from "../validate";

/** The findings that stop a recommendation: every error-level finding on the sheet. */
export function blockingFindings(report: ValidationReport | undefined): Finding[] {
  return (report?.findings ?? []).filter((f) => f.severity === "error");
}

export interface RefusalSummary {
  readonly count: number;
  /** The first few, in sheet order, to name in the message. */
  readonly first: readonly Finding[];
  /** One Indonesian sentence for the CLI's refusal and the panel's confirmation dialog. */
  readonly message: string;
}

/** What still blocks the recommendation of a sheet, or undefined when nothing does. */
export function refusalSummary(report: ValidationReport | undefined, shown = 5): RefusalSummary | undefined {
  const blocking = blockingFindings(report);
  if (!report || blocking.length === 0) return undefined;
  const first = blocking.slice(0, shown);
  const more = blocking.length > first.length ? `, dan ${blocking.length - first.length} lainnya` : "";
  const message =
    `Lembar "${report.sheet}" masih memuat ${blocking.length} kesalahan (${first.map((f) => `${f.cell} ${f.code}`).join(", ")}${more}). ` +
    `Rekomendasi hanya dibuat dari data yang terbaca benar: perbaiki kesalahannya dulu. Bila tetap dibuat, setiap baris berisi kesalahan diberi catatan dan tidak mendapat kotak talenta maupun penghargaan.`;
  return { count: blocking.length, first, message };
}

/** Error findings per data row (index into the sheet's values), from the findings on that sheet. */
export function rowErrors(findings: readonly Finding[] | undefined, startRow: number): ReadonlyMap<number, readonly Finding[]> {
  const byRow = new Map<number, Finding[]>();
  for (const f of findings ?? []) {
    if (f.severity !== "error") continue;
    const row = f.row - startRow;
    byRow.set(row, [...(byRow.get(row) ?? []), f]);
  }
  return byRow;
}

/** Why a row with errors gets no talent box nor reward, for the Catatan and Kelayakan columns. */
export const WITHHELD_REASON = "baris ini masih berisi kesalahan, jadi tanpa kotak talenta dan penghargaan";

/** A row's assessment with its errors in the notes and no box, succession line or reward. */
export function withholdForErrors(assessment: RowAssessment, errors: readonly Finding[] | undefined): RowAssessment {
  if (!errors || errors.length === 0) return assessment;
  const said = errors.map((f) => `kesalahan ${f.cell}: ${f.message.replace(/\.$/, "")}`);
  return { ...assessment, kotak: undefined, kelayakan: undefined, withheld: WITHHELD_REASON, notes: [...said, WITHHELD_REASON, ...assessment.notes] };
}
