/** Talent-box rules (PermenPANRB 3/2020): potential readable, box consistent with kinerja × potensial. */
import { parsePotensial } from "../../core/talenta";
import { cellText, isBlankCell, isCellError } from "../sheet-data";
import { ValidationRule } from "./context";

export const POTENSIAL_TIDAK_DIKENAL: ValidationRule = {
  code: "POTENSIAL_TIDAK_DIKENAL",
  severity: "error",
  title: "Potensial tidak dikenal",
  description: "Potensial harus tinggi/menengah/rendah, atau angka bila batas nilai potensial ditetapkan di Pengaturan (tidak ada batas baku dari regulasi).",
  appliesTo: "pegawai",
  also: [
    {
      code: "POTENSIAL_TANPA_BATAS",
      severity: "warning",
      title: "Potensial angka tanpa batas nilai",
      description: "Kolom potensial berisi angka tetapi batas menengah/tinggi belum ditetapkan di Pengaturan; kotak talenta tidak dihitung.",
      appliesTo: "pegawai",
    },
  ],
  check(ctx) {
    if (!ctx.model.has("potensial")) return;
    let numericWithoutCutoffs = 0;
    for (const row of ctx.rows()) {
      const cell = ctx.model.cell(row, "potensial");
      if (isBlankCell(cell) || isCellError(cell) || parsePotensial(cellText(cell))) continue;
      const n = ctx.model.number(row, "potensial");
      if (n.kind === "number") {
        if (!ctx.settings.batasPotensial) numericWithoutCutoffs++;
        continue;
      }
      ctx.at(this.code, this.severity, row, "potensial", `Potensial "${cellText(cell)}" tidak dikenal; gunakan tinggi, menengah atau rendah.`);
    }
    if (numericWithoutCutoffs > 0) {
      ctx.atHeader(
        "POTENSIAL_TANPA_BATAS",
        "warning",
        `${numericWithoutCutoffs} nilai potensial berupa angka, tetapi batas nilai menengah dan tinggi belum ditetapkan di Pengaturan (regulasi tidak menetapkan batas baku). Kotak talenta untuk baris itu tidak dihitung.`,
        "potensial",
      );
    }
  },
};

export const KOTAK_TIDAK_SESUAI: ValidationRule = {
  code: "KOTAK_TIDAK_SESUAI",
  severity: "error",
  title: "Kotak talenta tidak sesuai",
  description:
    "Kotak talenta harus sesuai kinerja × potensial menurut PermenPANRB 3/2020 (LAN Gambar 27); kinerja = status ekspektasi dari rating hasil kerja dan perilaku bila ada, selain itu dari predikat menurut aturan lembar.",
  appliesTo: "pegawai",
  check(ctx) {
    if (!ctx.model.has("kotakTalenta")) return;
    for (const row of ctx.rows()) {
      const stated = ctx.model.value(row, "kotakTalenta");
      if (stated === undefined) continue;
      const a = ctx.assess(row);
      if (a.kotak === undefined) continue;
      if (stated !== a.kotak) {
        ctx.at(
          this.code,
          this.severity,
          row,
          "kotakTalenta",
          `Kotak talenta tertulis ${stated}, padahal kinerja ${a.ekspektasi?.toLowerCase()} (${a.ekspektasiSource === "rating" ? "dari rating hasil kerja dan perilaku" : `predikat ${a.predikat?.label}`}) dan potensial ${a.potensial?.toLowerCase()} memberi kotak ${a.kotak}.`,
        );
      }
    }
  },
};
