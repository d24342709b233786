/**
 * Building the recommendation sheet from a checked sheet: the rows validation already assessed
 * are reused (the panel used to judge every row again on generate). Rows the rules did not reach,
 * or a check made under other settings (the rule-set picker changed since), are judged afresh.
 */
import { assessRow } from "../assessment";
import { TableLayout } from "../detect-table";
import { buildRecommendation, ExistingWorkbook, RecommendationBuild } from "../recommendation";
import { Settings } from "../settings";
import { SheetData } from "../sheet-data";
import { UserFacingError } from "../errors";
import { validateSheetRows } from "../validate";
import { PROGRESS_EVERY_ROWS } from "../rules/context";
import { WorkbookState } from "../workbook-state";
import { layoutForSheet, SheetCheck } from "./check";
import { rowErrors, withholdForErrors } from "./understood";

/** Whether rows judged under `a` are judged the same under `b` (the year only names the sheet). */
function sameJudgement(a: Settings, b: Settings): boolean {
  return a === b || JSON.stringify({ ...a, tahun: undefined }) === JSON.stringify({ ...b, tahun: undefined });
}

/**
 * The recommendation plan for an employee sheet; undefined when the check found no employee table.
 * `onProgress` is told every PROGRESS_EVERY_ROWS rows built (the pane's counter); the plan is the same without it.
 */
export function planRecommendation(
  check: SheetCheck,
  settings: Settings,
  existing: ExistingWorkbook,
  today: Date,
  onProgress?: (row: number, rows: number) => void,
): RecommendationBuild | undefined {
  const model = check.model;
  if (!model || model.kind !== "pegawai") return undefined;
  // A check made under other settings (the rule-set picker changed since) is made again: its
  // errors, like its rows, are those of this judgement.
  const judged = sameJudgement(check.settings, settings) ? check : validateSheetRows(model.sheet, { settings, layout: model.layout, today });
  const errors = rowErrors(judged.report?.findings, model.sheet.startRow);
  const rows = model.rows.dataRows.length;
  let built = 0;
  const assess = (row: number) => {
    if (onProgress && built % PROGRESS_EVERY_ROWS === 0) onProgress(built, rows);
    built++;
    return withholdForErrors(judged.assessed.get(row) ?? assessRow(model, row, settings), errors.get(row));
  };
  return buildRecommendation(model, settings, existing, today, assess);
}

/** The sheet a file's recommendation is built from: the named one, else the first employee table. */
export function recommendationSource(sheets: readonly SheetData[], state: WorkbookState, file: string, wanted?: string): { sheet: SheetData; layout: TableLayout } {
  for (const sheet of sheets.filter((s) => !wanted || s.name === wanted)) {
    const { layout } = layoutForSheet(sheet, state);
    if (layout?.kind === "pegawai") return { sheet, layout };
  }
  throw new UserFacingError(
    wanted ? `Lembar "${wanted}" tidak ada atau tidak berisi tabel penilaian pegawai.` : `${file}: tidak ada lembar berisi tabel penilaian pegawai (NIP, Nama, nilai …).`,
    "input",
  );
}
