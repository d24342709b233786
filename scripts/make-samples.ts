/**
 * Writes the sample workbooks in samples/ and samples/README.md:
 *   dinas-bersih.xlsx      a clean agency recap (PP 30/2019), 320 employees in 6 units
 *   dinas-bermasalah.xlsx  the same recap with every planted problem of scripts/sample-data.ts
 *   iku-kemenkeu.xlsx      a clean Kemenkeu IKU sheet and a sheet "IKU Bermasalah"
 *   polri.xlsx             a clean Polri recap (PNS Polri, 0–100 scale)
 *
 * Run with `npx tsx scripts/make-samples.ts`. Deterministic: names and scores come from a
 * seeded PRNG (mulberry32), the document timestamps are fixed and the .xlsx zip is re-packed
 * with a fixed entry date, so two runs give byte-identical files.
 *
 * The scores, predikat and talent boxes are computed here from the regulation (PP 30/2019
 * Pasal 41, PermenPANRB 3/2020, Polri Rentang Nilai, KMK 467/2014), not with the add-in's
 * engine, so validating the clean files is a cross-check of the engine, not a tautology.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { ruleInfo } from "../src/workbook/rules";
import { EMPTY_STATE, encodeState, STATE_SHEET_NAME, WorkbookState } from "../src/workbook/workbook-state";
import {
  BLANK_ROW_BEFORE_EMPLOYEE,
  DINAS_COLUMNS,
  DINAS_LAYOUT,
  DINAS_PLANTS,
  FILES,
  FORMULA_LIKE_NAME,
  IKU_CLEAN,
  IKU_COLUMNS,
  IKU_LAYOUT,
  IKU_PROBLEMS,
  IkuOwner,
  IkuRow,
  ikuRowNumbers,
  PLANTED_PROBLEMS,
  SAMPLE_TIMESTAMP,
  SAMPLE_TODAY,
  SAMPLE_YEAR,
  SHEETS,
  SUSULAN_PLANT,
} from "./sample-data";

// ---------------------------------------------------------------------------------------------
// Seeded randomness
// ---------------------------------------------------------------------------------------------

type Rand = () => number;

/** mulberry32: a tiny, well-mixed 32-bit PRNG; the same seed gives the same sequence everywhere. */
export function mulberry32(seed: number): Rand {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(rand: Rand, list: readonly T[]): T => list[Math.floor(rand() * list.length)];
const between = (rand: Rand, lo: number, hi: number): number => lo + Math.floor(rand() * (hi - lo + 1));
const pad = (n: number, width: number): string => String(n).padStart(width, "0");
/** Two decimals, free of binary noise (0.7 × 95.5 + 0.3 × 90 → 93.85). */
const r2 = (x: number): number => Math.round(Number(x.toPrecision(12)) * 100) / 100;

// ---------------------------------------------------------------------------------------------
// Regulation rules, written out independently of src/core
// ---------------------------------------------------------------------------------------------

type Predikat = "Sangat Baik" | "Baik" | "Cukup" | "Kurang" | "Sangat Kurang";
type Potensial = "Tinggi" | "Menengah" | "Rendah";

/** PP 30/2019 Pasal 41 ayat (5): Sangat Baik needs 110–120 and an innovation. */
function predikatPp30(nilai: number, inovasi: boolean): Predikat {
  if (nilai >= 110) return inovasi ? "Sangat Baik" : "Baik";
  if (nilai >= 90) return "Baik";
  if (nilai >= 70) return "Cukup";
  if (nilai >= 50) return "Kurang";
  return "Sangat Kurang";
}

/** PermenPANRB 3/2020 (LAN Gambar 27): kinerja from the expectation status × potensial. */
function kotakTalenta(predikat: Predikat, potensial: Potensial): number {
  const row = predikat === "Sangat Baik" || predikat === "Baik" ? [4, 7, 9] : predikat === "Sangat Kurang" ? [1, 3, 6] : [2, 5, 8];
  return row[["Rendah", "Menengah", "Tinggi"].indexOf(potensial)];
}

/** Polri Rentang Nilai: round half up first, then 81–100 / 71–80 / 61–70 / ≤ 60. */
function predikatPolri(nilai: number): Predikat {
  const whole = Math.floor(nilai + 0.5 + 1e-9);
  if (whole >= 81) return "Sangat Baik";
  if (whole >= 71) return "Baik";
  if (whole >= 61) return "Cukup";
  return "Kurang";
}

/** KMK 467/2014 index, capped 0–120; undefined when it cannot be computed. */
function indeksIku(row: IkuRow): number | undefined {
  const { target: t, realisasi: r } = row;
  let x: number;
  switch (row.polarisasi) {
    case "Maximize":
      if (t === 0) return undefined;
      x = t > 0 ? (r / t) * 100 : (2 - r / t) * 100;
      break;
    case "Minimize":
      if (t === 0) {
        const w = row.terburuk;
        if (w === undefined || w <= 0) return undefined;
        x = r <= 0 ? 100 : r >= w ? 0 : ((w - r) / w) * 100;
      } else x = (2 - r / t) * 100;
      break;
    case "Stabilize": // no band columns: the target is the band
      if (t <= 0) return undefined;
      x = r > t ? (2 - r / t) * 100 : r < t ? (r / t) * 100 : 100;
      break;
    default:
      return undefined;
  }
  return r2(Math.min(120, Math.max(0, x)));
}

// ---------------------------------------------------------------------------------------------
// Employees
// ---------------------------------------------------------------------------------------------

const MALE_FIRST = [
  "Ahmad", "Budi", "Agus", "Dedi", "Hendra", "Rudi", "Joko", "Bambang", "Eko", "Fajar", "Rizky", "Andi", "Arif", "Yusuf",
  "Hadi", "Wahyu", "Teguh", "Dimas", "Irfan", "Gilang", "Aditya", "Bayu", "Yoga", "Dani", "Rahmat", "Imam", "Taufik",
  "Ilham", "Slamet", "Sugeng", "Ridwan", "Asep", "Ujang", "Dodi", "Heru", "Iwan", "Agung", "Surya", "Galih", "Reza",
  "Fikri", "Yudi", "Nanang", "Cecep", "Dadang", "Rendi", "Rizal", "Anton", "Firman", "Hasan",
];
const FEMALE_FIRST = [
  "Siti", "Sri", "Dewi", "Endang", "Nur", "Rina", "Fitri", "Ratna", "Wulan", "Ayu", "Putri", "Indah", "Yuni", "Dian",
  "Ani", "Nurul", "Eka", "Rika", "Maya", "Novi", "Intan", "Kartika", "Anisa", "Lina", "Tuti", "Yanti", "Lilis",
  "Neneng", "Euis", "Rini", "Desi", "Mega", "Nia", "Vina", "Ratih", "Diah", "Retno", "Ika", "Wiwin", "Aulia",
];
const MALE_LAST = [
  "Saputra", "Pratama", "Hidayat", "Kurniawan", "Setiawan", "Nugroho", "Hartono", "Susanto", "Gunawan", "Firmansyah",
  "Permana", "Wibowo", "Suryadi", "Ramadhan", "Hakim", "Maulana", "Santoso", "Prasetyo", "Purnomo", "Hermawan",
  "Suherman", "Sutrisno",
];
const FEMALE_LAST = [
  "Lestari", "Wahyuni", "Handayani", "Rahayu", "Puspitasari", "Anggraini", "Maharani", "Kusumawati", "Safitri",
  "Oktaviani", "Rahmawati", "Susanti", "Permatasari", "Novitasari", "Fitriani", "Nurhayati", "Yulianti", "Sulastri",
];
const NEUTRAL_LAST = ["Siregar", "Nasution", "Lubis", "Harahap", "Sinaga", "Situmorang", "Tanjung", "Simanjuntak", "Pohan", "Hasibuan", "Ginting", "Sembiring"];
const SARJANA = ["S.E.", "S.Kom.", "S.H.", "S.Psi.", "S.Sos.", "S.AP.", "S.I.P.", "S.Pd.", "S.T.", "S.Ak."];
const MAGISTER = ["M.Si.", "M.M.", "M.AP.", "M.Kom.", "M.Psi."];

const INOVASI = [
  "Aplikasi SIPENA (Sistem Informasi Penilaian Kinerja) untuk rekap SKP triwulanan",
  "Dasbor kehadiran dan kinerja pegawai berbasis data e-Kinerja",
  "Layanan kenaikan pangkat daring tanpa berkas fisik (SI-KAPAN)",
  "Modul e-learning etika dan budaya kerja ASN BerAKHLAK",
  "Tanda tangan elektronik untuk SK mutasi dan SK pensiun",
  "Formulir SKP digital yang terisi otomatis dari data jabatan",
  "Chatbot WhatsApp untuk pertanyaan layanan kepegawaian",
  "Penyederhanaan SOP cuti dari 7 menjadi 3 langkah",
  "Bank soal uji kompetensi teknis berbasis daring",
  "Peta jabatan interaktif untuk perencanaan kebutuhan pegawai",
  "Arsip digital dokumen kepegawaian dengan pencarian NIP",
  "Metode asesmen cepat berbasis simulasi untuk jabatan pengawas",
  "Kalender pengingat kenaikan gaji berkala otomatis",
  "Survei kepuasan layanan dengan kode QR di loket",
];

type JenisJabatan = "Administrator" | "Pengawas" | "Fungsional" | "Pelaksana";

interface UnitDef {
  readonly nama: string;
  readonly size: number;
  readonly kepala: { readonly jabatan: string; readonly jenis: JenisJabatan };
  readonly pengawas: readonly string[];
  readonly fungsional: readonly string[];
}

const PELAKSANA = [
  "Pengadministrasi Perkantoran",
  "Penata Layanan Operasional",
  "Pengelola Layanan Operasional",
  "Operator Layanan Operasional",
  "Pengolah Data dan Informasi",
  "Penelaah Teknis Kebijakan",
];

const UNITS: readonly UnitDef[] = [
  {
    nama: "Sekretariat",
    size: 56,
    kepala: { jabatan: "Sekretaris", jenis: "Administrator" },
    pengawas: ["Kepala Subbagian Umum dan Kepegawaian", "Kepala Subbagian Keuangan dan Aset", "Kepala Subbagian Perencanaan dan Evaluasi"],
    fungsional: ["Perencana Ahli Muda", "Perencana Ahli Pertama", "Analis Keuangan Pusat dan Daerah Ahli Pertama", "Arsiparis Ahli Pertama", "Arsiparis Terampil", "Pranata Komputer Ahli Pertama", "Pranata Keuangan APBN Terampil"],
  },
  {
    nama: "Bidang Mutasi dan Promosi",
    size: 58,
    kepala: { jabatan: "Kepala Bidang Mutasi dan Promosi", jenis: "Administrator" },
    pengawas: [],
    fungsional: ["Analis SDM Aparatur Ahli Muda", "Analis SDM Aparatur Ahli Pertama", "Pranata SDM Aparatur Mahir", "Pranata SDM Aparatur Terampil", "Analis Kebijakan Ahli Pertama"],
  },
  {
    nama: "Bidang Pengembangan Kompetensi",
    size: 54,
    kepala: { jabatan: "Kepala Bidang Pengembangan Kompetensi", jenis: "Administrator" },
    pengawas: [],
    fungsional: ["Widyaiswara Ahli Muda", "Widyaiswara Ahli Pertama", "Analis SDM Aparatur Ahli Muda", "Analis SDM Aparatur Ahli Pertama", "Pengembang Teknologi Pembelajaran Ahli Pertama", "Pranata SDM Aparatur Terampil"],
  },
  {
    nama: "Bidang Penilaian Kinerja dan Penghargaan",
    size: 52,
    kepala: { jabatan: "Kepala Bidang Penilaian Kinerja dan Penghargaan", jenis: "Administrator" },
    pengawas: [],
    fungsional: ["Analis SDM Aparatur Ahli Muda", "Analis SDM Aparatur Ahli Pertama", "Auditor Kepegawaian Ahli Pertama", "Pranata SDM Aparatur Mahir", "Pranata SDM Aparatur Terampil"],
  },
  {
    nama: "Bidang Pengadaan, Pemberhentian dan Informasi",
    size: 56,
    kepala: { jabatan: "Kepala Bidang Pengadaan, Pemberhentian dan Informasi", jenis: "Administrator" },
    pengawas: [],
    fungsional: ["Analis SDM Aparatur Ahli Pertama", "Pranata Komputer Ahli Muda", "Pranata Komputer Ahli Pertama", "Pranata Komputer Mahir", "Statistisi Ahli Pertama", "Arsiparis Terampil"],
  },
  {
    nama: "UPT Assessment Center",
    size: 44,
    kepala: { jabatan: "Kepala UPT Assessment Center", jenis: "Pengawas" },
    pengawas: ["Kepala Subbagian Tata Usaha"],
    fungsional: ["Asesor SDM Aparatur Ahli Madya", "Asesor SDM Aparatur Ahli Muda", "Asesor SDM Aparatur Ahli Pertama", "Psikolog Klinis Ahli Muda", "Psikolog Klinis Ahli Pertama"],
  },
];

interface Person {
  readonly nip: string;
  readonly nama: string;
  readonly male: boolean;
  readonly tmtYear: number;
}

interface Employee extends Person {
  readonly no: number;
  readonly jabatan: string;
  readonly unit: string;
  readonly jenis: JenisJabatan;
  readonly skp: number;
  readonly perilaku: number;
  readonly akhir: number;
  readonly predikat: Predikat;
  readonly inovasi?: string;
  readonly predikatLalu?: Predikat;
  readonly potensial: Potensial;
  readonly kotak: number;
}

/** Makes people with valid, unique NIPs and names that match the NIP's gender digit. */
class PersonMaker {
  private readonly used = new Set<string>();
  constructor(private readonly rand: Rand) {}

  make(jenis: JenisJabatan, jabatan: string): Person {
    const rand = this.rand;
    const male = rand() < 0.52;
    const [lo, hi] = jenis === "Administrator" ? [1968, 1979] : jenis === "Pengawas" ? [1972, 1988] : jenis === "Fungsional" ? [1970, 1999] : [1968, 2001];
    const year = between(rand, lo, hi);
    const month = between(rand, 1, 12);
    const day = between(rand, 1, new Date(Date.UTC(year, month, 0)).getUTCDate());
    const latest = Math.min(2024, year + 34);
    const tmtYear = between(rand, Math.max(year + 19, Math.min(year + 22, latest - 2)), latest);
    const tmtMonth = pick(rand, [1, 2, 3, 4, 6, 12]);
    let nip = "";
    do {
      nip = `${year}${pad(month, 2)}${pad(day, 2)}${tmtYear}${pad(tmtMonth, 2)}${male ? 1 : 2}${pad(between(rand, 1, 140), 3)}`;
    } while (this.used.has(nip));
    this.used.add(nip);
    return { nip, nama: this.name(male, jenis, jabatan, year), male, tmtYear };
  }

  private name(male: boolean, jenis: JenisJabatan, jabatan: string, birthYear: number): string {
    const rand = this.rand;
    let first = pick(rand, male ? MALE_FIRST : FEMALE_FIRST);
    if (male && rand() < 0.12) first = `Muhammad ${first}`;
    const lastRoll = rand();
    const last = lastRoll < 0.1 ? "" : lastRoll < 0.3 ? pick(rand, NEUTRAL_LAST) : pick(rand, male ? MALE_LAST : FEMALE_LAST);
    const base = last ? `${first} ${last}` : first;
    const ahli = / Ahli /.test(` ${jabatan} `);
    if (jenis === "Administrator" && birthYear < 1976 && rand() < 0.4) return `${male ? "Drs." : "Dra."} ${base}, ${pick(rand, MAGISTER)}`;
    if (jenis === "Administrator") return `${base}, ${pick(rand, SARJANA)}, ${pick(rand, MAGISTER)}`;
    if (jenis === "Pengawas") return rand() < 0.4 ? `${base}, ${pick(rand, SARJANA)}, ${pick(rand, MAGISTER)}` : `${base}, ${pick(rand, SARJANA)}`;
    if (jenis === "Fungsional" && ahli) return `${base}, ${/Psikolog|Asesor/.test(jabatan) ? "S.Psi." : pick(rand, SARJANA)}`;
    if (jenis === "Fungsional") return rand() < 0.6 ? `${base}, A.Md.` : base;
    return rand() < 0.35 ? `${base}, ${pick(rand, ["S.Sos.", "S.E.", "A.Md.", "A.Md.Kom."])}` : base;
  }
}

/** Fixed SKP/perilaku for some employees (by No): the PP 30/2019 boundaries 110, 90, 70 and 50. */
const BOUNDARY_SCORES: Readonly<Record<number, { skp: number; perilaku: number; inovasi: boolean }>> = {
  15: { skp: 110, perilaku: 110, inovasi: true }, // 110 with innovation → Sangat Baik
  16: { skp: 110, perilaku: 110, inovasi: false }, // 110 without innovation → Baik
  33: { skp: 90, perilaku: 90, inovasi: false }, // 90 → Baik
  34: { skp: 70, perilaku: 70, inovasi: false }, // 70 → Cukup
  35: { skp: 50, perilaku: 50, inovasi: false }, // 50 → Kurang
  36: { skp: 89.5, perilaku: 90, inovasi: false }, // 89.65 → Cukup
};

function scoresFor(rand: Rand, jenis: JenisJabatan): { skp: number; perilaku: number } {
  const roll = rand();
  if (roll < 0.006) return { skp: between(rand, 36, 44), perilaku: between(rand, 50, 58) }; // Sangat Kurang
  if (roll < 0.03) return { skp: between(rand, 110, 136) / 2, perilaku: between(rand, 62, 74) }; // Kurang
  const spread = rand() + rand() + rand() + rand() - 2; // bell-shaped, −2…2
  const base = 100 + (jenis === "Administrator" || jenis === "Pengawas" ? 3 : 0) + spread * 11;
  const skp = Math.min(120, Math.max(72, Math.round((base + (rand() - 0.5) * 8) * 2) / 2));
  const perilaku = Math.min(120, Math.max(75, Math.round(base + (rand() - 0.5) * 10)));
  return { skp, perilaku };
}

const LEVELS: readonly Predikat[] = ["Sangat Kurang", "Kurang", "Cukup", "Baik", "Sangat Baik"];

export function makeEmployees(): Employee[] {
  const rand = mulberry32(20250101);
  const people = new PersonMaker(rand);
  const out: Employee[] = [];
  let innovationIndex = 0;
  for (const unit of UNITS) {
    const posts: { jabatan: string; jenis: JenisJabatan }[] = [unit.kepala, ...unit.pengawas.map((j) => ({ jabatan: j, jenis: "Pengawas" as const }))];
    const rest = unit.size - posts.length;
    const fungsional = Math.round(rest * 0.55);
    const f = Array.from({ length: fungsional }, () => pick(rand, unit.fungsional)).sort((a, b) => jenjang(b) - jenjang(a) || a.localeCompare(b));
    const p = Array.from({ length: rest - fungsional }, () => pick(rand, PELAKSANA)).sort((a, b) => a.localeCompare(b));
    posts.push(...f.map((j) => ({ jabatan: j, jenis: "Fungsional" as const })), ...p.map((j) => ({ jabatan: j, jenis: "Pelaksana" as const })));
    for (const post of posts) {
      const no = out.length + 1;
      const person = people.make(post.jenis, post.jabatan);
      const fixed = BOUNDARY_SCORES[no];
      const { skp, perilaku } = fixed ?? scoresFor(rand, post.jenis);
      const akhir = r2(skp * 0.7 + perilaku * 0.3);
      const innovationRoll = rand();
      const hasInovasi = fixed ? fixed.inovasi : akhir >= 110 ? innovationRoll < 0.55 : akhir >= 100 && innovationRoll < 0.08;
      const inovasi = hasInovasi ? INOVASI[innovationIndex++ % INOVASI.length] : undefined;
      const predikat = predikatPp30(akhir, hasInovasi);
      const potRoll = rand() + (post.jenis === "Fungsional" ? 0 : 0.1) + (akhir >= 105 ? 0.1 : akhir < 80 ? -0.15 : 0);
      const potensial: Potensial = potRoll > 0.82 ? "Tinggi" : potRoll > 0.28 ? "Menengah" : "Rendah";
      const lastRoll = rand();
      const level = LEVELS.indexOf(predikat);
      const lastLevel = Math.min(4, Math.max(0, lastRoll < 0.62 ? level : lastRoll < 0.84 ? level - 1 : level + 1));
      // Sangat Baik last year only with an innovation then too: keep it rare.
      const predikatLalu = person.tmtYear >= 2024 ? undefined : lastLevel === 4 && lastRoll > 0.3 ? "Baik" : LEVELS[Math.max(1, lastLevel)];
      out.push({ ...person, no, jabatan: post.jabatan, unit: unit.nama, jenis: post.jenis, skp, perilaku, akhir, predikat, inovasi, predikatLalu, potensial, kotak: kotakTalenta(predikat, potensial) });
    }
  }
  return out;
}

function jenjang(jabatan: string): number {
  return ["Terampil", "Mahir", "Penyelia", "Ahli Pertama", "Ahli Muda", "Ahli Madya"].findIndex((j) => jabatan.endsWith(j));
}

// ---------------------------------------------------------------------------------------------
// Writing helpers
// ---------------------------------------------------------------------------------------------

const THIN: Partial<ExcelJS.Borders> = {
  top: { style: "thin" },
  left: { style: "thin" },
  bottom: { style: "thin" },
  right: { style: "thin" },
};
const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E1F2" } };
const SUBTOTAL_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFF2F2F2" } };

function newWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Kinerja ASN for Excel (scripts/make-samples.ts)";
  wb.lastModifiedBy = "Kinerja ASN for Excel (scripts/make-samples.ts)";
  wb.created = SAMPLE_TIMESTAMP;
  wb.modified = SAMPLE_TIMESTAMP;
  wb.calcProperties = { fullCalcOnLoad: true };
  return wb;
}

