/**
 * The data behind the sample workbooks in samples/: file and sheet names, the fixed "today" the
 * samples are checked against, and — defined once, here — every problem planted in the
 * problem workbooks (cell, finding code, description). scripts/make-samples.ts writes the
 * workbooks and samples/README.md from this module; test/samples/ imports it to check that the
 * validator finds exactly these problems.
 */

/** The samples are validated as of this date (NIP dates are bounded by "today"). */
export const SAMPLE_TODAY = new Date(Date.UTC(2026, 10, 24));
/** Written into docProps/core.xml and as every zip entry's date, so the output is byte-identical. */
export const SAMPLE_TIMESTAMP = new Date(Date.UTC(2026, 0, 15, 8, 0, 0));
export const SAMPLE_YEAR = 2025;

export const FILES = {
  dinasBersih: "dinas-bersih.xlsx",
  dinasBermasalah: "dinas-bermasalah.xlsx",
  iku: "iku-kemenkeu.xlsx",
  polri: "polri.xlsx",
} as const;

export const SHEETS = {
  dinas: "Rekap Kinerja 2025",
  susulan: "Susulan",
  iku: "IKU 2025",
  ikuBermasalah: "IKU Bermasalah",
  polri: "Rekap Polri 2025",
} as const;

// ---------------------------------------------------------------------------------------------
// Agency workbook layout (dinas-bersih.xlsx and dinas-bermasalah.xlsx, sheet SHEETS.dinas)
// ---------------------------------------------------------------------------------------------

/** Excel rows: 1 title · 2 agency · 3 blank · 4–5 two-row header · 6 column numbers · 7… employees. */
export const DINAS_LAYOUT = {
  titleRow: 1,
  agencyRow: 2,
  headerRow: 4,
  columnNumberRow: 6,
  firstEmployeeRow: 7,
  employees: 320,
} as const;

/**
 * Columns of the agency sheet, A to N. `header` is the top header row; `sub` the second
 * (only under the merged "Nilai").
 */
export const DINAS_COLUMNS = [
  { col: "A", header: "No", width: 5 },
  { col: "B", header: "NIP", width: 21 },
  { col: "C", header: "Nama", width: 34 },
  { col: "D", header: "Jabatan", width: 44 },
  { col: "E", header: "Unit Kerja", width: 40 },
  { col: "F", header: "Jenis Jabatan", width: 15 },
  { col: "G", header: "Nilai", sub: "SKP", width: 9 },
  { col: "H", header: "Nilai", sub: "Perilaku", width: 9 },
  { col: "I", header: "Nilai Akhir (70% SKP + 30% Perilaku)", width: 13 },
  { col: "J", header: "Predikat", width: 13 },
  { col: "K", header: "Inovasi", width: 44 },
  { col: "L", header: "Predikat Tahun Lalu (2024)", width: 14 },
  { col: "M", header: "Potensial", width: 11 },
  { col: "N", header: "Kotak Talenta", width: 9 },
] as const;

/**
 * In dinas-bermasalah.xlsx a blank row is inserted before this employee (No), so the table
 * ends there and the last employees are not checked (DATA_SETELAH_BARIS_KOSONG).
 */
export const BLANK_ROW_BEFORE_EMPLOYEE = 318;

/** A name typed with a leading "=": must stay text, cause no finding and reach the generated sheet as text. */
export const FORMULA_LIKE_NAME = { sheet: SHEETS.dinas, cell: "C210", value: '=HYPERLINK("http://x")' } as const;

/** A value written into a planted cell. */
export type PlantValue =
  | string
  | number
  | null
  | { readonly error: string }
  | { readonly formula: string; readonly result: number | { readonly error: string } }
  /** The clean value of another cell of the same sheet (a copy-paste slip). */
  | { readonly copyOf: string }
  /** The cell's formula replaced by its result, typed as a plain number. */
  | { readonly typed: true };

export interface PlantedProblem {
  readonly file: string;
  readonly sheet: string;
  /** Where the validator reports the problem. */
  readonly cell: string;
  readonly code: string;
  /** Indonesian, for samples/README.md. */
  readonly description: string;
}

