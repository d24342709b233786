/**
 * The columns the engine recognises in agency worksheets, with the Indonesian names officers
 * give them. Matching is case- and punctuation-insensitive; text in parentheses ("Nilai SKP
 * (60%)") and a trailing year ("Predikat 2024") are ignored for matching.
 */
export type SheetKind = "pegawai" | "iku";

export type PegawaiColumn =
  | "nip"
  | "nrp"
  | "nama"
  | "jabatan"
  | "unit"
  | "jenisJabatan"
  | "kelasJabatan"
  | "nilaiSkp"
  | "nilaiPerilaku"
  | "nilaiKinerja"
  | "predikat"
  | "predikatTahunLalu"
  | "inovasi"
  | "penilaian360"
  | "ratingHasilKerja"
  | "ratingPerilaku"
  | "potensial"
  | "kotakTalenta"
  | "predikatOrganisasi"
  | "gajiPokok";

export type IkuColumn =
  | "kodeSs"
  | "iku"
  | "polarisasi"
  | "target"
  | "realisasi"
  | "bobot"
  | "terburuk"
  | "batasBawah"
  | "batasAtas"
  | "pemilik"
  | "levelPemilik"
  | "petaStrategi"
  | "validitas";

export type ColumnKey = PegawaiColumn | IkuColumn;

export interface ColumnDef<K extends ColumnKey = ColumnKey> {
  readonly key: K;
  /** Label shown to the officer (mapping editor, messages). */
  readonly label: string;
  readonly synonyms: readonly string[];
  readonly numeric?: boolean;
}

export const PEGAWAI_COLUMNS: readonly ColumnDef<PegawaiColumn>[] = [
  { key: "nip", label: "NIP", synonyms: ["nip", "nip baru", "nomor induk pegawai", "no induk pegawai", "nip pegawai", "pns pnsnip", "pnsnip"] },
  { key: "nrp", label: "NRP", synonyms: ["nrp", "nomor registrasi pokok", "nrp nip"] },
  { key: "nama", label: "Nama", synonyms: ["nama", "nama pegawai", "nama pns", "nama lengkap", "nama asn", "pns pnsnam", "pnsnam"] },
  { key: "jabatan", label: "Jabatan", synonyms: ["jabatan", "nama jabatan", "asal jabatan", "jabatan terakhir", "pns namjab", "namjab"] },
  { key: "unit", label: "Unit Kerja", synonyms: ["unit kerja", "unit", "opd", "satker", "satuan kerja", "satuan", "satwil", "perangkat daerah", "unit organisasi", "pns namunor", "namunor", "instansi", "bidang", "bagian"] },
  { key: "jenisJabatan", label: "Jenis Jabatan / Eselon", synonyms: ["jenis jabatan", "eselon", "jenjang jabatan", "kategori jabatan", "level jabatan"] },
  { key: "kelasJabatan", label: "Kelas Jabatan", synonyms: ["kelas jabatan", "kelas", "grade"], numeric: true },
  { key: "nilaiSkp", label: "Nilai SKP", synonyms: ["nilai skp", "capaian skp", "skp", "ckp", "capaian kinerja pegawai", "nilai sasaran kerja pegawai", "nskp", "nilai hasil kerja", "hasil kerja nilai"], numeric: true },
  { key: "nilaiPerilaku", label: "Nilai Perilaku", synonyms: ["nilai perilaku", "perilaku", "np", "nilai perilaku kerja", "perilaku kerja"], numeric: true },
  { key: "nilaiKinerja", label: "Nilai Kinerja", synonyms: ["nilai kinerja", "nilai akhir", "npkp", "nkp", "nilai prestasi kerja", "nilai gabungan", "nilai kinerja pegawai", "jumlah nilai"], numeric: true },
  { key: "predikat", label: "Predikat", synonyms: ["predikat", "predikat kinerja", "predikat tahun ini", "predikat kinerja pegawai", "sebutan", "pkp", "predikat kinerja periodik", "predikat kinerja tahunan"] },
  { key: "predikatTahunLalu", label: "Predikat Tahun Lalu", synonyms: ["predikat tahun lalu", "predikat sebelumnya", "predikat tahun sebelumnya", "predikat lalu"] },
  { key: "inovasi", label: "Inovasi", synonyms: ["inovasi", "bukti inovasi", "ide baru", "kreativitas", "inovasi ide baru"] },
  { key: "penilaian360", label: "Penilaian 360°", synonyms: ["penilaian 360", "360", "metode 360", "penilaian perilaku 360"] },
  { key: "ratingHasilKerja", label: "Rating Hasil Kerja", synonyms: ["rating hasil kerja", "hasil kerja", "rating kinerja", "rating hasil kinerja"] },
  { key: "ratingPerilaku", label: "Rating Perilaku", synonyms: ["rating perilaku", "rating perilaku kerja", "rating perilaku kinerja"] },
  { key: "potensial", label: "Potensial", synonyms: ["potensial", "nilai potensial", "potensi", "kategori potensial", "hasil asesmen"] },
  { key: "kotakTalenta", label: "Kotak Talenta", synonyms: ["kotak talenta", "kotak", "box talenta", "talent box", "kotak manajemen talenta", "nine box"], numeric: true },
  { key: "predikatOrganisasi", label: "Predikat Organisasi", synonyms: ["predikat organisasi", "predikat unit", "predikat kinerja organisasi", "predikat instansi", "capaian kinerja organisasi"] },
  { key: "gajiPokok", label: "Gaji Pokok", synonyms: ["gaji pokok", "gaji", "gapok"], numeric: true },
];

