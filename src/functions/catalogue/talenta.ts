import { angkaKredit, Jenjang, JENJANG_VALUES, parseJenjang } from "../../core/angka-kredit";
import { jenisPenghargaan, kelayakanPenghargaan } from "../../core/penghargaan";
import { Ekspektasi, parseEkspektasi, parsePredikat, PredikatLevel } from "../../core/predikat";
import { kotakTalenta, parseKotak, parsePotensial, Potensial, rekomendasiTalenta } from "../../core/talenta";
import { firstError, fromResult, num, parsed, word } from "../args";
import { isBlank, valueError } from "../cell-values";
import { asMatrix, broadcast, OutputMatrix } from "../grid";
import { FunctionInfo } from "./types";

const KINERJA_WORDS = '"di atas ekspektasi", "sesuai ekspektasi", "di bawah ekspektasi" (juga "di atas", "diatas", "sesuai", "di bawah") atau sebuah predikat';
export const POTENSIAL_WORDS = '"tinggi", "menengah" ("sedang") atau "rendah"';
const PREDIKAT_WORDS = '"Sangat Baik", "Baik", "Cukup"/"Butuh Perbaikan", "Kurang"/"Kurang/Misconduct", "Sangat Kurang" atau "Buruk"';

/** A numeric potential needs the agency's cut-offs (DOMAIN.md §6). */
export const POTENSIAL_NUMBER_MESSAGE =
  'potensial berupa angka memerlukan batas nilai instansi (tidak ada batas baku dari regulasi); isi "tinggi", "menengah" atau "rendah".';

export const KOTAK_TALENTA: FunctionInfo = {
  name: "KOTAK_TALENTA",
  category: "Talenta & Penghargaan",
  description:
    "Nomor kotak manajemen talenta 1–9 (PermenPANRB 3/2020, LAN Gambar 27) dari kinerja × potensial. Potensial berupa angka memerlukan batas nilai yang ditetapkan instansi (tidak ada batas baku): isi potensial sebagai tinggi/menengah/rendah, atau tetapkan batasnya di Pengaturan panel.",
  params: [
    { name: "kinerja", description: `Kinerja: ${KINERJA_WORDS}.` },
    { name: "potensial", description: `Potensial: ${POTENSIAL_WORDS}.` },
  ],
  example: { args: ["sesuai ekspektasi", "tinggi"], result: "8" },
  evaluate: (kinerja, potensial) =>
    broadcast([kinerja, potensial], ["kinerja", "potensial"], (k, p) => {
      const a = parsed(k, "kinerja", (t) => parseEkspektasi(t, "kinerja"));
      const b =
        typeof p === "number"
          ? valueError(POTENSIAL_NUMBER_MESSAGE)
          : word<Potensial>(p, "potensial", parsePotensial, POTENSIAL_WORDS);
      const error = firstError(a, b);
      if (error) return error;
      return kotakTalenta(a as Ekspektasi, b as Potensial);
    }),
};

export const REKOMENDASI_TALENTA: FunctionInfo = {
  name: "REKOMENDASI_TALENTA",
  category: "Talenta & Penghargaan",
  description: "Rekomendasi untuk kotak talenta 1–9 menurut LAN Tabel 28 (PermenPANRB 3/2020).",
  params: [{ name: "kotak", description: "Nomor kotak talenta 1–9." }],
  example: { args: [9], result: "Dipromosikan dan dipertahankan; Masuk Kelompok Rencana Suksesi Instansi/Nasional; Penghargaan" },
  evaluate: (kotak) =>
    broadcast([kotak], ["kotak"], (k) => {
      const n = num(k, "kotak");
      if (typeof n !== "number") return n;
      const box = fromResult(parseKotak(n));
      return typeof box === "number" ? rekomendasiTalenta(box) : box;
    }),
};