function title(ws: ExcelJS.Worksheet, row: number, lastCol: string, text: string, size: number): void {
  ws.mergeCells(`A${row}:${lastCol}${row}`);
  const cell = ws.getCell(`A${row}`);
  cell.value = text;
  cell.font = { bold: true, size };
  cell.alignment = { horizontal: "center", vertical: "middle" };
}

function headerCell(cell: ExcelJS.Cell, text: string | number): void {
  cell.value = text;
  cell.font = { bold: true };
  cell.fill = HEADER_FILL;
  cell.border = THIN;
  cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
}

function bodyCell(cell: ExcelJS.Cell, value: ExcelJS.CellValue, numFmt?: string, center = false): void {
  cell.value = value;
  cell.border = THIN;
  if (numFmt) cell.numFmt = numFmt;
  cell.alignment = { vertical: "top", horizontal: center ? "center" : undefined, wrapText: !center };
}

function setWidths(ws: ExcelJS.Worksheet, cols: readonly { col: string; width: number }[]): void {
  for (const c of cols) ws.getColumn(c.col).width = c.width;
}

/** An error value the way Excel's SUM/AVERAGE propagates it: the first error in the range wins. */
type Aggregate = number | { error: ExcelJS.CellErrorValue["error"] };

function aggregate(values: readonly unknown[], kind: "SUM" | "AVERAGE"): Aggregate {
  let sum = 0;
  let n = 0;
  for (const v of values) {
    if (v && typeof v === "object" && "error" in v) return { error: (v as { error: ExcelJS.CellErrorValue["error"] }).error };
    if (typeof v === "number") {
      sum += v;
      n++;
    }
  }
  if (kind === "SUM") return r2(sum);
  return n === 0 ? { error: "#DIV/0!" as ExcelJS.CellErrorValue["error"] } : r2(sum / n);
}

