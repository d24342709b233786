/** Rules about the table as a whole. */
import { cellRef } from "../address";
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