export interface DinasPlant extends PlantedProblem {
  /**
   * Cells written over the clean workbook (same sheet). Besides the faulty cell this sets the
   * row's other values so that the row carries this one problem and no other.
   */
  readonly set: Readonly<Record<string, PlantValue>>;
}

const bermasalah = FILES.dinasBermasalah;
const rekap = SHEETS.dinas;

/** Every problem planted in dinas-bermasalah.xlsx (rows before the inserted blank row). */
export const DINAS_PLANTS: readonly DinasPlant[] = [
  { file: bermasalah, sheet: rekap, cell: "B12", code: "NIP_KOSONG", description: "NIP tidak diisi.", set: { B12: null } },
  {
    file: bermasalah,
    sheet: rekap,
    cell: "B18",
    code: "NIP_ANGKA",
    description: "NIP tersimpan sebagai angka (198703152010012003 menjadi 198703152010012000).",
    set: { B18: Number("198703152010012003") },
  },
  { file: bermasalah, sheet: rekap, cell: "B25", code: "NIP_FORMAT", description: "NIP hanya 17 digit (satu digit hilang).", set: { B25: "19850612201001100" } },
  { file: bermasalah, sheet: rekap, cell: "B31", code: "NIP_FORMAT", description: "NIP berisi huruf O, bukan angka 0.", set: { B31: "198802142015032O01" } },
  { file: bermasalah, sheet: rekap, cell: "B40", code: "NIP_TANGGAL", description: "Tanggal lahir 30 Februari 1980 tidak ada.", set: { B40: "198002302005011004" } },
  {
    file: bermasalah,
    sheet: rekap,
    cell: "B47",
    code: "NIP_TANGGAL",
    description: "TMT CPNS Maret 2010 untuk pegawai lahir Mei 1995 (belum berusia 18 tahun).",
    set: { B47: "199505122010031002" },
  },
  { file: bermasalah, sheet: rekap, cell: "B53", code: "NIP_KELAMIN", description: "Digit ke-15 (jenis kelamin) bernilai 3.", set: { B53: "198309172009033005" } },
  { file: bermasalah, sheet: rekap, cell: "B61", code: "NIP_GANDA", description: "NIP sama dengan NIP di B9 (salin-tempel).", set: { B61: { copyOf: "B9" } } },
  { file: bermasalah, sheet: rekap, cell: "C70", code: "WAJIB_KOSONG", description: "Nama pegawai kosong.", set: { C70: null } },
  {
    file: bermasalah,
    sheet: rekap,
    cell: "H77",
    code: "SEL_ERROR",
    description: "Nilai perilaku berisi error #N/A (hasil VLOOKUP yang ditempel sebagai nilai).",
    set: { H77: { error: "#N/A" } },
  },
  {
    file: bermasalah,
    sheet: rekap,
    cell: "I77",
    code: "SEL_ERROR",
    description: "Rumus nilai akhir ikut bernilai #N/A karena nilai perilakunya #N/A.",
    set: { I77: { formula: "ROUND(G77*0.7+H77*0.3,2)", result: { error: "#N/A" } } },
  },
  {
    file: bermasalah,
    sheet: rekap,
    cell: "G84",
    code: "SEL_ERROR",
    description: "Nilai SKP berupa rumus AVERAGE atas sel kosong: #DIV/0!.",
    set: { G84: { formula: "AVERAGE(P84:S84)", result: { error: "#DIV/0!" } } },
  },
  {
    file: bermasalah,
    sheet: rekap,
    cell: "I84",
    code: "SEL_ERROR",
    description: "Rumus nilai akhir ikut bernilai #DIV/0!.",
    set: { I84: { formula: "ROUND(G84*0.7+H84*0.3,2)", result: { error: "#DIV/0!" } } },
  },
  {
    file: bermasalah,
    sheet: rekap,
    cell: "H92",
    code: "BUKAN_ANGKA",
    description: 'Nilai perilaku berisi teks "belum dinilai" (nilai akhir diketik manual).',
    set: { H92: "belum dinilai", I92: { typed: true } },
  },
  { file: bermasalah, sheet: rekap, cell: "N99", code: "BUKAN_ANGKA", description: 'Kotak talenta ditulis angka Romawi "VII".', set: { N99: "VII" } },
  {
    file: bermasalah,
    sheet: rekap,
    cell: "G105",
    code: "ANGKA_TEKS",
    description: 'Nilai SKP tersimpan sebagai teks "95,5" (koma desimal).',
    set: { G105: "95,5", H105: 90, I105: 93.85, J105: "Baik", K105: null, M105: "Menengah", N105: 7 },
  },
  {
    file: bermasalah,
    sheet: rekap,
    cell: "H112",
    code: "ANGKA_TEKS",
    description: 'Nilai perilaku tersimpan sebagai teks "95%".',
    set: { G112: 100, H112: "95%", I112: 98.5, J112: "Baik", K112: null, M112: "Tinggi", N112: 9 },
  },
  {
    file: bermasalah,
    sheet: rekap,
    cell: "G120",
    code: "NILAI_RENTANG",
    description: "Nilai SKP 130, di atas batas 120.",
    set: { G120: 130, H120: 90, I120: 118, J120: "Baik", K120: null, M120: "Menengah", N120: 7 },
  },
  {
    file: bermasalah,
    sheet: rekap,
    cell: "H127",
    code: "NILAI_RENTANG",
    description: "Nilai perilaku -5, di bawah 0.",
    set: { G127: 100, H127: -5, I127: 68.5, J127: "Kurang", K127: null, M127: "Rendah", N127: 2 },
  },
  {
    file: bermasalah,
    sheet: rekap,
    cell: "I135",
    code: "NILAI_GABUNGAN_TIDAK_SESUAI",
    description: "Nilai akhir 97,2 diketik manual; SKP 98 dan perilaku 92 dengan bobot 70/30 memberi 96,2.",
    set: { G135: 98, H135: 92, I135: 97.2, J135: "Baik", K135: null, M135: "Menengah", N135: 7 },
  },
  {
    file: bermasalah,
    sheet: rekap,
    cell: "I142",
    code: "NILAI_GABUNGAN_BOBOT_LAIN",
    description: "Nilai akhir 100 dihitung dengan bobot 60/40 (SKP 104, perilaku 94); bobot 70/30 memberi 101.",
    set: { G142: 104, H142: 94, I142: 100, J142: "Baik", K142: null, M142: "Tinggi", N142: 9 },
  },
  {
    file: bermasalah,
    sheet: rekap,
    cell: "J150",
    code: "PREDIKAT_TIDAK_DIKENAL",
    description: 'Predikat "Amat Baik" bukan sebutan PP 30/2019.',
    set: { G150: 100, H150: 95, I150: 98.5, J150: "Amat Baik", K150: null, M150: "Menengah", N150: 7 },
  },
  { file: bermasalah, sheet: rekap, cell: "L157", code: "PREDIKAT_TIDAK_DIKENAL", description: 'Predikat tahun lalu "Baik Sekali".', set: { L157: "Baik Sekali" } },
  {
    file: bermasalah,
    sheet: rekap,
    cell: "J165",
    code: "PREDIKAT_TIDAK_SESUAI",
    description: "Predikat Baik untuk nilai 85,2 (seharusnya Cukup).",
    set: { G165: 84, H165: 88, I165: 85.2, J165: "Baik", K165: null, M165: "Menengah", N165: 5 },
  },
  {
    file: bermasalah,
    sheet: rekap,
    cell: "J172",
    code: "PREDIKAT_TIDAK_SESUAI",
    description: "Predikat Sangat Baik untuk nilai 108,1 walau ada inovasi (Sangat Baik mulai 110).",
    set: { G172: 109, H172: 106, I172: 108.1, J172: "Sangat Baik", K172: "Aplikasi antrean layanan kepegawaian daring", M172: "Tinggi", N172: 9 },
  },
  {
    file: bermasalah,
    sheet: rekap,
    cell: "J180",
    code: "SANGAT_BAIK_TANPA_INOVASI",
    description: "Predikat Sangat Baik untuk nilai 112,8 tanpa bukti inovasi (seharusnya Baik).",
    set: { G180: 114, H180: 110, I180: 112.8, J180: "Sangat Baik", K180: null, M180: "Tinggi", N180: 9 },
  },
  { file: bermasalah, sheet: rekap, cell: "M188", code: "POTENSIAL_TIDAK_DIKENAL", description: 'Potensial "Sangat Tinggi" (hanya Tinggi/Menengah/Rendah).', set: { M188: "Sangat Tinggi" } },
  {
    file: bermasalah,
    sheet: rekap,
    cell: "M4",
    code: "POTENSIAL_TANPA_BATAS",
    description: "M195 berisi skor potensial 82 (angka) padahal batas nilai potensial belum ditetapkan di Pengaturan; dilaporkan di judul kolom.",
    set: { M195: 82 },
  },
  {
    file: bermasalah,
    sheet: rekap,
    cell: "N203",
    code: "KOTAK_TIDAK_SESUAI",
    description: "Kotak 8 untuk kinerja di atas ekspektasi (Baik) dan potensial menengah (seharusnya 7).",
    set: { G203: 96, H203: 94, I203: 95.4, J203: "Baik", K203: null, M203: "Menengah", N203: 8 },
  },
  {
    file: bermasalah,
    sheet: rekap,
    cell: "B325",
    code: "DATA_SETELAH_BARIS_KOSONG",
    description: `Baris kosong 324 di dalam tabel: pegawai No ${BLANK_ROW_BEFORE_EMPLOYEE}–320 di bawahnya tidak diperiksa.`,
    set: {},
  },
];

