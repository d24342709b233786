/**
 * Writes samples/nyata/*.xlsx and samples/nyata/README.md: one workbook per family of layouts
 * officers actually receive (issue 11), each with 30–80 employees and planted mistakes whose
 * cells are listed in the README:
 *   ekinerja-rekap-penilaian.xlsx   e-Kinerja BKN "Rekap Penilaian" export (periodic, ratings only)
 *   permenpanrb6-rekap-tahunan.xlsx PermenPANRB 6/2022 annual recap, two-row header with TW I–IV
 *   pp46-prestasi-kerja.xlsx        PP 46/2011 "Nilai Prestasi Kerja" recap, grouped two-row header
 *   impor-angka-kredit.xlsx         snake_case import template with Predikat Kinerja Pegawai (PKP)
 *   simpeg-ekspor.xlsx              SIMPEGA REKAP_PEGAWAI (U+200C in every text cell) and a raw
 *                                   SIMPEG table dump with database-code headers
 *
 * Run with `npx tsx scripts/make-real-samples.ts`. Deterministic (seeded PRNG, fixed document
 * and zip dates). Predikat are computed here from the regulations (quadrant of PermenPANRB
 * 6/2022, PP 46/2011 Pasal 17), not with the add-in's engine, so validating the files is a
 * cross-check, not a tautology. No rule set is stored in these workbooks: the engine must infer it.
 */
import ExcelJS from "exceljs";
import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Aturan } from "../src/core/aturan";
import { deterministicXlsx, mulberry32 } from "./make-samples";
import { SAMPLE_TIMESTAMP } from "./sample-data";

type Rand = () => number;

export interface Plant {
  readonly sheet: string;
  /** Excel address of the cell the finding must point at ("G12"). */
  readonly cell: string;
  readonly code: string;
  readonly severity: "error" | "warning";
  /** What was planted, in Indonesian. */
  readonly what: string;
}

export interface RealSheet {
  readonly name: string;
  /** Excel row numbers (1-based) of the employees, in order. */
  readonly employeeRows: readonly number[];
  /** The rule set the layout implies. */
  readonly aturan: Aturan;
  readonly why: string;
}

export interface RealSample {
  readonly file: string;
  readonly family: string;
  readonly layout: string;
  readonly sheets: readonly RealSheet[];
  readonly plants: readonly Plant[];
  readonly workbook: ExcelJS.Workbook;
}

// ---------------------------------------------------------------------------------------------
// People
// ---------------------------------------------------------------------------------------------

const MALE = ["Ahmad", "Budi", "Dedi", "Eko", "Fajar", "Hendra", "Irfan", "Joko", "Kurniawan", "Lukman", "Muhammad", "Nanang", "Rudi", "Slamet", "Teguh", "Wahyu", "Yusuf", "Agus", "Bambang", "Dimas", "Rizky", "Hadi", "Arif", "Sigit"];
const FEMALE = ["Ani", "Dewi", "Endang", "Fitri", "Indah", "Kartika", "Lestari", "Maya", "Nur", "Putri", "Ratna", "Sari", "Siti", "Tri", "Wulan", "Yuni", "Rina", "Novi", "Desi", "Ayu", "Lina", "Mega"];
const LAST = ["Santoso", "Wijaya", "Saputra", "Hidayat", "Pratama", "Nugroho", "Setiawan", "Kusuma", "Rahmawati", "Lestari", "Susanti", "Hakim", "Siregar", "Nasution", "Harahap", "Simanjuntak", "Purba", "Sihombing", "Gunawan", "Maulana", "Firmansyah", "Handayani", "Permata", "Utami", "Anggraini", "Wibowo", "Kurniasih", "Ramadhan", "Syahputra", "Fauzi"];
const GELAR_BELAKANG = ["S.E.", "S.Sos.", "S.H.", "S.Kom.", "S.Pd.", "S.T.", "S.AP.", "A.Md.", "M.M.", "M.Si."];

interface Person {
  readonly nama: string;
  readonly gelar: string;
  readonly nip: string;
  readonly male: boolean;
  readonly lahir: Date;
}

const pick = <T>(rand: Rand, list: readonly T[]): T => list[Math.floor(rand() * list.length)];
const between = (rand: Rand, lo: number, hi: number): number => lo + Math.floor(rand() * (hi - lo + 1));
const pad = (n: number, width: number): string => String(n).padStart(width, "0");

/** Distinct people with valid 18-digit NIPs: birth date, TMT CPNS at 22–32 years of age (≤ 2022), gender digit, sequence. */
function people(rand: Rand, count: number): Person[] {
  const out: Person[] = [];
  const seen = new Set<string>();
  while (out.length < count) {
    const male = rand() < 0.55;
    const first = pick(rand, male ? MALE : FEMALE);
    const nama = `${first} ${pick(rand, LAST)}`;
    const y = between(rand, 1966, 1996);
    const m = between(rand, 1, 12);
    const d = between(rand, 1, 28);
    const tmtY = Math.min(2022, y + between(rand, 22, 32));
    const tmtM = pick(rand, [1, 3, 3, 4, 12]);
    const nip = `${y}${pad(m, 2)}${pad(d, 2)}${tmtY}${pad(tmtM, 2)}${male ? 1 : 2}${pad(between(rand, 1, 12), 3)}`;
    if (seen.has(nip) || out.some((p) => p.nama === nama)) continue;
    seen.add(nip);
    const gelar = rand() < 0.8 ? pick(rand, GELAR_BELAKANG) : "";
    out.push({ nama, gelar, nip, male, lahir: new Date(Date.UTC(y, m - 1, d)) });
  }
  return out;
}

