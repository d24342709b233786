/**
 * KPK competency-level shift (Peraturan KPK 09/2010; LAN "Komisi Pemberantasan Korupsi",
 * Tabel 10–13): a shift to the next level (Dasar → Pemula → Menengah → Lanjut → Ahli) happens at
 * most once in two years, when the two yearly grades (A best … E worst) meet the minimum printed
 * for the employee's group and current level.
 *
 * A minimum is a pair of grades in either order: "AB/BA" = one year at least A and the other at
 * least B; "BB" = both at least B; "CB/BC" = one at least B, the other at least C; "CC" = both at
 * least C; "AA" = both A. Readings of the garbled print (DOMAIN.md §7): Tabel 10 "Ab.BA" and
 * Tabel 11 "Ab/BA" are AB/BA; the column head "Lanjnut" is Lanjut; Tabel 12's "Bagian.Kepala
 * Sekretaris" is Bagian, Kepala Sekretariat (and Koordinator); Tabel 13's rows Utama, Madya and
 * Muda are the Rumpun Jabatan Fungsional.
 */
import { NilaiKinerjaKpk } from "./kpk";
import { invalid, ok, Result } from "./result";
import { vocabulary } from "./words";

export type KelompokKpk = "SEKJEN_DEPUTI" | "DIREKTORAT_BIRO" | "BAGIAN_KOORDINATOR" | "FUNGSIONAL_UTAMA" | "FUNGSIONAL_MADYA" | "FUNGSIONAL_MUDA";

/** Levels from which a shift is possible; Ahli is the top and has no row in the tables. */
export type TingkatAsal = "Dasar" | "Pemula" | "Menengah" | "Lanjut";
export type TingkatKompetensiKpk = TingkatAsal | "Ahli";

export const TINGKAT_KPK: readonly TingkatKompetensiKpk[] = ["Dasar", "Pemula", "Menengah", "Lanjut", "Ahli"];

/** A printed minimum: the better grade needed in one year and the grade needed in the other. */
export interface SyaratNilai {
  /** As printed in the table, normalised ("AB/BA", "BB", "CB/BC", "CC", "AA"). */
  readonly printed: string;
  readonly better: NilaiKinerjaKpk;
  readonly other: NilaiKinerjaKpk;
}

const AA: SyaratNilai = { printed: "AA", better: "A", other: "A" };
const AB: SyaratNilai = { printed: "AB/BA", better: "A", other: "B" };
const BB: SyaratNilai = { printed: "BB", better: "B", other: "B" };
const CB: SyaratNilai = { printed: "CB/BC", better: "B", other: "C" };
const CC: SyaratNilai = { printed: "CC", better: "C", other: "C" };

export interface BarisPergeseran {
  readonly kelompok: KelompokKpk;
  /** The group as the table names it. */
  readonly nama: string;
  readonly sumber: string;
  readonly syarat: Readonly<Record<TingkatAsal, SyaratNilai>>;
}

/** LAN Tabel 10–13, one row per group, columns Dasar, Pemula, Menengah, Lanjut. */
export const TABEL_PERGESERAN_KPK: readonly BarisPergeseran[] = [
  { kelompok: "SEKJEN_DEPUTI", nama: "Sekretaris Jenderal/Deputi", sumber: "LAN Tabel 10", syarat: { Dasar: AB, Pemula: AB, Menengah: AA, Lanjut: AA } },
  { kelompok: "DIREKTORAT_BIRO", nama: "Direktorat/Biro", sumber: "LAN Tabel 11", syarat: { Dasar: BB, Pemula: BB, Menengah: AB, Lanjut: AB } },
  {
    kelompok: "BAGIAN_KOORDINATOR",
    nama: "Bagian, Kepala Sekretariat dan Koordinator",
    sumber: "LAN Tabel 12",
    syarat: { Dasar: CB, Pemula: CB, Menengah: BB, Lanjut: BB },
  },
  { kelompok: "FUNGSIONAL_UTAMA", nama: "Fungsional Utama", sumber: "LAN Tabel 13", syarat: { Dasar: BB, Pemula: BB, Menengah: AB, Lanjut: AB } },
  { kelompok: "FUNGSIONAL_MADYA", nama: "Fungsional Madya", sumber: "LAN Tabel 13", syarat: { Dasar: CB, Pemula: CB, Menengah: BB, Lanjut: BB } },
  { kelompok: "FUNGSIONAL_MUDA", nama: "Fungsional Muda", sumber: "LAN Tabel 13", syarat: { Dasar: CC, Pemula: CC, Menengah: CB, Lanjut: CB } },
];

