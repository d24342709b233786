/**
 * Which rule set a sheet is judged by when the officer has not chosen one. The sheet says it:
 * rating columns or PermenPANRB 6/2022 words → PERMENPANRB6; Nilai Prestasi Kerja, Sebutan, the
 * six PP 46 behaviour aspects or the 60 %/40 % weights → PP46 (KEMENKEU where NPKP/NSKP/CKP say
 * so); NRP or FS/FG → POLRI; otherwise PP30. A choice saved in the workbook, made in the pane or
 * given with --aturan wins. The officer is always told which rule set was used and why.
 */
import { ATURAN_INFO, ATURAN_VALUES, Aturan } from "../core/aturan";
import { headerKey } from "./columns";
import { TableLayout } from "./detect-table";
import { cellAt, cellText, rowAt, SheetData } from "./sheet-data";
import { scanTableRows } from "./table-rows";

export type AturanSource = "pengguna" | "buku kerja" | "terdeteksi";

export interface AturanChoice {
  readonly aturan: Aturan;
  /** Why, in Indonesian: "kolom Rating Hasil Kerja dan Rating Perilaku Kerja ditemukan". */
  readonly reason: string;
  readonly source: AturanSource;
}

export interface AturanDetection {
  readonly aturan: Aturan;
  readonly reason: string;
}

const PP46_ASPECTS = ["orientasi pelayanan", "integritas", "komitmen", "disiplin", "kerja sama", "kepemimpinan"];
const PP46_ASPECT_CODES = ["opl", "int", "kom", "dis", "ksm", "kpm"];
/** Words in cells that exist only in PermenPANRB 6/2022's vocabulary. */
const WORDS_6_2022 = /ekspektasi|butuh perbaikan|misconduct/i;
const TITLE_6_2022 = /6\s*\/\s*2022|ekspektasi|e-?kinerja|kinerja periodik|predikat kinerja tahunan/i;
const TITLE_PP46 = /46\s*\/\s*2011|prestasi kerja/i;
const TITLE_POLRI = /\bpolri\b|kepolisian|\bperkap\b/i;

/** The header cells as written (both rows of a two-row header) and the title rows above them. */
function headerTexts(sheet: SheetData, layout: TableLayout): { headers: { col: number; text: string }[]; titles: string[] } {
  const headers: { col: number; text: string }[] = [];
  for (let r = layout.headerRow; r < layout.headerRow + layout.headerRows; r++) {
    (rowAt(sheet.values, r) ?? []).forEach((v, col) => {
      const text = cellText(v);
      if (text !== "") headers.push({ col, text });
    });
  }
  const titles: string[] = [];
  for (let r = 0; r < layout.headerRow; r++) for (const v of rowAt(sheet.values, r) ?? []) if (cellText(v) !== "") titles.push(cellText(v));
  return { headers, titles };
}

/** "A, B dan C". */
const quote = (texts: readonly string[]): string => texts.join(", ").replace(/, ([^,]*)$/, " dan $1");

