/**
 * Rewards for performance (PP 30/2019 Pasal 53–55; LAN Tabel 31).
 */
import { PredikatLevel } from "./predikat";

export type KelayakanPenghargaan =
  | "Prioritas Talent Pool"
  | "Prioritas Pengembangan Kompetensi"
  | "Tidak Ada";

export const KELAYAKAN_KETERANGAN: Readonly<Record<KelayakanPenghargaan, string>> = {
  "Prioritas Talent Pool":
    "Sangat Baik 2 tahun berturut-turut: prioritas kelompok rencana suksesi (talent pool) instansi; JPT Pratama/Madya dapat masuk talent pool nasional (PP 30/2019 Pasal 53 ayat 1).",
  "Prioritas Pengembangan Kompetensi":
    "Baik atau lebih 2 tahun berturut-turut: prioritas pengembangan kompetensi (PP 30/2019 Pasal 53 ayat 2).",
  "Tidak Ada": "Belum memenuhi syarat penghargaan dua tahun berturut-turut.",
};

/**
 * Sangat Baik two years in a row → talent pool priority; Baik or better two years in a row →
 * competency development priority.
 */
export function kelayakanPenghargaan(tahunIni: PredikatLevel, tahunLalu: PredikatLevel): KelayakanPenghargaan {
  if (tahunIni === 5 && tahunLalu === 5) return "Prioritas Talent Pool";
  if (tahunIni >= 4 && tahunLalu >= 4) return "Prioritas Pengembangan Kompetensi";
  return "Tidak Ada";
}

/** Tabel 31 reward types, in the table's order, with the predikat levels that qualify. */
export const JENIS_REWARD: ReadonlyArray<{ readonly nama: string; readonly jenis: "Non Finansial" | "Finansial"; readonly levels: readonly PredikatLevel[] }> = [
  { nama: "Talent Pool/Promosi/Fast Track", jenis: "Non Finansial", levels: [5] },
  { nama: "Prioritas Pengembangan Kompetensi", jenis: "Non Finansial", levels: [5, 4] },
  { nama: "Talent Mobility/Rotasi/Pengayaan Jabatan", jenis: "Non Finansial", levels: [5, 4] },
  { nama: "Work/Life Program", jenis: "Non Finansial", levels: [5] },
  { nama: "Flexible Reward", jenis: "Non Finansial", levels: [5, 4] },
  { nama: "Insentif/Tunjangan Kinerja/Bonus/Jasa Produksi", jenis: "Finansial", levels: [5] },
  { nama: "Kemudahan Pinjaman", jenis: "Finansial", levels: [5] },
];

export function jenisPenghargaan(level: PredikatLevel): string[] {
  return JENIS_REWARD.filter((r) => r.levels.includes(level)).map((r) => r.nama);
}
