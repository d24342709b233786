/**
 * What the engine understood of a sheet, for the officer to check before trusting a result: the
 * header row(s), each field with its column letter and header text, the columns left unread,
 * every check skipped because its column is missing, the rule set and why, and the columns
 * cleaned of invisible characters. Front ends print it; they do not work it out again.
 */
import { ATURAN_INFO } from "../core/aturan";
import { columnLetters } from "./address";
import { ColumnKey, columnLabel, columnsFor } from "./columns";
import { AturanChoice } from "./detect-aturan";
import { SheetModel } from "./model";
import { SkipReason } from "./table-rows";

export interface FieldUnderstood {
  readonly field: ColumnKey;
  /** The field's name as the mapping editor shows it ("Nilai SKP"). */
  readonly label: string;
  /** Column letter in the sheet ("F"). */
  readonly column: string;
  /** The header text as written (two-row headers joined). */
  readonly header: string;
}

export interface UnmappedColumn {
  readonly column: string;
  readonly header: string;
  /** Why it is not read, when there is more to say than "not a known field". */
  readonly note?: string;
}

export interface SkippedCheck {
  readonly check: string;
  /** Indonesian sentence: "Pemeriksaan kuadran dilewati: kolom Rating Perilaku Kerja tidak ditemukan". */
  readonly message: string;
}

export interface TableUnderstanding {
  readonly sheet: string;
  /** Excel row numbers (1-based) of the header row(s). */
  readonly headerRows: readonly number[];
  readonly fields: readonly FieldUnderstood[];
  readonly unmapped: readonly UnmappedColumn[];
  readonly skippedChecks: readonly SkippedCheck[];
  readonly aturan: AturanChoice;
  /** The year read as current from year-suffixed headers, with the sentence saying so. */
  readonly year?: { readonly current: number; readonly message: string };
  /** One sentence per column cleaned of invisible characters or stray spaces. */
  readonly hygiene: readonly string[];
  /** Rows read as employees (or IKU) and the rows skipped with their reason (Excel row numbers). */
  readonly rowsRead: number;
  readonly rowsSkipped: readonly { readonly row: number; readonly reason: SkipReason }[];
}

function skippedChecks(model: SheetModel, aturan: AturanChoice): SkippedCheck[] {
  if (model.kind !== "pegawai") return [];
  const out: SkippedCheck[] = [];
  const missing = (check: string, what: string, keys: readonly ColumnKey[]) => {
    const absent = keys.filter((k) => !model.has(k));
    if (absent.length === 0) return;
    out.push({ check, message: `${what} dilewati: kolom ${absent.map(columnLabel).join(" dan ")} tidak ditemukan` });
  };
  if (!model.has("nrp")) missing("nip", "Pemeriksaan NIP", ["nip"]);
  if (aturan.aturan === "PERMENPANRB6") {
    missing("kuadran", "Pemeriksaan kuadran", ["ratingHasilKerja", "ratingPerilaku"]);
    missing("kurva", "Pemeriksaan kurva distribusi", ["predikatOrganisasi"]);
  } else {
    const hasScore = model.has("nilaiKinerja") || (model.has("nilaiSkp") && model.has("nilaiPerilaku"));
    if (!hasScore) out.push({ check: "nilai", message: "Pemeriksaan nilai dan predikat dilewati: kolom Nilai Kinerja (atau Nilai SKP dan Nilai Perilaku) tidak ditemukan" });
    else missing("predikat", "Pemeriksaan predikat", ["predikat"]);
    if (aturan.aturan !== "POLRI") missing("nilai-gabungan", "Pemeriksaan nilai gabungan", ["nilaiSkp", "nilaiPerilaku", "nilaiKinerja"]);
    if (aturan.aturan === "PP30") missing("inovasi", "Syarat inovasi untuk Sangat Baik (PP 30/2019)", ["inovasi"]);
  }
  missing("talenta", "Kotak talenta", ["potensial"]);
  missing("penghargaan", "Kelayakan penghargaan dua tahun berturut-turut", ["predikatTahunLalu"]);
  return out;
}

/** What was understood of the sheet behind a model, under the chosen rule set. */
export function describeTable(model: SheetModel, aturan: AturanChoice): TableUnderstanding {
  const { layout, sheet } = model;
  const letter = (col: number) => columnLetters(sheet.startCol + col);
  const fields: FieldUnderstood[] = [];
  for (const def of columnsFor(layout.kind)) {
    const col = layout.columns[def.key];
    if (col !== undefined) fields.push({ field: def.key, label: def.label, column: letter(col), header: layout.headerLabels[col] ?? "" });
  }
  const mapped = new Set(Object.values(layout.columns));
  const older = new Set(layout.years?.olderColumns ?? []);
  const unmapped: UnmappedColumn[] = [];
  layout.headerLabels.forEach((header, col) => {
    if (mapped.has(col) || header === "") return;
    unmapped.push(older.has(col) && layout.years ? { column: letter(col), header, note: `tahun sebelum ${layout.years.current}, tidak dibaca sebagai nilai tahun ini` } : { column: letter(col), header });
  });
  const year = layout.years
    ? {
        current: layout.years.current,
        message: `Tahun ${layout.years.current} dianggap tahun penilaian (tahun terbaru pada judul kolom); kolom bertahun lebih awal dibaca sebagai tahun lalu.`,
      }
    : undefined;
  const hygiene = model.hygiene().map((h) => {
    const header = layout.headerLabels[h.col] ?? "";
    return `Kolom ${letter(h.col)}${header ? ` (${header})` : ""}: ${h.invisible + h.spaces} sel dibersihkan dari karakter tak terlihat atau spasi berlebih.`;
  });
  const rows = [];
  for (let r = layout.headerRow; r < layout.headerRow + layout.headerRows; r++) rows.push(sheet.startRow + r + 1);
  return {
    sheet: sheet.name,
    headerRows: rows,
    fields,
    unmapped,
    skippedChecks: skippedChecks(model, aturan),
    aturan: { ...aturan, reason: aturan.reason || ATURAN_INFO[aturan.aturan].nama },
    year,
    hygiene,
    rowsRead: model.rows.dataRows.length,
    rowsSkipped: model.rows.skipped.map((s) => ({ row: sheet.startRow + s.row + 1, reason: s.reason })),
  };
}
