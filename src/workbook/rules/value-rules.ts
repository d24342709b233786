/** Cell-level rules: required values, Excel errors, text where a number belongs, ranges. */
import { ATURAN_INFO } from "../../core/aturan";
import { formatNumber } from "../../core/numeric";
import { ColumnKey, columnLabel, columnsFor } from "../columns";
import { cellText, isBlankCell, isCellError } from "../sheet-data";
import { RuleContext, ValidationRule } from "./context";

/** Columns that must be filled for the chosen rule set (score columns depend on what the sheet has). */
export function requiredColumns(ctx: RuleContext): ColumnKey[] {
  const m = ctx.model;
  if (m.kind === "iku") return ["iku", "target", "realisasi", "bobot"].filter((k) => m.has(k as ColumnKey)) as ColumnKey[];
  // Polri personnel are identified by NRP instead of NIP.
  const keys: ColumnKey[] = [m.has("nrp") && !m.has("nip") ? "nrp" : "nip", "nama"];
  if (ctx.settings.aturan === "PERMENPANRB6") {
    if (m.has("ratingHasilKerja") && m.has("ratingPerilaku")) keys.push("ratingHasilKerja", "ratingPerilaku");
    else keys.push("predikat");
  } else if (m.has("nilaiKinerja")) {
    if (!(m.has("nilaiSkp") && m.has("nilaiPerilaku"))) keys.push("nilaiKinerja");
  } else {
    keys.push("nilaiSkp", "nilaiPerilaku");
  }
  return keys.filter((k) => m.has(k) || k === "nip" || k === "nama" || k.startsWith("nilai") || k.startsWith("rating"));
}

const SCORE_KEYS: readonly ColumnKey[] = ["nilaiSkp", "nilaiPerilaku", "nilaiKinerja"];

export const KOLOM_WAJIB: ValidationRule = {
  code: "KOLOM_WAJIB",
  severity: "error",
  title: "Kolom wajib tidak ditemukan",
  description: "Lembar harus memiliki kolom NIP, Nama dan nilai (Nilai Kinerja, atau Nilai SKP dan Nilai Perilaku; untuk PermenPANRB 6/2022 rating hasil kerja dan perilaku atau predikat).",
  appliesTo: "pegawai",
  check(ctx) {
    for (const key of requiredColumns(ctx)) {
      if (!ctx.model.has(key)) ctx.atHeader(this.code, this.severity, `Kolom ${columnLabel(key)} tidak ditemukan di baris judul tabel. Tambahkan kolomnya atau tetapkan pemetaan kolom di panel.`);
    }
  },
};

export const WAJIB_KOSONG: ValidationRule = {
  code: "WAJIB_KOSONG",
  severity: "error",
  title: "Nilai wajib kosong",
  description: "Sel wajib (NIP, nama, nilai sesuai aturan; untuk IKU: IKU, target, realisasi, bobot) tidak boleh kosong.",
  appliesTo: "semua",
  check(ctx) {
    const m = ctx.model;
    const keys = requiredColumns(ctx).filter((k) => m.has(k) && k !== "nip");
    // With Nilai Kinerja and its parts all present, either the score or both parts will do.
    const scoreGroup = m.kind === "pegawai" && m.has("nilaiKinerja") && m.has("nilaiSkp") && m.has("nilaiPerilaku");
    for (const row of ctx.rows()) {
      for (const key of keys) {
        if (isBlankCell(m.cell(row, key))) ctx.at(this.code, this.severity, row, key, `${columnLabel(key)} kosong.`);
      }
      if (scoreGroup && isBlankCell(m.cell(row, "nilaiKinerja")) && (isBlankCell(m.cell(row, "nilaiSkp")) || isBlankCell(m.cell(row, "nilaiPerilaku")))) {
        ctx.at(this.code, this.severity, row, "nilaiKinerja", "Nilai Kinerja kosong, dan Nilai SKP atau Nilai Perilaku juga kosong: nilai tidak dapat ditentukan.");
      }
    }
  },
};

export const SEL_ERROR: ValidationRule = {
  code: "SEL_ERROR",
  severity: "error",
  title: "Sel berisi error Excel",
  description: "Sel berisi nilai error Excel (#N/A, #DIV/0!, #REF!, #VALUE! …): perbaiki rumus atau sumbernya.",
  appliesTo: "semua",
  check(ctx) {
    const keys = columnsFor(ctx.model.kind).map((c) => c.key).filter((k) => ctx.model.has(k));
    for (const row of ctx.rows()) {
      for (const key of keys) {
        const cell = ctx.model.cell(row, key);
        if (isCellError(cell)) ctx.at(this.code, this.severity, row, key, `${columnLabel(key)} berisi error ${cell.error}; perbaiki rumus atau sel sumbernya.`);
      }
    }
  },
};

function numericKeys(ctx: RuleContext): ColumnKey[] {
  return columnsFor(ctx.model.kind).filter((c) => c.numeric && ctx.model.has(c.key)).map((c) => c.key);
}

export const BUKAN_ANGKA: ValidationRule = {
  code: "BUKAN_ANGKA",
  severity: "error",
  title: "Teks di kolom angka",
  description: "Kolom nilai harus berisi angka; teks yang tidak bisa dibaca sebagai angka ditolak, bukan ditebak.",
  appliesTo: "semua",
  check(ctx) {
    for (const row of ctx.rows()) {
      for (const key of numericKeys(ctx)) {
        const n = ctx.model.number(row, key);
        if (n.kind === "invalid") {
          ctx.at(this.code, this.severity, row, key, `${columnLabel(key)} harus angka; tertulis "${n.text}".`);
        }
      }
    }
  },
};

export const ANGKA_TEKS: ValidationRule = {
  code: "ANGKA_TEKS",
  severity: "warning",
  title: "Angka tersimpan sebagai teks",
  description: "Angka yang tersimpan sebagai teks (\"95,5\", \"95%\") dibaca, tetapi rumus Excel lain tidak menghitungnya: ubah sel menjadi angka.",
  appliesTo: "semua",
  check(ctx) {
    for (const row of ctx.rows()) {
      for (const key of numericKeys(ctx)) {
        const n = ctx.model.number(row, key);
        if (n.kind === "number" && n.fromText) {
          ctx.at(
            this.code,
            this.severity,
            row,
            key,
            `${columnLabel(key)} "${cellText(ctx.model.cell(row, key))}" tersimpan sebagai teks; dibaca ${formatNumber(n.value)}. Ubah menjadi angka agar rumus lain ikut menghitungnya.`,
          );
        }
      }
    }
  },
};

export const NILAI_RENTANG: ValidationRule = {
  code: "NILAI_RENTANG",
  severity: "error",
  title: "Nilai di luar rentang",
  description: "Nilai SKP, perilaku dan nilai kinerja harus 0–120 (PP 30/2019; Polri 0–100).",
  appliesTo: "pegawai",
  check(ctx) {
    const max = ATURAN_INFO[ctx.settings.aturan].nilaiMaks ?? 120;
    for (const row of ctx.rows()) {
      for (const key of SCORE_KEYS) {
        if (!ctx.model.has(key)) continue;
        const limit = key === "nilaiKinerja" ? max : 120;
        const v = ctx.model.value(row, key);
        if (v !== undefined && (v < 0 || v > limit)) {
          ctx.at(this.code, this.severity, row, key, `${columnLabel(key)} ${formatNumber(v)} di luar rentang 0–${limit}.`);
        }
      }
    }
  },
};
