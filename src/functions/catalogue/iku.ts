import { indeksCapaianIkuOf, parsePolarisasi, Polarisasi } from "../../core/kemenkeu/iku";
import { ckpTugasBelajar, nilaiTertimbang } from "../../core/kemenkeu/konsolidasi";
import { statusWarna } from "../../core/kemenkeu/status";
import { arg, cellType, fromResult, number, optionalNumber, readNum, word } from "../args";
import { isBlank, isFunctionError, valueError } from "../cell-values";
import { asMatrix, broadcast, flatten } from "../grid";
import { FunctionInfo } from "./types";

const POLARISASI_WORDS = '"maximize" (maks, maksimal), "minimize" (min, minimal) atau "stabilize" (stabil)';

/**
 * The target: a number, except that stabilize with a band (batas_bawah or batas_atas given) may
 * leave it blank (NaN tells the rule "no target").
 */
const TARGET = cellType<number>((cell, name, cells) => {
  const bandGiven = !isBlank(cells[4]) || !isBlank(cells[5]);
  if (bandGiven && isBlank(cell) && !isBlank(cells[2]) && typeof cells[2] === "string" && parsePolarisasi(cells[2]) === "stabilize") return Number.NaN;
  return readNum(cell, name);
}, true);

export const IKU: FunctionInfo = {
  name: "IKU",
  category: "IKU & Konsolidasi",
  description:
    "Indeks Capaian IKU 0–120 dari realisasi dan target menurut polarisasi (KMK 467/2014). Maximize: R/T×100; minimize: [1+(1−R/T)]×100; target 0 minimize memakai skala konversi dengan realisasi terburuk; stabilize: 100 di dalam rentang, di luar rentang memakai batas terdekat (aturan rentang PermenPANRB 8/2021, karena teks stabilize KMK 467/2014 tidak tersedia). Hasil dibatasi 0–120.",
  params: [
    { name: "realisasi", description: "Realisasi IKU (angka; 95,5 dan 95% diterima)." },
    { name: "target", description: "Target IKU. Untuk stabilize tanpa rentang, target menjadi rentangnya." },
    { name: "polarisasi", description: `Opsional, bawaan maximize: ${POLARISASI_WORDS}.`, optional: true },
    { name: "terburuk", description: "Opsional: realisasi terburuk yang dapat ditoleransi (manual IKU), wajib untuk minimize dengan target 0.", optional: true },
    { name: "batas_bawah", description: "Opsional: batas bawah rentang untuk stabilize.", optional: true },
    { name: "batas_atas", description: "Opsional: batas atas rentang untuk stabilize.", optional: true },
  ],
  example: { args: [88, 80], result: "110" },
  evaluate: (realisasi, target, polarisasi, terburuk, batasBawah, batasAtas) =>
    broadcast(
      [realisasi, target, polarisasi, terburuk, batasBawah, batasAtas],
      [
        arg("realisasi", number()),
        arg("target", TARGET),
        arg("polarisasi", word<Polarisasi>(parsePolarisasi, POLARISASI_WORDS, "maximize"), { leads: true }),
        arg("terburuk", optionalNumber),
        arg("batas_bawah", optionalNumber),
        arg("batas_atas", optionalNumber),
      ],
      (real, targetValue, pol, worst, lower, upper) => fromResult(indeksCapaianIkuOf(real, targetValue, pol, worst, lower, upper)),
    ),
};

export const NILAI_TERTIMBANG: FunctionInfo = {
  name: "NILAI_TERTIMBANG",
  category: "IKU & Konsolidasi",
  description:
    "Rata-rata tertimbang indeks capaian (NSS, Nilai Perspektif, NKO, CKP). Jumlah bobot harus 100% (atau 1,0); selain itu error, tidak dinormalkan diam-diam.",
  params: [
    { name: "nilai", description: "Rentang indeks capaian 0–120." },
    { name: "bobot", description: "Rentang bobot yang sejajar dengan nilai (mis. 40, 60 atau 40%, 60%)." },
  ],
  example: { args: [[[110], [90]], [[40], [60]]], result: "98" },
  evaluate: (nilai, bobot) => {
    const values = flatten(asMatrix(nilai));
    const weights = flatten(asMatrix(bobot));
    if (values.length !== weights.length) {
      return [[valueError(`nilai (${values.length} sel) dan bobot (${weights.length} sel) harus sama banyak.`)]];
    }
    const v: number[] = [];
    const w: number[] = [];
    for (let i = 0; i < values.length; i++) {
      if (isBlank(values[i]) && isBlank(weights[i])) continue;
      const value = readNum(values[i], `nilai ke-${i + 1}`);
      if (isFunctionError(value)) return [[value]];
      const weight = readNum(weights[i], `bobot ke-${i + 1}`);
      if (isFunctionError(weight)) return [[weight]];
      v.push(value);
      w.push(weight);
    }
    return [[fromResult(nilaiTertimbang(v, w))]];
  },
};

export const CKP_TUGAS_BELAJAR: FunctionInfo = {
  name: "CKP_TUGAS_BELAJAR",
  category: "IKU & Konsolidasi",
  description:
    "CKP pegawai tugas belajar dari IPK (LAN Gambar 23): IPK maksimum = 120, IPK syarat lulus = 90, IPK 0 = 0, linear di antaranya.",
  params: [
    { name: "ipk", description: "IPK pegawai pada tahun berjalan." },
    { name: "ipk_maks", description: "IPK maksimum skala (mis. 4)." },
    { name: "ipk_lulus", description: "IPK minimum syarat lulus (mis. 3)." },
  ],
  example: { args: [3.5, 4, 3], result: "105" },
  evaluate: (ipk, ipkMaks, ipkLulus) =>
    broadcast([ipk, ipkMaks, ipkLulus], [arg("ipk", number()), arg("ipk_maks", number()), arg("ipk_lulus", number())], (x, max, pass) =>
      fromResult(ckpTugasBelajar(x, max, pass)),
    ),
};

export const STATUS_WARNA: FunctionInfo = {
  name: "STATUS_WARNA",
  category: "IKU & Konsolidasi",
  description:
    "Status warna indeks capaian, NSS, Np, NKO, CKP atau NKP (LAN Tabel 22): Hijau 100–120 (memenuhi ekspektasi), Kuning 80–<100 (belum memenuhi), Merah <80 (tidak memenuhi).",
  params: [{ name: "nilai", description: "Nilai 0–120." }],
  example: { args: [95], result: "Kuning" },
  evaluate: (nilai) =>
    broadcast([nilai], [arg("nilai", number())], (x) => fromResult(statusWarna(x))),
};
