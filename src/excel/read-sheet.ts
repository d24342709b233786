/**
 * Reading a worksheet for the engine: one sync for the workbook's shape (sheets, used range,
 * tables, the add-in's state sheet), then the used range's values in as few syncs as the payload
 * budget allows (one on desktop; on the web, one per ~4 MB). Never a sync per row or per cell.
 */
import { formatNumber } from "../core/numeric";
import { isOwnSheet, normaliseCell, OWN_SHEET_MARKER, SheetData, WorkbookState } from "../workbook";
import { queueStateRead } from "./state-store";
import { cellRef } from "../workbook/address";
import { describeOfficeError, errorCode, ExcelActionError } from "./office-errors";
import { jsonSize, MAX_GET_CELLS, payloadBudget } from "./payload";

export interface WorkbookInfo {
  readonly sheetNames: readonly string[];
  readonly activeSheet: string;
  /** Sheets the add-in generated (listed in its state sheet and still carrying its marker). */
  readonly ownSheets: readonly string[];
  readonly tableNames: readonly string[];
  readonly state: WorkbookState;
  readonly stateSheetExists: boolean;
}

export interface SheetRead {
  readonly sheet: SheetData;
  readonly info: WorkbookInfo;
  readonly protected: boolean;
  readonly syncs: number;
}

/** Estimated JSON bytes per cell of a response, to size read chunks before the data is known. */
const BYTES_PER_CELL_ESTIMATE = 24;

/**
 * The largest used range the panel reads: 300,000 rows, and 5,000,000 cells — Excel's limit for
 * one read of a range, desktop included (see MAX_GET_CELLS); every chunk stays under it too. An agency recap has a few thousand rows; a used range reaching row 1,048,576 or
 * column XFD is almost always a stray value or format far below or right of the table. Reading
 * it would take hundreds of requests on the web and more memory than a task pane has, so it is
 * refused up front (one request, nothing read) with where the used range ends.
 */
export const MAX_READ_ROWS = 300_000;
export const MAX_READ_CELLS = MAX_GET_CELLS;

const UNCHANGED = "Buku kerja tidak berubah.";

/** The active sheet (or the named one) and the workbook's shape; read-only, so a failure changes nothing. */
export async function readSheet(sheetName?: string, budget: number = payloadBudget()): Promise<SheetRead> {
  try {
    return await readSheetOnce(sheetName, budget);
  } catch (error) {
    if (error instanceof ExcelActionError) throw error;
    throw new ExcelActionError(`${describeOfficeError(error)} ${UNCHANGED}`, errorCode(error), UNCHANGED);
  }
}

async function readSheetOnce(sheetName: string | undefined, budget: number): Promise<SheetRead> {
  return Excel.run(async (context) => {
    let syncs = 0;
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    const ws = sheetName ? sheets.getItem(sheetName) : sheets.getActiveWorksheet();
    ws.load("name");
    ws.protection.load("protected");
    const used = ws.getUsedRangeOrNullObject(true);
    used.load("rowIndex,columnIndex,rowCount,columnCount");
    // The add-in's state sheet travels in the first round (a null object when there is none).
    const readState = queueStateRead(context);
    const tables = context.workbook.tables;
    tables.load("items/name");
    await context.sync();
    syncs++;

    const names = sheets.items.map((s) => s.name);
    // Second round: each sheet's marker cell and the first chunk of values.
    const markers = names.map((n) => {
      const r = sheets.getItem(n).getRange(OWN_SHEET_MARKER.address);
      r.load("values");
      return r;
    });

    const rows = used.isNullObject ? 0 : used.rowCount;
    const cols = used.isNullObject ? 0 : used.columnCount;
    if (rows > MAX_READ_ROWS || rows * cols > MAX_READ_CELLS) {
      const last = cellRef(used.rowIndex + rows - 1, used.columnIndex + cols - 1);
      throw new ExcelActionError(
        `Lembar "${ws.name}" terlalu besar untuk diperiksa: isinya terbentang ${formatNumber(rows)} baris × ${formatNumber(cols)} kolom sampai sel ${last}, ` +
          `sedangkan batasnya ${formatNumber(MAX_READ_ROWS)} baris dan ${formatNumber(MAX_READ_CELLS)} sel. Bila tabelnya lebih kecil, hapus isi yang tersisa jauh di bawah atau di kanan tabel ` +
          `(Ctrl+End menunjukkan sel terakhir yang terpakai); bila tidak, bagi data menjadi beberapa lembar. ${UNCHANGED}`,
        "SheetTooLarge",
        UNCHANGED,
      );
    }
    // The first chunk is sized by a cautious estimate; later ones by what the first really weighed.
    // No chunk ever gets more than MAX_GET_CELLS cells, on the web or on desktop.
    const maxRowsPerGet = Math.max(1, Math.floor(MAX_GET_CELLS / Math.max(1, cols)));
    let rowsPerChunk = Math.min(maxRowsPerGet, Number.isFinite(budget) ? Math.max(1, Math.floor(budget / Math.max(1, cols * BYTES_PER_CELL_ESTIMATE))) : rows);
    const values: SheetData["values"][number][] = [];
    // The first chunk travels with the state sheet and markers; each further chunk is one sync.
    let start = 0;
    do {
      const n = Math.min(rowsPerChunk, rows - start);
      const chunk = n > 0 ? ws.getRangeByIndexes(used.rowIndex + start, used.columnIndex, n, cols) : undefined;
      chunk?.load("values");
      await context.sync();
      syncs++;
      if (chunk) {
        for (const row of chunk.values) values.push(row.map(normaliseCell));
        if (start === 0 && Number.isFinite(budget) && n < rows) {
          // 10 % headroom: later rows may carry longer text than the first ones.
          const bytesPerRow = Math.max(1, jsonSize(chunk.values) / n);
          rowsPerChunk = Math.min(maxRowsPerGet, Math.max(rowsPerChunk, Math.floor((budget * 0.9) / bytesPerRow)));
        }
      }
      start += n;
    } while (start < rows);

    const { state, exists: stateSheetExists } = readState();
    const ownSheets = names.filter((n, i) => isOwnSheet(n, state, normaliseCell(markers[i].values[0][0])));
    return {
      sheet: { name: ws.name, startRow: used.isNullObject ? 0 : used.rowIndex, startCol: used.isNullObject ? 0 : used.columnIndex, values },
      info: {
        sheetNames: names,
        activeSheet: ws.name,
        ownSheets,
        tableNames: tables.items.map((t) => t.name),
        state,
        stateSheetExists,
      },
      protected: ws.protection.protected,
      syncs,
    };
  });
}