/** The value a formula cell shows, or the plain value. */
function shown(value: ExcelJS.CellValue): unknown {
  if (value && typeof value === "object" && "formula" in value) return (value as ExcelJS.CellFormulaValue).result;
  return value;
}

function formatNip(nip: string): string {
  return `${nip.slice(0, 8)} ${nip.slice(8, 14)} ${nip.slice(14, 15)} ${nip.slice(15)}`;
}

// ---------------------------------------------------------------------------------------------
// Agency recap (dinas-bersih.xlsx, dinas-bermasalah.xlsx)
// ---------------------------------------------------------------------------------------------

interface DinasOptions {
  /** Insert a blank row before this employee (No). */
  readonly blankBefore?: number;
  readonly plants?: typeof DINAS_PLANTS;
  readonly formulaLikeName?: typeof FORMULA_LIKE_NAME;
}

function writeDinas(wb: ExcelJS.Workbook, employees: readonly Employee[], options: DinasOptions): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(SHEETS.dinas, {
    views: [{ state: "frozen", xSplit: 3, ySplit: DINAS_LAYOUT.columnNumberRow, topLeftCell: `D${DINAS_LAYOUT.firstEmployeeRow}` }],
    pageSetup: { orientation: "landscape", paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: "4:6" },
  });
  const last = DINAS_COLUMNS[DINAS_COLUMNS.length - 1].col;
  title(ws, DINAS_LAYOUT.titleRow, last, `REKAPITULASI PENILAIAN KINERJA PNS TAHUN ${SAMPLE_YEAR}`, 14);
  title(ws, DINAS_LAYOUT.agencyRow, last, "PEMERINTAH KABUPATEN SUKAMAJU — BADAN KEPEGAWAIAN DAN PENGEMBANGAN SDM", 12);

  // Two-row header: "Nilai" merged over SKP | Perilaku, every other header merged over both rows.
  const h = DINAS_LAYOUT.headerRow;
  for (const c of DINAS_COLUMNS) {
    headerCell(ws.getCell(`${c.col}${h}`), c.header);
    headerCell(ws.getCell(`${c.col}${h + 1}`), "sub" in c ? c.sub : "");
  }
  for (const c of DINAS_COLUMNS) if (!("sub" in c)) ws.mergeCells(`${c.col}${h}:${c.col}${h + 1}`);
  ws.mergeCells(`G${h}:H${h}`);
  ws.getRow(h).height = 32;
  DINAS_COLUMNS.forEach((c, i) => {
    const cell = ws.getCell(`${c.col}${DINAS_LAYOUT.columnNumberRow}`);
    headerCell(cell, i + 1);
    cell.font = { italic: true, size: 9 };
  });
  setWidths(ws, DINAS_COLUMNS);

  let r: number = DINAS_LAYOUT.firstEmployeeRow;
  const first = r;
  for (const e of employees) {
    if (e.no === options.blankBefore) r++;
    bodyCell(ws.getCell(`A${r}`), e.no, undefined, true);
    bodyCell(ws.getCell(`B${r}`), e.nip, "@", true);
    bodyCell(ws.getCell(`C${r}`), e.nama);
    bodyCell(ws.getCell(`D${r}`), e.jabatan);
    bodyCell(ws.getCell(`E${r}`), e.unit);
    bodyCell(ws.getCell(`F${r}`), e.jenis, undefined, true);
    bodyCell(ws.getCell(`G${r}`), e.skp, "0.0", true);
    bodyCell(ws.getCell(`H${r}`), e.perilaku, "0", true);
    bodyCell(ws.getCell(`I${r}`), { formula: `ROUND(G${r}*0.7+H${r}*0.3,2)`, result: e.akhir }, "0.00", true);
    bodyCell(ws.getCell(`J${r}`), e.predikat, undefined, true);
    bodyCell(ws.getCell(`K${r}`), e.inovasi ?? null);
    bodyCell(ws.getCell(`L${r}`), e.predikatLalu ?? null, undefined, true);
    bodyCell(ws.getCell(`M${r}`), e.potensial, undefined, true);
    bodyCell(ws.getCell(`N${r}`), e.kotak, "0", true);
    r++;
  }
  const lastEmployeeRow = r - 1;

  // Planted problems: the clean values of copied cells are read before anything is changed.
  const plants = options.plants ?? [];
  const copies = new Map<string, ExcelJS.CellValue>();
  for (const p of plants) for (const v of Object.values(p.set)) if (v && typeof v === "object" && "copyOf" in v) copies.set(v.copyOf, ws.getCell(v.copyOf).value);
  for (const p of plants) {
    for (const [address, v] of Object.entries(p.set)) {
      const rowNo = Number(/\d+$/.exec(address)![0]);
      if (rowNo < first || (options.blankBefore !== undefined && rowNo >= first + options.blankBefore - 1)) {
        throw new Error(`Sel tanam ${address} (${p.code}) harus berada di baris pegawai sebelum baris kosong.`);
      }
      const cell = ws.getCell(address);
      if (v && typeof v === "object" && "copyOf" in v) cell.value = copies.get(v.copyOf)!;
      else if (v && typeof v === "object" && "typed" in v) cell.value = shown(cell.value) as number;
      else cell.value = v as ExcelJS.CellValue;
      if (typeof v === "number" && address.startsWith("B")) cell.numFmt = "0"; // an NIP typed into a number cell
    }
  }
  if (options.formulaLikeName) ws.getCell(options.formulaLikeName.cell).value = options.formulaLikeName.value;
  for (const p of plants) {
    if (p.code !== "DATA_SETELAH_BARIS_KOSONG") continue;
    const expected = `B${first + (options.blankBefore ?? 0)}`;
    if (p.cell !== expected) throw new Error(`DATA_SETELAH_BARIS_KOSONG harus di ${expected} (pegawai pertama setelah baris kosong), bukan ${p.cell}.`);
  }

  // Subtotals, a note, a blank row and the signature block.
  const subtotal = (label: string, fn: "SUM" | "AVERAGE") => {
    ws.mergeCells(`A${r}:F${r}`);
    const labelCell = ws.getCell(`A${r}`);
    labelCell.value = label;
    labelCell.font = { bold: true };
    labelCell.alignment = { horizontal: "center" };
    for (const col of DINAS_COLUMNS.map((c) => c.col)) {
      const cell = ws.getCell(`${col}${r}`);
      cell.border = THIN;
      cell.fill = SUBTOTAL_FILL;
    }
    for (const col of ["G", "H", "I"]) {
      const values: unknown[] = [];
      for (let q = first; q <= lastEmployeeRow; q++) values.push(shown(ws.getCell(`${col}${q}`).value));
      const cell = ws.getCell(`${col}${r}`);
      cell.value = { formula: `${fn}(${col}${first}:${col}${lastEmployeeRow})`, result: aggregate(values, fn) } as ExcelJS.CellFormulaValue;
      cell.numFmt = "#,##0.00";
      cell.font = { bold: true };
      cell.alignment = { horizontal: "center" };
    }
    r++;
  };
  subtotal("Jumlah", "SUM");
  subtotal("Rata-rata", "AVERAGE");
  ws.mergeCells(`A${r}:${last}${r}`);
  const note = ws.getCell(`A${r}`);
  note.value =
    "Keterangan: Nilai Akhir = 70% Nilai SKP + 30% Nilai Perilaku (PP 30/2019, perilaku dinilai atasan langsung); predikat Sangat Baik hanya untuk nilai 110–120 disertai bukti inovasi (Pasal 41 ayat 5).";
  note.font = { italic: true, size: 9 };
  note.alignment = { wrapText: true, vertical: "top" };
  ws.getRow(r).height = 26;
  r += 2; // the blank row that ends the table

  const kepalaBidang = employees.find((e) => e.jabatan === "Kepala Bidang Penilaian Kinerja dan Penghargaan")!;
  const left = ["", "Dibuat oleh,", "Kepala Bidang Penilaian Kinerja dan Penghargaan", "", "", "", kepalaBidang.nama, "", `NIP. ${formatNip(kepalaBidang.nip)}`];
  const right = [
    `Sukamaju, 15 Januari ${SAMPLE_YEAR + 1}`,
    "Mengetahui,",
    "Kepala Badan Kepegawaian dan Pengembangan SDM",
    "Kabupaten Sukamaju",
    "",
    "",
    "Drs. H. MUHAMMAD YUSUF, M.Si.",
    "Pembina Utama Muda (IV/c)",
    "NIP. 19700101 199503 1 001",
  ];
  right.forEach((text, i) => {
    if (left[i]) ws.getCell(`C${r + i}`).value = left[i];
    if (text) ws.getCell(`K${r + i}`).value = text;
    if (i === 6) {
      ws.getCell(`C${r + i}`).font = { bold: true, underline: true };
      ws.getCell(`K${r + i}`).font = { bold: true, underline: true };
    }
  });
  return ws;
}

