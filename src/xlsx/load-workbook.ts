/**
 * Loading an .xlsx file for the engine, reading it once and part by part (sheet-stream.ts): every
 * visible sheet as SheetData, the add-in's state, which sheets are its own, the names a copy must
 * not reuse, and — for `rekomendasi` — the bytes a copy is grafted onto. No part is held whole
 * and ExcelJS is not loaded, so memory follows the sheets' values, not the file's XML.
 */
import { OWN_SHEET_MARKER, checkWorkbook, decodeState, isOwnSheet, Settings, SheetData, STATE_SHEET_NAME, WorkbookCheck, WorkbookState } from "../workbook";
import { cellAt, CellValue, sheetRows } from "../workbook/sheet-data";
import { openPackage, readFailure, readXlsxBuffer } from "./open-file";
import { parseRels, relsPathOf, resolveTarget } from "./package-parts";
import { parsePart, readDateStyles, readPartText, readSharedStrings, readSheet, readWorkbookPart, SheetContext } from "./sheet-stream";
import { ExpansionBudget, ZipEntry, ZipFormatError, ZipSource } from "./zip-read";

/** A workbook as the engine reads it, without the file's bytes (`kinerja validasi`). */
export interface ReadWorkbook {
  readonly file: string;
  readonly sheets: readonly SheetData[];
  readonly state: WorkbookState;
  readonly ownSheets: readonly string[];
  /** Every sheet's name, in workbook order (a new sheet must take another). */
  readonly sheetNames: readonly string[];
  /** The tables of the sheets that are not the add-in's own (a new table must take another name). */
  readonly tableNames: readonly string[];
  /** Paths of the package's parts, e.g. "xl/charts/chart1.xml". */
  readonly partNames: readonly string[];
}

export interface LoadedWorkbook extends ReadWorkbook {
  /** The file as read; `kinerja rekomendasi` adds its sheets to a copy of exactly these bytes. */
  readonly bytes: Buffer;
}

/**
 * What the given package parts hold that the officer would miss if they were dropped (charts,
 * PivotTables, macros …), in Indonesian. The CLI's copy keeps every part of the input; this names
 * what a regenerated own sheet loses that the officer had added to it.
 */
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

/** The marker cell as Excel would read it (a merged area's value is its first cell's). */
function markerCell(sheet: SheetData): CellValue | undefined {
  const row = OWN_SHEET_MARKER.row - sheet.startRow;
  const col = OWN_SHEET_MARKER.col - sheet.startCol;
  const area = sheet.merges?.find((m) => row >= m.row && row < m.row + m.rows && col >= m.col && col < m.col + m.cols);
  return area ? cellAt(sheet.values, area.row, area.col) : cellAt(sheet.values, row, col);
}

async function readPackage(file: string, bytes?: Buffer): Promise<ReadWorkbook> {
  const { source, entries, budget } = await openPackage(file, bytes);
  try {
    return await readOpenedPackage(file, source, entries, budget);
  } catch (error) {
    throw readFailure(file, error);
  } finally {
    await source.close();
  }
}

async function readOpenedPackage(file: string, source: ZipSource, entries: readonly ZipEntry[], budget: ExpansionBudget): Promise<ReadWorkbook> {
  const byName = new Map(entries.map((e) => [e.name, e]));
  const text = async (path: string) => {
    const entry = byName.get(path);
    return entry ? readPartText(source, entry, budget) : undefined;
  };
  const rels = async (part: string) => parseRels((await text(relsPathOf(part))) ?? "");

  const workbookRel = (await rels("")).find((r) => r.type.endsWith("/officeDocument"));
  const workbookPath = workbookRel ? resolveTarget("", workbookRel.target) : "xl/workbook.xml";
  const workbookEntry = byName.get(workbookPath);
  if (!workbookEntry) throw new ZipFormatError(`bagian ${workbookPath} tidak ada`);
  const workbook = await readWorkbookPart(source, workbookEntry, budget);
  const workbookRels = await rels(workbookPath);
  const partOf = (type: string) => {
    const rel = workbookRels.find((r) => r.type.endsWith(type) && !r.external);
    return rel ? byName.get(resolveTarget(workbookPath, rel.target)) : undefined;
  };
  const stylesEntry = partOf("/styles");
  const stringsEntry = partOf("/sharedStrings");
  const context: SheetContext = {
    dateStyles: stylesEntry ? await readDateStyles(source, stylesEntry, budget) : [],
    sharedStrings: stringsEntry ? await readSharedStrings(source, stringsEntry, budget) : [],
    date1904: workbook.date1904,
  };
  const sheetPart = (relId: string) => {
    const rel = workbookRels.find((r) => r.id === relId && r.type.endsWith("/worksheet"));
    const path = rel ? resolveTarget(workbookPath, rel.target) : undefined;
    return path ? { path, entry: byName.get(path) } : undefined;
  };

  const stateEntry = workbook.sheets.find((s) => s.name === STATE_SHEET_NAME);
  const statePart = stateEntry && sheetPart(stateEntry.relId);
  const state = decodeState(statePart?.entry ? sheetRows((await readSheet(STATE_SHEET_NAME, source, statePart.entry, budget, context)).values) : []);

  const sheets: SheetData[] = [];
  const ownSheets: string[] = [];
  const tableNames: string[] = [];
  for (const s of workbook.sheets) {
    if (s.name === STATE_SHEET_NAME) continue;
    const part = sheetPart(s.relId);
    if (!part?.entry) continue;
    const listed = state.generatedSheets.includes(s.name);
    // A hidden sheet is read only when it may be the add-in's own (its marker decides).
    if (!listed && s.state !== "visible") {
      tableNames.push(...(await tablesOf(part.path)));
      continue;
    }
    const data = await readSheet(s.name, source, part.entry, budget, context);
    if (listed && isOwnSheet(s.name, state, markerCell(data))) {
      ownSheets.push(s.name);
      continue;
    }
    tableNames.push(...(await tablesOf(part.path)));
    if (s.state === "visible") sheets.push(data);
  }
  return { file, sheets, state, ownSheets, sheetNames: workbook.sheets.map((s) => s.name), tableNames, partNames: entries.map((e) => e.name) };

  /** The names of a sheet's tables (their parts are small). */
  async function tablesOf(sheetPath: string): Promise<string[]> {
    const names: string[] = [];
    for (const rel of await rels(sheetPath)) {
      if (!rel.type.endsWith("/table") || rel.external) continue;
      const entry = byName.get(resolveTarget(sheetPath, rel.target));
      if (!entry) continue;
      let done = false;
      await parsePart(source, entry, budget, {
        open(name, a) {
          if (!done && name === "table" && a.name !== undefined) names.push(a.name);
          done = true;
        },
      });
    }
    return names;
  }
}

/** Reads the workbook for checking, holding no more of the file than the part being read. */
export async function readWorkbookFile(file: string): Promise<ReadWorkbook> {
  return readPackage(file);
}

/** Reads the workbook and keeps the file's bytes (for writing a copy of it). */
export async function loadWorkbookFile(file: string): Promise<LoadedWorkbook> {
  const bytes = await readXlsxBuffer(file);
  return { ...(await readPackage(file, bytes)), bytes };
}

export interface FileValidation extends WorkbookCheck {
  readonly file: string;
}

/** Validates every visible sheet that holds a recognisable table (the shared check flow). */
export function validateLoaded(loaded: ReadWorkbook, settings: Settings, today: Date): FileValidation {
  return { file: loaded.file, ...checkWorkbook(loaded.sheets, loaded.state, settings, today) };
}
