/**
 * The reward recommendation sheet ("Rekomendasi Penghargaan"): one row per employee with
 * predikat, expectation status, talent box and its Tabel 28 recommendation, two-year reward
 * eligibility and Tabel 31 reward types, plus summaries by predikat, talent box and unit, a chart
 * and a note with the rule set and date. Values only, so it reads right without the add-in.
 */
import { ATURAN_INFO } from "../core/aturan";
import { checkNip } from "../core/nip";
import { KUADRAN_LABEL_BY_LEVEL } from "../core/permenpanrb-6-2022";
import { PredikatLevel } from "../core/predikat";
import { jenisPenghargaan, KELAYAKAN_KETERANGAN } from "../core/penghargaan";
import { REKOMENDASI_KOTAK, rekomendasiTalenta } from "../core/talenta";
import { uniqueSheetName } from "./address";
import { RowAssessment, assessRow } from "./assessment";
import { SheetModel } from "./model";
import { Settings } from "./settings";
import { CellValue, cellText } from "./sheet-data";
import { RangeFormat, SheetWritePlan, TEXT_FORMAT } from "./write-plan";
import { GENERATED_MARKER, OWN_SHEET_MARKER } from "./flows/own-sheet";

export const RECOMMENDATION_BASE_NAME = "Rekomendasi Penghargaan";

export interface RecommendationRow {
  readonly no: number;
  readonly sourceRow: number;
  readonly nip: string;
  readonly nama: string;
  readonly unit: string;
  readonly jabatan: string;
  readonly assessment: RowAssessment;
}

/** Predikat labels of the chosen rule set, highest first (for summaries and the chart). */
export function predikatLabels(settings: Settings): { level: PredikatLevel; label: string }[] {
  switch (settings.aturan) {
    case "PP30":
      return [5, 4, 3, 2, 1].map((l) => ({ level: l as PredikatLevel, label: ["", "Sangat Kurang", "Kurang", "Cukup", "Baik", "Sangat Baik"][l] }));
    case "PP46":
    case "KEMENKEU":
      return [5, 4, 3, 2, 1].map((l) => ({ level: l as PredikatLevel, label: ["", "Buruk", "Kurang", "Cukup", "Baik", "Sangat Baik"][l] }));
    case "POLRI":
      return [5, 4, 3, 2].map((l) => ({ level: l as PredikatLevel, label: ["", "", "Kurang", "Cukup", "Baik", "Sangat Baik"][l] }));
    case "PERMENPANRB6":
      return [5, 4, 3, 2, 1].map((l) => ({ level: l as PredikatLevel, label: KUADRAN_LABEL_BY_LEVEL[l as PredikatLevel] }));
  }
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
  readonly byPredikat: readonly { readonly label: string; readonly count: number }[];
  readonly undetermined: number;
  readonly byKotak: readonly { readonly kotak: number; readonly kategori: string; readonly count: number }[];
  readonly byUnit: readonly { readonly unit: string; readonly total: number; readonly byLevel: readonly number[] }[];
  readonly eligible: { readonly talentPool: number; readonly pengembangan: number };
}

