/** Predikat rules: the stated predikat and combined score agree with what the rule set computes. */
import { ATURAN, ATURAN_NILAI, ATURAN_VALUES, combinedScore, predikatByAturan } from "../../core/aturan";
import { formatNumber } from "../../core/numeric";
import { bacaPredikat, parseEkspektasi, PREDIKAT_WORDS } from "../../core/predikat";
import { is360 } from "../assessment";
import { columnLabel } from "../columns";
import { isBlankCell, isCellError } from "../sheet-data";
import { RuleContext, ValidationRule } from "./context";

/** Each rule set's weights in words, from the registry ("PP 30/2019 70/30 (atasan saja) atau 60/40 (360°)"). */
const WEIGHTS_TEXT = ATURAN_VALUES.flatMap((a) => {
  const g = ATURAN[a].nilaiGabungan;
  return g.ada ? [`${ATURAN[a].nama} ${g.bobot(false)}${g.bergantung360 ? ` atau ${g.bobot(true)}` : ""}`] : [];
}).join("; ");

export const PREDIKAT_TIDAK_DIKENAL: ValidationRule = {
  code: "PREDIKAT_TIDAK_DIKENAL",
  severity: "error",
  title: "Predikat tidak dikenal",
  description: `Predikat harus kata predikat salah satu aturan: ${PREDIKAT_WORDS.join(", ")} (ejaan bebas, mis. "KURANG/ MISCONDUCT").`,
  appliesTo: "pegawai",
  check(ctx) {
    for (const key of ["predikat", "predikatTahunLalu"] as const) {
      if (!ctx.model.has(key)) continue;
      for (const row of ctx.rows()) {
        const cell = ctx.model.cell(row, key);
        // An Excel error is reported once, by SEL_ERROR.
        if (isBlankCell(cell) || isCellError(cell)) continue;
        const text = ctx.model.text(row, key);
        const parsed = bacaPredikat(text, ctx.settings.aturan, columnLabel(key));
        if (!parsed.ok) ctx.at(this.code, this.severity, row, key, parsed.failure.message);
      }
    }
  },
};

/** Stated vs computed predikat, with the innovation case of PP 30/2019 reported on its own. */
function checkPredikat(ctx: RuleContext, wantInnovationCase: boolean, code: string) {
  if (!ctx.model.has("predikat")) return;
  for (const row of ctx.rows()) {
    const stated = bacaPredikat(ctx.model.text(row, "predikat"), ctx.settings.aturan);
    if (!stated.ok) continue;
    const a = ctx.assess(row);
    if (a.predikatSource !== "dihitung" || !a.predikat || a.predikat.level === stated.value.level) continue;
    // Sangat Baik stated where the score would give it only with innovation (PP 30/2019).
    const withInnovation = a.score !== undefined ? predikatByAturan(ctx.settings.aturan, a.score, true) : undefined;
    const innovationCase = stated.value.level === 5 && withInnovation?.ok === true && withInnovation.value.level === 5;
    if (innovationCase !== wantInnovationCase) continue;
    const basis = a.score !== undefined ? `nilai ${formatNumber(a.score)}` : "rating hasil kerja dan perilaku";
    const message = innovationCase
      ? `Predikat Sangat Baik untuk nilai ${formatNumber(a.score ?? 0)} memerlukan bukti inovasi (ide/cara baru yang bermanfaat, PP 30/2019 Pasal 41 ayat 5); tanpa bukti, predikatnya Baik.`
      : `Predikat tertulis "${ctx.model.text(row, "predikat")}", padahal ${basis} menurut ${ATURAN[ctx.settings.aturan].nama} memberi predikat ${a.predikat.label}.`;
    ctx.at(code, "error", row, "predikat", message);
  }
}

export const PREDIKAT_TIDAK_SESUAI: ValidationRule = {
  code: "PREDIKAT_TIDAK_SESUAI",
  severity: "error",
  title: "Predikat tidak sesuai nilai",
  description: `Predikat tertulis harus sama dengan predikat yang dihitung dari nilai menurut aturan terpilih (${ATURAN_NILAI.map((a) => ATURAN[a].nama).join(", ")}) atau dari kuadran rating (${ATURAN_VALUES.filter((a) => ATURAN[a].kuadran).map((a) => ATURAN[a].nama).join(", ")}).`,
  appliesTo: "pegawai",
  check(ctx) {
    checkPredikat(ctx, false, this.code);
  },
};

