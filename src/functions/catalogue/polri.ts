import { parsePolriAward, parsePolriPenalty, polriFaktorGenerik, polriFaktorSpesifik, polriNilaiAkhir } from "../../core/polri";
import { arg, CellType, cellType, fromResult, number, optionalNumber, readNum } from "../args";
import { excelErrorCode, isBlank, readNumber, truncate, valueError } from "../cell-values";
import { broadcast } from "../grid";
import { FunctionInfo } from "./types";

/**
 * Points typed as a number, or as the names of awards/penalties separated by commas or
 * semicolons ("presiden, kapolda" → 21). Blank is 0.
 */
function points(lookup: (text: string) => number | undefined, words: string): CellType<number> {
  return cellType((value, name) => {
    if (isBlank(value)) return 0;
    if (typeof value !== "string") return readNum(value, name);
    const asNumber = readNumber(value, name);
    if (!("error" in asNumber)) return asNumber.value;
    if (excelErrorCode(value)) return asNumber; // "#N/A" text: the source cell's error, not a word
    let total = 0;
    for (const part of value.split(/[,;\n]+/)) {
      if (part.trim() === "") continue;
      const found = lookup(part);
      if (found === undefined) return valueError(`${name} "${truncate(part.trim())}" tidak dikenal; isi poin atau ${words}.`);
      total += found;
    }
    return total;
  });
}

const AWARD_WORDS = '"presiden" (15), "kapolri"/"menteri" (12), "mabes" (9), "kapolda"/"gubernur" (6), "kapolres"/"bupati"/"walikota" (3)';
const PENALTY_WORDS = '"pidana" (15), "kode etik" (12), "hukuman disiplin" (9), "tindakan disiplin" (6)';

export const POLRI_FS: FunctionInfo = {
  name: "POLRI_FS",
  category: "Polri",
  description:
    "Faktor Spesifik Polri = kontrak kerja ((nilai TW1 + nilai TW2) ÷ 2 × 80%) + tugas tambahan (jumlah × 4), paling tinggi 100.",
  params: [
    { name: "kontrak_tw1", description: "Nilai kontrak kerja triwulan pertama 0–100." },
    { name: "kontrak_tw2", description: "Nilai kontrak kerja triwulan kedua 0–100." },
    { name: "jumlah_tugas_tambahan", description: "Jumlah tugas tambahan yang dilaksanakan." },
  ],
  example: { args: [90, 80, 2], result: "76" },
  evaluate: (tw1, tw2, tugas) =>
    broadcast(
      [tw1, tw2, tugas],
      [arg("kontrak_tw1", number()), arg("kontrak_tw2", number()), arg("jumlah_tugas_tambahan", number())],
      (x, y, z) => fromResult(polriFaktorSpesifik(x, y, z)),
    ),
};

export const POLRI_FG: FunctionInfo = {
  name: "POLRI_FG",
  category: "Polri",
  description:
    "Faktor Generik Polri = PKA penilai×60% + PKA rekan×20% (paling tinggi 80) + poin penghargaan (paling tinggi 20) − poin hukuman. Tanpa rekan kerja, PKA penilai berbobot 80%. Hasil tidak kurang dari 0.",
  params: [
    { name: "pka_penilai", description: "Nilai Perilaku Kerja Anggota dari pejabat penilai 0–100." },
    { name: "pka_rekan", description: "Nilai PKA dari rekan kerja 0–100; kosongkan bila tidak ada rekan kerja." },
    { name: "penghargaan", description: `Poin penghargaan atau nama pemberinya dipisah koma: ${AWARD_WORDS}. Kosong = 0.` },
    { name: "hukuman", description: `Poin hukuman atau jenisnya dipisah koma: ${PENALTY_WORDS}. Kosong = 0.` },
  ],
  example: { args: [90, 85, "kapolda", ""], result: "77" },
  evaluate: (pp, rk, award, penalty) =>
    broadcast(
      [pp, rk, award, penalty],
      [
        arg("pka_penilai", number()),
        arg("pka_rekan", optionalNumber),
        arg("penghargaan", points(parsePolriAward, AWARD_WORDS)),
        arg("hukuman", points(parsePolriPenalty, PENALTY_WORDS)),
      ],
      (rater, peers, awards, penalties) => fromResult(polriFaktorGenerik(rater, peers, awards, penalties)),
    ),
};

export const POLRI_NILAI: FunctionInfo = {
  name: "POLRI_NILAI",
  category: "Polri",
  description: "Nilai akhir penilaian kinerja Polri = FS×60% + FG×40%, paling tinggi 100. Predikatnya: KINERJA.PREDIKAT(nilai; ; \"POLRI\").",
  params: [
    { name: "fs", description: "Faktor Spesifik 0–100." },
    { name: "fg", description: "Faktor Generik 0–100." },
  ],
  example: { args: [76, 77], result: "76.4" },
  evaluate: (fs, fg) =>
    broadcast([fs, fg], [arg("fs", number()), arg("fg", number())], (x, y) => fromResult(polriNilaiAkhir(x, y))),
};