/** Sheet "Susulan": late entries with Nilai SKP but no Nilai Perilaku column (KOLOM_WAJIB). */
function writeSusulan(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet(SHEETS.susulan);
  const cols = [
    { col: "A", header: "No", width: 5 },
    { col: "B", header: "NIP", width: 21 },
    { col: "C", header: "Nama", width: 32 },
    { col: "D", header: "Jabatan", width: 40 },
    { col: "E", header: "Unit Kerja", width: 36 },
    { col: "F", header: "Nilai SKP", width: 10 },
    { col: "G", header: "Keterangan", width: 48 },
  ];
  title(ws, 1, "G", `DAFTAR SUSULAN PENILAIAN KINERJA PNS TAHUN ${SAMPLE_YEAR} (PEGAWAI PINDAHAN)`, 12);
  const headerRow = Number(/\d+$/.exec(SUSULAN_PLANT.cell)![0]);
  cols.forEach((c) => headerCell(ws.getCell(`${c.col}${headerRow}`), c.header));
  setWidths(ws, cols);
  const rand = mulberry32(20250202);
  const people = new PersonMaker(rand);
  const posts: [string, string, JenisJabatan][] = [
    ["Analis SDM Aparatur Ahli Pertama", "Bidang Mutasi dan Promosi", "Fungsional"],
    ["Pranata Komputer Ahli Pertama", "Bidang Pengadaan, Pemberhentian dan Informasi", "Fungsional"],
    ["Pengadministrasi Perkantoran", "Sekretariat", "Pelaksana"],
    ["Asesor SDM Aparatur Ahli Muda", "UPT Assessment Center", "Fungsional"],
    ["Penata Layanan Operasional", "Bidang Penilaian Kinerja dan Penghargaan", "Pelaksana"],
  ];
  posts.forEach(([jabatan, unit, jenis], i) => {
    const r = headerRow + 1 + i;
    const p = people.make(jenis, jabatan);
    bodyCell(ws.getCell(`A${r}`), i + 1, undefined, true);
    bodyCell(ws.getCell(`B${r}`), p.nip, "@", true);
    bodyCell(ws.getCell(`C${r}`), p.nama);
    bodyCell(ws.getCell(`D${r}`), jabatan);
    bodyCell(ws.getCell(`E${r}`), unit);
    bodyCell(ws.getCell(`F${r}`), between(rand, 176, 212) / 2, "0.0", true);
    bodyCell(ws.getCell(`G${r}`), "Nilai perilaku menunggu kiriman instansi asal");
  });
}

