import { KREATIVITAS, nkp, npkp, nskp, parseTingkatKreativitas, TingkatKreativitas, DEFAULT_NKP_CKP_WEIGHT } from "../../core/kemenkeu/nilai";
import { nilaiKinerja, perilaku360 } from "../../core/pp30-2019";
import { arg, bool, cellType, fromResult, listOf, number, readNum, share, word } from "../args";
import { isBlank, isFunctionError } from "../cell-values";
import { broadcast } from "../grid";
import { FunctionInfo } from "./types";

const KREATIVITAS_WORDS = '"unit" (3), "organisasi" (6) atau "negara" (12)';

export const NILAI_KINERJA: FunctionInfo = {
  name: "NILAI_KINERJA",
  category: "Nilai Kinerja",
  description:
    "Nilai kinerja PP 30/2019: SKP×70% + perilaku×30% bila perilaku dinilai atasan saja; SKP×60% + perilaku×40% bila penilaian 360° (rekan/bawahan ikut menilai).",
  params: [
    { name: "skp", description: "Nilai SKP 0–120." },
    { name: "perilaku", description: "Nilai perilaku kerja 0–120." },
    { name: "penilaian_360", description: "Opsional, bawaan FALSE: TRUE/\"ya\" bila perilaku dinilai 360° (bobot 60/40).", optional: true },
  ],
  example: { args: [105, 95], result: "102" },
  evaluate: (skp, perilaku, penilaian360) =>
    broadcast([skp, perilaku, penilaian360], [arg("skp", number()), arg("perilaku", number()), arg("penilaian_360", bool(false))], (a, b, c) =>
      fromResult(nilaiKinerja(a, b, c)),
    ),
};

export const PERILAKU_360: FunctionInfo = {
  name: "PERILAKU_360",
  category: "Nilai Kinerja",
  description: "Nilai perilaku 360° (PP 30/2019): atasan langsung 60%, rekan kerja dan/atau bawahan 40%.",
  params: [
    { name: "atasan", description: "Nilai perilaku dari atasan langsung 0–120." },
    { name: "rekan", description: "Nilai perilaku rata-rata dari rekan kerja dan/atau bawahan 0–120." },
  ],
  example: { args: [90, 80], result: "86" },
  evaluate: (atasan, rekan) =>
    broadcast([atasan, rekan], [arg("atasan", number()), arg("rekan", number())], (x, y) => fromResult(perilaku360(x, y))),
};

export const NKP: FunctionInfo = {
  name: "NKP",
  category: "Nilai Kinerja",
  description:
    "Nilai Kinerja Pegawai Kemenkeu: CKP×bobot + NP×(1−bobot); NP dihitung paling tinggi 120. Bobot Kemenkeu sendiri (KMK 467/2014, kini KMK 300/KMK.01/2022) tidak tersedia: bawaan 70% mengikuti bobot PP 30/2019 untuk penilaian perilaku oleh atasan.",
  params: [
    { name: "ckp", description: "Capaian Kinerja Pegawai 0–120." },
    { name: "np", description: "Nilai Perilaku 0–120." },
    { name: "bobot_ckp", description: "Opsional, bawaan 70%: bobot CKP (70, 70% atau 0,7).", optional: true },
  ],
  example: { args: [100, 90], result: "97" },
  evaluate: (ckp, np, bobot) =>
    broadcast([ckp, np, bobot], [arg("ckp", number()), arg("np", number()), arg("bobot_ckp", share(DEFAULT_NKP_CKP_WEIGHT))], (a, b, weight) =>
      fromResult(nkp(a, b, weight)),
    ),
};

const TINGKAT_KREATIVITAS = word<TingkatKreativitas>(parseTingkatKreativitas, KREATIVITAS_WORDS);

/** Kreativitas as a number (0, 3, 6, 12) or a level word; blank is 0. */
const KREATIVITAS_NILAI = cellType<number>((cell, name, cells) => {
  if (isBlank(cell)) return 0;
  if (typeof cell === "number") return cell;
  const level = TINGKAT_KREATIVITAS.read(cell, name, cells);
  if (isFunctionError(level)) {
    const asNumber = readNum(cell, name);
    return typeof asNumber === "number" ? asNumber : level;
  }
  return KREATIVITAS[level].nilai;
});

export const NSKP: FunctionInfo = {
  name: "NSKP",
  category: "Nilai Kinerja",
  description:
    "Nilai SKP Kemenkeu = CKP + Nilai Tugas Tambahan + Nilai Kreativitas, paling tinggi 120. Tugas tambahan (dengan surat tugas): 1–3 tugas = 1, 4–6 = 2, 7 atau lebih = 3.",
  params: [
    { name: "ckp", description: "Capaian Kinerja Pegawai 0–120." },
    { name: "tugas_tambahan", description: "Opsional, bawaan 0: jumlah tugas tambahan dengan surat tugas.", optional: true },
    { name: "kreativitas", description: `Opsional, bawaan 0: nilai kreativitas 3/6/12 atau ${KREATIVITAS_WORDS}.`, optional: true },
  ],
  example: { args: [100, 4, "organisasi"], result: "108" },
  evaluate: (ckp, tugas, kreativitas) =>
    broadcast([ckp, tugas, kreativitas], [arg("ckp", number()), arg("tugas_tambahan", number(0)), arg("kreativitas", KREATIVITAS_NILAI)], (a, b, nk) =>
      fromResult(nskp(a, b, nk)),
    ),
};

export const KREATIVITAS_FN: FunctionInfo = {
  name: "KREATIVITAS",
  category: "Nilai Kinerja",
  description:
    "Nilai Kreativitas (LAN Tabel 21): unit kerja (surat kepala unit eselon II) = 3, organisasi (surat PPK) = 6, negara (penghargaan Presiden) = 12. Tidak kumulatif: dari sebuah rentang, yang tertinggi berlaku; rentang kosong = 0.",
  params: [{ name: "tingkat", description: `Satu sel atau rentang berisi ${KREATIVITAS_WORDS}.` }],
  example: { args: [[["unit"], ["negara"]]], result: "12" },
  evaluate: (tingkat) =>
    broadcast([tingkat], [arg("tingkat", listOf(TINGKAT_KREATIVITAS))], (levels) => levels.reduce((best, level) => Math.max(best, KREATIVITAS[level].nilai), 0)),
};

export const NPKP: FunctionInfo = {
  name: "NPKP",
  category: "Nilai Kinerja",
  description: "Nilai Prestasi Kerja PNS (Kemenkeu, PP 46/2011) = NSKP×60% + NP×40%; NP dihitung paling tinggi 100.",
  params: [
    { name: "nskp", description: "Nilai SKP 0–120." },
    { name: "np", description: "Nilai Perilaku 0–120 (dihitung paling tinggi 100)." },
  ],
  example: { args: [95, 90], result: "93" },
  evaluate: (nskpArg, np) =>
    broadcast([nskpArg, np], [arg("nskp", number()), arg("np", number())], (a, b) => fromResult(npkp(a, b))),
};