/** BKN print style: "19740512 199903 1 004". */
const nipSpaced = (nip: string): string => `${nip.slice(0, 8)} ${nip.slice(8, 14)} ${nip.slice(14, 15)} ${nip.slice(15)}`;

// ---------------------------------------------------------------------------------------------
// Regulation rules, written out independently of src/core
// ---------------------------------------------------------------------------------------------

type Rating = "atas" | "sesuai" | "bawah";
type Predikat6 = "Sangat Baik" | "Baik" | "Butuh Perbaikan" | "Kurang/Misconduct" | "Sangat Kurang";

/** PermenPANRB 6/2022 quadrant: rating hasil kerja × rating perilaku kerja. */
function kuadran(hasil: Rating, perilaku: Rating): Predikat6 {
  if (hasil === "bawah") return perilaku === "bawah" ? "Sangat Kurang" : "Butuh Perbaikan";
  if (perilaku === "bawah") return "Kurang/Misconduct";
  return hasil === "atas" && perilaku === "atas" ? "Sangat Baik" : "Baik";
}

/** PP 46/2011 Pasal 17: Sangat Baik > 90, Baik > 75, Cukup > 60, Kurang > 50, else Buruk. */
function sebutanPp46(x: number): string {
  if (x > 90) return "Sangat Baik";
  if (x > 75) return "Baik";
  if (x > 60) return "Cukup";
  if (x > 50) return "Kurang";
  return "Buruk";
}

function rating(rand: Rand, atas: number, bawah: number): Rating {
  const x = rand();
  return x < atas ? "atas" : x < atas + bawah ? "bawah" : "sesuai";
}

const EKINERJA_WORD: Record<Rating, string> = { atas: "Diatas Ekspektasi", sesuai: "Sesuai Ekspektasi", bawah: "Dibawah Ekspektasi" };
const REGULATION_WORD: Record<Rating, string> = { atas: "DIATAS EKSPEKTASI", sesuai: "SESUAI EKSPEKTASI", bawah: "DIBAWAH EKSPEKTASI" };
const PLAIN_WORD: Record<Rating, string> = { atas: "Di Atas Ekspektasi", sesuai: "Sesuai Ekspektasi", bawah: "Di Bawah Ekspektasi" };
/** The regulation's own capitals, including "KURANG/ MISCONDUCT" with its odd space. */
const PREDIKAT_CAPS: Record<Predikat6, string> = {
  "Sangat Baik": "SANGAT BAIK",
  Baik: "BAIK",
  "Butuh Perbaikan": "BUTUH PERBAIKAN",
  "Kurang/Misconduct": "KURANG/ MISCONDUCT",
  "Sangat Kurang": "SANGAT KURANG",
};

// ---------------------------------------------------------------------------------------------
// Sheet helpers
// ---------------------------------------------------------------------------------------------

function newWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Kinerja ASN";
  wb.created = SAMPLE_TIMESTAMP;
  wb.modified = SAMPLE_TIMESTAMP;
  return wb;
}

function putRow(ws: ExcelJS.Worksheet, row: number, values: readonly ExcelJS.CellValue[], firstCol = 1): void {
  values.forEach((v, i) => {
    if (v !== null && v !== undefined && v !== "") ws.getCell(row, firstCol + i).value = v;
  });
}

const col = (n: number): string => {
  let s = "";
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
};

const bold = (ws: ExcelJS.Worksheet, row: number): void => {
  ws.getRow(row).font = { bold: true };
};

// ---------------------------------------------------------------------------------------------
// 1. e-Kinerja BKN "Rekap Penilaian"
// ---------------------------------------------------------------------------------------------

const JABATAN_UMUM = ["Analis Sumber Daya Manusia Aparatur", "Pranata Komputer Ahli Pertama", "Analis Kebijakan Ahli Muda", "Pengelola Keuangan", "Penata Laporan Keuangan", "Arsiparis Terampil", "Analis Kepegawaian Ahli Muda", "Pengadministrasi Perkantoran", "Perencana Ahli Pertama", "Auditor Ahli Muda"];

