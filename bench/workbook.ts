/**
 * Benchmark: the workbook engine (src/workbook) on synthetic agency recaps of 1,000 / 10,000 /
 * 50,000 / 200,000 employees, laid out like the kabupaten BKPSDM template (title rows, a two-row
 * merged header, a column-number row, units, a Jumlah row, a blank row and a signature block).
 * Rows are consistent under PP 30/2019 except for a few planted problems (about one row in a
 * thousand: NIP stored as a number, 17-digit NIP, duplicate NIP, wrong predikat, "95,5" as text,
 * #N/A, blank name, wrong talent box).
 *
 *   npx tsx bench/workbook.ts                 # table on stdout, JSON in bench/results/workbook.json
 *   BENCH_SIZES=50000 npx tsx bench/workbook.ts   # selected sizes only (e.g. under node --cpu-prof --import tsx)
 *
 * Timed: `validateSheet` (detection, row classification, every rule) and `buildRecommendation`
 * (model, assessment, plan with summaries). Median of 3 runs after 1 warm-up, per size.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { predikatPp30 } from "../src/core/pp30-2019";
import { ekspektasiFromLevel, PredikatLevel } from "../src/core/predikat";
import { PP30_LEVEL } from "../src/core/pp30-2019";
import { kotakTalenta, Potensial } from "../src/core/talenta";
import { tidy } from "../src/core/numeric";
import { buildRecommendation, CellValue, detectTable, planCellCount, SettingsSchema, SheetData, SheetModel, validateSheet } from "../src/workbook";

const DEFAULT_SIZES = [1_000, 10_000, 50_000, 200_000];
const WARMUPS = 1;
const RUNS = 3;
const TODAY = new Date(2026, 0, 15, 12);
const SETTINGS = SettingsSchema.parse({ aturan: "PP30" });
const WIDTH = 13;

const UNITS = Array.from({ length: 40 }, (_, i) =>
  i === 0 ? "Sekretariat" : i < 10 ? `Bidang ${["Mutasi", "Pengembangan", "Informasi", "Disiplin", "Pensiun", "Formasi", "Diklat", "Kesejahteraan", "Penilaian"][i - 1]}` : `UPT Wilayah ${i - 9}`,
);
const JABATAN = ["Analis SDM Aparatur", "Pengelola Kepegawaian", "Pranata Komputer", "Pengadministrasi Umum", "Bendahara", "Kepala Seksi", "Kepala Bidang", "Arsiparis"];
const NAMES = ["Ahmad", "Siti", "Budi", "Dewi", "Rudi", "Sri", "Agus", "Nur", "Hendra", "Putri", "Yoga", "Lia", "Fajar", "Rina", "Dedi", "Maya"];
const SURNAMES = ["Fauzi", "Wahyuni", "Hartono", "Lestari", "Saputra", "Setiawan", "Aini", "Priyono", "Nugroho", "Rahmawati", "Kurniawan", "Pratama"];
const POTENSIAL: readonly Potensial[] = ["Rendah", "Menengah", "Tinggi"];
const LABEL_BY_LEVEL: Record<PredikatLevel, string> = { 5: "Sangat Baik", 4: "Baik", 3: "Cukup", 2: "Kurang", 1: "Sangat Kurang" };

const pad = (n: number, width: number) => String(n).padStart(width, "0");

/** A valid, unique NIP for employee i (birth 1965–1999, TMT 23–27 years later, sequence by block). */
function nipOf(i: number): string {
  const year = 1965 + (i % 35);
  const month = 1 + (Math.floor(i / 35) % 12);
  const day = 1 + (Math.floor(i / 420) % 28);
  const tmtYear = year + 23 + (i % 5);
  const tmtMonth = 1 + (i % 12);
  const gender = 1 + (i % 2);
  const seq = 1 + Math.floor(i / 11_760);
  return `${year}${pad(month, 2)}${pad(day, 2)}${tmtYear}${pad(tmtMonth, 2)}${gender}${pad(seq, 3)}`;
}

