/**
 * IKU rules for a performance contract (KMK 467/2014; LAN "Kementerian Keuangan", Tabel 18 and
 * the rules above it).
 */
import { vocabulary } from "../words";

export type LevelJabatan = "eselon1" | "eselon2" | "eselon3" | "eselon4" | "pelaksana" | "fungsional";

/** Tabel 18: maximum IKU per KK for a strategy-map owner / a non-owner. */
export const MAX_IKU_PER_KK: Readonly<Record<LevelJabatan, { pemilikPetaStrategi: number; bukanPemilik: number }>> = {
  eselon1: { pemilikPetaStrategi: 25, bukanPemilik: 10 },
  eselon2: { pemilikPetaStrategi: 20, bukanPemilik: 10 },
  eselon3: { pemilikPetaStrategi: 20, bukanPemilik: 10 },
  eselon4: { pemilikPetaStrategi: 10, bukanPemilik: 10 },
  pelaksana: { pemilikPetaStrategi: 10, bukanPemilik: 10 },
  fungsional: { pemilikPetaStrategi: 10, bukanPemilik: 10 },
};

export function maxIkuPerKontrak(level: LevelJabatan, pemilikPetaStrategi: boolean): number {
  const row = MAX_IKU_PER_KK[level];
  return pemilikPetaStrategi ? row.pemilikPetaStrategi : row.bukanPemilik;
}

/** A strategy-map owner measures one SS with at most 3 IKU, and not with activity IKU only. */
export const MAX_IKU_PER_SS = 3;

export const parseLevelJabatan = vocabulary<LevelJabatan>([
  ["eselon1", ["eselon i", "eselon 1", "es i", "es 1", "i", "jpt madya", "madya"]],
  ["eselon2", ["eselon ii", "eselon 2", "es ii", "es 2", "ii", "jpt", "jpt pratama", "pratama"]],
  ["eselon3", ["eselon iii", "eselon 3", "es iii", "es 3", "iii", "administrator"]],
  ["eselon4", ["eselon iv", "eselon 4", "es iv", "es 4", "iv", "pengawas"]],
  ["pelaksana", ["pelaksana", "staf", "jfu"]],
  ["fungsional", ["fungsional", "jabatan fungsional", "jft", "pejabat fungsional"]],
]);

export type ValiditasIku = "exact" | "proxy" | "activity";

export const parseValiditasIku = vocabulary<ValiditasIku>([
  ["exact", ["exact"]],
  ["proxy", ["proxy", "proksi"]],
  ["activity", ["activity", "aktivitas", "kegiatan"]],
]);