function ekinerja(): RealSample {
  const rand = mulberry32(110_001);
  const wb = newWorkbook();
  const name = "Rekap Penilaian";
  const ws = wb.addWorksheet(name);
  putRow(ws, 1, ["3013 - Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi"]);
  putRow(ws, 2, ["Biro Sumber Daya Manusia dan Umum"]);
  putRow(ws, 3, ["Periode Bulanan 12 Tahun 2025"]);
  const header = 5;
  putRow(ws, header, ["No", "NIP", "Nama", "Jabatan", "Rating Hasil Kinerja", "Rating Perilaku Kerja", "Predikat Kinerja Periodik"]);
  bold(ws, header);
  const staff = people(rand, 45);
  const plants: Plant[] = [];
  const rows: number[] = [];
  staff.forEach((p, i) => {
    const r = header + 1 + i;
    rows.push(r);
    let hasil = rating(rand, 0.2, 0.08);
    let perilaku = rating(rand, 0.2, 0.04);
    let nip = p.nip;
    let hasilText: string | null = EKINERJA_WORD[hasil];
    let perilakuText: string | null = EKINERJA_WORD[perilaku];
    let predikat: string = kuadran(hasil, perilaku);
    if (i === 4) {
      hasil = "atas";
      perilaku = "atas";
      hasilText = EKINERJA_WORD.atas;
      perilakuText = EKINERJA_WORD.atas;
      predikat = "Baik";
      plants.push({ sheet: name, cell: `G${r}`, code: "PREDIKAT_TIDAK_SESUAI", severity: "error", what: "Diatas × Diatas Ekspektasi memberi Sangat Baik, tertulis Baik" });
    }
    if (i === 11) {
      hasilText = "Diatas Ekspetasi";
      plants.push({ sheet: name, cell: `E${r}`, code: "RATING_TIDAK_DIKENAL", severity: "error", what: 'salah ketik "Diatas Ekspetasi"' });
    }
    if (i === 19) {
      nip = `${nip.slice(0, 4)}13${nip.slice(6)}`;
      plants.push({ sheet: name, cell: `B${r}`, code: "NIP_TANGGAL", severity: "error", what: "bulan lahir 13 di NIP" });
    }
    if (i === 27) {
      nip = staff[3].nip;
      plants.push({ sheet: name, cell: `B${r}`, code: "NIP_GANDA", severity: "error", what: `NIP sama dengan baris ${header + 4}` });
    }
    if (i === 36) {
      perilakuText = null;
      plants.push({ sheet: name, cell: `F${r}`, code: "WAJIB_KOSONG", severity: "error", what: "Rating Perilaku Kerja kosong" });
    }
    putRow(ws, r, [i + 1, nip, p.nama.toUpperCase(), pick(rand, JABATAN_UMUM), hasilText, perilakuText, predikat]);
  });
  ws.columns.forEach((c, i) => (c.width = [5, 22, 30, 38, 22, 22, 26][i] ?? 12));
  return {
    file: "ekinerja-rekap-penilaian.xlsx",
    family: "1. Ekspor e-Kinerja BKN “Rekap Penilaian”",
    layout: "Baris 1–3: instansi (“3013 - Kementerian …”), unit, “Periode Bulanan 12 Tahun 2025”; baris 4 kosong; judul kolom di baris 5 (Rating Hasil Kinerja, Rating Perilaku Kerja, Predikat Kinerja Periodik); nama dalam huruf kapital; tanpa nilai angka.",
    sheets: [{ name, employeeRows: rows, aturan: "PERMENPANRB6", why: "kolom Rating Hasil Kinerja dan Rating Perilaku Kerja" }],
    plants,
    workbook: wb,
  };
}

// ---------------------------------------------------------------------------------------------
// 2. PermenPANRB 6/2022 annual recap (Format D.1.1 fields as a table)
// ---------------------------------------------------------------------------------------------

const UNITS_6 = [
  { heading: "A. SEKRETARIAT", unit: "Sekretariat" },
  { heading: "B. BIDANG PELAYANAN PERIZINAN", unit: "Bidang Pelayanan Perizinan" },
  { heading: "C. BIDANG PENGAWASAN", unit: "Bidang Pengawasan" },
];
const GOLONGAN = ["Penata Muda / III/a", "Penata Muda Tk. I / III/b", "Penata / III/c", "Penata Tk. I / III/d", "Pembina / IV/a", "Pengatur / II/c"];

/** Twelve rating pairs per unit whose quadrants fit the SE MenPANRB 03/2023 curve for organisation "Baik". */
const UNIT_PAIRS: readonly [Rating, Rating][] = [
  ["atas", "atas"],
  ["atas", "atas"],
  ["atas", "sesuai"],
  ["atas", "sesuai"],
  ["sesuai", "sesuai"],
  ["sesuai", "sesuai"],
  ["sesuai", "sesuai"],
  ["sesuai", "sesuai"],
  ["sesuai", "sesuai"],
  ["bawah", "sesuai"],
  ["sesuai", "bawah"],
  ["atas", "bawah"],
];

