/**
 * Distribution rules: the SE MenPANRB 03/2023 curve per unit (PermenPANRB 6/2022) and the
 * Kemenkeu normal-distribution ranking, whose ties at a boundary the unit head must order.
 */
import { rankByDistribution } from "../../core/kemenkeu/distribusi-normal";
import { checkDistribution, parsePredikatOrganisasi, PredikatOrganisasi } from "../../core/kurva-distribusi";
import { formatNumber } from "../../core/numeric";
import { PredikatLevel } from "../../core/predikat";
import { curveOf } from "../settings";
import { RuleContext, ValidationRule } from "./context";

/** Data rows grouped by unit (the whole sheet is one unit when there is no unit column). */
export function rowsByUnit(ctx: RuleContext): Map<string, number[]> {
  const groups = new Map<string, number[]>();
  for (const row of ctx.rows()) {
    const unit = ctx.model.has("unit") ? ctx.model.text(row, "unit") || "(tanpa unit)" : "(seluruh lembar)";
    const list = groups.get(unit);
    if (list) list.push(row);
    else groups.set(unit, [row]);
  }
  return groups;
}

export const DISTRIBUSI_KURVA: ValidationRule = {
  code: "DISTRIBUSI_KURVA",
  severity: "error",
  title: "Sebaran predikat di luar kurva",
  description: "PermenPANRB 6/2022 dan SE MenPANRB 03/2023: sebaran predikat pegawai satu unit harus sesuai kurva menurut predikat organisasinya (kolom Predikat Organisasi; persentase dapat diubah di Pengaturan).",
  appliesTo: "pegawai",
  also: [
    {
      code: "PREDIKAT_ORGANISASI_TIDAK_SAH",
      severity: "error",
      title: "Predikat organisasi tidak sah atau berbeda",
      description: "Predikat organisasi harus Istimewa/Baik/Butuh Perbaikan/Kurang/Sangat Kurang dan sama untuk semua pegawai satu unit.",
      appliesTo: "pegawai",
    },
  ],
  check(ctx) {
    if (ctx.settings.aturan !== "PERMENPANRB6" || !ctx.model.has("predikatOrganisasi")) return;
    for (const [unit, rows] of rowsByUnit(ctx)) {
      let organisasi: PredikatOrganisasi | undefined;
      let consistent = true;
      for (const row of rows) {
        const text = ctx.model.text(row, "predikatOrganisasi");
        if (text === "") continue;
        const parsed = parsePredikatOrganisasi(text);
        if (!parsed) {
          ctx.at("PREDIKAT_ORGANISASI_TIDAK_SAH", "error", row, "predikatOrganisasi", `Predikat organisasi "${text}" tidak dikenal; gunakan Istimewa, Baik, Butuh Perbaikan, Kurang atau Sangat Kurang.`);
          consistent = false;
        } else if (organisasi && parsed !== organisasi) {
          ctx.at("PREDIKAT_ORGANISASI_TIDAK_SAH", "error", row, "predikatOrganisasi", `Unit ${unit} memiliki dua predikat organisasi (${organisasi} dan ${parsed}).`);
          consistent = false;
        } else organisasi = parsed;
      }
      if (!organisasi || !consistent) continue;
      const levels: PredikatLevel[] = [];
      for (const row of rows) {
        const a = ctx.assess(row);
        if (a.predikat) levels.push(a.predikat.level);
      }
      if (levels.length === 0) continue;
      const checked = checkDistribution(levels, organisasi, curveOf(ctx.settings));
      if (!checked.ok) continue;
      for (const v of checked.value) ctx.at(this.code, this.severity, rows[0], ctx.model.has("unit") ? "unit" : "predikatOrganisasi", `Unit ${unit}: ${v.message}`);
    }
  },
};

export const DISTRIBUSI_SERI: ValidationRule = {
  code: "DISTRIBUSI_SERI",
  severity: "warning",
  title: "NKP seri di batas distribusi",
  description: "Kemenkeu (KMK 467/2014, LAN Tabel 23): NKP sama yang melintasi batas 15%/70%/15% diurutkan oleh pimpinan unit; add-in menandainya, tidak memutus seri diam-diam.",
  appliesTo: "pegawai",
  check(ctx) {
    if (ctx.settings.aturan !== "KEMENKEU") return;
    const shares = { top: ctx.settings.persenAtas / 100, bottom: ctx.settings.persenBawah / 100 };
    for (const [unit, rows] of rowsByUnit(ctx)) {
      const scored = rows.map((row) => ({ row, score: ctx.assess(row).score })).filter((r): r is { row: number; score: number } => r.score !== undefined);
      if (scored.length < 2) continue;
      const ranked = rankByDistribution(scored.map((s) => s.score), shares);
      if (!ranked.ok) continue;
      ranked.value.forEach((r, i) => {
        if (!r.tieAtBoundary) return;
        ctx.at(
          this.code,
          this.severity,
          scored[i].row,
          ctx.model.has("nilaiKinerja") ? "nilaiKinerja" : "nilaiSkp",
          `Unit ${unit}: NKP ${formatNumber(scored[i].score)} seri di batas ${r.statuses.join(" / ")}; urutan ditetapkan pimpinan unit.`,
        );
      });
    }
  },
};