/**
 * Sheet "Susulan" of dinas-bermasalah.xlsx: late entries (transferred-in employees) whose
 * behaviour score has not arrived — the sheet has Nilai SKP but no Nilai Perilaku column.
 * Excel rows: 1 title · 2 blank · 3 header · 4–8 employees.
 */
export const SUSULAN_PLANT: PlantedProblem = {
  file: bermasalah,
  sheet: SHEETS.susulan,
  cell: "A3",
  code: "KOLOM_WAJIB",
  description: "Lembar susulan tanpa kolom Nilai Perilaku (dan tanpa Nilai Akhir).",
};

// ---------------------------------------------------------------------------------------------
// IKU workbook (iku-kemenkeu.xlsx): a clean sheet and a sheet with planted problems
// ---------------------------------------------------------------------------------------------

export type Polarisasi = "Maximize" | "Minimize" | "Stabilize";

export interface IkuRow {
  readonly ss?: string;
  readonly sasaran?: string;
  readonly iku: string;
  /** A known polarisation, or a typo planted as a problem. */
  readonly polarisasi: Polarisasi | string;
  readonly target: number;
  readonly realisasi: number;
  readonly bobot: number;
  readonly terburuk?: number;
  readonly validitas: "Exact" | "Proxy" | "Activity";
  /** Problems reported on this row: column letter of the reported cell, code, description. */
  readonly problems?: readonly { readonly col: string; readonly code: string; readonly description: string }[];
}