export const PENGHARGAAN: FunctionInfo = {
  name: "PENGHARGAAN",
  category: "Talenta & Penghargaan",
  description:
    "Kelayakan penghargaan dua tahun berturut-turut (PP 30/2019 Pasal 53): Sangat Baik dua tahun = Prioritas Talent Pool; Baik atau lebih dua tahun = Prioritas Pengembangan Kompetensi; selain itu Tidak Ada.",
  params: [
    { name: "predikat", description: `Predikat tahun ini: ${PREDIKAT_WORDS}.` },
    { name: "predikat_tahun_lalu", description: "Predikat tahun lalu (kata yang sama)." },
  ],
  example: { args: ["Sangat Baik", "Sangat Baik"], result: "Prioritas Talent Pool" },
  evaluate: (predikat, lalu) =>
    broadcast([predikat, lalu], ["predikat", "predikat_tahun_lalu"], (a, b) => {
      const now = parsed(a, "predikat", (t) => parsePredikat(t, "predikat"));
      const before = parsed(b, "predikat_tahun_lalu", (t) => parsePredikat(t, "predikat_tahun_lalu"));
      const error = firstError(now, before);
      if (error) return error;
      return kelayakanPenghargaan(now as PredikatLevel, before as PredikatLevel);
    }),
};

export const JENIS_PENGHARGAAN: FunctionInfo = {
  name: "JENIS_PENGHARGAAN",
  category: "Talenta & Penghargaan",
  description:
    "Jenis reward ASN berkinerja tinggi (LAN Tabel 31), tumpah ke kanan satu jenis per kolom: Sangat Baik 7 jenis, Baik 3 jenis, predikat lain \"Tidak Ada\". Untuk satu kolom predikat hasilnya satu baris per pegawai.",
  params: [{ name: "predikat", description: `Satu sel atau satu kolom predikat: ${PREDIKAT_WORDS}.` }],
  example: { args: ["Baik"], result: "Prioritas Pengembangan Kompetensi | Talent Mobility/Rotasi/Pengayaan Jabatan | Flexible Reward" },
  evaluate: (predikat): OutputMatrix => {
    const m = asMatrix(predikat);
    if (m.some((row) => row.length !== 1)) return [[valueError("predikat harus satu sel atau satu kolom (hasil tumpah ke kanan).")]];
    const rows = m.map((row) => {
      if (isBlank(row[0])) return [""];
      const level = parsed(row[0], "predikat", (t) => parsePredikat(t));
      if (typeof level === "object") return [level];
      const types = jenisPenghargaan(level);
      return types.length > 0 ? types : ["Tidak Ada"];
    });
    const width = Math.max(...rows.map((r) => r.length));
    return rows.map((r) => [...r, ...new Array(width - r.length).fill("")]);
  },
};

const JENJANG_WORDS = JENJANG_VALUES.map((j) => `"${j}"`).join(", ");

export const ANGKA_KREDIT: FunctionInfo = {
  name: "ANGKA_KREDIT",
  category: "Talenta & Penghargaan",
  description:
    "Angka kredit jabatan fungsional (PermenPANRB 1/2023, PerBKN 3/2023) = (bulan÷12) × persentase predikat × koefisien tahunan, dua desimal. Persentase: Sangat Baik 150%, Baik 100%, Butuh Perbaikan/Cukup 75%, Kurang/Misconduct 50%, Sangat Kurang 25%.",
  params: [
    { name: "predikat", description: `Predikat kinerja: ${PREDIKAT_WORDS}.` },
    { name: "jenjang", description: `Jenjang jabatan fungsional: ${JENJANG_WORDS}.` },
    { name: "bulan", description: "Opsional, bawaan 12: jumlah bulan penilaian 1–12.", optional: true },
  ],
  example: { args: ["Baik", "Ahli Muda", 12], result: "25" },
  evaluate: (predikat, jenjang, bulan) =>
    broadcast([predikat, jenjang, bulan], ["predikat", "jenjang", "bulan"], (p, j, b) => {
      const level = parsed(p, "predikat", (t) => parsePredikat(t));
      const grade = word<Jenjang>(j, "jenjang", parseJenjang, JENJANG_WORDS);
      const months = num(b, "bulan", 12);
      const error = firstError(level, grade, months);
      if (error) return error;
      return fromResult(angkaKredit(level as PredikatLevel, grade as Jenjang, months as number));
    }),
};
