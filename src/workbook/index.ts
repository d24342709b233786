/**
 * src/workbook — the sheet model: plain 2-D values in, findings and write plans out.
 * Never calls Office.js or touches files; the adapters in src/excel and src/xlsx do.
 */
import { detectTable, headerLabelsAt, TableLayout } from "./detect-table";
import { SheetData } from "./sheet-data";
import { mappingStillFits, WorkbookState } from "./workbook-state";

export * from "./sheet-data";
export * from "./address";
export * from "./columns";
export * from "./detect-table";
export * from "./findings";
export * from "./model";
export * from "./settings";
export * from "./assessment";
export * from "./validate";
export * from "./recommendation";
export * from "./write-plan";
export * from "./workbook-state";
export * from "./detect-aturan";
export * from "./text-hygiene";
export * from "./understanding";
export { RULES, RULE_CATALOGUE, ruleInfo } from "./rules";
export type { RuleInfo } from "./rules";

/** The confirmed mapping when the header still reads the same; otherwise a fresh detection. */
export function layoutForSheet(sheet: SheetData, state: WorkbookState): { layout?: TableLayout; source: "tersimpan" | "terdeteksi" | "tidak-ada" } {
  const stored = state.mappings.get(sheet.name);
  if (stored && stored.headerRow < sheet.values.length && mappingStillFits(stored, headerLabelsAt(sheet, stored.headerRow, stored.headerRows))) {
    return { layout: stored, source: "tersimpan" };
  }
  const detected = detectTable(sheet);
  return detected ? { layout: detected, source: "terdeteksi" } : { source: "tidak-ada" };
}
