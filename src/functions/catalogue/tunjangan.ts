import { persenTukinDjp } from "../../core/kemenkeu/djp";
import { tukinDjp } from "../../core/kemenkeu/djp-tunjangan";
import { KELOMPOK_KPK_WORDS, memenuhiPergeseranKpk, parseKelompokKpk, parseTingkatKpk, TINGKAT_KPK_WORDS } from "../../core/kpk-pergeseran";
import { tukinKemenkeu } from "../../core/kemenkeu/tukin";
import { insentifKpk, NilaiKinerjaKpk, parseNilaiKpk } from "../../core/kpk";
import { kelasJabatan, tunjanganKinerja } from "../../core/jabatan";
import { arg, bool, cellType, fromResult, number, optional, word } from "../args";
import { isBlank, readNumber, readText, valueError } from "../cell-values";
import { broadcast } from "../grid";
import { FunctionInfo } from "./types";

export const KELAS_JABATAN: FunctionInfo = {
  name: "KELAS_JABATAN",
  category: "Jabatan & Tunjangan",
  description:
    "Kelas jabatan 1–17 dari nilai jabatan (Perka BKN 20/2011, LAN Tabel 7; 190–4.730). Nilai di antara dua rentang tabel (mis. 241–244) tidak ada di tabel: #N/A, bukan tebakan.",
  params: [{ name: "nilai_jabatan", description: "Nilai jabatan hasil evaluasi jabatan." }],
  example: { args: [1500], result: "9" },
  evaluate: (nilai) =>
    broadcast([nilai], [arg("nilai_jabatan", number())], (x) => fromResult(kelasJabatan(x))),
};

export const TUNJANGAN_KINERJA: FunctionInfo = {
  name: "TUNJANGAN_KINERJA",
  category: "Jabatan & Tunjangan",
  description: "Tunjangan kinerja (Perka BKN 20/2011) = nilai jabatan × indeks rupiah. Nilai jabatan harus ada di tabel kelas jabatan.",
  params: [
    { name: "nilai_jabatan", description: "Nilai jabatan (190–4.730, di dalam rentang tabel kelas jabatan)." },
    { name: "indeks_rupiah", description: "Indeks besaran rupiah per nilai jabatan (Rp)." },
  ],
  example: { args: [1500, 3000], result: "4500000" },
  evaluate: (nilai, indeks) =>
    broadcast([nilai, indeks], [arg("nilai_jabatan", number()), arg("indeks_rupiah", number())], (x, y) => fromResult(tunjanganKinerja(x, y))),
};

export const TUKIN_KEMENKEU: FunctionInfo = {
  name: "TUKIN_KEMENKEU",
  category: "Jabatan & Tunjangan",
  description: "Tunjangan kinerja Kementerian Keuangan per bulan menurut kelas jabatan 1–27 (Perpres 156/2014, LAN Tabel 14), dalam rupiah.",
  params: [{ name: "kelas_jabatan", description: "Kelas jabatan 1–27." }],
  example: { args: [9], result: "4179000" },
  evaluate: (kelas) =>
    broadcast([kelas], [arg("kelas_jabatan", number())], (x) => fromResult(tukinKemenkeu(x))),
};

/**
 * Realisation as percent points: "95%" text → 95; a number up to 3 is a ratio (0,95 or a cell
 * formatted as percent showing 95%) → 95; a larger number is already in percent points.
 */
const REALISASI_PERSEN = cellType<number>((cell, name) => {
  if (isBlank(cell)) return valueError(`${name} kosong; isi persen realisasi penerimaan pajak.`);
  const parsed = readNumber(cell, name);
  if ("error" in parsed) return parsed;
  if (parsed.percent) return parsed.value;
  return parsed.value <= 3 ? parsed.value * 100 : parsed.value;
});

export const PERSEN_TUKIN_DJP: FunctionInfo = {
  name: "PERSEN_TUKIN_DJP",
  category: "Jabatan & Tunjangan",
  description:
    "Persentase tunjangan kinerja DJP yang dibayar tahun berikutnya menurut realisasi penerimaan pajak (Perpres 37/2015): ≥95% → 100, 90–<95% → 90, 80–<90% → 80, 70–<80% → 70, <70% → 50.",
  params: [
    {
      name: "realisasi_penerimaan",
      description: "Realisasi penerimaan terhadap target: 95%, \"95%\" atau 0,95 (angka sampai 3 dibaca sebagai rasio, mis. 1,05 = 105%); angka di atas 3 dibaca sebagai persen (95).",
    },
  ],
  example: { args: ["92%"], result: "90" },
  evaluate: (realisasi) =>
    broadcast([realisasi], [arg("realisasi_penerimaan", REALISASI_PERSEN)], (x) => fromResult(persenTukinDjp(x))),
};

/** A jabatan name as text (a number is read as its digits); blank stays undefined. */
const JABATAN = optional(cellType<string>((cell, name) => readText(cell, name)));

