/**
 * The reward recommendation sheet ("Rekomendasi Penghargaan") laid out: the employee table (one
 * column descriptor per column), the summaries beside it, a chart and a note with the rule set
 * and date. Values only, so it reads right without the add-in. The content comes from
 * recommendation-rows.ts.
 */
import { ATURAN } from "../core/aturan";
import { jenisPenghargaan, KELAYAKAN_KETERANGAN } from "../core/penghargaan";
import { rekomendasiTalenta } from "../core/talenta";
import { uniqueSheetName } from "./address";
import { SheetModel } from "./model";
import { AssessRow, assessmentYear, RecommendationRow, recommendationRows, RecommendationSummary, summarize } from "./recommendation-rows";
import { Settings } from "./settings";
import { CellValue } from "./sheet-data";
import { RangeFormat, SheetWritePlan, TEXT_FORMAT } from "./write-plan";
import { GENERATED_MARKER, OWN_SHEET_MARKER } from "./flows/own-sheet";

export * from "./recommendation-rows";

export const RECOMMENDATION_BASE_NAME = "Rekomendasi Penghargaan";

/** One column of the employee table: header, width, how its cells look and what they hold. */
interface TableColumn {
  readonly header: string;
  readonly width: number;
  readonly format?: "text" | "integer" | "decimal";
  readonly wrap?: boolean;
  readonly value: (r: RecommendationRow) => CellValue;
}

function notesOf(r: RecommendationRow): string {
  const notes = [...r.assessment.notes];
  if (r.assessment.predikatSource === "tertulis") notes.unshift("predikat diambil dari lembar (tidak dapat dihitung dari nilai)");
  return notes.join("; ");
}

const RATING_COLUMNS: readonly TableColumn[] = [
  { header: "Rating Hasil Kerja", width: 19, format: "text", value: (r) => r.assessment.ratingHasilKerja ?? "" },
  { header: "Rating Perilaku", width: 19, format: "text", value: (r) => r.assessment.ratingPerilaku ?? "" },
];

/** The table's columns; the two PermenPANRB 6/2022 ratings appear when the source sheet has them. */
function tableColumns(withRatings: boolean): readonly TableColumn[] {
  return [
    { header: "No", width: 5, format: "integer", value: (r) => r.no },
    { header: "NIP", width: 21, format: "text", value: (r) => r.nip },
    { header: "Nama", width: 28, format: "text", value: (r) => r.nama },
    { header: "Unit Kerja", width: 24, format: "text", value: (r) => r.unit },
    { header: "Jabatan", width: 24, format: "text", value: (r) => r.jabatan },
    { header: "Nilai Kinerja", width: 11, format: "decimal", value: (r) => r.assessment.score ?? null },
    { header: "Predikat", width: 16, format: "text", value: (r) => r.assessment.predikat?.label ?? "" },
    ...(withRatings ? RATING_COLUMNS : []),
    { header: "Status Ekspektasi", width: 19, format: "text", value: (r) => r.assessment.ekspektasi ?? "" },
    { header: "Potensial", width: 11, format: "text", value: (r) => r.assessment.potensial ?? "" },
    { header: "Kotak Talenta", width: 9, format: "integer", value: (r) => r.assessment.kotak ?? null },
    {
      header: "Rekomendasi Talenta (Tabel 28)",
      width: 48,
      format: "text",
      wrap: true,
      value: (r) => (r.assessment.kotak !== undefined ? rekomendasiTalenta(r.assessment.kotak) : ""),
    },
    { header: "Predikat Tahun Lalu", width: 16, format: "text", value: (r) => r.assessment.predikatTahunLalu?.label ?? "" },
    { header: "Kelayakan Penghargaan (PP 30/2019 Ps. 53)", width: 30, format: "text", value: (r) => r.assessment.kelayakan ?? "" },
    {
      header: "Jenis Penghargaan (Tabel 31)",
      width: 52,
      format: "text",
      wrap: true,
      value: (r) => (r.assessment.predikat ? jenisPenghargaan(r.assessment.predikat.level).join("; ") || "Tidak Ada" : ""),
    },
    { header: "Catatan", width: 40, format: "text", value: notesOf },
  ];
}

const NUMBER_FORMATS = { text: TEXT_FORMAT, integer: "0", decimal: "0.00" } as const;

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

