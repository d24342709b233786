/**
 * Which rows under the header are employees (or IKU): data ends at the first fully blank row;
 * column-number rows, subtotal rows ("Jumlah", "Rata-rata"), unit sub-headings ("A. SEKRETARIAT")
 * and signature lines are skipped, not validated.
 */
import { TableLayout, isColumnNumberRow } from "./detect-table";
import { cellAt, cellText, CellValue, isBlankCell, rowAt, rowCount, SheetData } from "./sheet-data";

export type SkipReason = "nomor-kolom" | "subtotal" | "tanda-tangan" | "sub-judul";

export interface TableRows {
  /** Indices into SheetData.values of the rows to validate. */
  readonly dataRows: readonly number[];
  readonly skipped: readonly { readonly row: number; readonly reason: SkipReason }[];
  /** First fully blank row that ended the table, if any. */
  readonly endRow?: number;
  /** Non-blank rows after the end that look like more data (an 18-digit NIP), which are not checked. */
  readonly dataAfterEnd: readonly number[];
}

const SUBTOTAL = /^(jumlah|total|sub\s*total|rata[\s-]*rata|rerata|nilai rata|jml)\b/i;
/**
 * A cell that is only a subtotal label ("Jumlah", "Total Bobot", "Rata-rata Nilai:"). IKU names
 * often begin with the same words ("Jumlah temuan BPK berulang", "Rata-rata waktu penyelesaian
 * SP2D"), so a name column counts as a subtotal label only when it holds nothing more.
 */
const SUBTOTAL_LABEL = /^(jumlah|total|sub\s*total|rata[\s-]*rata|rerata|nilai rata[\s-]*rata|jml)(\s+(bobot|nilai|iku|capaian|keseluruhan|akhir|pegawai))?\s*:?$/i;
/** Whole words only: "Pembinaan satker", "Ditetapkannya regulasi" are IKU names, not signatures. */
const SIGNATURE = /^((mengetahui|kepala|ditetapkan|dibuat oleh|diperiksa|disetujui|catatan|keterangan|ttd|tanda tangan|pejabat penilai|atasan pejabat|pembina|penata|sekretaris)\b|a\.?\s?n\.?\s|plt\.?\s|nip[\s.:])/i;
/** The place-and-date line that opens a signature block: "Sukamaju, 15 Januari 2026". */
const PLACE_DATE = /^[^,\d]{2,60},\s*\d{1,2}\s+(januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|nopember|november|desember)\s+\d{4}$/i;

/** Unit sub-heading words and list markers ("A.", "II.", "1)") that open a heading row. */
const UNIT_HEADING = /^(([A-Z]|[IVXL]+|\d{1,2})[.)]\s|(bidang|bagian|sub\s?bagian|subbag|seksi|sekretariat|dinas|badan|kantor|uptd?|unit|kecamatan|kelurahan|puskesmas|inspektorat|direktorat|biro|satuan|kelompok)\b)/i;

/**
 * A unit sub-heading inside the table: no identifier, no number, no value in any scored column,
 * at most two filled cells, and the text reads as a heading (a list marker or a unit word) or fills a
 * merged area across several columns. An employee with a blank NIP still has a value somewhere.
 */
function isSubHeading(sheet: SheetData, layout: TableLayout, r: number, cells: readonly CellValue[], textsOf: () => readonly string[]): boolean {
  // An employee row carries its sequence number; a heading ("A. SEKRETARIAT", not "M. RIZKY" with a No) does not.
  if (cells.some((v) => typeof v === "number")) return false;
  const { columns } = layout;
  for (const key of ["nip", "nrp", "nilaiSkp", "nilaiPerilaku", "nilaiKinerja", "predikat", "ratingHasilKerja", "ratingPerilaku", "target", "realisasi", "bobot"] as const) {
    const c = columns[key];
    if (c !== undefined && !isBlankCell(cells[c])) return false;
  }
  const texts = textsOf();
  if (texts.length === 0 || texts.length > 2) return false;
  const merged = sheet.merges?.some((m) => m.row === r && m.cols >= 3) ?? false;
  return merged || texts.some((t) => UNIT_HEADING.test(t));
}

function isBlankRow(cells: readonly unknown[] | undefined): boolean {
  return !cells || cells.every((v) => isBlankCell(v as never));
}

function firstTexts(cells: readonly unknown[]): string[] {
  return cells.map((v) => cellText(v as never)).filter((t) => t !== "");
}

export interface TableScan {
  readonly skipped: readonly { readonly row: number; readonly reason: SkipReason }[];
  /** First fully blank row that ended the table, when the scan got that far. */
  readonly endRow?: number;
}

/**
 * Goes down the table, calling `visit` with each data row in order until it returns true (then
 * the scan stops there). The one reading of which rows are employees, shared by `tableRows` and
 * the rule-set detection, which stops at its first clue instead of listing a million rows.
 */
export function scanTableRows(sheet: SheetData, layout: TableLayout, visit: (row: number) => boolean | void): TableScan {
  const start = layout.headerRow + layout.headerRows;
  // The identifying column: a subtotal or signature row has no NIP (or no IKU name).
  const keyCol = layout.columns.nip ?? layout.columns.nrp ?? layout.columns.iku ?? layout.columns.nama;
  const skipped: { row: number; reason: SkipReason }[] = [];
  const rows = rowCount(sheet.values);
  for (let r = start; r < rows; r++) {
    const cells = rowAt(sheet.values, r) ?? [];
    if (isBlankRow(cells)) return { skipped, endRow: r };
    if (r === start && isColumnNumberRow(cells)) {
      skipped.push({ row: r, reason: "nomor-kolom" });
      continue;
    }
    let texts: string[] | undefined;
    const textsOf = () => (texts ??= firstTexts(cells));
    const keyText = keyCol === undefined ? "" : cellText(cells[keyCol]);
    const idsBlank =
      keyText === "" ||
      (keyCol === layout.columns.nip || keyCol === layout.columns.nrp ? SUBTOTAL.test(keyText) || SIGNATURE.test(keyText) : SUBTOTAL_LABEL.test(keyText));
    if (idsBlank && textsOf().some((t) => SUBTOTAL.test(t))) {
      skipped.push({ row: r, reason: "subtotal" });
      continue;
    }
    if (idsBlank && textsOf().length > 0 && (SIGNATURE.test(textsOf()[0]) || PLACE_DATE.test(textsOf()[0]))) {
      skipped.push({ row: r, reason: "tanda-tangan" });
      continue;
    }
    if (layout.kind === "pegawai" && isSubHeading(sheet, layout, r, cells, textsOf)) {
      skipped.push({ row: r, reason: "sub-judul" });
      continue;
    }
    if (visit(r) === true) return { skipped };
  }
  return { skipped };
}

export function tableRows(sheet: SheetData, layout: TableLayout): TableRows {
  const dataRows: number[] = [];
  const { skipped, endRow } = scanTableRows(sheet, layout, (r) => {
    dataRows.push(r);
  });
  const dataAfterEnd: number[] = [];
  if (endRow !== undefined && layout.columns.nip !== undefined) {
    const nipCol = layout.columns.nip;
    const rows = rowCount(sheet.values);
    for (let q = endRow + 1; q < rows; q++) {
      const text = cellText(cellAt(sheet.values, q, nipCol)).replace(/\s/g, "");
      if (/^\d{18}$/.test(text)) dataAfterEnd.push(q);
    }
  }
  return { dataRows, skipped, endRow, dataAfterEnd };
}
