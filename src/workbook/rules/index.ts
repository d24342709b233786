/**
 * Every validation rule, in the order findings are explained to the officer. The list is data:
 * the panel's "Aturan pemeriksaan" shows it, the CLI can print it.
 */
import { RuleInfo, ValidationRule } from "./context";
import { DISTRIBUSI_KURVA, DISTRIBUSI_SERI } from "./distribution-rules";
import { IKU_ACTIVITY_SAJA, IKU_BOBOT, IKU_JUMLAH_KK, IKU_JUMLAH_SS, IKU_POLARISASI, IKU_TARGET } from "./iku-rules";
import { NIP_ANGKA, NIP_FORMAT, NIP_GANDA, NIP_KELAMIN, NIP_KOSONG, NIP_TANGGAL } from "./nip-rules";
import { NILAI_GABUNGAN_TIDAK_SESUAI, PREDIKAT_TIDAK_DIKENAL, PREDIKAT_TIDAK_SESUAI, RATING_TIDAK_DIKENAL, SANGAT_BAIK_TANPA_INOVASI } from "./predikat-rules";
import { DATA_SETELAH_BARIS_KOSONG, TEKS_TERSEMBUNYI } from "./sheet-rules";
import { KOTAK_TIDAK_SESUAI, POTENSIAL_TIDAK_DIKENAL } from "./talenta-rules";
import { ANGKA_TEKS, BUKAN_ANGKA, KOLOM_WAJIB, NILAI_RENTANG, SEL_ERROR, WAJIB_KOSONG } from "./value-rules";

export const RULES: readonly ValidationRule[] = [
  KOLOM_WAJIB,
  DATA_SETELAH_BARIS_KOSONG,
  TEKS_TERSEMBUNYI,
  NIP_KOSONG,
  NIP_ANGKA,
  NIP_FORMAT,
  NIP_TANGGAL,
  NIP_KELAMIN,
  NIP_GANDA,
  WAJIB_KOSONG,
  SEL_ERROR,
  BUKAN_ANGKA,
  ANGKA_TEKS,
  NILAI_RENTANG,
  NILAI_GABUNGAN_TIDAK_SESUAI,
  PREDIKAT_TIDAK_DIKENAL,
  PREDIKAT_TIDAK_SESUAI,
  SANGAT_BAIK_TANPA_INOVASI,
  RATING_TIDAK_DIKENAL,
  POTENSIAL_TIDAK_DIKENAL,
  KOTAK_TIDAK_SESUAI,
  DISTRIBUSI_KURVA,
  DISTRIBUSI_SERI,
  IKU_POLARISASI,
  IKU_TARGET,
  IKU_BOBOT,
  IKU_JUMLAH_KK,
  IKU_JUMLAH_SS,
  IKU_ACTIVITY_SAJA,
];

/** Sheet-level findings that come before any rule can run. */
export const TABEL_TIDAK_DITEMUKAN: RuleInfo = {
  code: "TABEL_TIDAK_DITEMUKAN",
  severity: "error",
  title: "Tabel tidak ditemukan",
  description: "Baris judul tabel (NIP, Nama, nilai … atau IKU, Target, Realisasi …) harus ada di 20 baris pertama lembar.",
  appliesTo: "semua",
};

/** Every finding code with its title and severity, for the panel and the CLI. */
export const RULE_CATALOGUE: readonly RuleInfo[] = [
  TABEL_TIDAK_DITEMUKAN,
  ...RULES.flatMap((r): RuleInfo[] => [
    { code: r.code, severity: r.severity, title: r.title, description: r.description, appliesTo: r.appliesTo },
    ...(r.also ?? []),
  ]),
];

export function ruleInfo(code: string): RuleInfo | undefined {
  return RULE_CATALOGUE.find((r) => r.code === code);
}

export type { RuleInfo, ValidationRule } from "./context";