/** The rule set the sheet's own columns and words imply, with the reason in Indonesian. */
export function detectAturan(sheet: SheetData, layout: TableLayout): AturanDetection {
  const { headers, titles } = headerTexts(sheet, layout);
  const label = (col: number | undefined) => (col === undefined ? "" : (layout.headerLabels[col] ?? ""));
  const keyed = headers.map((h) => ({ ...h, key: headerKey(h.text).key }));
  const found = (test: (key: string, text: string) => boolean) => [...new Set(keyed.filter((h) => test(h.key, h.text)).map((h) => h.text))];

  // 1. Two ratings: the PermenPANRB 6/2022 quadrant.
  const ratings = [layout.columns.ratingHasilKerja, layout.columns.ratingPerilaku].filter((c): c is number => c !== undefined);
  if (ratings.length > 0) {
    return { aturan: "PERMENPANRB6", reason: `kolom ${quote(ratings.map(label))} ditemukan` };
  }
  // 2. Kemenkeu's own score names.
  const kemenkeu = found((k) => /(^|\s)(npkp|nskp|ckp)(\s|$)/.test(k));
  if (kemenkeu.length > 0) return { aturan: "KEMENKEU", reason: `kolom ${quote(kemenkeu)} ditemukan (nilai Kemenkeu)` };
  // 3. PP 46/2011 recap words.
  const pp46 = found((k) => k === "nilai prestasi kerja" || k === "sebutan" || k === "60" || k === "40");
  const aspects = found((k) => PP46_ASPECTS.includes(k) || PP46_ASPECT_CODES.includes(k));
  if (pp46.length > 0 || aspects.length >= 3) {
    const parts = [...pp46];
    if (aspects.length >= 3) parts.push(`${aspects.length} aspek perilaku PP 46/2011 (${aspects.join(", ")})`);
    return { aturan: "PP46", reason: `kolom ${quote(parts)} ditemukan` };
  }
  if (titles.some((t) => TITLE_PP46.test(t))) return { aturan: "PP46", reason: "judul lembar menyebut Prestasi Kerja / PP 46/2011" };
  // 4. Polri.
  const polri = found((k) => k === "fs" || k === "fg" || k === "faktor spesifik" || k === "faktor generik");
  if (layout.columns.nrp !== undefined) return { aturan: "POLRI", reason: `kolom ${label(layout.columns.nrp)} ditemukan` };
  if (polri.length > 0) return { aturan: "POLRI", reason: `kolom ${quote(polri)} ditemukan` };
  if (titles.some((t) => TITLE_POLRI.test(t))) return { aturan: "POLRI", reason: "judul lembar menyebut Polri" };
  // 5. PermenPANRB 6/2022 words: in the header, the title rows or the predikat cells.
  const words = found((k, text) => /(^|\s)(pkp|ekspektasi)(\s|$)|kinerja periodik|predikat kinerja tahunan|^pkp tw/.test(k) || /\(PKP\)/i.test(text));
  if (words.length > 0) return { aturan: "PERMENPANRB6", reason: `kolom ${quote(words)} ditemukan (istilah PermenPANRB 6/2022)` };
  const title = titles.find((t) => TITLE_6_2022.test(t));
  if (title) return { aturan: "PERMENPANRB6", reason: `judul lembar "${title}" memakai istilah PermenPANRB 6/2022` };
  const predikatCol = layout.columns.predikat;
  if (predikatCol !== undefined) {
    let word: string | undefined;
    scanTableRows(sheet, layout, (r) => {
      const text = cellText(cellAt(sheet.values, r, predikatCol));
      if (WORDS_6_2022.test(text)) word = text;
      return word !== undefined;
    });
    if (word) return { aturan: "PERMENPANRB6", reason: `kolom ${label(predikatCol)} berisi "${word}" (istilah PermenPANRB 6/2022)` };
  }
  return { aturan: "PP30", reason: "tidak ada kolom rating, Nilai Prestasi Kerja/Sebutan, NPKP atau NRP; dipakai PP 30/2019" };
}

/** A rule set saved in the workbook's stored settings, read from the raw stored value (absent → undefined). */
export function storedAturan(stored: unknown): Aturan | undefined {
  if (typeof stored !== "object" || stored === null || !("aturan" in stored)) return undefined;
  const value = (stored as { aturan: unknown }).aturan;
  return typeof value === "string" && (ATURAN_VALUES as string[]).includes(value) ? (value as Aturan) : undefined;
}

/**
 * The rule set to use: the officer's choice (pane or --aturan), else the one saved in the
 * workbook, else the one the sheet implies.
 */
export function chooseAturan(detected: AturanDetection | undefined, chosen: { readonly pengguna?: Aturan; readonly bukuKerja?: Aturan } = {}): AturanChoice {
  if (chosen.pengguna) return { aturan: chosen.pengguna, reason: `dipilih pengguna (${ATURAN_INFO[chosen.pengguna].nama})`, source: "pengguna" };
  if (chosen.bukuKerja) return { aturan: chosen.bukuKerja, reason: `tersimpan di pengaturan buku kerja (${ATURAN_INFO[chosen.bukuKerja].nama})`, source: "buku kerja" };
  if (detected) return { ...detected, source: "terdeteksi" };
  return { aturan: "PP30", reason: "tabel tidak ditemukan; dipakai PP 30/2019", source: "terdeteksi" };
}
