import { angkaKredit, Jenjang, JENJANG_VALUES, parseJenjang } from "../../core/angka-kredit";
import { jenisPenghargaan, kelayakanPenghargaan } from "../../core/penghargaan";
import { Ekspektasi, parseEkspektasi, parsePredikat, PREDIKAT_WORDS as ALL_PREDIKAT } from "../../core/predikat";
import { kotakTalenta, parseKotak, parsePotensial, Potensial, rekomendasiTalenta } from "../../core/talenta";
import { arg, cellType, fromResult, number, optional, parsed, word } from "../args";
import { isFunctionError, valueError } from "../cell-values";
import { asMatrix, broadcast, OutputMatrix } from "../grid";
import { ATURAN_OPSIONAL, ATURAN_SEMUA_WORDS, BACAAN_EKSPEKTASI, TEXT } from "./predikat";
import { FunctionInfo } from "./types";

const KINERJA_WORDS = '"di atas ekspektasi", "sesuai ekspektasi", "di bawah ekspektasi" (juga "di atas", "diatas", "sesuai", "di bawah") atau sebuah predikat';
const POTENSIAL_WORDS = '"tinggi", "menengah" ("sedang") atau "rendah"';
const PREDIKAT_WORDS = ALL_PREDIKAT.map((w) => `"${w}"`).join(", ");

const POTENSIAL_WORD = word<Potensial>(parsePotensial, POTENSIAL_WORDS);

/** Potensial as a word; a number needs the agency's cut-offs, which only the pane's settings hold. */
export const POTENSIAL = cellType<Potensial>((cell, name, cells) =>
  typeof cell === "number"
    ? valueError("potensial berupa angka memerlukan batas nilai instansi (tidak ada batas baku dari regulasi); isi \"tinggi\", \"menengah\" atau \"rendah\".")
    : POTENSIAL_WORD.read(cell, name, cells),
);

/** Kinerja: an expectation status, or a predikat read by the rule set in the third argument. */
const KINERJA = cellType<Ekspektasi>((cell, name, cells) => {
  const rule = ATURAN_OPSIONAL.read(cells[2], "aturan", cells);
  if (isFunctionError(rule)) return rule; // reported by the aturan argument itself
  const text = TEXT.read(cell, name, cells);
  return isFunctionError(text) ? text : fromResult(parseEkspektasi(text, name, rule ?? undefined));
}, true);

export const KOTAK_TALENTA: FunctionInfo = {
  name: "KOTAK_TALENTA",
  category: "Talenta & Penghargaan",
  description:
    `Nomor kotak manajemen talenta 1–9 (PermenPANRB 3/2020, LAN Gambar 27) dari kinerja × potensial. Kinerja berupa predikat dibaca menjadi status ekspektasi menurut aturan (seperti KINERJA.EKSPEKTASI): ${BACAAN_EKSPEKTASI}. Butuh Perbaikan dan Kurang/Misconduct selalu Di Bawah Ekspektasi, jadi kotaknya 1, 3 atau 6. Potensial berupa angka memerlukan batas nilai yang ditetapkan instansi (tidak ada batas baku): isi potensial sebagai tinggi/menengah/rendah, atau tetapkan batasnya di Pengaturan panel.`,
  params: [
    { name: "kinerja", description: `Kinerja: ${KINERJA_WORDS}.` },
    { name: "potensial", description: `Potensial: ${POTENSIAL_WORDS}.` },
    { name: "aturan", description: `Opsional: ${ATURAN_SEMUA_WORDS}, untuk membaca kinerja berupa predikat. Tanpa aturan: PP 30/2019 untuk kata bersama, PermenPANRB 6/2022 untuk kata miliknya.`, optional: true },
  ],
  example: { args: ["sesuai ekspektasi", "tinggi"], result: "8" },
  evaluate: (kinerja, potensial, aturan) =>
    broadcast([kinerja, potensial, aturan], [arg("kinerja", KINERJA), arg("potensial", POTENSIAL), arg("aturan", ATURAN_OPSIONAL, { leads: true })], (a, b) =>
      kotakTalenta(a, b),
    ),
};

export const REKOMENDASI_TALENTA: FunctionInfo = {
  name: "REKOMENDASI_TALENTA",
  category: "Talenta & Penghargaan",
  description: "Rekomendasi untuk kotak talenta 1–9 menurut LAN Tabel 28 (PermenPANRB 3/2020).",
  params: [{ name: "kotak", description: "Nomor kotak talenta 1–9." }],
  example: { args: [9], result: "Dipromosikan dan dipertahankan; Masuk Kelompok Rencana Suksesi Instansi/Nasional; Penghargaan" },
  evaluate: (kotak) =>
    broadcast([kotak], [arg("kotak", number())], (n) => {
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
    broadcast(
      [predikat, lalu],
      [arg("predikat", parsed((t) => parsePredikat(t, "predikat"))), arg("predikat_tahun_lalu", parsed((t) => parsePredikat(t, "predikat_tahun_lalu")))],
      (now, before) => kelayakanPenghargaan(now, before),
    ),
};

/** One row per employee, spilled to the right: read cell by cell, a blank row stays blank. */
const PREDIKAT_OR_BLANK = optional(parsed((t) => parsePredikat(t)));

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
      const level = PREDIKAT_OR_BLANK.read(row[0], "predikat", row);
      if (level === undefined) return [""];
      if (isFunctionError(level)) return [level];
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
    broadcast(
      [predikat, jenjang, bulan],
      [arg("predikat", parsed((t) => parsePredikat(t))), arg("jenjang", word<Jenjang>(parseJenjang, JENJANG_WORDS)), arg("bulan", number(12))],
      (level, grade, months) => fromResult(angkaKredit(level, grade, months)),
    ),
};