// ---------------------------------------------------------------------------------------------
// IKU (iku-kemenkeu.xlsx)
// ---------------------------------------------------------------------------------------------

function writeIku(wb: ExcelJS.Workbook, name: string, owners: readonly IkuOwner[], subtitle: string): void {
  const ws = wb.addWorksheet(name, { views: [{ state: "frozen", ySplit: IKU_LAYOUT.headerRow, xSplit: 0, topLeftCell: `A${IKU_LAYOUT.firstRow}` }] });
  const last = IKU_COLUMNS[IKU_COLUMNS.length - 1].col;
  title(ws, 1, last, `KONTRAK KINERJA DAN CAPAIAN IKU TAHUN ${SAMPLE_YEAR} (s.d. TRIWULAN IV)${subtitle}`, 13);
  title(ws, 2, last, "KEMENTERIAN KEUANGAN — DIREKTORAT JENDERAL KEKAYAAN NEGARA — KANTOR WILAYAH DJKN JAWA BARAT", 11);
  IKU_COLUMNS.forEach((c) => headerCell(ws.getCell(`${c.col}${IKU_LAYOUT.headerRow}`), c.header));
  ws.getRow(IKU_LAYOUT.headerRow).height = 30;
  setWidths(ws, IKU_COLUMNS);
  const { rows, subtotals } = ikuRowNumbers(owners);
  let no = 0;
  owners.forEach((owner, o) => {
    owner.rows.forEach((row, i) => {
      const r = rows[o][i];
      bodyCell(ws.getCell(`A${r}`), ++no, undefined, true);
      bodyCell(ws.getCell(`B${r}`), row.ss ?? null, undefined, true);
      bodyCell(ws.getCell(`C${r}`), row.sasaran ?? null);
      bodyCell(ws.getCell(`D${r}`), row.iku);
      bodyCell(ws.getCell(`E${r}`), row.polarisasi, undefined, true);
      bodyCell(ws.getCell(`F${r}`), row.target, "#,##0.##", true);
      bodyCell(ws.getCell(`G${r}`), row.realisasi, "#,##0.##", true);
      bodyCell(ws.getCell(`H${r}`), row.bobot, "0", true);
      bodyCell(ws.getCell(`I${r}`), row.terburuk ?? null, "0", true);
      bodyCell(ws.getCell(`J${r}`), indeksIku(row) ?? null, "0.00", true);
      bodyCell(ws.getCell(`K${r}`), owner.pemilik);
      bodyCell(ws.getCell(`L${r}`), owner.eselon || null, undefined, true);
      bodyCell(ws.getCell(`M${r}`), row.validitas, undefined, true);
    });
    const s = subtotals[o];
    const from = rows[o][0];
    const to = rows[o][rows[o].length - 1];
    ws.getCell(`D${s}`).value = "Jumlah bobot";
    ws.getCell(`H${s}`).value = { formula: `SUM(H${from}:H${to})`, result: owner.rows.reduce((a, x) => a + x.bobot, 0) } as ExcelJS.CellFormulaValue;
    for (const c of IKU_COLUMNS) {
      const cell = ws.getCell(`${c.col}${s}`);
      cell.font = { bold: true };
      cell.fill = SUBTOTAL_FILL;
      cell.border = THIN;
    }
    ws.getCell(`H${s}`).alignment = { horizontal: "center" };
  });
}

