/** Rules about the table as a whole. */
import { cellRef, columnLetters } from "../address";
import { makeFinding } from "../findings";
import { ValidationRule } from "./context";

export const DATA_SETELAH_BARIS_KOSONG: ValidationRule = {
  code: "DATA_SETELAH_BARIS_KOSONG",
  severity: "warning",
  title: "Data setelah baris kosong tidak diperiksa",
  description: "Tabel berakhir di baris kosong pertama; baris ber-NIP di bawahnya tidak diperiksa. Hapus baris kosong di tengah tabel.",
  appliesTo: "semua",
  check(ctx) {
    const { endRow, dataAfterEnd } = ctx.model.rows;
    if (endRow === undefined || dataAfterEnd.length === 0) return;
    const blank = cellRef(ctx.model.sheetRow(endRow), ctx.model.sheet.startCol);
    ctx.at(
      this.code,
      this.severity,
      dataAfterEnd[0],
      "nip",
      `Tabel berakhir di baris kosong ${blank.replace(/^[A-Z]+/, "")}; ${dataAfterEnd.length} baris ber-NIP di bawahnya tidak diperiksa. Hapus baris kosong itu agar semua pegawai diperiksa.`,
    );
  },
};

/** One warning per column whose cells had invisible characters or stray spaces (never one per cell). */
export const TEKS_TERSEMBUNYI: ValidationRule = {
  code: "TEKS_TERSEMBUNYI",
  severity: "warning",
  title: "Karakter tak terlihat atau spasi berlebih",
  description:
    "Sel teks berisi karakter tak terlihat (U+200B/C/D, U+2060, U+FEFF, spasi tak-putus, tanda hubung lunak) atau spasi berlebih, biasanya dari ekspor SIMPEG/SIMPEGA. Dibersihkan saat dibaca dan tidak ditulis ke keluaran; satu peringatan per kolom.",
  appliesTo: "semua",
  check(ctx) {
    const m = ctx.model;
    for (const h of m.hygiene()) {
      const parts: string[] = [];
      if (h.invisible > 0) parts.push(`${h.invisible} sel berisi karakter tak terlihat (mis. U+200C atau spasi tak-putus)`);
      if (h.spaces > 0) parts.push(`${h.spaces} sel berisi spasi berlebih`);
      const header = m.layout.headerLabels[h.col] ?? "";
      const col = m.sheet.startCol + h.col;
      const where = header ? `Kolom ${columnLetters(col)} (${header})` : `Kolom ${columnLetters(col)}`;
      ctx.findings.push(
        makeFinding(this.code, this.severity, m.sheet.name, m.headerSheetRow, col, `${where}: ${parts.join(" dan ")}. Sudah dibersihkan saat dibaca; bersihkan juga di sumbernya agar rumus lain tidak salah membaca.`),
      );
    }
  },
};
