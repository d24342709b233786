/**
 * What the pane and its engine worker say to each other: plain, structured-cloneable data only
 * (no classes, no functions). The sheet goes in once; findings and the rows of a write plan come
 * back in chunks, so the pane's thread never unpacks one huge message in a single long task.
 */
import type { AturanPreference, CellValue, CheckProgress, Finding, ExistingWorkbook, RecommendationBuild, SheetCheck, SheetData, Settings, TableLayout, UserErrorKind, WorkbookState } from "../../workbook";

/** What a check is run on and how; kept by the pane so a fresh engine can check again. */
export interface CheckInput {
  readonly sheet: SheetData;
  readonly state: WorkbookState;
  readonly settings: Settings;
  readonly layout?: TableLayout;
  readonly ownSheets?: readonly string[];
  /** The officer's and the workbook's rule set (see checkSheet). */
  readonly aturanChoice?: AturanPreference;
}

/** What a recommendation is planned under (the year and rule set of the Rekomendasi tab). */
export interface PlanInput {
  readonly settings: Settings;
  readonly existing: ExistingWorkbook;
  /** Milliseconds since the epoch (a Date would clone too, but this says it is only a day). */
  readonly today: number;
}

/** A check as the pane keeps it: everything but the sheet model and the assessed rows, which stay in the engine. */
export type PlainCheck = Omit<SheetCheck, "model" | "assessed" | "sheet">;

/** The recommendation as the pane needs it: the sheet to write and its summary (the rows stay in the engine). */
export type PaneBuild = Pick<RecommendationBuild, "plan" | "summary">;

export type EngineProgress =
  | ({ readonly stage: "validating" } & CheckProgress)
  | { readonly stage: "planning"; readonly row: number; readonly rows: number }
  | { readonly stage: "receiving"; readonly done: number; readonly total: number };

export type EngineRequest =
  /** Check the sheet (and plan from it when `plan` is given); the engine keeps the check under `key`. */
  | { readonly type: "check"; readonly id: number; readonly key: number; readonly input: CheckInput; readonly plan?: PlanInput }
  /** Plan from the check kept under `key`; answered "missing" when this engine does not hold it. */
  | { readonly type: "plan"; readonly id: number; readonly key: number; readonly plan: PlanInput };

export type EngineResponse =
  | { readonly type: "progress"; readonly id: number; readonly progress: EngineProgress }
  /** A chunk of the report's findings, in order. */
  | { readonly type: "findings"; readonly id: number; readonly findings: readonly Finding[]; readonly total: number }
  /** A chunk of rows of block `block` of the plan, in order. */
  | { readonly type: "rows"; readonly id: number; readonly block: number; readonly rows: readonly (readonly CellValue[])[] }
  /** The result, its findings and block rows emptied (they came in the chunks before). */
  | { readonly type: "done"; readonly id: number; readonly check?: PlainCheck; readonly build?: PaneBuild | null }
  | { readonly type: "missing"; readonly id: number }
  | { readonly type: "error"; readonly id: number; readonly message: string; readonly kind?: UserErrorKind };

/** Findings per chunk message: a few milliseconds each to unpack. */
export const FINDINGS_PER_CHUNK = 2000;
/** Plan rows per chunk message. */
export const ROWS_PER_CHUNK = 2000;
