/**
 * Reading a worksheet for the engine: one sync for the workbook's shape (sheets, used range,
 * tables, the add-in's state sheet, and on the web a small sample of the top-left cells), then the
 * used range's values in as few syncs as the payload budget allows: one on desktop, ⌈bytes ÷
 * budget⌉ on the web. Never a sync per row or per cell.
 */
import { formatNumber } from "../core/numeric";
import { CellValue, isOwnSheet, normaliseCell, OWN_SHEET_MARKER, SheetData, WorkbookState } from "../workbook";
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

/**
 * Bytes per cell assumed when the sample below does not cover the table (it starts far from A1):
 * what recaps weigh (10–11 bytes measured with office.js), with a margin. A misjudged chunk costs
 * one refused request, not the read (see the loop).
 */
const BYTES_PER_CELL_ESTIMATE = 12;

/**
 * A fixed block at the sheet's top-left, read with the workbook's shape on the web: tables
 * almost always start inside it, so the part of it inside the used range tells how many bytes a
 * cell of this sheet weighs before any chunk is read. 2,048 cells; a fixed address, so it is
 * valid whatever the used range turns out to be.
 */
const SAMPLE = { address: "A1:BL32", rows: 32, cols: 64 } as const;
/** The sample holds the title and header, rarely the longest rows: the first chunk keeps 10 % room. */
const FIRST_CHUNK_HEADROOM = 1.1;
const PAYLOAD_TOO_LARGE = new Set(["RequestPayloadSizeLimitExceeded", "ResponsePayloadSizeLimitExceeded"]);

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
    const sample = Number.isFinite(budget) ? ws.getRange(SAMPLE.address) : undefined;
    sample?.load("values");
    await context.sync();
    syncs++;

    const names = sheets.items.map((s) => s.name);
    // Each sheet's marker cell travels with the first chunk of values.
    const queueMarkers = () =>
      names.map((n) => {
        const r = sheets.getItem(n).getRange(OWN_SHEET_MARKER.address);
        r.load("values");
        return r;
      });
    let markers: Excel.Range[] | undefined;

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
    // On the web the values come in chunks of about equal weight, as few as the budget allows:
    // ⌈bytes ÷ budget⌉ of them, estimated from the sample, then from the rows already read. No
    // chunk ever gets more than MAX_GET_CELLS cells, on the web or on desktop.
    const maxRowsPerGet = Math.max(1, Math.floor(MAX_GET_CELLS / Math.max(1, cols)));
    let bytesPerRow = Math.max(1, cols) * (sampledBytesPerCell(sample?.values, used, rows, cols) ?? BYTES_PER_CELL_ESTIMATE) * FIRST_CHUNK_HEADROOM;
    const values: CellValue[][] = [];
    let bytesRead = 0;
    // The first chunk travels with the state sheet and markers; each further chunk is one sync.
    let start = 0;
    do {
      let n = Math.min(maxRowsPerGet, rowsForNextChunk(rows - start, bytesPerRow, budget));
      let chunk: Excel.Range | undefined;
      // A chunk misjudged over the web's limit fails alone and changes nothing (this is a read):
      // it is asked again in halves, and the rows after it are sized as twice as heavy.
      for (;;) {
        const pendingMarkers = markers ?? queueMarkers();
        chunk = n > 0 ? ws.getRangeByIndexes(used.rowIndex + start, used.columnIndex, n, cols) : undefined;
        chunk?.load("values");
        try {
          await context.sync();
          syncs++;
          markers = pendingMarkers;
          break;
        } catch (error) {
          syncs++;
          if (!PAYLOAD_TOO_LARGE.has(errorCode(error)) || n <= 1) throw error;
          n = Math.ceil(n / 2);
          bytesPerRow *= 2;
        }
      }
      if (chunk) {
        for (const row of chunk.values) values.push(row.map(normaliseCell));
        if (Number.isFinite(budget) && start + n < rows) {
          bytesRead += jsonSize(chunk.values);
          bytesPerRow = Math.max(1, bytesRead / (start + n));
        }
      }
      start += n;
    } while (start < rows);

    const { state, exists: stateSheetExists } = readState();
    const loadedMarkers = markers ?? [];
    const ownSheets = names.filter((n, i) => isOwnSheet(n, state, normaliseCell(loadedMarkers[i].values[0][0])));
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

/**
 * Rows for the next read: the rows left split into equal chunks, as many as their estimated
 * bytes need (so the last chunk is not a sliver and none is far over the budget).
 */
export function rowsForNextChunk(rowsLeft: number, bytesPerRow: number, budget: number): number {
  if (!Number.isFinite(budget) || rowsLeft <= 0) return Math.max(0, rowsLeft);
  const chunks = Math.max(1, Math.ceil((rowsLeft * bytesPerRow) / budget));
  return Math.max(1, Math.ceil(rowsLeft / chunks));
}

/** JSON bytes per cell of the sample's part that lies inside the used range; undefined when the table starts outside it. */
function sampledBytesPerCell(sample: unknown[][] | undefined, used: Excel.Range, rows: number, cols: number): number | undefined {
  if (!sample || used.isNullObject || used.rowIndex >= SAMPLE.rows || used.columnIndex >= SAMPLE.cols) return undefined;
  const lastRow = Math.min(SAMPLE.rows, used.rowIndex + rows);
  const lastCol = Math.min(SAMPLE.cols, used.columnIndex + cols);
  const part = sample.slice(used.rowIndex, lastRow).map((row) => row.slice(used.columnIndex, lastCol));
  const cells = (lastRow - used.rowIndex) * (lastCol - used.columnIndex);
  return cells > 0 ? jsonSize(part) / cells : undefined;
}
