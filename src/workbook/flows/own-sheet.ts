/**
 * "Is this sheet the add-in's own?" — defined once. A sheet is ours when the workbook state lists
 * it among the generated sheets AND its marker cell still starts with the marker text: the list
 * alone could name a sheet the user has since replaced, the text alone could be copied by hand.
 * Both adapters read the marker cell at OWN_SHEET_MARKER and ask `isOwnSheet`.
 */
import { cellText, CellValue } from "../sheet-data";
import type { SheetWritePlan } from "../write-plan";
import type { WorkbookState } from "../workbook-state";

export const GENERATED_MARKER = "Dibuat oleh add-in Kinerja ASN";

/** The marker cell of a generated sheet: A2, 0-based from the sheet's first cell. */
export const OWN_SHEET_MARKER = { row: 1, col: 0, address: "A2" } as const;

export function isOwnSheet(sheetName: string, state: Pick<WorkbookState, "generatedSheets">, markerCell: CellValue | undefined): boolean {
  return state.generatedSheets.includes(sheetName) && cellText(markerCell ?? null).startsWith(GENERATED_MARKER);
}

/** The state once `plan` is in the workbook: its sheet listed once among the generated sheets. */
export function recordGeneratedSheet<S extends WorkbookState>(state: S, plan: Pick<SheetWritePlan, "sheetName" | "replaces">): S {
  const others = state.generatedSheets.filter((n) => n !== plan.sheetName && n !== plan.replaces);
  return { ...state, generatedSheets: [...others, plan.sheetName] };
}
