/**
 * "Tandai sel" colours the cells of findings; "Hapus tanda" restores exactly the fill they had.
 * The previous fills are kept in the add-in's state sheet, so unmarking works after the panel
 * (or Excel) was closed. Two syncs each way on desktop; on the web, per-cell work is split so no
 * request passes the payload budget, sized by what office.js measurably spends per cell
 * (REQUEST_BYTES_PER_CELL_ACTION) — about 600 bytes, so 10,000 marks in one request would be 6 MB.
 *
 * Excel applies a batch up to the failing action, not all or nothing. When a batch fails, the
 * workbook is brought back to a whole state before the error is reported: marking goes back to
 * exactly as before (the fills and the state sheet were read in the first sync); unmarking goes
 * on to the end (the fills to restore are on record), or, when nothing had changed yet, stays as
 * it was. The error's `outcome` says which.
 */
import { encodeState, Finding, MarkRecord, parseRef, STATE_SHEET_NAME, WorkbookState } from "../workbook";
import { describeOfficeError, ExcelActionError } from "./office-errors";
import { cellActionsPerRequest, jsonSize, payloadBudget, queueInChunks } from "./payload";
import { queueStateRead, queueStateRestore, queueStateWrite, StateRead } from "./state-store";

export const MARK_COLORS = { error: "#FDE7E9", warning: "#FFF4CE" } as const;

export const MARK_OUTCOME = {
  /** Kept word for word: the pane and its tests show it. */
  restored: "Warna sel dikembalikan seperti semula.",
  untouched: "Tidak ada sel yang diubah.",
  unknown: "Sebagian sel mungkin sudah berwarna; gunakan Hapus tanda.",
} as const;

export const UNMARK_OUTCOME = {
  untouched: "Tanda tidak dihapus; buku kerja tidak berubah. Coba lagi.",
  completed: "Semua tanda sudah dihapus dan warna sel sudah dikembalikan (diselesaikan setelah gangguan).",
  unknown: "Sebagian tanda mungkin sudah dihapus; tekan Hapus tanda sekali lagi.",
} as const;

/** Ranges by sheet-qualified address, one worksheet object per sheet (not a path per cell). */
function rangeFinder(context: Excel.RequestContext): (address: string) => Excel.Range {
  const sheets = new Map<string, Excel.Worksheet>();
  return (address) => {
    const ref = parseRef(address);
    if (!ref?.sheet) throw new ExcelActionError(`Alamat sel tidak sah: ${address}.`, "InvalidArgument");
    let sheet = sheets.get(ref.sheet);
    if (!sheet) sheets.set(ref.sheet, (sheet = context.workbook.worksheets.getItem(ref.sheet)));
    return sheet.getRangeByIndexes(ref.row, ref.col, ref.rows, ref.cols);
  };
}

/** Request bytes the state sheet's rewrite takes, kept free in the request that carries it. */
function stateWriteBytes(state: WorkbookState): number {
  // office.js sends the rows as JSON (measured: 936 kB for 10,000 marks, 1.0× their JSON size) plus its paths.
  return Math.ceil(jsonSize(encodeState(state)) * 1.1) + 5_000;
}

/** A cell's fill as the state records it: "#RRGGBB", or null for no fill ("#FFFFFF" with pattern None). */
const fillOf = (range: Excel.Range): string | null => (range.format.fill.pattern === "None" ? null : range.format.fill.color || null);

function queueFill(range: Excel.Range, fill: string | null): void {
  if (fill) range.format.fill.color = fill;
  else range.format.fill.clear();
}

/** What a marking batch found before it wrote anything. */
interface BeforeMarking {
  readonly fills: readonly { readonly address: string; readonly fill: string | null }[];
  readonly stateSheet: StateRead;
}

export async function markFindings(findings: readonly Finding[], budget: number = payloadBudget()): Promise<{ marked: number }> {
  const severityOf = new Map<string, Finding["severity"]>();
  for (const f of findings) if (severityOf.get(f.address) !== "error") severityOf.set(f.address, f.severity);
  const addresses = [...severityOf.keys()];
  let before: BeforeMarking | undefined;
  try {
    return await Excel.run(async (context) => {
      const rangeOf = rangeFinder(context);
      const readStateSheet = queueStateRead(context);
      const ranges: Excel.Range[] = [];
      await queueInChunks(context, addresses, cellActionsPerRequest(budget), (a) => {
        const r = rangeOf(a);
        // A cell without fill reads "#FFFFFF" like a white one; the pattern tells them apart.
        r.format.fill.load("color,pattern");
        ranges.push(r);
      });
      await context.sync();
      const stateSheet = readStateSheet();
      const { state } = stateSheet;
      before = { fills: addresses.map((address, i) => ({ address, fill: fillOf(ranges[i]) })), stateSheet };
      const alreadyMarked = new Set(state.marks.map((m) => m.address));
      // A cell marked before keeps its original fill on record, not our mark colour.
      const newMarks: MarkRecord[] = before.fills.map(({ address, fill }) => ({ address, previousFill: fill })).filter((m) => !alreadyMarked.has(m.address));
      const next = { ...state, marks: [...state.marks, ...newMarks] };
      await queueInChunks(context, addresses, cellActionsPerRequest(budget, stateWriteBytes(next)), (a, i) => (ranges[i].format.fill.color = MARK_COLORS[severityOf.get(a)!]));
      queueStateWrite(context, next, stateSheet.exists);
      await context.sync();
      return { marked: addresses.length };
    });
  } catch (error) {
    const outcome = before ? await undoMarking(before, budget).then(() => MARK_OUTCOME.restored, () => MARK_OUTCOME.unknown) : MARK_OUTCOME.untouched;
    throw new ExcelActionError(`${describeOfficeError(error)} ${outcome}`, "MarkFailed", outcome);
  }
}

