/**
 * Loading an .xlsx file for the engine, reading it once: every visible sheet as SheetData, the
 * add-in's state, which sheets are its own, and which package parts a rewritten copy would lose.
 */
import ExcelJS from "exceljs";
import { checkWorkbook, decodeState, isOwnSheet, OWN_SHEET_MARKER, Settings, SheetData, STATE_SHEET_NAME, WorkbookCheck, WorkbookState } from "../workbook";
import { openWorkbook } from "./open-file";
import { plainValue, worksheetToSheetData } from "./sheet-data";

export interface LoadedWorkbook {
  readonly file: string;
  readonly workbook: ExcelJS.Workbook;
  readonly sheets: readonly SheetData[];
  readonly state: WorkbookState;
  readonly ownSheets: readonly string[];
  /** What ExcelJS does not carry over into a rewritten copy (charts, PivotTables, macros …), in Indonesian. */
  readonly notPreserved: readonly string[];
}

/** Package parts ExcelJS does not carry over into a rewritten copy. */
export function partsNotPreserved(partNames: readonly string[]): string[] {
  const found = new Set<string>();
  for (const path of partNames) {
    if (/^xl\/charts\//.test(path)) found.add("grafik");
    if (/^xl\/pivotTables\//.test(path) || /^xl\/pivotCache\//.test(path)) found.add("PivotTable");
    if (/^xl\/slicers?\//.test(path) || /^xl\/slicerCaches\//.test(path)) found.add("slicer");
    if (/vbaProject\.bin$/.test(path)) found.add("makro VBA");
    if (/^xl\/ctrlProps\//.test(path)) found.add("kontrol formulir");
  }
  return [...found];
}

/** The marker cell as Excel would read it, wherever the sheet's used range starts. */
function markerCell(ws: ExcelJS.Worksheet) {
  return plainValue(ws.getRow(OWN_SHEET_MARKER.row + 1).getCell(OWN_SHEET_MARKER.col + 1).value);
}

export async function loadWorkbookFile(file: string): Promise<LoadedWorkbook> {
  const { workbook, partNames } = await openWorkbook(file);
  const stateSheet = workbook.getWorksheet(STATE_SHEET_NAME);
  const state = stateSheet ? decodeState(worksheetToSheetData(stateSheet).values) : decodeState([]);
  const ownSheets: string[] = [];
  const sheets: SheetData[] = [];
  workbook.eachSheet((ws) => {
    if (ws.name === STATE_SHEET_NAME) return;
    if (isOwnSheet(ws.name, state, markerCell(ws))) {
      ownSheets.push(ws.name);
      return;
    }
    if (ws.state !== "visible") return;
    sheets.push(worksheetToSheetData(ws));
  });
  return { file, workbook, sheets, state, ownSheets, notPreserved: partsNotPreserved(partNames) };
}

export interface FileValidation extends WorkbookCheck {
  readonly file: string;
}

/** Validates every visible sheet that holds a recognisable table (the shared check flow). */
export function validateLoaded(loaded: LoadedWorkbook, settings: Settings, today: Date): FileValidation {
  return { file: loaded.file, ...checkWorkbook(loaded.sheets, loaded.state, settings, today) };
}