export function buildRecommendation(model: SheetModel, settings: Settings, existing: ExistingWorkbook, today: Date, assess?: AssessRow): RecommendationBuild {
  const rows = recommendationRows(model, settings, today, assess);
  const summary = summarize(rows, settings);
  const year = assessmentYear(model, settings);
  const wanted = year ? `${RECOMMENDATION_BASE_NAME} ${year}` : RECOMMENDATION_BASE_NAME;
  const { name, replaces } = chooseSheetName(wanted, existing, year ? `Rekomendasi ${year}` : "Rekomendasi");
  const rule = ATURAN[settings.aturan];

  const title = `REKOMENDASI PENGHARGAAN KINERJA PNS${year ? ` TAHUN ${year}` : ""}`;
  const withRatings = model.has("ratingHasilKerja") && model.has("ratingPerilaku");
  const fromRatings = withRatings ? " · status ekspektasi dari rating hasil kerja dan perilaku (PermenPANRB 6/2022)" : "";
  const note = `${GENERATED_MARKER} pada ${formatDate(today)} dari lembar "${model.sheet.name}" · aturan ${rule.nama} (${rule.sumber})${fromRatings} · kotak talenta PermenPANRB 3/2020, penghargaan PP 30/2019 Pasal 53 dan LAN Tabel 31. Isinya nilai tetap: buat ulang dari panel bila data sumber berubah.`;
  const columns = tableColumns(withRatings);
  const header = columns.map((c) => c.header);
  const body = rows.map((r) => columns.map((c) => c.value(r)));
  const width = columns.length;
  const tableRange = { row: TABLE_TOP, col: 0, rows: body.length + 1, cols: width };

  // Summaries to the right of the table, so the table can be filtered and grow freely.
  const predikatBlock: CellValue[][] = [["Predikat", "Jumlah", "Persen"]];
  for (const p of summary.byPredikat) predikatBlock.push([p.label, p.count, summary.total ? p.count / summary.total : 0]);
  if (summary.undetermined > 0) predikatBlock.push(["Tidak dapat ditentukan", summary.undetermined, summary.undetermined / summary.total]);
  predikatBlock.push(["Jumlah", summary.total, summary.total ? 1 : 0]);

  const kotakTop = TABLE_TOP + predikatBlock.length + 3;
  const kotakBlock: CellValue[][] = [["Kotak", "Kategori", "Jumlah"], ...summary.byKotak.map((k) => [k.kotak, k.kategori, k.count])];

  const unitTop = kotakTop + kotakBlock.length + 3;
  const unitBlock: CellValue[][] = [
    ["Unit Kerja", "Jumlah", ...summary.byPredikat.map((p) => p.label), "Tidak dapat ditentukan"],
    ...summary.byUnit.map((u) => [u.unit, u.total, ...u.byLevel]),
  ];

  const eligibleTop = unitTop + unitBlock.length + 3;
  const eligibleBlock: CellValue[][] = [
    ["Kelayakan Penghargaan", "Jumlah", "Keterangan"],
    ["Prioritas Talent Pool", summary.eligible.talentPool, KELAYAKAN_KETERANGAN["Prioritas Talent Pool"]],
    ["Prioritas Pengembangan Kompetensi", summary.eligible.pengembangan, KELAYAKAN_KETERANGAN["Prioritas Pengembangan Kompetensi"]],
  ];

  const S = width + 1;
  const section = (row: number, text: string): { row: number; col: number; values: CellValue[][] } => ({ row, col: S, values: [[text]] });
  const blocks = [
    { row: 0, col: 0, values: [[title]] },
    { row: OWN_SHEET_MARKER.row, col: OWN_SHEET_MARKER.col, values: [[note]] },
    { row: 2, col: 0, values: [[`Jumlah pegawai: ${summary.total} · Prioritas talent pool: ${summary.eligible.talentPool} · Prioritas pengembangan kompetensi: ${summary.eligible.pengembangan}`]] },
    { row: TABLE_TOP, col: 0, values: [header, ...body] },
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
    ...columns.flatMap((c, col) => (c.format ? [{ range: { row: TABLE_TOP + 1, col, rows: dataRows, cols: 1 }, numberFormat: NUMBER_FORMATS[c.format] }] : [])),
    ...columns.flatMap((c, col) => (c.wrap ? [{ range: { row: TABLE_TOP + 1, col, rows: dataRows, cols: 1 }, wrap: true }] : [])),
    { range: { row: 0, col: 0, rows: 1, cols: 1 }, bold: true, fontSize: 14 },
    { range: { row: 1, col: 0, rows: 2, cols: 1 }, italic: true, fontColor: "#605E5C" },
    { range: { row: TABLE_TOP, col: 0, rows: 1, cols: width }, bold: true, wrap: true },
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
    columnWidths: [...columns.map((c, col) => ({ col, width: c.width })), { col: S, width: 34 }, { col: S + 1, width: 12 }, { col: S + 2, width: 14 }],
    freezeRows: TABLE_TOP + 1,
    // An Excel table needs a data row; a sheet without employees gets the header only.
    table: body.length > 0 ? { range: tableRange, name: uniqueTableName(existing.tableNames), style: "TableStyleMedium2" } : undefined,
    chart: {
      title: `Sebaran Predikat (${rule.nama})`,
      source: { row: TABLE_TOP, col: S, rows: summary.byPredikat.length + 1, cols: 2 },
      anchor: { row: TABLE_TOP, col: S + 4, rows: 16, cols: 7 },
    },
    autofitRows: { row: TABLE_TOP, col: 0, rows: body.length + 1, cols: width },
    print: { area: { row: 0, col: 0, rows: TABLE_TOP + 1 + body.length, cols: width }, titleRow: TABLE_TOP },
    marker: { row: OWN_SHEET_MARKER.row, col: OWN_SHEET_MARKER.col, text: note },
  };
  return { plan, rows, summary };
}
