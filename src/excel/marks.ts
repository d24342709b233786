/**
 * "Tandai sel" colours the cells of findings; "Hapus tanda" restores exactly the fill they had.
 * The previous fills are kept in the add-in's state sheet, so unmarking works after the panel
 * (or Excel) was closed. Two syncs each way, whatever the number of cells.
 */
import { Finding, MarkRecord, parseRef } from "../workbook";
import { describeOfficeError, ExcelActionError } from "./office-errors";
import { queueStateRead, queueStateWrite } from "./state-store";

export const MARK_COLORS = { error: "#FDE7E9", warning: "#FFF4CE" } as const;

function rangeOf(context: Excel.RequestContext, address: string): Excel.Range {
  const ref = parseRef(address);
  if (!ref?.sheet) throw new ExcelActionError(`Alamat sel tidak sah: ${address}.`, "InvalidArgument");
  return context.workbook.worksheets.getItem(ref.sheet).getRangeByIndexes(ref.row, ref.col, ref.rows, ref.cols);
}

export async function markFindings(findings: readonly Finding[]): Promise<{ marked: number }> {
  const severityOf = new Map<string, Finding["severity"]>();
  for (const f of findings) if (severityOf.get(f.address) !== "error") severityOf.set(f.address, f.severity);
  const addresses = [...severityOf.keys()];
  let applied: { address: string; previousFill: string | null }[] = [];
  try {
    return await Excel.run(async (context) => {
      const ranges = addresses.map((a) => {
        const r = rangeOf(context, a);
        // A cell without fill reads "#FFFFFF" like a white one; the pattern tells them apart.
        r.format.fill.load("color,pattern");
        return r;
      });
      const readState = queueStateRead(context);
      await context.sync();
      const { state, exists } = readState();
      const alreadyMarked = new Set(state.marks.map((m) => m.address));
      // A cell marked before keeps its original fill on record, not our mark colour.
      const newMarks: MarkRecord[] = addresses
        .map((address, i) => ({ address, previousFill: ranges[i].format.fill.pattern === "None" ? null : ranges[i].format.fill.color || null }))
        .filter((m) => !alreadyMarked.has(m.address));
      applied = newMarks;
      addresses.forEach((a, i) => (ranges[i].format.fill.color = MARK_COLORS[severityOf.get(a)!]));
      queueStateWrite(context, { ...state, marks: [...state.marks, ...newMarks] }, exists);
      await context.sync();
      return { marked: addresses.length };
    });
  } catch (error) {
    const outcome = applied.length > 0 ? await restoreFills(applied).then(() => "Warna sel dikembalikan seperti semula.", () => "Sebagian sel mungkin sudah berwarna; gunakan Hapus tanda.") : "Tidak ada sel yang diubah.";
    throw new ExcelActionError(`${describeOfficeError(error)} ${outcome}`, "MarkFailed", outcome);
  }
}

async function restoreFills(marks: readonly MarkRecord[]): Promise<void> {
  await Excel.run(async (context) => {
    for (const m of marks) {
      const r = rangeOf(context, m.address);
      if (m.previousFill) r.format.fill.color = m.previousFill;
      else r.format.fill.clear();
    }
    await context.sync();
  });
}

/** Restores every marked cell's previous fill and forgets the marks. */
export async function clearMarks(): Promise<{ restored: number }> {
  try {
    return await Excel.run(async (context) => {
      const readState = queueStateRead(context);
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      await context.sync();
      const { state, exists } = readState();
      if (state.marks.length === 0) return { restored: 0 };
      const present = new Set(sheets.items.map((s) => s.name));
      for (const m of state.marks) {
        const sheet = parseRef(m.address)?.sheet;
        if (!sheet || !present.has(sheet)) continue; // the sheet was deleted since
        const r = rangeOf(context, m.address);
        if (m.previousFill) r.format.fill.color = m.previousFill;
        else r.format.fill.clear();
      }
      queueStateWrite(context, { ...state, marks: [] }, exists);
      await context.sync();
      return { restored: state.marks.length };
    });
  } catch (error) {
    throw new ExcelActionError(`${describeOfficeError(error)} Tanda yang tersimpan tidak dihapus; coba lagi.`, "UnmarkFailed");
  }
}