function permenpanrb6(): RealSample {
  const rand = mulberry32(110_002);
  const wb = newWorkbook();
  const name = "Rekap Tahunan 2025";
  const ws = wb.addWorksheet(name);
  const width = 14;
  const titles = ["REKAPITULASI EVALUASI KINERJA PEGAWAI TAHUNAN", "DINAS PENANAMAN MODAL DAN PELAYANAN TERPADU SATU PINTU KABUPATEN SUKAMAJU", "PERIODE: 1 JANUARI s.d. 31 DESEMBER 2025 (PermenPANRB Nomor 6 Tahun 2022)"];
  titles.forEach((t, i) => {
    ws.getCell(i + 1, 1).value = t;
    ws.mergeCells(i + 1, 1, i + 1, width);
  });
  const h = 5;
  const top = ["NO", "NAMA", "NIP", "PANGKAT/GOL RUANG", "JABATAN", "UNIT KERJA", "CAPAIAN KINERJA ORGANISASI", "RATING HASIL KERJA", "RATING PERILAKU KERJA", "PREDIKAT KINERJA PERIODIK", "", "", "", "PREDIKAT KINERJA PEGAWAI"];
  putRow(ws, h, top);
  putRow(ws, h + 1, ["TW I", "TW II", "TW III", "TW IV"], 10);
  for (let c = 1; c <= width; c++) if (c < 10 || c > 13) ws.mergeCells(h, c, h + 1, c);
  ws.mergeCells(h, 10, h, 13);
  bold(ws, h);
  bold(ws, h + 1);
  const staff = people(rand, 36);
  const plants: Plant[] = [];
  const rows: number[] = [];
  let r = h + 2;
  let n = 0;
  UNITS_6.forEach((u, ui) => {
    ws.getCell(r, 1).value = u.heading;
    ws.mergeCells(r, 1, r, width);
    ws.getRow(r).font = { bold: true };
    r++;
    const order = UNIT_PAIRS.map((pair, k) => ({ pair, k: rand() * 100 + k / 100 })).sort((a, b) => a.k - b.k).map((x) => x.pair);
    const first = r;
    order.forEach(([hasil, perilaku], k) => {
      const p = staff[ui * 12 + k];
      n++;
      rows.push(r);
      let nip = p.nip;
      let hasilText: string | null = REGULATION_WORD[hasil];
      let perilakuText: string = REGULATION_WORD[perilaku];
      const q = kuadran(hasil, perilaku);
      let predikat = PREDIKAT_CAPS[q];
      const quarter = (): string => PREDIKAT_CAPS[kuadran(rand() < 0.85 ? hasil : "sesuai", perilaku)];
      const tw = [quarter(), quarter(), quarter(), quarter()];
      if (ui === 0 && k === order.findIndex(([a, b]) => a === "sesuai" && b === "sesuai")) {
        predikat = "SANGAT BAIK";
        plants.push({ sheet: name, cell: `N${r}`, code: "PREDIKAT_TIDAK_SESUAI", severity: "error", what: "Sesuai × Sesuai Ekspektasi memberi Baik, tertulis SANGAT BAIK" });
      }
      if (ui === 0 && k === 8) {
        nip = nip.slice(0, 17);
        plants.push({ sheet: name, cell: `C${r}`, code: "NIP_FORMAT", severity: "error", what: "NIP 17 digit (digit terakhir hilang)" });
      }
      if (ui === 1 && k === 2) {
        nip = `${nip.slice(0, 14)}3${nip.slice(15)}`;
        plants.push({ sheet: name, cell: `C${r}`, code: "NIP_KELAMIN", severity: "error", what: "digit jenis kelamin 3" });
      }
      if (ui === 1 && k === 7) {
        hasilText = null;
        plants.push({ sheet: name, cell: `H${r}`, code: "WAJIB_KOSONG", severity: "error", what: "Rating Hasil Kerja kosong" });
      }
      if (ui === 2 && k === 5) {
        perilakuText = "SESUAI EKSPEKTSI";
        plants.push({ sheet: name, cell: `I${r}`, code: "RATING_TIDAK_DIKENAL", severity: "error", what: 'salah ketik "SESUAI EKSPEKTSI"' });
      }
      putRow(ws, r, [n, `${p.nama.toUpperCase()}${p.gelar ? `, ${p.gelar}` : ""}`, nip, pick(rand, GOLONGAN), pick(rand, JABATAN_UMUM), u.unit, k === 0 ? "BAIK" : null, hasilText, perilakuText, ...tw, predikat]);
      r++;
    });
    // The organisation's predikat is merged over the unit's rows, as the recap prints it.
    ws.mergeCells(first, 7, r - 1, 7);
  });
  // A note row right under the table and a signature block after a blank row.
  ws.getCell(r, 1).value = "Catatan: Predikat Kinerja Pegawai ditetapkan dari kuadran Rating Hasil Kerja dan Rating Perilaku Kerja.";
  ws.mergeCells(r, 1, r, width);
  r += 2;
  putRow(ws, r, ["Sukamaju, 15 Januari 2026"], 11);
  putRow(ws, r + 1, ["Pejabat Penilai Kinerja,"], 11);
  putRow(ws, r + 4, ["Drs. HARYANTO WIBISONO, M.Si."], 11);
  putRow(ws, r + 5, ["NIP. 19680412 199303 1 006"], 11);
  ws.columns.forEach((c, i) => (c.width = [5, 32, 22, 22, 34, 28, 14, 20, 20, 16, 16, 16, 16, 22][i] ?? 12));
  return {
    file: "permenpanrb6-rekap-tahunan.xlsx",
    family: "2. Rekap tahunan PermenPANRB 6/2022 (isian Format D.1.1 sebagai tabel)",
    layout:
      "Tiga baris judul tergabung; judul kolom dua baris (baris 5–6) dengan PREDIKAT KINERJA PERIODIK membawahi TW I–TW IV; baris sub-judul unit (A., B., C.) tergabung selebar tabel; Capaian Kinerja Organisasi tergabung per unit; ejaan peraturan (DIATAS EKSPEKTASI, KURANG/ MISCONDUCT); baris catatan dan blok tanda tangan di bawah tabel.",
    sheets: [{ name, employeeRows: rows, aturan: "PERMENPANRB6", why: "kolom RATING HASIL KERJA dan RATING PERILAKU KERJA" }],
    plants,
    workbook: wb,
  };
}

// ---------------------------------------------------------------------------------------------
// 3. PP 46/2011 "Nilai Prestasi Kerja" recap (Perka BKN 1/2013)
// ---------------------------------------------------------------------------------------------

const STRUKTURAL = ["Kepala Seksi Kurikulum", "Kepala Seksi Sarana Prasarana", "Kepala Subbagian Umum dan Kepegawaian", "Kepala Subbagian Keuangan"];
const STAF = ["Pengadministrasi Umum", "Pengelola Data Pendidikan", "Bendahara Pengeluaran", "Pranata Komputer", "Pengelola Kepegawaian", "Verifikator Keuangan", "Pengawas Sekolah"];
const PANGKAT = ["Penata Muda / III.a", "Penata Muda Tk.I / III.b", "Penata / III.c", "Penata Tk.I / III.d", "Pembina / IV.a", "Pengatur / II.c"];