export interface IkuOwner {
  readonly pemilik: string;
  /** Blank when the sheet does not say (a planted problem). */
  readonly eselon: string;
  readonly rows: readonly IkuRow[];
}

/** Columns of both IKU sheets, A to M. */
export const IKU_COLUMNS = [
  { col: "A", header: "No", width: 5 },
  { col: "B", header: "Kode SS", width: 11 },
  { col: "C", header: "Sasaran Strategis", width: 36 },
  { col: "D", header: "IKU", width: 56 },
  { col: "E", header: "Polarisasi", width: 11 },
  { col: "F", header: "Target", width: 9 },
  { col: "G", header: "Realisasi", width: 10 },
  { col: "H", header: "Bobot (%)", width: 9 },
  { col: "I", header: "Realisasi Terburuk", width: 11 },
  { col: "J", header: "Indeks Capaian", width: 10 },
  { col: "K", header: "Pemilik", width: 34 },
  { col: "L", header: "Eselon Pemilik", width: 11 },
  { col: "M", header: "Validitas IKU", width: 10 },
] as const;

/** Excel rows of an IKU sheet: 1 title · 2 unit · 3 blank · 4 header · 5… IKU, a "Jumlah bobot" row after each owner. */
export const IKU_LAYOUT = { headerRow: 4, firstRow: 5 } as const;

