/** src/xlsx — the file adapter for the CLI: .xlsx files in, SheetData out; plans in, files out. */
export * from "./open-file";
export * from "./load-workbook";
export * from "./save-workbook";
