/**
 * The officer's own column choices on top of detection (the CLI's `--kolom FIELD=COLUMN`, the same
 * fields as the panel's mapping editor): parsed and checked here, so every front end refuses the
 * same mistakes with the same words.
 */
import { columnIndex, columnLetters } from "../address";
import { ColumnKey, columnsFor, SheetKind } from "../columns";
import { TableLayout } from "../detect-table";
import { UserFacingError } from "../errors";
import { SheetData } from "../sheet-data";

export interface ColumnOverride {
  readonly field: ColumnKey;
  /** Excel column letter as given ("D"). */
  readonly column: string;
}

const squash = (text: string) => text.toLowerCase().replace(/[^a-z0-9]/g, "");
const MAX_COLUMN = columnIndex("XFD");

/** The field names accepted: the key (`nilaiSkp`) or the label the mapping editor shows (`Nilai SKP`, `nilai-skp`). */
export function fieldNames(kind: SheetKind = "pegawai"): string {
  return columnsFor(kind)
    .map((c) => c.key)
    .join(", ");
}

/** "nilaiSkp=F" → {field, column}; a clear Indonesian message (usage) otherwise. */
export function parseColumnOverride(text: string): ColumnOverride {
  const m = /^\s*([^=]+?)\s*=\s*([A-Za-z]{1,3})\s*$/.exec(text);
  if (!m) throw new UserFacingError(`--kolom "${text}" tidak dapat dibaca; tulis BIDANG=KOLOM, mis. --kolom nilaiSkp=F.`, "usage");
  const wanted = squash(m[1]);
  const def = [...columnsFor("pegawai"), ...columnsFor("iku")].find((c) => squash(c.key) === wanted || squash(c.label) === wanted);
  if (!def) throw new UserFacingError(`--kolom: bidang "${m[1]}" tidak dikenal; gunakan salah satu dari ${fieldNames("pegawai")} (atau untuk IKU: ${fieldNames("iku")}).`, "usage");
  const column = m[2].toUpperCase();
  if (columnIndex(column) > MAX_COLUMN) throw new UserFacingError(`--kolom: kolom "${m[2]}" di luar batas Excel (A–XFD).`, "usage");
  return { field: def.key, column };
}

/** Adds a parsed override to those given before; the same field twice is a mistake, not a silent last-wins. */
export function addColumnOverride(previous: readonly ColumnOverride[] | undefined, text: string): ColumnOverride[] {
  const next = parseColumnOverride(text);
  const same = (previous ?? []).find((o) => o.field === next.field);
  if (same) throw new UserFacingError(`--kolom: bidang ${next.field} diberikan dua kali (${same.column} dan ${next.column}).`, "usage");
  return [...(previous ?? []), next];
}

/**
 * The detected layout with the officer's columns: each named field reads the named column, and a
 * field detected in that column before is unmapped (one column, one field).
 */
export function applyColumnOverrides(layout: TableLayout, sheet: SheetData, overrides: readonly ColumnOverride[]): TableLayout {
  if (overrides.length === 0) return layout;
  const keys = new Set(columnsFor(layout.kind).map((c) => c.key));
  const columns: Partial<Record<ColumnKey, number>> = { ...layout.columns };
  const taken = new Map<number, ColumnKey>();
  for (const o of overrides) {
    if (!keys.has(o.field)) throw new UserFacingError(`--kolom: bidang ${o.field} tidak ada pada tabel ${layout.kind === "iku" ? "IKU" : "pegawai"} lembar "${sheet.name}".`, "usage");
    const col = columnIndex(o.column) - sheet.startCol;
    const width = layout.headerLabels.length;
    if (col < 0 || col >= width) {
      const range = `${columnLetters(sheet.startCol)}–${columnLetters(sheet.startCol + width - 1)}`;
      throw new UserFacingError(`--kolom ${o.field}=${o.column}: kolom ${o.column} di luar tabel lembar "${sheet.name}" (kolom ${range}).`, "usage");
    }
    const clash = taken.get(col);
    if (clash) throw new UserFacingError(`--kolom: kolom ${o.column} diberikan untuk ${clash} dan ${o.field}; satu kolom hanya untuk satu bidang.`, "usage");
    taken.set(col, o.field);
    for (const [key, at] of Object.entries(columns)) if (at === col) delete columns[key as ColumnKey];
    columns[o.field] = col;
  }
  // A column the officer named is read as this year's, whatever year its header carries.
  const olderColumns = layout.years?.olderColumns.filter((c) => !taken.has(c));
  return { ...layout, columns, years: layout.years && { ...layout.years, olderColumns: olderColumns ?? [] } };
}