/** Excel row of each IKU row and of each owner's "Jumlah bobot" row. */
export function ikuRowNumbers(owners: readonly IkuOwner[]): { rows: number[][]; subtotals: number[] } {
  let r: number = IKU_LAYOUT.firstRow;
  const rows: number[][] = [];
  const subtotals: number[] = [];
  for (const owner of owners) {
    rows.push(owner.rows.map(() => r++));
    subtotals.push(r++);
  }
  return { rows, subtotals };
}

const KANWIL = "Kepala Kanwil DJKN Jawa Barat";
const SS_KANWIL = {
  SS1: "Optimalnya pengelolaan kekayaan negara",
  SS2: "Lelang yang optimal dan akuntabel",
  SS3: "Optimalnya penyelesaian piutang negara",
  SS4: "Organisasi dan SDM yang andal",
};

export const IKU_CLEAN: readonly IkuOwner[] = [
  {
    pemilik: KANWIL,
    eselon: "Eselon II",
    rows: [
      { ss: "SS1", sasaran: SS_KANWIL.SS1, iku: "Persentase BMN yang ditetapkan status penggunaannya", polarisasi: "Maximize", target: 95, realisasi: 97.5, bobot: 12, validitas: "Exact" },
      { ss: "SS1", sasaran: SS_KANWIL.SS1, iku: "PNBP dari pemanfaatan BMN (miliar rupiah)", polarisasi: "Maximize", target: 120, realisasi: 131.4, bobot: 10, validitas: "Proxy" },
      { ss: "SS2", sasaran: SS_KANWIL.SS2, iku: "Pokok lelang (miliar rupiah)", polarisasi: "Maximize", target: 850, realisasi: 912.6, bobot: 12, validitas: "Exact" },
      { ss: "SS2", sasaran: SS_KANWIL.SS2, iku: "Jumlah pengaduan lelang yang terbukti", polarisasi: "Minimize", target: 0, realisasi: 2, bobot: 8, terburuk: 10, validitas: "Exact" },
      { ss: "SS2", sasaran: SS_KANWIL.SS2, iku: "Persentase lot lelang yang laku", polarisasi: "Maximize", target: 40, realisasi: 38.5, bobot: 8, validitas: "Proxy" },
      { ss: "SS3", sasaran: SS_KANWIL.SS3, iku: "Persentase penyelesaian Berkas Kasus Piutang Negara", polarisasi: "Maximize", target: 30, realisasi: 33, bobot: 12, validitas: "Exact" },
      { ss: "SS3", sasaran: SS_KANWIL.SS3, iku: "Rata-rata waktu penerbitan Surat Paksa (hari kerja)", polarisasi: "Minimize", target: 10, realisasi: 9, bobot: 10, validitas: "Exact" },
      { ss: "SS4", sasaran: SS_KANWIL.SS4, iku: "Indeks kepuasan pengguna layanan (skala 5)", polarisasi: "Maximize", target: 4.2, realisasi: 4.31, bobot: 10, validitas: "Proxy" },
      { ss: "SS4", sasaran: SS_KANWIL.SS4, iku: "Persentase realisasi anggaran belanja", polarisasi: "Stabilize", target: 95, realisasi: 96.1, bobot: 10, validitas: "Exact" },
      { ss: "SS4", sasaran: SS_KANWIL.SS4, iku: "Persentase pegawai yang memenuhi 20 JP pengembangan kompetensi", polarisasi: "Maximize", target: 100, realisasi: 100, bobot: 8, validitas: "Activity" },
    ],
  },
  {
    pemilik: "Kepala KPKNL Bandung",
    eselon: "Eselon III",
    rows: [
      { ss: "BDG-SS1", sasaran: "Optimalnya pengelolaan BMN di wilayah kerja", iku: "Persentase usulan penetapan status BMN yang selesai tepat waktu", polarisasi: "Maximize", target: 90, realisasi: 93, bobot: 20, validitas: "Exact" },
      { ss: "BDG-SS1", sasaran: "Optimalnya pengelolaan BMN di wilayah kerja", iku: "PNBP pengelolaan BMN (miliar rupiah)", polarisasi: "Maximize", target: 35, realisasi: 33.2, bobot: 15, validitas: "Proxy" },
      { ss: "BDG-SS2", sasaran: "Pelayanan lelang yang prima", iku: "Pokok lelang (miliar rupiah)", polarisasi: "Maximize", target: 310, realisasi: 335, bobot: 20, validitas: "Exact" },
      { ss: "BDG-SS2", sasaran: "Pelayanan lelang yang prima", iku: "Rata-rata waktu penyelesaian risalah lelang (hari)", polarisasi: "Minimize", target: 5, realisasi: 4, bobot: 15, validitas: "Exact" },
      { ss: "BDG-SS3", sasaran: "Terkelolanya piutang negara", iku: "Jumlah Berkas Kasus Piutang Negara yang melewati batas waktu", polarisasi: "Minimize", target: 0, realisasi: 0, bobot: 15, terburuk: 12, validitas: "Exact" },
      { ss: "BDG-SS3", sasaran: "Terkelolanya piutang negara", iku: "Persentase realisasi anggaran", polarisasi: "Stabilize", target: 96, realisasi: 96, bobot: 15, validitas: "Proxy" },
    ],
  },
  {
    pemilik: "Kepala Bidang Lelang",
    eselon: "Eselon III",
    rows: [
      { iku: "Frekuensi lelang yang terlaksana di wilayah kerja", polarisasi: "Maximize", target: 1200, realisasi: 1315, bobot: 25, validitas: "Exact" },
      { iku: "Persentase lot lelang yang laku", polarisasi: "Maximize", target: 40, realisasi: 41.2, bobot: 25, validitas: "Proxy" },
      { iku: "Persentase pejabat lelang kelas II yang disupervisi", polarisasi: "Maximize", target: 100, realisasi: 100, bobot: 20, validitas: "Activity" },
      { iku: "Jumlah keberatan peserta lelang yang tidak ditindaklanjuti", polarisasi: "Minimize", target: 0, realisasi: 1, bobot: 15, terburuk: 5, validitas: "Exact" },
      { iku: "Rasio biaya pelaksanaan lelang terhadap pokok lelang (%)", polarisasi: "Stabilize", target: 2, realisasi: 2.1, bobot: 15, validitas: "Proxy" },
    ],
  },
  {
    pemilik: "Kepala Bagian Umum",
    eselon: "Eselon III",
    rows: [
      { iku: "Persentase realisasi anggaran Kanwil", polarisasi: "Stabilize", target: 96, realisasi: 95.4, bobot: 30, validitas: "Exact" },
      { iku: "Indeks kepuasan layanan internal (skala 5)", polarisasi: "Maximize", target: 4, realisasi: 4.12, bobot: 25, validitas: "Proxy" },
      { iku: "Persentase tindak lanjut temuan BPK yang diselesaikan", polarisasi: "Maximize", target: 100, realisasi: 100, bobot: 25, validitas: "Exact" },
      { iku: "Jumlah hari keterlambatan laporan keuangan", polarisasi: "Minimize", target: 0, realisasi: 0, bobot: 20, terburuk: 15, validitas: "Exact" },
    ],
  },
  {
    pemilik: "Kepala Seksi Informasi",
    eselon: "Eselon IV",
    rows: [
      { iku: "Persentase ketersediaan layanan aplikasi", polarisasi: "Maximize", target: 99, realisasi: 99.5, bobot: 30, validitas: "Exact" },
      { iku: "Rata-rata waktu penyelesaian permintaan data (hari)", polarisasi: "Minimize", target: 3, realisasi: 2.5, bobot: 30, validitas: "Exact" },
      { iku: "Jumlah publikasi informasi lelang", polarisasi: "Maximize", target: 48, realisasi: 52, bobot: 20, validitas: "Activity" },
      { iku: "Persentase pengaduan layanan yang dijawab dalam 5 hari kerja", polarisasi: "Maximize", target: 100, realisasi: 96, bobot: 20, validitas: "Proxy" },
    ],
  },
];

