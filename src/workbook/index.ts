/**
 * src/workbook — the sheet model: plain 2-D values in, findings and write plans out.
 * Never calls Office.js or touches files; the adapters in src/excel and src/xlsx do.
 */
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
export * from "./errors";
export * from "./flows";
export * from "./detect-aturan";
export * from "./text-hygiene";
export * from "./understanding";
export { RULES, RULE_CATALOGUE, ruleInfo } from "./rules";
export type { RuleInfo } from "./rules";
export { PROGRESS_EVERY_ROWS } from "./rules/context";
export type { CheckProgress } from "./rules/context";
export * from "./column-grid";
export * from "./text-pool";