/** Counts per predikat, talent box and unit: the panel's preview and the sheet's summary. */
export function summarize(rows: readonly RecommendationRow[], settings: Settings): RecommendationSummary {
  const labels = predikatLabels(settings);
  const perLevel = new Map<PredikatLevel, number>();
  const perBox = new Map<number, number>();
  const perUnit = new Map<string, number[]>();
  let undetermined = 0;
  let talentPool = 0;
  let pengembangan = 0;
  for (const r of rows) {
    const level = r.assessment.predikat?.level;
    if (level === undefined) undetermined++;
    else perLevel.set(level, (perLevel.get(level) ?? 0) + 1);
    if (r.assessment.kotak !== undefined) perBox.set(r.assessment.kotak, (perBox.get(r.assessment.kotak) ?? 0) + 1);
    const unit = r.unit || "(tanpa unit)";
    const counts = perUnit.get(unit) ?? new Array(labels.length + 1).fill(0);
    const idx = level === undefined ? labels.length : labels.findIndex((l) => l.level === level);
    counts[idx === -1 ? labels.length : idx]++;
    perUnit.set(unit, counts);
    if (r.assessment.kelayakan === "Prioritas Talent Pool") talentPool++;
    if (r.assessment.kelayakan === "Prioritas Pengembangan Kompetensi") pengembangan++;
  }
  return {
    total: rows.length,
    byPredikat: labels.map((l) => ({ label: l.label, count: perLevel.get(l.level) ?? 0 })),
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
    for (const cell of model.sheet.values[r] ?? []) {
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

export interface ExistingWorkbook {
  readonly sheetNames: readonly string[];
  /** Sheets the add-in generated earlier (registry + marker verified by the adapter). */
  readonly ownSheets: readonly string[];
  readonly tableNames: readonly string[];
}

/**
 * Where the new sheet goes: in place of our own sheet of that name (the adapter writes to a
 * temporary sheet and swaps it in only when complete), or under a free name — a user's sheet
 * with the wanted name is never touched.
 */
export function chooseSheetName(wanted: string, existing: ExistingWorkbook, shortForm?: string): { name: string; replaces?: string } {
  const free = uniqueSheetName(wanted, existing.sheetNames.filter((n) => !existing.ownSheets.includes(n)), shortForm);
  const own = existing.ownSheets.find((n) => n.toLowerCase() === free.toLowerCase());
  return own ? { name: own, replaces: own } : { name: uniqueSheetName(wanted, existing.sheetNames, shortForm) };
}

function uniqueTableName(existing: readonly string[]): string {
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  let name = "TabelRekomendasi";
  for (let i = 2; taken.has(name.toLowerCase()); i++) name = `TabelRekomendasi${i}`;
  return name;
}

const HEADER = [
  "No",
  "NIP",
  "Nama",
  "Unit Kerja",
  "Jabatan",
  "Nilai Kinerja",
  "Predikat",
  "Status Ekspektasi",
  "Potensial",
  "Kotak Talenta",
  "Rekomendasi Talenta (Tabel 28)",
  "Predikat Tahun Lalu",
  "Kelayakan Penghargaan (PP 30/2019 Ps. 53)",
  "Jenis Penghargaan (Tabel 31)",
  "Catatan",
] as const;

const WIDTHS = [5, 21, 28, 24, 24, 11, 16, 19, 11, 9, 48, 16, 30, 52, 40];
const TEXT_COLS = [1, 2, 3, 4, 6, 7, 8, 10, 11, 12, 13, 14];

function dataRow(r: RecommendationRow, settings: Settings): CellValue[] {
  const a = r.assessment;
  const lastYear = a.predikatTahunLalu !== undefined ? predikatLabels(settings).find((l) => l.level === a.predikatTahunLalu)?.label ?? "" : "";
  const notes = [...a.notes];
  if (a.predikatSource === "tertulis") notes.unshift("predikat diambil dari lembar (tidak dapat dihitung dari nilai)");
  return [
    r.no,
    r.nip,
    r.nama,
    r.unit,
    r.jabatan,
    a.score ?? null,
    a.predikat?.label ?? "",
    a.ekspektasi ?? "",
    a.potensial ?? "",
    a.kotak ?? null,
    a.kotak !== undefined ? rekomendasiTalenta(a.kotak) : "",
    lastYear,
    a.kelayakan ?? "",
    a.predikat ? jenisPenghargaan(a.predikat.level).join("; ") || "Tidak Ada" : "",
    notes.join("; "),
  ];
}

function formatDate(d: Date): string {
  return `${String(d.getDate()).padStart(2, "0")}-${String(d.getMonth() + 1).padStart(2, "0")}-${d.getFullYear()}`;
}

export interface RecommendationBuild {
  readonly plan: SheetWritePlan;
  readonly rows: readonly RecommendationRow[];
  readonly summary: RecommendationSummary;
}

const HEADER_FILL = "#0F6CBD";
const TABLE_TOP = 4;
const SUMMARY_COL = HEADER.length + 1;

export function buildRecommendation(model: SheetModel, settings: Settings, existing: ExistingWorkbook, today: Date, assess?: AssessRow): RecommendationBuild {
  const rows = recommendationRows(model, settings, today, assess);
  const summary = summarize(rows, settings);
  const year = assessmentYear(model, settings);
  const wanted = year ? `${RECOMMENDATION_BASE_NAME} ${year}` : RECOMMENDATION_BASE_NAME;
  const { name, replaces } = chooseSheetName(wanted, existing, year ? `Rekomendasi ${year}` : "Rekomendasi");
  const rule = ATURAN_INFO[settings.aturan];

  const title = `REKOMENDASI PENGHARGAAN KINERJA PNS${year ? ` TAHUN ${year}` : ""}`;
  const note = `${GENERATED_MARKER} pada ${formatDate(today)} dari lembar "${model.sheet.name}" · aturan ${rule.nama} (${rule.sumber}) · kotak talenta PermenPANRB 3/2020, penghargaan PP 30/2019 Pasal 53 dan LAN Tabel 31. Isinya nilai tetap: buat ulang dari panel bila data sumber berubah.`;
  const body = rows.map((r) => dataRow(r, settings));
  const tableRange = { row: TABLE_TOP, col: 0, rows: body.length + 1, cols: HEADER.length };

  // Summaries to the right of the table, so the table can be filtered and grow freely.
  const labels = predikatLabels(settings);
  const predikatBlock: CellValue[][] = [["Predikat", "Jumlah", "Persen"]];
  for (const p of summary.byPredikat) predikatBlock.push([p.label, p.count, summary.total ? p.count / summary.total : 0]);
  if (summary.undetermined > 0) predikatBlock.push(["Tidak dapat ditentukan", summary.undetermined, summary.undetermined / summary.total]);
  predikatBlock.push(["Jumlah", summary.total, summary.total ? 1 : 0]);

  const kotakTop = TABLE_TOP + predikatBlock.length + 3;
  const kotakBlock: CellValue[][] = [["Kotak", "Kategori", "Jumlah"], ...summary.byKotak.map((k) => [k.kotak, k.kategori, k.count])];

  const unitTop = kotakTop + kotakBlock.length + 3;
  const unitBlock: CellValue[][] = [
    ["Unit Kerja", "Jumlah", ...labels.map((l) => l.label), "Tidak dapat ditentukan"],
    ...summary.byUnit.map((u) => [u.unit, u.total, ...u.byLevel]),
  ];

  const eligibleTop = unitTop + unitBlock.length + 3;
  const eligibleBlock: CellValue[][] = [
    ["Kelayakan Penghargaan", "Jumlah", "Keterangan"],
    ["Prioritas Talent Pool", summary.eligible.talentPool, KELAYAKAN_KETERANGAN["Prioritas Talent Pool"]],
    ["Prioritas Pengembangan Kompetensi", summary.eligible.pengembangan, KELAYAKAN_KETERANGAN["Prioritas Pengembangan Kompetensi"]],
  ];

  const S = SUMMARY_COL;
  const section = (row: number, text: string): { row: number; col: number; values: CellValue[][] } => ({ row, col: S, values: [[text]] });
  const blocks = [
    { row: 0, col: 0, values: [[title]] },
    { row: OWN_SHEET_MARKER.row, col: OWN_SHEET_MARKER.col, values: [[note]] },
    { row: 2, col: 0, values: [[`Jumlah pegawai: ${summary.total} · Prioritas talent pool: ${summary.eligible.talentPool} · Prioritas pengembangan kompetensi: ${summary.eligible.pengembangan}`]] },
    { row: TABLE_TOP, col: 0, values: [[...HEADER], ...body] },
    section(TABLE_TOP - 1, "Ringkasan per Predikat"),
    { row: TABLE_TOP, col: S, values: predikatBlock },
    section(kotakTop - 1, "Ringkasan per Kotak Talenta (PermenPANRB 3/2020)"),
    { row: kotakTop, col: S, values: kotakBlock },
    section(unitTop - 1, "Ringkasan per Unit Kerja"),
    { row: unitTop, col: S, values: unitBlock },
    section(eligibleTop - 1, "Kelayakan Penghargaan Dua Tahun"),
    { row: eligibleTop, col: S, values: eligibleBlock },
  ];

  const dataRows = Math.max(body.length, 1);
  const formats: RangeFormat[] = [
    ...TEXT_COLS.map((col) => ({ range: { row: TABLE_TOP + 1, col, rows: dataRows, cols: 1 }, numberFormat: TEXT_FORMAT })),
    { range: { row: TABLE_TOP + 1, col: 0, rows: dataRows, cols: 1 }, numberFormat: "0" },
    { range: { row: TABLE_TOP + 1, col: 5, rows: dataRows, cols: 1 }, numberFormat: "0.00" },
    { range: { row: TABLE_TOP + 1, col: 9, rows: dataRows, cols: 1 }, numberFormat: "0" },
    { range: { row: TABLE_TOP + 1, col: 10, rows: dataRows, cols: 1 }, wrap: true },
    { range: { row: TABLE_TOP + 1, col: 13, rows: dataRows, cols: 1 }, wrap: true },
    { range: { row: 0, col: 0, rows: 1, cols: 1 }, bold: true, fontSize: 14 },
    { range: { row: 1, col: 0, rows: 2, cols: 1 }, italic: true, fontColor: "#605E5C" },
    { range: { row: TABLE_TOP, col: 0, rows: 1, cols: HEADER.length }, bold: true, wrap: true },
    // Text the officer typed (unit names) is written as text in the summaries too.
    { range: { row: unitTop + 1, col: S, rows: Math.max(summary.byUnit.length, 1), cols: 1 }, numberFormat: TEXT_FORMAT },
    { range: { row: TABLE_TOP + 1, col: S + 2, rows: predikatBlock.length - 1, cols: 1 }, numberFormat: "0.0%" },
    ...[TABLE_TOP - 1, kotakTop - 1, unitTop - 1, eligibleTop - 1].map((row) => ({ range: { row, col: S, rows: 1, cols: 1 }, bold: true })),
    ...[TABLE_TOP, kotakTop, unitTop, eligibleTop].map((row, i) => ({
      range: { row, col: S, rows: 1, cols: [3, 3, unitBlock[0].length, 3][i] },
      bold: true,
      fill: HEADER_FILL,
      fontColor: "#FFFFFF",
    })),
  ];

  const plan: SheetWritePlan = {
    sheetName: name,
    replaces,
    blocks,
    formats,
    columnWidths: [...WIDTHS.map((width, col) => ({ col, width })), { col: S, width: 34 }, { col: S + 1, width: 12 }, { col: S + 2, width: 14 }],
    freezeRows: TABLE_TOP + 1,
    // An Excel table needs a data row; a sheet without employees gets the header only.
    table: body.length > 0 ? { range: tableRange, name: uniqueTableName(existing.tableNames), style: "TableStyleMedium2" } : undefined,
    chart: {
      title: `Sebaran Predikat (${rule.nama})`,
      source: { row: TABLE_TOP, col: S, rows: summary.byPredikat.length + 1, cols: 2 },
      anchor: { row: TABLE_TOP, col: S + 4, rows: 16, cols: 7 },
    },
    autofitRows: { row: TABLE_TOP, col: 0, rows: body.length + 1, cols: HEADER.length },
    print: { area: { row: 0, col: 0, rows: TABLE_TOP + 1 + body.length, cols: HEADER.length }, titleRow: TABLE_TOP },
    marker: { row: OWN_SHEET_MARKER.row, col: OWN_SHEET_MARKER.col, text: note },
  };
  return { plan, rows, summary };
}