export const TUKIN_DJP: FunctionInfo = {
  name: "TUKIN_DJP",
  category: "Jabatan & Tunjangan",
  description:
    "Tunjangan kinerja bulanan pegawai Direktorat Jenderal Pajak menurut peringkat jabatan (4–27) dan jabatan (Perpres 37/2015, LAN Tabel 15–16), dalam rupiah. Jabatan boleh dikosongkan bila peringkatnya hanya satu baris; pasangan yang tidak ada di tabel: #N/A, bukan baris terdekat. Dengan realisasi penerimaan, hasilnya tunjangan yang dibayar tahun berikutnya (×100%, 90%, 80%, 70% atau 50%).",
  params: [
    { name: "peringkat", description: "Peringkat jabatan 4–27." },
    {
      name: "jabatan",
      description:
        'Jabatan seperti tertulis di tabel, mis. "Pejabat Struktural Eselon II" (atau "Eselon II"), "Pemeriksa Pajak Madya", "Penilai PBB Muda", "Pranata Komputer Pertama", "Penelaah Keberatan Tk I", "Account Representative Tk II" ("AR Tk II"), "Pelaksana Lainnya", "Pelaksana". Kosong bila peringkat hanya satu baris.',
      optional: true,
    },
    {
      name: "realisasi_penerimaan",
      description: "Opsional: realisasi penerimaan pajak terhadap target, ejaan sama dengan PERSEN_TUKIN_DJP (95%, \"95%\", 0,95 atau 95).",
      optional: true,
    },
  ],
  example: { args: [9, "Pemeriksa Pajak Pelaksana", "92%"], result: "11988506.25" },
  evaluate: (peringkat, jabatan, realisasi) =>
    broadcast(
      [peringkat, jabatan, realisasi],
      [arg("peringkat", number()), arg("jabatan", JABATAN), arg("realisasi_penerimaan", optional(REALISASI_PERSEN))],
      (rank, position, percent) => fromResult(tukinDjp(rank, position, percent)),
    ),
};

const KPK_WORDS = '"A" (sangat memuaskan), "B" (memuaskan), "C" (cukup memuaskan), "D" (kurang memuaskan) atau "E" (tidak memuaskan)';
const NILAI_KPK = word<NilaiKinerjaKpk>(parseNilaiKpk, KPK_WORDS);

export const INSENTIF_KPK: FunctionInfo = {
  name: "INSENTIF_KPK",
  category: "Jabatan & Tunjangan",
  description:
    "Insentif kinerja KPK (Peraturan KPK 01/2013): tahunan A 2,5×gaji, B 2×, C 1×, D dan E tidak ada; insentif tetap bulanan A 7%, B 6,5%, C 6% dari insentif tahunan.",
  params: [
    { name: "nilai_kinerja", description: `Nilai kinerja: ${KPK_WORDS}.` },
    { name: "gaji", description: "Gaji (Rp)." },
    { name: "bulanan", description: "Opsional, bawaan FALSE: TRUE/\"ya\" untuk insentif tetap bulanan.", optional: true },
  ],
  example: { args: ["A", 10000000], result: "25000000" },
  evaluate: (nilai, gaji, bulanan) =>
    broadcast(
      [nilai, gaji, bulanan],
      [arg("nilai_kinerja", NILAI_KPK), arg("gaji", number()), arg("bulanan", bool(false))],
      (grade, salary, monthly) => fromResult(insentifKpk(grade, salary, monthly)),
    ),
};

export const KPK_PERGESERAN: FunctionInfo = {
  name: "KPK_PERGESERAN",
  category: "Jabatan & Tunjangan",
  description:
    "TRUE bila dua nilai kinerja tahunan KPK (A terbaik … E) memenuhi syarat paling rendah pergeseran ke tingkat kompetensi berikutnya (Dasar → Pemula → Menengah → Lanjut → Ahli) menurut kelompok jabatan dan tingkat kompetensi sekarang (Peraturan KPK 09/2010, LAN Tabel 10–13); urutan kedua tahun bebas (AB = BA). Pergeseran paling banyak sekali dalam dua tahun. Dari tingkat Ahli tidak ada pergeseran.",
  params: [
    { name: "nilai_tahun_1", description: `Nilai kinerja tahun pertama: ${KPK_WORDS}.` },
    { name: "nilai_tahun_2", description: "Nilai kinerja tahun kedua (huruf yang sama)." },
    { name: "kelompok", description: `Kelompok jabatan: ${KELOMPOK_KPK_WORDS}.` },
    { name: "tingkat", description: `Tingkat kompetensi saat ini: ${TINGKAT_KPK_WORDS}.` },
  ],
  example: { args: ["A", "B", "Direktorat", "Menengah"], result: "TRUE" },
  evaluate: (nilai1, nilai2, kelompok, tingkat) =>
    broadcast(
      [nilai1, nilai2, kelompok, tingkat],
      [
        arg("nilai_tahun_1", NILAI_KPK),
        arg("nilai_tahun_2", NILAI_KPK),
        arg("kelompok", word(parseKelompokKpk, KELOMPOK_KPK_WORDS)),
        arg("tingkat", word(parseTingkatKpk, TINGKAT_KPK_WORDS)),
      ],
      (a, b, group, level) => fromResult(memenuhiPergeseranKpk(a, b, group, level)),
    ),
};