export const IKU_COLUMNS: readonly ColumnDef<IkuColumn>[] = [
  { key: "kodeSs", label: "Kode SS", synonyms: ["kode ss", "ss", "sasaran strategis", "kode sasaran strategis", "kode sasaran"] },
  { key: "iku", label: "IKU", synonyms: ["iku", "indikator kinerja utama", "nama iku", "indikator"] },
  { key: "polarisasi", label: "Polarisasi", synonyms: ["polarisasi", "polaritas", "polarity"] },
  { key: "target", label: "Target", synonyms: ["target", "target iku", "target tahunan"], numeric: true },
  { key: "realisasi", label: "Realisasi", synonyms: ["realisasi", "realisasi iku", "capaian realisasi"], numeric: true },
  { key: "bobot", label: "Bobot", synonyms: ["bobot", "bobot iku", "bobot persen"], numeric: true },
  { key: "terburuk", label: "Realisasi Terburuk", synonyms: ["realisasi terburuk", "terburuk", "nilai terburuk"], numeric: true },
  { key: "batasBawah", label: "Batas Bawah", synonyms: ["batas bawah", "target bawah", "rentang bawah"], numeric: true },
  { key: "batasAtas", label: "Batas Atas", synonyms: ["batas atas", "target atas", "rentang atas"], numeric: true },
  { key: "pemilik", label: "Pemilik", synonyms: ["pemilik", "pemilik iku", "pemilik kontrak kinerja", "nip pemilik", "unit pemilik", "pemilik kk"] },
  { key: "levelPemilik", label: "Eselon Pemilik", synonyms: ["eselon", "eselon pemilik", "level pemilik", "jenis jabatan", "level"] },
  { key: "petaStrategi", label: "Pemilik Peta Strategi", synonyms: ["pemilik peta strategi", "peta strategi"] },
  { key: "validitas", label: "Validitas IKU", synonyms: ["validitas", "validitas iku", "jenis iku", "level validitas"] },
];

export function columnsFor(kind: SheetKind): readonly ColumnDef[] {
  return kind === "pegawai" ? PEGAWAI_COLUMNS : IKU_COLUMNS;
}

export function columnLabel(key: ColumnKey): string {
  return [...PEGAWAI_COLUMNS, ...IKU_COLUMNS].find((c) => c.key === key)?.label ?? key;
}

/** Header text reduced for matching: lower case, no parentheses, no punctuation, no trailing year. */
export function headerKey(text: string): { key: string; year?: number } {
  let t = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/\([^)]*\)/g, " ")
    .replace(/°/g, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
  let year: number | undefined;
  const y = /\s(?:tahun\s)?((?:19|20)\d{2})$/.exec(t);
  if (y) {
    year = Number(y[1]);
    t = t.slice(0, y.index).trim();
  }
  return { key: t, year };
}