// ---------------------------------------------------------------------------------------------
// Polri (polri.xlsx)
// ---------------------------------------------------------------------------------------------

const SATKER_POLRI = ["Biro Sumber Daya Manusia", "Biro Logistik", "Bidang Keuangan", "Bidang Teknologi Informasi dan Komunikasi", "Rumah Sakit Bhayangkara"];
const JABATAN_POLRI: Readonly<Record<string, readonly string[]>> = {
  "Biro Sumber Daya Manusia": ["Analis SDM Aparatur Ahli Pertama", "Pranata SDM Aparatur Terampil", "Pengadministrasi Perkantoran"],
  "Biro Logistik": ["Pengelola Pengadaan Barang/Jasa Ahli Pertama", "Pengadministrasi Perkantoran", "Operator Layanan Operasional"],
  "Bidang Keuangan": ["Analis Keuangan Pusat dan Daerah Ahli Pertama", "Pranata Keuangan APBN Terampil", "Penata Layanan Operasional"],
  "Bidang Teknologi Informasi dan Komunikasi": ["Pranata Komputer Ahli Pertama", "Pranata Komputer Terampil", "Operator Layanan Operasional"],
  "Rumah Sakit Bhayangkara": ["Dokter Ahli Muda", "Perawat Ahli Pertama", "Perawat Terampil", "Apoteker Ahli Pertama"],
};
const PANGKAT = ["Pengatur (II/c)", "Pengatur Tk. I (II/d)", "Penata Muda (III/a)", "Penata Muda Tk. I (III/b)", "Penata (III/c)", "Penata Tk. I (III/d)", "Pembina (IV/a)"];
/** Final scores placed on the Polri band edges after rounding half up. */
const POLRI_BOUNDARIES = [80.5, 80.49, 70.5, 70.49, 60.5, 60.49, 81, 71, 61];

