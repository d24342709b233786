/**
 * The flows both front ends run — the panel (src/taskpane) through the Office.js adapter, the CLI
 * through the .xlsx adapter — so neither writes them again: check a sheet, build the recommendation
 * from the rows already assessed, recognise the add-in's own sheets, record a generated sheet.
 */
export * from "./check";
export * from "./own-sheet";
export * from "./recommend";
export * from "./settings";