function employee(i: number): CellValue[] {
  const skp = 40 + ((i * 7) % 81); // 40–120
  const perilaku = 50 + ((i * 13) % 71); // 50–120
  const nilai = tidy(skp * 0.7 + perilaku * 0.3);
  const inovasi = i % 3 === 0 ? "Ya" : "";
  const predikatResult = predikatPp30(nilai, inovasi !== "");
  const predikat = predikatResult.ok ? predikatResult.value : "Baik";
  const potensial = POTENSIAL[i % 3];
  const kotak = kotakTalenta(ekspektasiFromLevel(PP30_LEVEL[predikat]), potensial);
  const lastYear = LABEL_BY_LEVEL[(1 + ((i * 5) % 5)) as PredikatLevel];
  return [
    i + 1,
    nipOf(i),
    `${NAMES[i % NAMES.length]} ${SURNAMES[(i * 7) % SURNAMES.length]}`,
    JABATAN[i % JABATAN.length],
    UNITS[Math.floor(i / 50) % UNITS.length],
    skp,
    perilaku,
    nilai,
    predikat,
    inovasi,
    potensial,
    kotak,
    lastYear,
  ];
}

/** About one row in a thousand gets one of the problems officers actually submit. */
function plant(row: CellValue[], i: number, planted: Map<string, number>): void {
  if (i === 0 || i % 1_000 !== 500) return;
  const kinds = ["nip-angka", "nip-17", "nip-ganda", "predikat", "teks-angka", "error", "nama-kosong", "kotak"] as const;
  const kind = kinds[Math.floor(i / 1_000) % kinds.length];
  planted.set(kind, (planted.get(kind) ?? 0) + 1);
  switch (kind) {
    case "nip-angka":
      row[1] = Number(row[1]);
      break;
    case "nip-17":
      row[1] = String(row[1]).slice(0, 17);
      break;
    case "nip-ganda":
      row[1] = nipOf(i - 1);
      break;
    case "predikat":
      row[8] = row[8] === "Cukup" ? "Baik" : "Cukup";
      break;
    case "teks-angka":
      row[6] = String(row[6]).replace(".", ",") + ",0";
      break;
    case "error":
      row[5] = { error: "#N/A" };
      break;
    case "nama-kosong":
      row[2] = "";
      break;
    case "kotak":
      row[11] = row[11] === 9 ? 8 : 9;
      break;
  }
}

function blank(): CellValue[] {
  return new Array<CellValue>(WIDTH).fill("");
}

