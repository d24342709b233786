import { ATURAN, ATURAN_NILAI, ATURAN_VALUES, Aturan, parseAturan, predikatByAturan } from "../../core/aturan";
import {
  DEFAULT_SHARES,
  rankByDistribution,
  RankedStatus,
} from "../../core/kemenkeu/distribusi-normal";
import { checkDistribution, parsePredikatOrganisasi, PredikatOrganisasi } from "../../core/kurva-distribusi";
import { predikatKuadran } from "../../core/permenpanrb-6-2022";
import { Ekspektasi, parseEkspektasi, parsePredikat, PREDIKAT_WORDS as ALL_PREDIKAT, PredikatLevel } from "../../core/predikat";
import { bool, firstError, fromResult, num, parsed, share, word } from "../args";
import { isBlank, notAvailable, readNumber, valueError } from "../cell-values";
import { asMatrix, broadcast, flatten } from "../grid";
import { FunctionInfo } from "./types";

const ATURAN_WORDS = `${ATURAN_NILAI.map((a) => `"${a}"`).join(", ")} (bawaan "PP30")`;
/** Every rule set's name for the optional `aturan` of EKSPEKTASI and KOTAK_TALENTA. */
export const ATURAN_SEMUA_WORDS = ATURAN_VALUES.map((a) => `"${a}"`).join(", ");
/** Each rule set's expectation reading, from the registry, for the help texts. */
export const BACAAN_EKSPEKTASI = ATURAN_VALUES.map((a) => `${a}: ${ATURAN[a].bacaanEkspektasi}`).join(". ");
const EKSPEKTASI_WORDS = '"di atas ekspektasi" ("di atas", "diatas"), "sesuai ekspektasi" ("sesuai") atau "di bawah ekspektasi" ("di bawah")';
const PREDIKAT_WORDS = `${ALL_PREDIKAT.map((w) => `"${w}"`).join(", ")} (huruf besar/kecil dan spasi bebas, mis. "KURANG/ MISCONDUCT")`;

export const PREDIKAT: FunctionInfo = {
  name: "PREDIKAT",
  category: "Predikat & Distribusi",
  description: `Predikat dari nilai. ${ATURAN_NILAI.map((a) => `${a} (${ATURAN[a].sumber}): ${ATURAN[a].skala?.bacaan}`).join(". ")}.`,
  params: [
    { name: "nilai", description: "Nilai gabungan (0–120; Polri 0–100)." },
    { name: "inovasi", description: 'Opsional, bawaan FALSE: TRUE/"ya" bila pegawai menciptakan ide/cara baru yang bermanfaat (syarat Sangat Baik PP 30/2019).', optional: true },
    { name: "aturan", description: `Opsional: ${ATURAN_WORDS}.`, optional: true },
  ],
  example: { args: [112, true], result: "Sangat Baik" },
  evaluate: (nilai, inovasi, aturan) =>
    broadcast([nilai, inovasi, aturan], ["nilai", "inovasi", "aturan"], (n, i, a) => {
      const rule = word<Aturan>(a, "aturan", parseAturan, ATURAN_WORDS, "PP30");
      if (typeof rule === "string" && ATURAN[rule].skala === null) {
        return valueError(`${ATURAN[rule].nama} tidak memakai angka; gunakan KINERJA.PREDIKAT_KUADRAN(hasil_kerja; perilaku).`);
      }
      const x = num(n, "nilai");
      const innovation = bool(i, "inovasi", false);
      const error = firstError(rule, x, innovation);
      if (error) return error;
      const result = fromResult(predikatByAturan(rule as Aturan, x as number, innovation as boolean));
      return typeof result === "object" && "label" in result ? result.label : result;
    }),
};

export const PREDIKAT_KUADRAN: FunctionInfo = {
  name: "PREDIKAT_KUADRAN",
  category: "Predikat & Distribusi",
  description:
    "Predikat kuadran PermenPANRB 6/2022 (e-Kinerja BKN) dari rating hasil kerja × rating perilaku kerja: Sangat Baik, Baik, Butuh Perbaikan, Kurang/Misconduct, Sangat Kurang.",
  params: [
    { name: "hasil_kerja", description: `Rating hasil kerja: ${EKSPEKTASI_WORDS}.` },
    { name: "perilaku", description: `Rating perilaku kerja: ${EKSPEKTASI_WORDS}.` },
  ],
  example: { args: ["di atas ekspektasi", "sesuai ekspektasi"], result: "Baik" },
  evaluate: (hasilKerja, perilaku) =>
    broadcast([hasilKerja, perilaku], ["hasil_kerja", "perilaku"], (h, p) => {
      const a = parsed(h, "hasil_kerja", (t) => parseEkspektasi(t, "hasil_kerja"));
      const b = parsed(p, "perilaku", (t) => parseEkspektasi(t, "perilaku"));
      const error = firstError(a, b);
      if (error) return error;
      return predikatKuadran(a as Ekspektasi, b as Ekspektasi);
    }),
};

const ORGANISASI_WORDS = '"Istimewa", "Baik", "Butuh Perbaikan", "Kurang" atau "Sangat Kurang"';