function pp46(): RealSample {
  const rand = mulberry32(110_003);
  const wb = newWorkbook();
  const name = "Rekap NPK 2018";
  const ws = wb.addWorksheet(name);
  const width = 18;
  ["REKAPITULASI PENILAIAN PRESTASI KERJA PEGAWAI NEGERI SIPIL", "DINAS PENDIDIKAN KABUPATEN SUKAMAJU", "PERIODE PENILAIAN 1 JANUARI s.d. 31 DESEMBER 2018"].forEach((t, i) => {
    ws.getCell(i + 1, 1).value = t;
    ws.mergeCells(i + 1, 1, i + 1, width);
  });
  const h = 5;
  putRow(ws, h, ["NO", "NAMA", "NIP", "PANGKAT/GOL. RUANG", "JABATAN", "SASARAN KERJA PEGAWAI (SKP)", "", "PERILAKU KERJA", "", "", "", "", "", "", "", "", "NILAI PRESTASI KERJA", "SEBUTAN"]);
  putRow(ws, h + 1, ["NILAI", "60%", "OPL", "INT", "KOM", "DIS", "KSM", "KPM", "JUMLAH", "NILAI RATA-RATA", "40%"], 6);
  for (const c of [1, 2, 3, 4, 5, 17, 18]) ws.mergeCells(h, c, h + 1, c);
  ws.mergeCells(h, 6, h, 7);
  ws.mergeCells(h, 8, h, 16);
  putRow(
    ws,
    h + 2,
    Array.from({ length: width }, (_, i) => i + 1),
  );
  bold(ws, h);
  bold(ws, h + 1);
  const staff = people(rand, 32);
  const plants: Plant[] = [];
  const rows: number[] = [];
  staff.forEach((p, i) => {
    const r = h + 3 + i;
    rows.push(r);
    const structural = i < STRUKTURAL.length;
    let skp = between(rand, 720, 930) / 10;
    let aspects = Array.from({ length: 6 }, () => between(rand, 72, 92));
    if (i === 18) {
      skp = 80;
      aspects = [80, 80, 80, 80, 80, 80];
    }
    if (!structural) aspects[5] = NaN; // kepemimpinan blank for non-structural staff
    let nip: string | null = nipSpaced(p.nip);
    const present = aspects.filter((a) => !Number.isNaN(a));
    const jumlah = present.reduce((s, a) => s + a, 0);
    const rata = jumlah / present.length;
    const skpCell: number = i === 5 ? 130 : skp;
    const npk = skpCell * 0.6 + rata * 0.4;
    let sebutan = sebutanPp46(npk);
    let npkCell: ExcelJS.CellValue = { formula: `G${r}+P${r}`, result: npk };
    if (i === 5) plants.push({ sheet: name, cell: `F${r}`, code: "NILAI_RENTANG", severity: "error", what: "Nilai SKP 130 (di atas 120)" });
    if (i === 12) {
      sebutan = npk > 90 ? "Baik" : "Sangat Baik";
      plants.push({ sheet: name, cell: `R${r}`, code: "PREDIKAT_TIDAK_SESUAI", severity: "error", what: `sebutan ${sebutan} untuk nilai prestasi kerja ${npk.toFixed(2)}` });
    }
    if (i === 18) {
      npkCell = 83.5;
      plants.push({ sheet: name, cell: `Q${r}`, code: "NILAI_GABUNGAN_TIDAK_SESUAI", severity: "error", what: "Nilai Prestasi Kerja diketik 83,5 (bukan rumus); 80 × 60% + 80 × 40% = 80" });
    }
    if (i === 23) {
      nip = nipSpaced(`${p.nip.slice(0, 6)}32${p.nip.slice(8)}`);
      plants.push({ sheet: name, cell: `C${r}`, code: "NIP_TANGGAL", severity: "error", what: "tanggal lahir 32 di NIP" });
    }
    if (i === 28) {
      nip = null;
      plants.push({ sheet: name, cell: `C${r}`, code: "NIP_KOSONG", severity: "error", what: "NIP kosong" });
    }
    const aspectCells = aspects.map((a) => (Number.isNaN(a) ? null : a));
    putRow(ws, r, [
      i + 1,
      `${p.nama}${p.gelar ? `, ${p.gelar}` : ""}`,
      nip,
      pick(rand, PANGKAT),
      structural ? STRUKTURAL[i] : pick(rand, STAF),
      skpCell,
      { formula: `F${r}*60%`, result: skpCell * 0.6 },
      ...aspectCells,
      { formula: `SUM(H${r}:M${r})`, result: jumlah },
      { formula: `AVERAGE(H${r}:M${r})`, result: rata },
      { formula: `O${r}*40%`, result: rata * 0.4 },
      npkCell,
      sebutan,
    ]);
  });
  const end = h + 3 + staff.length + 1;
  putRow(ws, end, ["Sukamaju, 31 Desember 2018"], 14);
  putRow(ws, end + 1, ["KEPALA DINAS PENDIDIKAN"], 14);
  putRow(ws, end + 4, ["Drs. SUPARMAN HADI, M.Pd."], 14);
  putRow(ws, end + 5, ["Pembina Utama Muda"], 14);
  putRow(ws, end + 6, ["NIP. 19650310 198903 1 007"], 14);
  ws.columns.forEach((c, i) => (c.width = [5, 30, 24, 22, 34][i] ?? 9));
  return {
    file: "pp46-prestasi-kerja.xlsx",
    family: "3. Rekap “Nilai Prestasi Kerja” PP 46/2011 (Perka BKN 1/2013)",
    layout:
      "Tiga baris judul tergabung; judul kolom dua baris tergabung (baris 5–6): SASARAN KERJA PEGAWAI (SKP) di atas NILAI | 60%, PERILAKU KERJA di atas OPL INT KOM DIS KSM KPM | JUMLAH | NILAI RATA-RATA | 40%, lalu NILAI PRESTASI KERJA | SEBUTAN; baris nomor kolom (1–18) di baris 7; kolom hitungan berupa rumus; NIP gaya cetak BKN (19740512 199903 1 004); kepemimpinan kosong untuk staf non-struktural; blok tanda tangan.",
    sheets: [{ name, employeeRows: rows, aturan: "PP46", why: "kolom NILAI PRESTASI KERJA, SEBUTAN, bobot 60%/40% dan enam aspek perilaku" }],
    plants,
    workbook: wb,
  };
}

