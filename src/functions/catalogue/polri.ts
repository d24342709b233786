import { parsePolriAward, parsePolriPenalty, polriFaktorGenerik, polriFaktorSpesifik, polriNilaiAkhir } from "../../core/polri";
import { firstError, fromResult, num, optionalNum } from "../args";
import { excelErrorCode, FunctionError, isBlank, readNumber, truncate, valueError } from "../cell-values";
import { broadcast } from "../grid";
import { FunctionInfo } from "./types";

/**
 * Points typed as a number, or as the names of awards/penalties separated by commas or
 * semicolons ("presiden, kapolda" → 21). Blank is 0.
 */
function readPoints(value: unknown, name: string, lookup: (text: string) => number | undefined, words: string): number | FunctionError {
  if (isBlank(value)) return 0;
  if (typeof value !== "string") {
    const n = num(value, name);
    return n;
  }
  const asNumber = readNumber(value, name);
  if (!("error" in asNumber)) return asNumber.value;
  if (excelErrorCode(value)) return asNumber; // "#N/A" text: the source cell's error, not a word
  let total = 0;
  for (const part of value.split(/[,;\n]+/)) {
    if (part.trim() === "") continue;
    const points = lookup(part);
    if (points === undefined) return valueError(`${name} "${truncate(part.trim())}" tidak dikenal; isi poin atau ${words}.`);
    total += points;
  }
  return total;
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
    broadcast([tw1, tw2, tugas], ["kontrak_tw1", "kontrak_tw2", "jumlah_tugas_tambahan"], (a, b, c) => {
      const x = num(a, "kontrak_tw1");
      const y = num(b, "kontrak_tw2");
      const z = num(c, "jumlah_tugas_tambahan");
      const error = firstError(x, y, z);
      if (error) return error;
      return fromResult(polriFaktorSpesifik(x as number, y as number, z as number));
    }),
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
    broadcast([pp, rk, award, penalty], ["pka_penilai", "pka_rekan", "penghargaan", "hukuman"], (a, b, c, d) => {
      const rater = num(a, "pka_penilai");
      const peers = optionalNum(b, "pka_rekan");
      const awards = readPoints(c, "penghargaan", parsePolriAward, AWARD_WORDS);
      const penalties = readPoints(d, "hukuman", parsePolriPenalty, PENALTY_WORDS);
      const error = firstError(rater, peers, awards, penalties);
      if (error) return error;
      return fromResult(polriFaktorGenerik(rater as number, peers as number | undefined, awards as number, penalties as number));
    }),
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
    broadcast([fs, fg], ["fs", "fg"], (a, b) => {
      const x = num(a, "fs");
      const y = num(b, "fg");
      const error = firstError(x, y);
      if (error) return error;
      return fromResult(polriNilaiAkhir(x as number, y as number));
    }),
};

