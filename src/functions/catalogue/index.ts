/**
 * The KINERJA.* catalogue: names, argument order, Indonesian help and evaluation. The Excel
 * entry point (src/functions/functions.ts) is generated from this list, the task pane shows it,
 * and `kinerja fungsi` evaluates it — one definition for all three.
 */
import { CKP_TUGAS_BELAJAR, IKU, NILAI_TERTIMBANG, STATUS_WARNA } from "./iku";
import { KREATIVITAS_FN, NILAI_KINERJA, NKP, NPKP, NSKP, PERILAKU_360 } from "./nilai";
import { NIP_INFO, NIP_VALID } from "./nip";
import { POLRI_FG, POLRI_FS, POLRI_NILAI } from "./polri";
import { CEK_DISTRIBUSI, EKSPEKTASI, PERINGKAT_DISTRIBUSI, PREDIKAT, PREDIKAT_KUADRAN } from "./predikat";
import { ANGKA_KREDIT, JENIS_PENGHARGAAN, KOTAK_TALENTA, PENGHARGAAN, REKOMENDASI_TALENTA } from "./talenta";
import { INSENTIF_KPK, KELAS_JABATAN, KPK_PERGESERAN, PERSEN_TUKIN_DJP, TUKIN_DJP, TUKIN_KEMENKEU, TUNJANGAN_KINERJA } from "./tunjangan";
import { FunctionInfo } from "./types";

export const NAMESPACE = "KINERJA";

/** In the order of the product's catalogue. */
export const CATALOGUE: readonly FunctionInfo[] = [
  IKU,
  NILAI_TERTIMBANG,
  CKP_TUGAS_BELAJAR,
  NILAI_KINERJA,
  PERILAKU_360,
  NKP,
  NSKP,
  KREATIVITAS_FN,
  NPKP,
  PREDIKAT,
  PREDIKAT_KUADRAN,
  CEK_DISTRIBUSI,
  EKSPEKTASI,
  STATUS_WARNA,
  PERINGKAT_DISTRIBUSI,
  KOTAK_TALENTA,
  REKOMENDASI_TALENTA,
  PENGHARGAAN,
  JENIS_PENGHARGAAN,
  ANGKA_KREDIT,
  KELAS_JABATAN,
  TUNJANGAN_KINERJA,
  TUKIN_KEMENKEU,
  PERSEN_TUKIN_DJP,
  TUKIN_DJP,
  INSENTIF_KPK,
  KPK_PERGESERAN,
  POLRI_FS,
  POLRI_FG,
  POLRI_NILAI,
  NIP_VALID,
  NIP_INFO,
];

const BY_NAME = new Map(CATALOGUE.map((f) => [f.name, f]));

/** Looks a function up by name, with or without the namespace, in any case. */
export function findFunction(name: string): FunctionInfo | undefined {
  const key = name.trim().toUpperCase().replace(/^KINERJA\./, "");
  return BY_NAME.get(key);
}

export type { FunctionInfo, ParamInfo, Kategori } from "./types";
