/**
 * What the add-in keeps in the workbook itself, in a very hidden sheet, so it travels with the
 * file and both Excel and the CLI read it: confirmed column mappings, settings, the sheets it
 * generated, and the fill colours a "Tandai sel" replaced (so "Hapus tanda" restores them).
 * One row per record: [jenis, kunci, nilai]; values are JSON, each well under Excel's 32,767
 * characters per cell.
 */
import { z } from "./zod";
import { TableLayout } from "./detect-table";
import { cellText, CellValue } from "./sheet-data";

export const STATE_SHEET_NAME = "_KinerjaASN";
export const STATE_HEADER = ["jenis", "kunci", "nilai"] as const;

export type RecordKind = "pemetaan" | "pengaturan" | "lembar-dibuat" | "tanda";

export interface StateRecord {
  readonly kind: RecordKind;
  readonly key: string;
  readonly value: string;
}

export interface MarkRecord {
  /** Sheet-qualified address of a marked cell. */
  readonly address: string;
  /** Fill colour before marking ("#RRGGBB"), or null when the cell had none. */
  readonly previousFill: string | null;
}

export interface WorkbookState {
  readonly mappings: ReadonlyMap<string, TableLayout>;
  readonly settings?: unknown;
  readonly generatedSheets: readonly string[];
  readonly marks: readonly MarkRecord[];
}

export const EMPTY_STATE: WorkbookState = { mappings: new Map(), generatedSheets: [], marks: [] };

const layoutSchema = z.object({
  kind: z.enum(["pegawai", "iku"]),
  headerRow: z.number().int().min(0),
  headerRows: z.union([z.literal(1), z.literal(2)]),
  columns: z.record(z.string(), z.number().int().min(0)),
  headerLabels: z.array(z.string()),
});

const markSchema = z.object({ address: z.string(), previousFill: z.string().nullable() });

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * A state cell's text whatever Excel did with a leading apostrophe. Older versions of the add-in
 * wrote keys and JSON values with Excel's quote prefix ("'{…}", "'2025") and assumed Excel strips
 * it, which no documentation promises. One leading apostrophe is dropped: a JSON value never
 * starts with one, the keys that are read are sheet names, which Excel does not allow to begin
 * with an apostrophe, and mark keys (addresses, which may) are not read — the mark's JSON
 * carries its address.
 */
function stateCellText(cell: CellValue | undefined): string {
  const text = cellText(cell);
  return text.startsWith("'") ? text.slice(1) : text;
}

/** Reads the hidden sheet's rows; records that do not parse are ignored (never trusted blindly). */
export function decodeState(values: readonly (readonly CellValue[])[]): WorkbookState {
  const mappings = new Map<string, TableLayout>();
  const generatedSheets: string[] = [];
  const marks: MarkRecord[] = [];
  let settings: unknown;
  for (const row of values) {
    const [kind, key, value] = [cellText(row[0]), stateCellText(row[1]), stateCellText(row[2])];
    if (kind === STATE_HEADER[0]) continue;
    const json = parseJson(value);
    if (kind === "pemetaan") {
      const parsed = layoutSchema.safeParse(json);
      if (parsed.success) mappings.set(key, parsed.data as TableLayout);
    } else if (kind === "pengaturan") {
      settings = json;
    } else if (kind === "lembar-dibuat" && key !== "") {
      generatedSheets.push(key);
    } else if (kind === "tanda") {
      const parsed = markSchema.safeParse(json);
      if (parsed.success) marks.push(parsed.data);
    }
  }
  return { mappings, settings, generatedSheets, marks };
}

export function encodeState(state: WorkbookState): string[][] {
  const rows: string[][] = [[...STATE_HEADER]];
  if (state.settings !== undefined) rows.push(["pengaturan", "", JSON.stringify(state.settings)]);
  for (const [sheet, layout] of state.mappings) rows.push(["pemetaan", sheet, JSON.stringify(layout)]);
  for (const sheet of state.generatedSheets) rows.push(["lembar-dibuat", sheet, JSON.stringify({ nama: sheet })]);
  for (const mark of state.marks) rows.push(["tanda", mark.address, JSON.stringify(mark)]);
  return rows;
}

/** A stored mapping still fits when the header cells read the same as when it was confirmed. */
export function mappingStillFits(layout: TableLayout, headerLabels: readonly string[]): boolean {
  return Object.values(layout.columns).every((col) => col !== undefined && (layout.headerLabels[col] ?? "") === (headerLabels[col] ?? ""));
}