// ---------------------------------------------------------------------------------------------
// 4. snake_case import template (angka kredit conversion)
// ---------------------------------------------------------------------------------------------

const JENJANG = ["Ahli Pertama", "Ahli Muda", "Ahli Madya", "Terampil", "Mahir", "Penyelia"];
const JABATAN_FUNGSIONAL = ["Analis Kepegawaian", "Pranata Komputer", "Perencana", "Arsiparis", "Pustakawan", "Analis Kebijakan", "Auditor"];
const PENDIDIKAN = ["S1", "S2", "D3", "D4", "SMA"];
const GOLONGAN_KODE = ["III/a", "III/b", "III/c", "III/d", "IV/a", "II/c", "II/d"];

function predikat6(rand: Rand): Predikat6 {
  const x = rand();
  if (x < 0.12) return "Sangat Baik";
  if (x < 0.85) return "Baik";
  if (x < 0.95) return "Butuh Perbaikan";
  if (x < 0.98) return "Kurang/Misconduct";
  return "Sangat Kurang";
}

function imporAngkaKredit(): RealSample {
  const rand = mulberry32(110_004);
  const wb = newWorkbook();
  const name = "Template Konversi";
  const ws = wb.addWorksheet(name);
  putRow(ws, 1, ["nip", "nama_lengkap", "email", "golongan", "asal_jabatan", "jenjang_jabatan", "pendidikan_terakhir", "tmt_jabatan", "masa_kerja_tahun", "masa_kerja_bulan", "saldo_historis", "Predikat Kinerja Pegawai (PKP)", "pkp_tw1", "pkp_tw2", "pkp_tw3"]);
  const staff = people(rand, 35);
  const plants: Plant[] = [];
  const rows: number[] = [];
  staff.forEach((p, i) => {
    const r = 2 + i;
    rows.push(r);
    let nip: string | number = p.nip;
    let pkp: string | null = predikat6(rand);
    if (i === 6) {
      nip = Number(p.nip);
      plants.push({ sheet: name, cell: `A${r}`, code: "NIP_ANGKA", severity: "error", what: "NIP tersimpan sebagai angka (digit akhir hilang)" });
    }
    if (i === 13) {
      nip = `${p.nip}7`;
      plants.push({ sheet: name, cell: `A${r}`, code: "NIP_FORMAT", severity: "error", what: "NIP 19 digit" });
    }
    if (i === 20) {
      pkp = null;
      plants.push({ sheet: name, cell: `L${r}`, code: "WAJIB_KOSONG", severity: "error", what: "PKP kosong" });
    }
    if (i === 26) {
      pkp = "Sangat Bagus";
      plants.push({ sheet: name, cell: `L${r}`, code: "PREDIKAT_TIDAK_DIKENAL", severity: "error", what: 'PKP "Sangat Bagus"' });
    }
    if (i === 31) {
      nip = `${p.nip.slice(0, 14)}0${p.nip.slice(15)}`;
      plants.push({ sheet: name, cell: `A${r}`, code: "NIP_KELAMIN", severity: "error", what: "digit jenis kelamin 0" });
    }
    const [first] = p.nama.toLowerCase().split(" ");
    const tmt = `${between(rand, 2015, 2023)}-${pad(between(rand, 1, 12), 2)}-01`;
    putRow(ws, r, [
      nip,
      p.nama,
      `${first}.${pad(i + 1, 2)}@sukamajukab.go.id`,
      pick(rand, GOLONGAN_KODE),
      pick(rand, JABATAN_FUNGSIONAL),
      pick(rand, JENJANG),
      pick(rand, PENDIDIKAN),
      tmt,
      between(rand, 1, 25),
      between(rand, 0, 11),
      between(rand, 0, 400) / 10,
      pkp,
      predikat6(rand),
      predikat6(rand),
      predikat6(rand),
    ]);
  });
  ws.columns.forEach((c, i) => (c.width = [22, 28, 34][i] ?? 16));
  return {
    file: "impor-angka-kredit.xlsx",
    family: "4. Templat impor dengan satu baris judul snake_case (konversi angka kredit)",
    layout: "Judul kolom di baris 1: nip, nama_lengkap, email, golongan, asal_jabatan, jenjang_jabatan, pendidikan_terakhir, tmt_jabatan, masa_kerja_tahun, masa_kerja_bulan, saldo_historis, Predikat Kinerja Pegawai (PKP), pkp_tw1 … pkp_tw3; tanpa baris judul lembar.",
    sheets: [{ name, employeeRows: rows, aturan: "PERMENPANRB6", why: "kolom Predikat Kinerja Pegawai (PKP) dan pkp_tw1…pkp_tw3 (istilah PermenPANRB 6/2022)" }],
    plants,
    workbook: wb,
  };
}

// ---------------------------------------------------------------------------------------------
// 5. Personnel system exports: SIMPEGA REKAP_PEGAWAI and a raw SIMPEG table dump
// ---------------------------------------------------------------------------------------------

const ZWNJ = "\u200C";
const UNITS_SIMPEG = [
  { unit: "Bagian Umum", induk: "Sekretariat Daerah" },
  { unit: "Bagian Hukum", induk: "Sekretariat Daerah" },
  { unit: "Bidang Mutasi dan Promosi", induk: "Badan Kepegawaian dan Pengembangan SDM" },
  { unit: "Bidang Pengembangan Kompetensi", induk: "Badan Kepegawaian dan Pengembangan SDM" },
];
const PREDIKAT_PP30 = ["Baik", "Baik", "Baik", "Sangat Baik", "Cukup"];