function writePolri(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet(SHEETS.polri, { views: [{ state: "frozen", ySplit: 5, xSplit: 0, topLeftCell: "A6" }] });
  const cols = [
    { col: "A", header: "No", width: 5 },
    { col: "B", header: "NIP", width: 21 },
    { col: "C", header: "Nama", width: 32 },
    { col: "D", header: "Pangkat/Golongan", width: 22 },
    { col: "E", header: "Jabatan", width: 42 },
    { col: "F", header: "Satuan Kerja", width: 38 },
    { col: "G", header: "Faktor Spesifik (FS)", width: 11 },
    { col: "H", header: "Faktor Generik (FG)", width: 11 },
    { col: "I", header: "Nilai Akhir (60% FS + 40% FG)", width: 13 },
    { col: "J", header: "Predikat", width: 13 },
  ];
  title(ws, 1, "J", `REKAPITULASI PENILAIAN KINERJA PNS POLRI TAHUN ${SAMPLE_YEAR}`, 13);
  title(ws, 2, "J", "KEPOLISIAN NEGARA REPUBLIK INDONESIA — DAERAH JAWA BARAT", 11);
  cols.forEach((c) => headerCell(ws.getCell(`${c.col}4`), c.header));
  ws.getRow(4).height = 32;
  cols.forEach((c, i) => {
    headerCell(ws.getCell(`${c.col}5`), i + 1);
    ws.getCell(`${c.col}5`).font = { italic: true, size: 9 };
  });
  setWidths(ws, cols);
  const rand = mulberry32(20250303);
  const people = new PersonMaker(rand);
  let r = 6;
  let no = 0;
  for (const satker of SATKER_POLRI) {
    for (let i = 0; i < 10; i++) {
      const jabatan = pick(rand, JABATAN_POLRI[satker]);
      const p = people.make(/Ahli/.test(jabatan) ? "Fungsional" : "Pelaksana", jabatan);
      const boundary = POLRI_BOUNDARIES[no];
      const fs = boundary ?? between(rand, 1300, 1960) / 20;
      const fg = boundary ?? between(rand, 1200, 1900) / 20;
      const akhir = r2(fs * 0.6 + fg * 0.4);
      no++;
      bodyCell(ws.getCell(`A${r}`), no, undefined, true);
      bodyCell(ws.getCell(`B${r}`), p.nip, "@", true);
      bodyCell(ws.getCell(`C${r}`), p.nama);
      bodyCell(ws.getCell(`D${r}`), pick(rand, PANGKAT));
      bodyCell(ws.getCell(`E${r}`), jabatan);
      bodyCell(ws.getCell(`F${r}`), satker);
      bodyCell(ws.getCell(`G${r}`), fs, "0.00", true);
      bodyCell(ws.getCell(`H${r}`), fg, "0.00", true);
      bodyCell(ws.getCell(`I${r}`), { formula: `ROUND(G${r}*0.6+H${r}*0.4,2)`, result: akhir }, "0.00", true);
      bodyCell(ws.getCell(`J${r}`), predikatPolri(akhir), undefined, true);
      r++;
    }
  }
  ws.mergeCells(`A${r}:H${r}`);
  ws.getCell(`A${r}`).value = "Rata-rata";
  ws.getCell(`A${r}`).font = { bold: true };
  ws.getCell(`A${r}`).alignment = { horizontal: "center" };
  const values: unknown[] = [];
  for (let q = 6; q < r; q++) values.push(shown(ws.getCell(`I${q}`).value));
  ws.getCell(`I${r}`).value = { formula: `AVERAGE(I6:I${r - 1})`, result: aggregate(values, "AVERAGE") } as ExcelJS.CellFormulaValue;
  ws.getCell(`I${r}`).numFmt = "0.00";
  r += 2;
  ["Bandung, 20 Januari 2026", "Kepala Biro Sumber Daya Manusia", "", "", "Kombes Pol. Dr. ARIEF BUDIMAN, S.I.K., M.H.", "NRP 72050311"].forEach((text, i) => {
    if (text) ws.getCell(`F${r + i}`).value = text;
  });
}

// ---------------------------------------------------------------------------------------------
// Output
// ---------------------------------------------------------------------------------------------

/** Re-packs the .xlsx with a fixed date on every zip entry (JSZip otherwise stamps the current time). */
export async function deterministicXlsx(wb: ExcelJS.Workbook): Promise<Buffer> {
  const raw = await wb.xlsx.writeBuffer();
  const zip = await JSZip.loadAsync(raw);
  const out = new JSZip();
  for (const name of Object.keys(zip.files)) {
    const entry = zip.files[name];
    if (entry.dir) continue;
    out.file(name, await entry.async("uint8array"), { date: SAMPLE_TIMESTAMP, binary: true, createFolders: false });
  }
  return out.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 9 }, platform: "DOS" });
}

function severityText(code: string): string {
  const severity = ruleInfo(code)?.severity;
  if (!severity) throw new Error(`Kode temuan ${code} tidak dikenal oleh validator.`);
  return severity === "error" ? "galat" : "peringatan";
}