const ELEVEN_IKU_SEKSI_HUKUM = [
  "Persentase telaahan hukum yang selesai tepat waktu",
  "Persentase gugatan yang dimenangkan",
  "Jumlah sosialisasi peraturan lelang",
  "Persentase permintaan informasi publik yang dijawab",
  "Persentase data lelang yang dimutakhirkan",
  "Jumlah konten informasi di situs web",
  "Persentase ketersediaan layanan aplikasi",
  "Rata-rata waktu penyelesaian permintaan data (hari)",
  "Persentase dokumen hukum yang diarsipkan digital",
  "Jumlah rapat koordinasi bantuan hukum",
  "Indeks kepuasan layanan informasi (skala 5)",
];

const ELEVEN_IKU_SEKSI_PENILAIAN = [
  "Jumlah laporan penilaian yang diterbitkan",
  "Persentase laporan penilaian tepat waktu",
  "Persentase permohonan penilaian yang ditindaklanjuti",
  "Nilai aset yang dinilai (triliun rupiah)",
  "Persentase laporan penilaian tanpa koreksi",
  "Jumlah survei lapangan",
  "Persentase penilai yang bersertifikat",
  "Rata-rata waktu penilaian (hari kerja)",
  "Jumlah kajian nilai pasar wajar",
  "Persentase data pembanding yang dimutakhirkan",
  "Indeks kepuasan pemohon penilaian (skala 5)",
];