function simpeg(): RealSample {
  const rand = mulberry32(110_005);
  const wb = newWorkbook();
  const plants: Plant[] = [];

  // 5a. SIMPEGA "REKAP_PEGAWAI": every exported text cell starts with U+200C; the officer appended M–Q.
  const a = "REKAP_PEGAWAI";
  const wa = wb.addWorksheet(a);
  const exported = ["NIP", "Nama Lengkap (Tanpa Gelar)", "Nama Lengkap (Dengan Gelar)", "Gelar Depan", "Gelar Belakang", "Jenis Kelamin", "Golongan", "Jabatan", "Jenis Jabatan", "Unit Kerja", "Unit Kerja Induk (Level Atas)", "Tanggal Lahir"];
  putRow(wa, 1, [...exported.map((t) => ZWNJ + t), "NILAI SKP 2024", "PREDIKAT 2024", "Rating Hasil Kerja 2025", "Rating Perilaku Kerja 2025", "Predikat Kinerja 2025"]);
  for (let c = 1; c <= exported.length; c++) {
    plants.push({ sheet: a, cell: `${col(c)}1`, code: "TEKS_TERSEMBUNYI", severity: "warning", what: "setiap sel teks kolom ini diawali U+200C: satu peringatan untuk kolomnya" });
  }
  const staffA = people(rand, 40);
  const rowsA: number[] = [];
  staffA.forEach((p, i) => {
    const r = 2 + i;
    rowsA.push(r);
    let nip = p.nip;
    let hasil = rating(rand, 0.2, 0.06);
    const perilaku = rating(rand, 0.2, 0.03);
    let hasilText = PLAIN_WORD[hasil];
    let predikat: string = kuadran(hasil, perilaku);
    if (i === 8) {
      hasil = "sesuai";
      hasilText = PLAIN_WORD.sesuai;
      predikat = perilaku === "bawah" ? "Baik" : "Butuh Perbaikan";
      plants.push({ sheet: a, cell: `Q${r}`, code: "PREDIKAT_TIDAK_SESUAI", severity: "error", what: `${predikat} tertulis, padahal kuadrannya ${kuadran("sesuai", perilaku)}` });
    }
    if (i === 15) {
      hasilText = "Memenuhi Ekspektasi";
      plants.push({ sheet: a, cell: `O${r}`, code: "RATING_TIDAK_DIKENAL", severity: "error", what: 'rating hasil kerja "Memenuhi Ekspektasi" (bukan kata PermenPANRB 6/2022)' });
    }
    if (i === 22) {
      nip = staffA[2].nip;
      plants.push({ sheet: a, cell: `A${r}`, code: "NIP_GANDA", severity: "error", what: "NIP sama dengan baris 4" });
    }
    if (i === 30) {
      nip = `19900617200504${p.male ? 1 : 2}${p.nip.slice(15)}`;
      plants.push({ sheet: a, cell: `A${r}`, code: "NIP_TANGGAL", severity: "error", what: "TMT CPNS 2005 untuk lahir 1990 (sebelum usia 18)" });
    }
    const depan = rand() < 0.1 ? "Dr." : rand() < 0.1 ? "Ir." : "";
    const unit = pick(rand, UNITS_SIMPEG);
    const withGelar = `${depan ? `${depan} ` : ""}${p.nama}${p.gelar ? `, ${p.gelar}` : ""}`;
    const text = [nip, p.nama, withGelar, depan, p.gelar, p.male ? "Laki-laki" : "Perempuan", pick(rand, GOLONGAN_KODE), pick(rand, JABATAN_UMUM), "Jabatan Fungsional", unit.unit, unit.induk].map((t) => (t === "" ? null : ZWNJ + t));
    putRow(wa, r, [...text, p.lahir, between(rand, 820, 1150) / 10, pick(rand, PREDIKAT_PP30), hasilText, PLAIN_WORD[perilaku], predikat]);
  });
  wa.getColumn(12).numFmt = "dd-mm-yyyy";
  wa.columns.forEach((c, i) => (c.width = [22, 28, 34][i] ?? 18));

  // 5b. Raw SIMPEG table dump: database-code headers, golongan as codes, dates as DDMMYYYY text or Excel dates.
  const b = "pns";
  const wbs = wb.addWorksheet(b);
  putRow(wbs, 1, ["pns_pnsnip", "pns_pnsnam", "pns_glrdpn", "pns_tgllhr", "pns_pnssex", "pns_golru", "pns_tmtgol", "pns_namjab", "pns_namunor", "PREDIKAT 2024", "Rating Hasil Kerja 2025", "Rating Perilaku Kerja 2025", "Predikat Kinerja 2025"]);
  const staffB = people(mulberry32(110_015), 30);
  const rowsB: number[] = [];
  staffB.forEach((p, i) => {
    const r = 2 + i;
    rowsB.push(r);
    let nip: string | number = p.nip;
    let hasil = rating(rand, 0.2, 0.06);
    let perilaku = rating(rand, 0.2, 0.03);
    let predikat: string = kuadran(hasil, perilaku);
    let lalu = pick(rand, PREDIKAT_PP30);
    if (i === 4) {
      nip = Number(p.nip);
      plants.push({ sheet: b, cell: `A${r}`, code: "NIP_ANGKA", severity: "error", what: "NIP tersimpan sebagai angka" });
    }
    if (i === 17) {
      hasil = "atas";
      perilaku = "bawah";
      predikat = "Baik";
      plants.push({ sheet: b, cell: `M${r}`, code: "PREDIKAT_TIDAK_SESUAI", severity: "error", what: "Di Atas × Di Bawah Ekspektasi memberi Kurang/Misconduct, tertulis Baik" });
    }
    if (i === 24) {
      lalu = "B+";
      plants.push({ sheet: b, cell: `J${r}`, code: "PREDIKAT_TIDAK_DIKENAL", severity: "error", what: 'predikat 2024 "B+"' });
    }
    const lahir: ExcelJS.CellValue = i % 3 === 0 ? p.lahir : `${pad(p.lahir.getUTCDate(), 2)}${pad(p.lahir.getUTCMonth() + 1, 2)}${p.lahir.getUTCFullYear()}`;
    const unit = pick(rand, UNITS_SIMPEG);
    putRow(wbs, r, [
      nip,
      p.nama.toUpperCase(),
      rand() < 0.1 ? "Drs." : null,
      lahir,
      p.male ? "1" : "2",
      pick(rand, [32, 33, 34, 41, 42, 24]),
      `0104${between(rand, 2016, 2024)}`,
      pick(rand, JABATAN_UMUM).toUpperCase(),
      unit.unit.toUpperCase(),
      lalu,
      PLAIN_WORD[hasil],
      PLAIN_WORD[perilaku],
      predikat,
    ]);
  });
  wbs.getColumn(4).numFmt = "dd-mm-yyyy";
  wbs.columns.forEach((c) => (c.width = 18));

  return {
    file: "simpeg-ekspor.xlsx",
    family: "5. Ekspor sistem kepegawaian (SIMPEGA REKAP_PEGAWAI dan tabel mentah SIMPEG)",
    layout:
      "Lembar REKAP_PEGAWAI: satu baris judul nama panjang (NIP, Nama Lengkap (Tanpa Gelar), …, Unit Kerja Induk (Level Atas), Tanggal Lahir), setiap sel teks ekspor diawali U+200C; pengelola menambahkan NILAI SKP 2024, PREDIKAT 2024, Rating Hasil Kerja 2025, Rating Perilaku Kerja 2025, Predikat Kinerja 2025. Lembar pns: judul kode basis data (pns_pnsnip, pns_pnsnam, pns_glrdpn, pns_tgllhr, pns_pnssex, pns_golru, pns_tmtgol, pns_namjab, pns_namunor), golongan berupa kode (34), tanggal berupa tanggal Excel atau teks DDMMYYYY, ditambah kolom predikat dan rating.",
    sheets: [
      { name: a, employeeRows: rowsA, aturan: "PERMENPANRB6", why: "kolom Rating Hasil Kerja 2025 dan Rating Perilaku Kerja 2025; 2025 tahun penilaian, NILAI SKP 2024 tidak dibaca, PREDIKAT 2024 = predikat tahun lalu" },
      { name: b, employeeRows: rowsB, aturan: "PERMENPANRB6", why: "kolom Rating Hasil Kerja 2025 dan Rating Perilaku Kerja 2025" },
    ],
    plants,
    workbook: wb,
  };
}