export const SANGAT_BAIK_TANPA_INOVASI: ValidationRule = {
  code: "SANGAT_BAIK_TANPA_INOVASI",
  severity: "error",
  title: "Sangat Baik tanpa bukti inovasi",
  description: "PP 30/2019 Pasal 41 ayat (5): Sangat Baik hanya untuk nilai 110–120 disertai ide/cara baru yang bermanfaat bagi organisasi atau negara; isi kolom Inovasi.",
  appliesTo: "pegawai",
  check(ctx) {
    checkPredikat(ctx, true, this.code);
  },
};

export const NILAI_GABUNGAN_TIDAK_SESUAI: ValidationRule = {
  code: "NILAI_GABUNGAN_TIDAK_SESUAI",
  severity: "error",
  title: "Nilai gabungan tidak sesuai bobot",
  description: `Nilai kinerja harus sama dengan pembobotan SKP dan perilaku: ${WEIGHTS_TEXT}.`,
  appliesTo: "pegawai",
  also: [
    {
      code: "NILAI_GABUNGAN_BOBOT_LAIN",
      severity: "warning",
      title: "Nilai gabungan memakai bobot lain",
      description: "Nilai kinerja cocok dengan bobot PP 30/2019 yang lain (70/30 vs 60/40): periksa apakah perilaku dinilai 360° (kolom Penilaian 360° atau Pengaturan).",
      appliesTo: "pegawai",
    },
  ],
  check(ctx) {
    const aturan = ctx.settings.aturan;
    const rule = ATURAN[aturan].nilaiGabungan;
    if (!rule.ada) return;
    const m = ctx.model;
    if (!m.has("nilaiKinerja") || !m.has("nilaiSkp") || !m.has("nilaiPerilaku")) return;
    for (const row of ctx.rows()) {
      const stated = m.value(row, "nilaiKinerja");
      const skp = m.value(row, "nilaiSkp");
      const perilaku = m.value(row, "nilaiPerilaku");
      if (stated === undefined || skp === undefined || perilaku === undefined) continue;
      const use360 = is360(m, row, ctx.settings);
      const expected = combinedScore(aturan, skp, perilaku, use360);
      if (!expected.ok || Math.abs(expected.value - stated) <= ctx.settings.toleransiNilai + 1e-9) continue;
      const other = rule.bergantung360 ? combinedScore(aturan, skp, perilaku, !use360) : undefined;
      const weights = rule.bobot(use360);
      if (other?.ok && Math.abs(other.value - stated) <= ctx.settings.toleransiNilai + 1e-9) {
        ctx.at(
          "NILAI_GABUNGAN_BOBOT_LAIN",
          "warning",
          row,
          "nilaiKinerja",
          `Nilai kinerja ${formatNumber(stated)} memakai bobot ${rule.bobot(!use360)}, sedangkan aturan yang dipilih ${weights}. Periksa metode penilaian perilaku.`,
        );
        continue;
      }
      ctx.at(
        this.code,
        this.severity,
        row,
        "nilaiKinerja",
        `Nilai kinerja ${formatNumber(stated)} tidak sesuai SKP ${formatNumber(skp)} dan perilaku ${formatNumber(perilaku)} dengan bobot ${weights}: seharusnya ${formatNumber(expected.value)}.`,
      );
    }
  },
};

export const RATING_TIDAK_DIKENAL: ValidationRule = {
  code: "RATING_TIDAK_DIKENAL",
  severity: "error",
  title: "Rating tidak dikenal",
  description: "Rating hasil kerja dan rating perilaku (PermenPANRB 6/2022) harus di atas / sesuai / di bawah ekspektasi.",
  appliesTo: "pegawai",
  check(ctx) {
    for (const key of ["ratingHasilKerja", "ratingPerilaku"] as const) {
      if (!ctx.model.has(key)) continue;
      for (const row of ctx.rows()) {
        if (isBlankCell(ctx.model.cell(row, key)) || isCellError(ctx.model.cell(row, key))) continue;
        const parsed = parseEkspektasi(ctx.model.text(row, key), columnLabel(key));
        if (!parsed.ok) ctx.at(this.code, this.severity, row, key, parsed.failure.message);
      }
    }
  },
};
