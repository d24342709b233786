import { ATURAN, ATURAN_NILAI, ATURAN_VALUES, Aturan, AturanNilai, parseAturan, predikatByAturan } from "../../core/aturan";
import {
  DEFAULT_SHARES,
  rankByDistribution,
  RankedStatus,
} from "../../core/kemenkeu/distribusi-normal";
import { checkDistribution, parsePredikatOrganisasi, PredikatOrganisasi } from "../../core/kurva-distribusi";
import { predikatKuadran } from "../../core/permenpanrb-6-2022";
import { parseEkspektasi, parsePredikat, PREDIKAT_WORDS as ALL_PREDIKAT } from "../../core/predikat";
import { ok } from "../../core/result";
import { arg, bool, cellType, firstCell, fromResult, listOf, number, parsed, RangeType, refine, share, word } from "../args";
import { FunctionError, isFunctionError, notAvailable, readNumber, valueError } from "../cell-values";
import { broadcast, readWhole } from "../grid";
import { FunctionInfo } from "./types";

const ATURAN_WORDS = `${ATURAN_NILAI.map((a) => `"${a}"`).join(", ")} (bawaan "PP30")`;
/** Every rule set's name for the optional `aturan` of EKSPEKTASI and KOTAK_TALENTA. */
export const ATURAN_SEMUA_WORDS = ATURAN_VALUES.map((a) => `"${a}"`).join(", ");
/** Each rule set's expectation reading, from the registry, for the help texts. */
export const BACAAN_EKSPEKTASI = ATURAN_VALUES.map((a) => `${a}: ${ATURAN[a].bacaanEkspektasi}`).join(". ");
const EKSPEKTASI_WORDS = '"di atas ekspektasi" ("di atas", "diatas"), "sesuai ekspektasi" ("sesuai") atau "di bawah ekspektasi" ("di bawah")';
const PREDIKAT_WORDS = `${ALL_PREDIKAT.map((w) => `"${w}"`).join(", ")} (huruf besar/kecil dan spasi bebas, mis. "KURANG/ MISCONDUCT")`;

/** A rule set that scores with numbers (PermenPANRB 6/2022 has its own function). */
const ATURAN_BERNILAI = refine(word<Aturan>(parseAturan, ATURAN_WORDS, "PP30"), (rule): AturanNilai | FunctionError =>
  ATURAN[rule].skala === null ? valueError(`${ATURAN[rule].nama} tidak memakai angka; gunakan KINERJA.PREDIKAT_KUADRAN(hasil_kerja; perilaku).`) : (rule as AturanNilai),
);

/** Any rule set, or none (EKSPEKTASI and KOTAK_TALENTA read shared words by PP 30 then). */
export const ATURAN_OPSIONAL = word<Aturan | null>(parseAturan, ATURAN_SEMUA_WORDS, null);

/** The text of a required cell; what it means is read with another argument (the rule set). */
export const TEXT = parsed((t) => ok(t));

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
    broadcast([nilai, inovasi, aturan], [arg("nilai", number()), arg("inovasi", bool(false)), arg("aturan", ATURAN_BERNILAI, { leads: true })], (x, innovation, rule) => {
      const result = fromResult(predikatByAturan(rule, x, innovation));
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
    broadcast(
      [hasilKerja, perilaku],
      [arg("hasil_kerja", parsed((t) => parseEkspektasi(t, "hasil_kerja"))), arg("perilaku", parsed((t) => parseEkspektasi(t, "perilaku")))],
      (a, b) => predikatKuadran(a, b),
    ),
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
  evaluate: (predikat, organisasi) =>
    broadcast(
      [predikat, organisasi],
      [
        arg("predikat", listOf(parsed((t) => parsePredikat(t)))),
        arg("predikat_organisasi", firstCell(word<PredikatOrganisasi>(parsePredikatOrganisasi, ORGANISASI_WORDS)), { leads: true }),
      ],
      (levels, org) => {
        const result = fromResult(checkDistribution(levels, org));
        if (!Array.isArray(result)) return result;
        return result.length === 0 ? "Sesuai" : result.map((v) => v.message).join(" ");
      },
    ),
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
    broadcast([predikat, aturan], [arg("predikat", TEXT), arg("aturan", ATURAN_OPSIONAL, { leads: true })], (text, rule) =>
      fromResult(parseEkspektasi(text, "predikat", rule ?? undefined)),
    ),
};

/** NKP of the whole unit: numbers (no fallback for blanks: they are skipped), at least one. */
const SEMUA_NKP: RangeType<number[]> = {
  kind: "range",
  read: (range, name) => {
    const all = listOf(cellType<number>((cell) => {
      const v = readNumber(cell, name);
      return "error" in v ? v : v.value;
    })).read(range, name);
    if (!isFunctionError(all) && all.length === 0) return valueError(`${name} kosong; isi rentang NKP seluruh pegawai unit.`);
    return all;
  },
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
  evaluate: (nkp, semuaNkp, persenAtas, persenBawah) =>
    // The ranking is computed once over the whole unit; each nkp cell then looks its status up.
    readWhole(
      [semuaNkp, persenAtas, persenBawah],
      [
        arg("semua_nkp", SEMUA_NKP),
        arg("persen_atas", firstCell(share(DEFAULT_SHARES.top)), { leads: true }),
        arg("persen_bawah", firstCell(share(DEFAULT_SHARES.bottom)), { leads: true }),
      ],
      (all, top, bottom) => {
        const ranking = fromResult(rankByDistribution(all, { top, bottom }));
        if (!Array.isArray(ranking)) return [[ranking]];
        const byValue = new Map<number, string>();
        all.forEach((v, i) => byValue.set(v, describeRank(ranking[i])));
        return broadcast(
          [nkp],
          [arg("nkp", number())],
          (v) => byValue.get(v) ?? notAvailable(`nkp ${v} tidak ada di semua_nkp; rentang semua_nkp harus memuat nkp pegawai ini.`),
        );
      },
    ),
};