export const CEK_DISTRIBUSI: FunctionInfo = {
  name: "CEK_DISTRIBUSI",
  category: "Predikat & Distribusi",
  description:
    "Memeriksa sebaran predikat pegawai satu unit terhadap kurva distribusi SE MenPANRB 03/2023 (PermenPANRB 6/2022) sesuai predikat organisasinya. Hasil \"Sesuai\" atau aturan kurva yang dilanggar beserta jumlahnya. Persentase mengikuti laporan sekunder SE; ubah di Pengaturan panel bila instansi memakai angka lain.",
  params: [
    { name: "predikat", description: `Rentang predikat pegawai satu unit: ${PREDIKAT_WORDS}. Sel kosong dilewati.` },
    { name: "predikat_organisasi", description: `Predikat kinerja organisasi unit: ${ORGANISASI_WORDS}.` },
  ],
  example: { args: [[["Sangat Baik"], ["Baik"], ["Baik"], ["Butuh Perbaikan"]], "Baik"], result: "Sesuai" },
  evaluate: (predikat, organisasi) => {
    const org = word<PredikatOrganisasi>(flatten(asMatrix(organisasi))[0], "predikat_organisasi", parsePredikatOrganisasi, ORGANISASI_WORDS);
    if (typeof org === "object") return [[org]];
    const levels: PredikatLevel[] = [];
    for (const cell of flatten(asMatrix(predikat))) {
      if (isBlank(cell)) continue;
      const level = parsed(cell, "predikat", (t) => parsePredikat(t));
      if (typeof level === "object") return [[level]];
      levels.push(level);
    }
    const result = fromResult(checkDistribution(levels, org));
    if (!Array.isArray(result)) return [[result]];
    return [[result.length === 0 ? "Sesuai" : result.map((v) => v.message).join(" ")]];
  },
};

export const EKSPEKTASI: FunctionInfo = {
  name: "EKSPEKTASI",
  category: "Predikat & Distribusi",
  description: `Status ekspektasi dari predikat menurut aturan. ${BACAAN_EKSPEKTASI}. Tanpa aturan: tabel PP 30/2019 untuk kata yang sama (Sangat Baik, Baik, Cukup, Kurang, Sangat Kurang; Buruk = Di Bawah) dan bacaan PermenPANRB 6/2022 untuk Butuh Perbaikan dan Kurang/Misconduct (Di Bawah Ekspektasi). Bila rating hasil kerja dan perilaku ada, kinerja = rating hasil kerja, kecuali rating perilaku di bawah ekspektasi.`,
  params: [
    { name: "predikat", description: `Predikat: ${PREDIKAT_WORDS}.` },
    { name: "aturan", description: `Opsional: ${ATURAN_SEMUA_WORDS} (kata yang sama dengan PREDIKAT). Tanpa aturan: PP 30/2019 untuk kata bersama, PermenPANRB 6/2022 untuk kata miliknya.`, optional: true },
  ],
  example: { args: ["Cukup"], result: "Sesuai Ekspektasi" },
  evaluate: (predikat, aturan) =>
    broadcast([predikat, aturan], ["predikat", "aturan"], (p, a) => {
      const rule = word<Aturan | null>(a, "aturan", parseAturan, ATURAN_SEMUA_WORDS, null);
      if (typeof rule === "object" && rule !== null) return rule;
      return parsed(p, "predikat", (t) => parseEkspektasi(t, "predikat", rule ?? undefined));
    }),
};

function describeRank(ranked: RankedStatus): string {
  if (!ranked.tieAtBoundary) return ranked.statuses[0];
  return `Seri di batas: ${ranked.statuses.join(" / ")} (urutan ditetapkan pimpinan unit)`;
}

export const PERINGKAT_DISTRIBUSI: FunctionInfo = {
  name: "PERINGKAT_DISTRIBUSI",
  category: "Predikat & Distribusi",
  description:
    "Status kinerja NKP dengan distribusi normal dalam satu unit pemilik peta strategi (KMK 467/2014, LAN Tabel 23): teratas 15% Kinerja Terbaik, 70% Kinerja Rata-rata, terbawah 15% Kinerja di Bawah Rata-rata. Jumlah orang dibulatkan ke atas bila pecahan ≥ 0,5 mulai dari status tertinggi. NKP sama yang melintasi batas ditandai \"Seri di batas\" karena urutannya ditetapkan pimpinan unit.",
  params: [
    { name: "nkp", description: "NKP pegawai (satu sel atau rentang)." },
    { name: "semua_nkp", description: "Rentang NKP seluruh pegawai unit (sel kosong dilewati)." },
    { name: "persen_atas", description: "Opsional, bawaan 15%: porsi Kinerja Terbaik.", optional: true },
    { name: "persen_bawah", description: "Opsional, bawaan 15%: porsi Kinerja di Bawah Rata-rata.", optional: true },
  ],
  example: { args: [95, [[95], [90], [85], [80], [75], [70], [65]]], result: "Kinerja Terbaik" },
  evaluate: (nkp, semuaNkp, persenAtas, persenBawah) => {
    const top = share(flatten(asMatrix(persenAtas))[0], "persen_atas", DEFAULT_SHARES.top);
    const bottom = share(flatten(asMatrix(persenBawah))[0], "persen_bawah", DEFAULT_SHARES.bottom);
    const sharesError = firstError(top, bottom);
    if (sharesError) return [[sharesError]];
    const all: number[] = [];
    for (const cell of flatten(asMatrix(semuaNkp))) {
      if (isBlank(cell)) continue;
      const v = readNumber(cell, "semua_nkp");
      if ("error" in v) return [[v]];
      all.push(v.value);
    }
    if (all.length === 0) return [[valueError("semua_nkp kosong; isi rentang NKP seluruh pegawai unit.")]];
    const ranking = fromResult(rankByDistribution(all, { top: top as number, bottom: bottom as number }));
    if (!Array.isArray(ranking)) return [[ranking]];
    const byValue = new Map<number, string>();
    all.forEach((v, i) => byValue.set(v, describeRank(ranking[i])));
    return broadcast([nkp], ["nkp"], (cell) => {
      const v = num(cell, "nkp");
      if (typeof v !== "number") return v;
      return byValue.get(v) ?? notAvailable(`nkp ${v} tidak ada di semua_nkp; rentang semua_nkp harus memuat nkp pegawai ini.`);
    });
  },
};