/** Puts back the fills and the state sheet a failed marking batch may have changed, and only those. */
async function undoMarking(before: BeforeMarking, budget: number): Promise<void> {
  await Excel.run(async (context) => {
    const rangeOf = rangeFinder(context);
    const readStateSheet = queueStateRead(context);
    const ranges: Excel.Range[] = [];
    await queueInChunks(context, before.fills, cellActionsPerRequest(budget), ({ address }) => {
      const r = rangeOf(address);
      r.format.fill.load("color,pattern");
      ranges.push(r);
    });
    await context.sync();
    const changed = before.fills.flatMap(({ fill }, i) => (fillOf(ranges[i]) !== fill ? [{ range: ranges[i], fill }] : []));
    await queueInChunks(context, changed, cellActionsPerRequest(budget, stateWriteBytes(before.stateSheet.state)), ({ range, fill }) => queueFill(range, fill));
    const target = before.stateSheet.exists ? { exists: true as const, state: before.stateSheet.state, rows: before.stateSheet.rows } : { exists: false as const };
    queueStateRestore(context, readStateSheet(), target);
    await context.sync();
  });
}

/** Restores every marked cell's previous fill and forgets the marks. */
export async function clearMarks(budget: number = payloadBudget()): Promise<{ restored: number }> {
  let writing: WorkbookState | undefined;
  try {
    return await Excel.run(async (context) => {
      const readStateSheet = queueStateRead(context);
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      await context.sync();
      const { state, exists } = readStateSheet();
      if (state.marks.length === 0) return { restored: 0 };
      writing = state;
      await queueUnmark(context, state, exists, new Set(sheets.items.map((s) => s.name)), budget);
      await context.sync();
      return { restored: state.marks.length };
    });
  } catch (error) {
    const outcome = writing ? await finishUnmarking(writing, budget) : UNMARK_OUTCOME.untouched;
    throw new ExcelActionError(`${describeOfficeError(error)} ${outcome}`, "UnmarkFailed", outcome);
  }
}

/**
 * Queues restoring the recorded fills (on sheets that still exist) and emptying the record, in
 * requests under the budget; the last one (with the record) is left for the caller's sync.
 */
async function queueUnmark(context: Excel.RequestContext, state: WorkbookState, exists: boolean, present: ReadonlySet<string>, budget: number): Promise<void> {
  const rangeOf = rangeFinder(context);
  const next = { ...state, marks: [] };
  const marks = state.marks.filter((m) => present.has(parseRef(m.address)?.sheet ?? "")); // a sheet deleted since is skipped
  await queueInChunks(context, marks, cellActionsPerRequest(budget, stateWriteBytes(next)), (m) => queueFill(rangeOf(m.address), m.previousFill));
  queueStateWrite(context, next, exists);
}

/**
 * After a failed unmarking batch: when nothing had changed (no recorded fill restored, the record
 * intact) the workbook stays as it was; otherwise the unmarking is carried through to the end,
 * from the record as the batch found it (the batch may have emptied the sheet before failing).
 */
async function finishUnmarking(original: WorkbookState, budget: number): Promise<string> {
  try {
    return await Excel.run(async (context) => {
      const readStateSheet = queueStateRead(context);
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      await context.sync();
      const now = readStateSheet();
      const present = new Set(sheets.items.map((s) => s.name));
      const marks = original.marks.filter((m) => present.has(parseRef(m.address)?.sheet ?? ""));
      const rangeOf = rangeFinder(context);
      const ranges: Excel.Range[] = [];
      await queueInChunks(context, marks, cellActionsPerRequest(budget), (m) => {
        const r = rangeOf(m.address);
        r.format.fill.load("color,pattern");
        ranges.push(r);
      });
      await context.sync();
      const recordIntact = now.exists && now.veryHidden && JSON.stringify(encodeState(now.state)) === JSON.stringify(encodeState(original));
      const noneRestored = marks.every((m, i) => fillOf(ranges[i]) !== m.previousFill);
      if (recordIntact && noneRestored) return UNMARK_OUTCOME.untouched;
      await queueUnmark(context, original, now.exists, present, budget);
      if (now.exists && !now.veryHidden) context.workbook.worksheets.getItem(STATE_SHEET_NAME).visibility = "VeryHidden";
      await context.sync();
      return UNMARK_OUTCOME.completed;
    });
  } catch {
    return UNMARK_OUTCOME.unknown;
  }
}