export function readme(): string {
  const table = (file: string) =>
    PLANTED_PROBLEMS.filter((p) => p.file === file)
      .map((p, i) => `| ${i + 1} | ${p.sheet} | ${p.cell} | \`${p.code}\` | ${severityText(p.code)} | ${p.description.replace(/\|/g, "\\|")} |`)
      .join("\n");
  const head = "| No | Lembar | Sel | Kode | Tingkat | Keterangan |\n|---|---|---|---|---|---|";
  const today = SAMPLE_TODAY.toISOString().slice(0, 10);
  return `# Contoh buku kerja (samples)

_English: realistic sample workbooks for trying and testing the add-in — a clean agency recap, the same recap with every problem the validator knows planted in it, a Kemenkeu IKU sheet (clean and with planted problems) and a Polri recap. Generated by \`npx tsx scripts/make-samples.ts\`; do not edit by hand._

Berkas di folder ini dibuat oleh \`npx tsx scripts/make-samples.ts\` dari data di \`scripts/sample-data.ts\` (nama dan nilai dari PRNG berbenih, jadi setiap kali dijalankan hasilnya sama persis, byte demi byte). Jangan diubah manual: ubah skripnya, jalankan lagi, lalu jalankan \`npx jest test/samples\`. Semua nama, NIP dan nilai adalah fiktif.

| Berkas | Isi | Aturan | Hasil pemeriksaan yang diharapkan (hari ini = ${today}) |
|---|---|---|---|
| \`${FILES.dinasBersih}\` | Rekap penilaian kinerja PNS ${SAMPLE_YEAR} BKPSDM Kabupaten Sukamaju: judul, baris kosong, judul kolom dua baris ("Nilai" digabung di atas "SKP \\| Perilaku"), baris nomor kolom, ${DINAS_LAYOUT.employees} pegawai di ${UNITS.length} unit kerja, baris Jumlah dan Rata-rata, keterangan, blok tanda tangan. NIP tersimpan sebagai teks. | PP 30/2019 (bawaan) | tanpa temuan |
| \`${FILES.dinasBermasalah}\` | Rekap yang sama dengan masalah yang ditanam (tabel di bawah), ditambah lembar \`${SHEETS.susulan}\` tanpa kolom Nilai Perilaku. | PP 30/2019 (bawaan) | tepat ${PLANTED_PROBLEMS.filter((p) => p.file === FILES.dinasBermasalah).length} temuan, satu per baris tabel di bawah |
| \`${FILES.iku}\` | Lembar \`${SHEETS.iku}\`: kontrak kinerja dan capaian IKU Kanwil DJKN Jawa Barat — 5 pemilik (2 pemilik peta strategi), beberapa SS, polarisasi maximize/minimize/stabilize, IKU minimize bertarget 0 dengan realisasi terburuk. Lembar \`${SHEETS.ikuBermasalah}\`: IKU dengan masalah yang ditanam. | KMK 467/2014 | \`${SHEETS.iku}\` tanpa temuan; \`${SHEETS.ikuBermasalah}\` tepat ${PLANTED_PROBLEMS.filter((p) => p.file === FILES.iku).length} temuan |
| \`${FILES.polri}\` | Rekap penilaian kinerja PNS Polri: NIP, nama, pangkat, satuan kerja, FS, FG, nilai akhir 0–100 dan predikat (dibulatkan setengah ke atas; termasuk nilai tepat di batas seperti 80,5 dan 80,49). | Polri (tersimpan di berkas; atau \`--aturan POLRI\`) | tanpa temuan |

Periksa sendiri: \`npx tsx src/cli/run.ts validasi samples/${FILES.dinasBermasalah}\` (atau \`… validasi samples/${FILES.polri} --aturan POLRI\`).

## Masalah yang ditanam di \`${FILES.dinasBermasalah}\`

${head}
${table(FILES.dinasBermasalah)}

Sel ${FORMULA_LIKE_NAME.cell} berisi nama \`${FORMULA_LIKE_NAME.value}\` yang diketik sebagai teks: ini **bukan** masalah (tidak boleh ada temuan), dan di lembar Rekomendasi Penghargaan yang dibuat add-in nama itu harus tetap teks, bukan rumus.

## Masalah yang ditanam di \`${FILES.iku}\` (lembar \`${SHEETS.ikuBermasalah}\`)

${head}
${table(FILES.iku)}
`;
}

function writeStateSheet(wb: ExcelJS.Workbook, state: WorkbookState): void {
  const ws = wb.addWorksheet(STATE_SHEET_NAME, { state: "veryHidden" });
  for (const row of encodeState(state)) ws.addRow(row).eachCell((c) => (c.numFmt = "@"));
}

/** Writes every sample file and the README into `dir`; returns the file names written. */
export async function writeSamples(dir: string): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const employees = makeEmployees();
  const written: string[] = [];
  const save = async (name: string, wb: ExcelJS.Workbook) => {
    writeFileSync(join(dir, name), await deterministicXlsx(wb));
    written.push(name);
  };

  const bersih = newWorkbook();
  writeDinas(bersih, employees, {});
  await save(FILES.dinasBersih, bersih);

  const bermasalah = newWorkbook();
  writeDinas(bermasalah, employees, { blankBefore: BLANK_ROW_BEFORE_EMPLOYEE, plants: DINAS_PLANTS, formulaLikeName: FORMULA_LIKE_NAME });
  writeSusulan(bermasalah);
  await save(FILES.dinasBermasalah, bermasalah);

  const iku = newWorkbook();
  writeIku(iku, SHEETS.iku, IKU_CLEAN, "");
  writeIku(iku, SHEETS.ikuBermasalah, IKU_PROBLEMS, " — CONTOH BERMASALAH");
  await save(FILES.iku, iku);

  const polri = newWorkbook();
  writePolri(polri);
  // The Polri recap carries its rule set in the add-in's state sheet, as the panel would save it,
  // so the CLI and the panel judge it by Polri's bands without a flag.
  writeStateSheet(polri, { ...EMPTY_STATE, settings: { aturan: "POLRI" } });
  await save(FILES.polri, polri);

  writeFileSync(join(dir, "README.md"), readme());
  written.push("README.md");
  return written;
}

async function main(): Promise<void> {
  const dir = join(resolve(__dirname, ".."), "samples");
  for (const name of await writeSamples(dir)) console.log(`samples/${name}`);
}

// Run only when executed directly (tsx runs this file as CommonJS), not when imported.
if (require.main === module) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
