/**
 * The recommendation's content: one row per employee (NIP, names, the row's assessment) and the
 * counts per predikat, talent box and unit. Plain data for the panel's preview and for the
 * sheet layout in recommendation.ts.
 */
import { predikatLabels } from "../core/aturan";
import { checkNip } from "../core/nip";
import { PredikatLevel } from "../core/predikat";
import { REKOMENDASI_KOTAK } from "../core/talenta";
import { RowAssessment, assessRow } from "./assessment";
import { SheetModel } from "./model";
import { Settings } from "./settings";
import { cellText, rowAt } from "./sheet-data";

export interface RecommendationRow {
  readonly no: number;
  readonly sourceRow: number;
  readonly nip: string;
  readonly nama: string;
  readonly unit: string;
  readonly jabatan: string;
  readonly assessment: RowAssessment;
}

/**
 * The NIP to print: text as written, or nothing when it is stored as a number — its last digits
 * are already lost, and printing the rounded number would look right while being wrong.
 */
function nipForSheet(model: SheetModel, row: number, today: Date): { nip: string; note?: string } {
  if (!model.has("nip")) return { nip: model.has("nrp") ? model.text(row, "nrp") : "" };
  const cell = model.cell(row, "nip");
  if (typeof cell === "number") return { nip: "", note: "NIP tersimpan sebagai angka (digit terakhir hilang); perbaiki di lembar sumber" };
  const text = cellText(cell);
  if (text === "") return { nip: "", note: "NIP kosong" };
  const checked = checkNip(text, today);
  return checked.ok ? { nip: checked.info.nip } : { nip: text, note: `NIP tidak sah: ${checked.message}` };
}

/** How a data row is judged: by default afresh; the flows pass the rows validation already assessed. */
export type AssessRow = (row: number) => RowAssessment;

export function recommendationRows(model: SheetModel, settings: Settings, today: Date = new Date(), assess: AssessRow = (row) => assessRow(model, row, settings)): RecommendationRow[] {
  return model.rows.dataRows.map((row, i) => {
    const nip = nipForSheet(model, row, today);
    const assessment = assess(row);
    return {
      no: i + 1,
      sourceRow: model.sheetRow(row),
      nip: nip.nip,
      nama: model.text(row, "nama"),
      unit: model.text(row, "unit"),
      jabatan: model.text(row, "jabatan"),
      assessment: nip.note ? { ...assessment, notes: [nip.note, ...assessment.notes] } : assessment,
    };
  });
}

export interface RecommendationSummary {
  readonly total: number;
  /** The rule set's predikat words, highest first, then any other rule set's word the rows use. */
  readonly byPredikat: readonly { readonly label: string; readonly count: number }[];
  readonly undetermined: number;
  readonly byKotak: readonly { readonly kotak: number; readonly kategori: string; readonly count: number }[];
  /** Per unit: counts in the order of byPredikat, then the undetermined count. */
  readonly byUnit: readonly { readonly unit: string; readonly total: number; readonly byLevel: readonly number[] }[];
  readonly eligible: { readonly talentPool: number; readonly pengembangan: number };
}

/** Summary rows: the rule set's words, then other words met in the rows (a Butuh Perbaikan on a PP 30 sheet). */
function summaryLabels(rows: readonly RecommendationRow[], settings: Settings): { label: string; level: PredikatLevel }[] {
  const labels = predikatLabels(settings.aturan);
  const extra = new Map<string, PredikatLevel>();
  for (const r of rows) {
    const p = r.assessment.predikat;
    if (p && !labels.some((l) => l.label === p.label)) extra.set(p.label, p.level);
  }
  const others = [...extra.entries()].map(([label, level]) => ({ label, level })).sort((a, b) => b.level - a.level);
  return [...labels, ...others];
}

/** Counts per predikat, talent box and unit: the panel's preview and the sheet's summary. */
export function summarize(rows: readonly RecommendationRow[], settings: Settings): RecommendationSummary {
  const labels = summaryLabels(rows, settings);
  const index = new Map(labels.map((l, i) => [l.label, i]));
  const perLabel = new Array<number>(labels.length).fill(0);
  const perBox = new Map<number, number>();
  const perUnit = new Map<string, number[]>();
  let undetermined = 0;
  let talentPool = 0;
  let pengembangan = 0;
  for (const r of rows) {
    const p = r.assessment.predikat;
    const idx = p ? (index.get(p.label) as number) : labels.length;
    if (p) perLabel[idx]++;
    else undetermined++;
    if (r.assessment.kotak !== undefined) perBox.set(r.assessment.kotak, (perBox.get(r.assessment.kotak) ?? 0) + 1);
    const unit = r.unit || "(tanpa unit)";
    const counts = perUnit.get(unit) ?? new Array<number>(labels.length + 1).fill(0);
    counts[idx]++;
    perUnit.set(unit, counts);
    if (r.assessment.kelayakan === "Prioritas Talent Pool") talentPool++;
    if (r.assessment.kelayakan === "Prioritas Pengembangan Kompetensi") pengembangan++;
  }
  return {
    total: rows.length,
    byPredikat: labels.map((l, i) => ({ label: l.label, count: perLabel[i] })),
    undetermined,
    byKotak: [9, 8, 7, 6, 5, 4, 3, 2, 1].map((k) => ({ kotak: k, kategori: REKOMENDASI_KOTAK[k as 1].kategori, count: perBox.get(k) ?? 0 })),
    byUnit: [...perUnit.entries()].map(([unit, counts]) => ({ unit, total: counts.reduce((a, b) => a + b, 0), byLevel: counts })),
    eligible: { talentPool, pengembangan },
  };
}

/** The assessment year: the setting, else a year in the title rows ("… TAHUN 2025"). */
export function assessmentYear(model: SheetModel, settings: Settings): number | undefined {
  if (settings.tahun) return settings.tahun;
  for (let r = 0; r < model.layout.headerRow; r++) {
    for (const cell of rowAt(model.sheet.values, r) ?? []) {
      const m = /\b(20\d{2})\b/.exec(cellText(cell));
      if (m) return Number(m[1]);
    }
  }
  // No title year: the current predikat's column may carry it ("Predikat 2025").
  const predikatCol = model.layout.columns.predikat;
  const header = predikatCol === undefined ? "" : model.layout.headerLabels[predikatCol] ?? "";
  const y = /\b(20\d{2})\b/.exec(header);
  return y ? Number(y[1]) : undefined;
}
