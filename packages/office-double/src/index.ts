/**
 * A faithful test double of the part of Office.js (Excel JavaScript API, Office common API,
 * custom functions runtime) the add-in's Office.js adapter uses. Pure TypeScript without
 * dependencies: runs in Node (jest) and, bundled, in the browser in place of office.js.
 *
 * ```ts
 * const double = createWorkbookDouble().addSheet("Data", [["NIP", "Nilai"], ["1985…", 92]]);
 * installGlobals(globalThis, double);
 * await Excel.run(async (context) => {
 *   const range = context.workbook.worksheets.getItem("Data").getUsedRange();
 *   range.load("values");
 *   await context.sync();
 * });
 * expect(double.syncCount).toBe(1);
 * ```
 */
export { createWorkbookDouble, WorkbookDouble } from "./double";
export type { WorkbookDoubleOptions, WorkbookFixture, SheetFixture, SheetOptions } from "./double";
export { installGlobals, uninstallGlobals } from "./globals";
export type { SyncRecord, WorkbookChange, ChangeListener, FailAtSyncOptions } from "./engine";
export { REQUEST_BYTES_PER_ACTION } from "./engine";
export type { WorkbookSnapshot, SheetSnapshot, CellFormatSnapshot, SheetGrid, FixtureCell } from "./state";
export { OfficeExtensionError, ErrorCode, SHAPE_MISMATCH_MESSAGE } from "./errors";
export { CustomFunctionError } from "./namespaces";
export type { ExcelNamespace, OfficeNamespace, OfficeExtensionNamespace, CustomFunctionsNamespace } from "./namespaces";
export { jsonLength } from "./json-size";
export { RequestContext } from "./context";
export { Range, RangeFormat, RangeFill, RangeFont } from "./range";
export { Worksheet, WorksheetCollection, WorksheetFreezePanes, WorksheetProtection, sheetNameProblem } from "./worksheet";
export { Workbook, WorkbookProtection } from "./workbook";
export { Table, TableCollection } from "./tables";
export { Chart, ChartCollection, ChartTitle } from "./charts";
export { ClientResult } from "./proxy";