/** Every real-layout sample, built in memory (the test reads the written files; this gives the plan). */
export function realSamples(): RealSample[] {
  return [ekinerja(), permenpanrb6(), pp46(), imporAngkaKredit(), simpeg()];
}

const RULE_SET_NAME: Record<Aturan, string> = { PP30: "PP 30/2019", PP46: "PP 46/2011", KEMENKEU: "Kemenkeu (NPKP)", POLRI: "Polri", PERMENPANRB6: "PermenPANRB 6/2022" };

function readme(samples: readonly RealSample[]): string {
  const lines = [
    "# Contoh buku kerja nyata (samples/nyata)",
    "",
    "Lima keluarga tata letak yang diterima pengelola kepegawaian dari luar add-in (isu 11). Dibuat oleh",
    "`npx tsx scripts/make-real-samples.ts` (deterministik). Tidak ada aturan yang tersimpan di buku kerja: mesin harus",
    "menentukan aturan dari lembarnya sendiri. Setiap kesalahan yang ditanam tercantum di bawah dengan selnya; baris lain",
    "benar dan tidak boleh mendapat galat. Diuji oleh `test/workbook/real-layouts.test.ts`.",
    "",
  ];
  for (const s of samples) {
    lines.push(`## ${s.file} — ${s.family}`, "", s.layout, "");
    for (const sh of s.sheets) {
      const first = sh.employeeRows[0];
      const last = sh.employeeRows[sh.employeeRows.length - 1];
      lines.push(`- Lembar **${sh.name}**: ${sh.employeeRows.length} pegawai (baris ${first}–${last}); aturan yang tersirat: **${RULE_SET_NAME[sh.aturan]}** (${sh.why}).`);
    }
    lines.push("", "| Lembar | Sel | Kode | Tingkat | Kesalahan yang ditanam |", "|---|---|---|---|---|");
    for (const p of s.plants) lines.push(`| ${p.sheet} | ${p.cell} | ${p.code} | ${p.severity === "error" ? "galat" : "peringatan"} | ${p.what} |`);
    lines.push("");
  }
  return lines.join("\n");
}

export async function writeRealSamples(dir: string): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const samples = realSamples();
  for (const s of samples) writeFileSync(join(dir, s.file), await deterministicXlsx(s.workbook));
  writeFileSync(join(dir, "README.md"), readme(samples));
  return [...samples.map((s) => s.file), "README.md"];
}

if (require.main === module) {
  writeRealSamples(join(resolve(__dirname, ".."), "samples", "nyata"))
    .then((files) => files.forEach((f) => console.log(`samples/nyata/${f}`)))
    .catch((error) => {
      console.error(error);
      process.exit(1);
    });
}