function syntheticSheet(n: number): { sheet: SheetData; planted: Map<string, number> } {
  const planted = new Map<string, number>();
  const values: CellValue[][] = [
    ["REKAPITULASI PENILAIAN KINERJA PNS TAHUN 2025", ...blank().slice(1)],
    ["BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA KABUPATEN SUKAMAJU", ...blank().slice(1)],
    blank(),
    ["No", "NIP", "Nama", "Jabatan", "Unit Kerja", "Nilai", "", "Nilai Kinerja", "Predikat", "Inovasi", "Potensial", "Kotak Talenta", "Predikat Tahun Lalu"],
    ["", "", "", "", "", "SKP", "Perilaku", "", "", "", "", "", ""],
    Array.from({ length: WIDTH }, (_, c) => c + 1),
  ];
  for (let i = 0; i < n; i++) {
    const row = employee(i);
    plant(row, i, planted);
    values.push(row);
  }
  values.push(["Jumlah", "", "", "", "", "", "", "", "", "", "", "", ""], blank());
  for (const line of ["Sukamaju, 15 Januari 2026", "Mengetahui,", "Kepala Badan", "", "Drs. H. MUHAMMAD YUSUF, M.Si.", "NIP. 19700101 199503 1 001"]) {
    const row = blank();
    row[9] = line;
    values.push(row);
  }
  return { sheet: { name: "Rekap 2025", startRow: 0, startCol: 0, values }, planted };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function time<T>(fn: () => T): { ms: number; result: T } {
  const t0 = performance.now();
  const result = fn();
  return { ms: performance.now() - t0, result };
}

interface SizeResult {
  readonly rows: number;
  readonly validateMs: number;
  readonly recommendMs: number;
  readonly validateMsPer1000: number;
  readonly recommendMsPer1000: number;
  readonly findings: number;
  readonly errors: number;
  readonly warnings: number;
  readonly findingsByCode: Record<string, number>;
  readonly planted: Record<string, number>;
  readonly planCells: number;
  readonly validateRunsMs: number[];
  readonly recommendRunsMs: number[];
}

function benchSize(n: number): SizeResult {
  const { sheet, planted } = syntheticSheet(n);
  const layout = detectTable(sheet);
  if (!layout) throw new Error("synthetic sheet has no table");
  const existing = { sheetNames: [sheet.name], ownSheets: [], tableNames: [] };

  const validate = () => validateSheet(sheet, { settings: SETTINGS, today: TODAY });
  const recommend = () => buildRecommendation(new SheetModel(sheet, layout), SETTINGS, existing, TODAY);

  for (let w = 0; w < WARMUPS; w++) {
    validate();
    recommend();
  }
  const validateRuns: number[] = [];
  const recommendRuns: number[] = [];
  let report = validate();
  let build = recommend();
  for (let r = 0; r < RUNS; r++) {
    const v = time(validate);
    validateRuns.push(v.ms);
    report = v.result;
    const b = time(recommend);
    recommendRuns.push(b.ms);
    build = b.result;
  }
  if (report.rowsChecked !== n) throw new Error(`expected ${n} rows checked, got ${report.rowsChecked}`);
  if (build.rows.length !== n) throw new Error(`expected ${n} recommendation rows, got ${build.rows.length}`);
  const byCode: Record<string, number> = {};
  for (const f of report.findings) byCode[f.code] = (byCode[f.code] ?? 0) + 1;
  const validateMs = median(validateRuns);
  const recommendMs = median(recommendRuns);
  return {
    rows: n,
    validateMs,
    recommendMs,
    validateMsPer1000: (validateMs / n) * 1000,
    recommendMsPer1000: (recommendMs / n) * 1000,
    findings: report.findings.length,
    errors: report.counts.errors,
    warnings: report.counts.warnings,
    findingsByCode: byCode,
    planted: Object.fromEntries(planted),
    planCells: planCellCount(build.plan),
    validateRunsMs: validateRuns,
    recommendRunsMs: recommendRuns,
  };
}

function main(): void {
  const sizes = process.env.BENCH_SIZES ? process.env.BENCH_SIZES.split(",").map(Number) : DEFAULT_SIZES;
  const results: SizeResult[] = [];
  const fmt = (x: number, d = 1) => x.toFixed(d).padStart(9);
  console.log(`Kinerja ASN — workbook engine benchmark (median of ${RUNS} runs after ${WARMUPS} warm-up; node ${process.version}; ${cpus()[0]?.model ?? "cpu"})`);
  console.log("     rows | validate ms | ms/1000 | recommend ms | ms/1000 | findings (err/warn)");
  console.log("----------+-------------+---------+--------------+---------+--------------------");
  for (const n of sizes) {
    const r = benchSize(n);
    results.push(r);
    console.log(
      `${String(n).padStart(9)} | ${fmt(r.validateMs)}   | ${fmt(r.validateMsPer1000, 2).slice(2)} | ${fmt(r.recommendMs)}    | ${fmt(r.recommendMsPer1000, 2).slice(2)} | ${r.findings} (${r.errors}/${r.warnings})`,
    );
  }
  const dir = join(__dirname, "results");
  mkdirSync(dir, { recursive: true });
  const out = join(dir, "workbook.json");
  writeFileSync(
    out,
    JSON.stringify({ date: new Date().toISOString(), node: process.version, cpu: cpus()[0]?.model, runs: RUNS, warmups: WARMUPS, aturan: SETTINGS.aturan, results }, null, 2),
  );
  console.log(`\nJSON: ${out}`);
}

main();