const BY_KELOMPOK = new Map(TABEL_PERGESERAN_KPK.map((row) => [row.kelompok, row]));

/** Full names as the tables print them and the short names officers use. */
export const parseKelompokKpk = vocabulary<KelompokKpk>([
  ["SEKJEN_DEPUTI", ["Sekretaris Jenderal/Deputi", "Sekretaris Jenderal", "Sekjen", "Deputi", "Sekjen/Deputi"]],
  ["DIREKTORAT_BIRO", ["Direktorat/Biro", "Direktorat", "Biro"]],
  [
    "BAGIAN_KOORDINATOR",
    ["Bagian, Kepala Sekretariat dan Koordinator", "Bagian", "Kepala Sekretariat", "Kepala Sekretaris", "Koordinator"],
  ],
  ["FUNGSIONAL_UTAMA", ["Fungsional Utama", "JF Utama", "Jabatan Fungsional Utama"]],
  ["FUNGSIONAL_MADYA", ["Fungsional Madya", "JF Madya", "Jabatan Fungsional Madya"]],
  ["FUNGSIONAL_MUDA", ["Fungsional Muda", "JF Muda", "Jabatan Fungsional Muda"]],
]);

export const KELOMPOK_KPK_WORDS =
  '"Sekretaris Jenderal/Deputi" ("Sekjen", "Deputi"), "Direktorat/Biro" ("Direktorat", "Biro"), "Bagian" ("Kepala Sekretariat", "Koordinator"), "Fungsional Utama", "Fungsional Madya" atau "Fungsional Muda"';

export const parseTingkatKpk = vocabulary<TingkatKompetensiKpk>([
  ["Dasar", ["Dasar"]],
  ["Pemula", ["Pemula"]],
  ["Menengah", ["Menengah"]],
  ["Lanjut", ["Lanjut", "Lanjutan", "Lanjnut"]],
  ["Ahli", ["Ahli"]],
]);

export const TINGKAT_KPK_WORDS = '"Dasar", "Pemula", "Menengah" atau "Lanjut" (tingkat kompetensi saat ini)';

const RANK: Readonly<Record<NilaiKinerjaKpk, number>> = { A: 5, B: 4, C: 3, D: 2, E: 1 };

/** The minimum of the tables for a group and current level; Ahli has none. */
export function syaratPergeseran(kelompok: KelompokKpk, tingkat: TingkatKompetensiKpk): Result<SyaratNilai> {
  if (tingkat === "Ahli") return invalid("tingkat Ahli adalah tingkat kompetensi tertinggi: tidak ada pergeseran dari Ahli (LAN Tabel 10–13).");
  return ok(BY_KELOMPOK.get(kelompok)!.syarat[tingkat]);
}

/** Whether two yearly grades, in either order, meet the minimum for the group and current level. */
export function memenuhiPergeseranKpk(nilai1: NilaiKinerjaKpk, nilai2: NilaiKinerjaKpk, kelompok: KelompokKpk, tingkat: TingkatKompetensiKpk): Result<boolean> {
  const syarat = syaratPergeseran(kelompok, tingkat);
  if (!syarat.ok) return syarat;
  const better = Math.max(RANK[nilai1], RANK[nilai2]);
  const other = Math.min(RANK[nilai1], RANK[nilai2]);
  return ok(better >= RANK[syarat.value.better] && other >= RANK[syarat.value.other]);
}