function elevenRows(names: readonly string[], last: { code: string; description: string }): IkuRow[] {
  return names.map((iku, i) => {
    const minimize = /waktu/.test(iku);
    const skala = /skala 5/.test(iku);
    return {
      iku,
      polarisasi: minimize ? "Minimize" : "Maximize",
      target: minimize ? 5 : skala ? 4 : /^Persentase/.test(iku) ? 90 : 12,
      realisasi: minimize ? 4.5 : skala ? 4.1 : /^Persentase/.test(iku) ? 92 : 13,
      bobot: i === 0 ? 10 : 9,
      validitas: i % 4 === 2 ? "Activity" : i % 3 === 1 ? "Proxy" : "Exact",
      problems: i === names.length - 1 ? [{ col: "D", ...last }] : undefined,
    } satisfies IkuRow;
  });
}

export const IKU_PROBLEMS: readonly IkuOwner[] = [
  {
    pemilik: KANWIL,
    eselon: "Eselon II",
    rows: [
      { ss: "SS1", sasaran: SS_KANWIL.SS1, iku: "Persentase BMN yang ditetapkan status penggunaannya", polarisasi: "Maximize", target: 95, realisasi: 97.5, bobot: 10, validitas: "Exact" },
      { ss: "SS1", sasaran: SS_KANWIL.SS1, iku: "PNBP dari pemanfaatan BMN (miliar rupiah)", polarisasi: "Maximize", target: 120, realisasi: 131.4, bobot: 10, validitas: "Proxy" },
      { ss: "SS1", sasaran: SS_KANWIL.SS1, iku: "Persentase BMN idle yang dimanfaatkan", polarisasi: "Maximize", target: 60, realisasi: 58, bobot: 10, validitas: "Proxy" },
      {
        ss: "SS1",
        sasaran: SS_KANWIL.SS1,
        iku: "Nilai wajar BMN yang dinilai (triliun rupiah)",
        polarisasi: "Maximize",
        target: 12,
        realisasi: 12.8,
        bobot: 10,
        validitas: "Exact",
        problems: [{ col: "B", code: "IKU_JUMLAH_SS", description: "SS1 milik Kanwil (pemilik peta strategi) diukur dengan 4 IKU; paling banyak 3." }],
      },
      {
        ss: "SS2",
        sasaran: SS_KANWIL.SS2,
        iku: "Jumlah sosialisasi ketentuan lelang",
        polarisasi: "Maximize",
        target: 12,
        realisasi: 14,
        bobot: 10,
        validitas: "Activity",
        problems: [{ col: "M", code: "IKU_ACTIVITY_SAJA", description: "SS2 milik Kanwil hanya diukur dengan IKU activity." }],
      },
      { ss: "SS2", sasaran: SS_KANWIL.SS2, iku: "Jumlah rapat koordinasi dengan balai lelang", polarisasi: "Maximize", target: 4, realisasi: 4, bobot: 10, validitas: "Activity" },
      {
        ss: "SS3",
        sasaran: SS_KANWIL.SS3,
        iku: "Persentase penyelesaian Berkas Kasus Piutang Negara",
        polarisasi: "Maximaze",
        target: 30,
        realisasi: 33,
        bobot: 10,
        validitas: "Exact",
        problems: [{ col: "E", code: "IKU_POLARISASI", description: 'Polarisasi salah ketik "Maximaze".' }],
      },
      {
        ss: "SS3",
        sasaran: SS_KANWIL.SS3,
        iku: "Jumlah pengaduan lelang yang terbukti",
        polarisasi: "Minimize",
        target: 0,
        realisasi: 2,
        bobot: 10,
        validitas: "Exact",
        problems: [{ col: "F", code: "IKU_TARGET", description: "Minimize dengan target 0 tanpa realisasi terburuk." }],
      },
      { ss: "SS4", sasaran: SS_KANWIL.SS4, iku: "Indeks kepuasan pengguna layanan (skala 5)", polarisasi: "Maximize", target: 4.2, realisasi: 4.31, bobot: 10, validitas: "Proxy" },
      { ss: "SS4", sasaran: SS_KANWIL.SS4, iku: "Persentase realisasi anggaran belanja", polarisasi: "Stabilize", target: 95, realisasi: 96.1, bobot: 10, validitas: "Exact" },
    ],
  },
  {
    pemilik: "Kepala Bidang Lelang",
    eselon: "Eselon III",
    rows: [
      { iku: "Frekuensi lelang yang terlaksana di wilayah kerja", polarisasi: "Maximize", target: 1200, realisasi: 1315, bobot: 25, validitas: "Exact" },
      { iku: "Persentase lot lelang yang laku", polarisasi: "Maximize", target: 40, realisasi: 41.2, bobot: 25, validitas: "Proxy" },
      {
        iku: "Jumlah lelang eksekusi hak tanggungan yang ditunda",
        polarisasi: "Maximize",
        target: 0,
        realisasi: 3,
        bobot: 20,
        validitas: "Exact",
        problems: [{ col: "F", code: "IKU_TARGET", description: "Maximize dengan target 0 (pembagian dengan nol; seharusnya minimize)." }],
      },
      {
        iku: "Rasio biaya pelaksanaan lelang terhadap pokok lelang (%)",
        polarisasi: "Stabilize",
        target: 2,
        realisasi: 2.1,
        bobot: 25,
        validitas: "Proxy",
        problems: [{ col: "H", code: "IKU_BOBOT", description: "Bobot IKU Kepala Bidang Lelang berjumlah 95%." }],
      },
    ],
  },
  {
    pemilik: "Kepala Seksi Hukum dan Informasi",
    eselon: "Eselon IV",
    rows: elevenRows(ELEVEN_IKU_SEKSI_HUKUM, { code: "IKU_JUMLAH_KK", description: "Pemilik Eselon IV dengan 11 IKU; paling banyak 10 (Tabel 18)." }),
  },
  {
    pemilik: "Kepala Seksi Pelayanan Penilaian",
    eselon: "",
    rows: elevenRows(ELEVEN_IKU_SEKSI_PENILAIAN, {
      code: "IKU_JUMLAH_LEVEL_TIDAK_DIKETAHUI",
      description: "11 IKU untuk pemilik yang eselonnya tidak diisi; batas Tabel 18 tidak dapat diperiksa.",
    }),
  },
];

/** The planted IKU problems with their cells, from the rows above. */
export const IKU_PLANTS: readonly PlantedProblem[] = (() => {
  const { rows } = ikuRowNumbers(IKU_PROBLEMS);
  return IKU_PROBLEMS.flatMap((owner, o) =>
    owner.rows.flatMap((row, i) =>
      (row.problems ?? []).map((p) => ({ file: FILES.iku, sheet: SHEETS.ikuBermasalah, cell: `${p.col}${rows[o][i]}`, code: p.code, description: p.description })),
    ),
  );
})();

/** Every planted problem of every sample file. */
export const PLANTED_PROBLEMS: readonly PlantedProblem[] = [
  ...DINAS_PLANTS.map(({ file, sheet, cell, code, description }) => ({ file, sheet, cell, code, description })),
  SUSULAN_PLANT,
  ...IKU_PLANTS,
];
