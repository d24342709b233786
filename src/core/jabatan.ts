/**
 * Kelas jabatan from nilai jabatan (Perka BKN 20/2011; LAN Tabel 7) and tunjangan kinerja
 * TK = nilai jabatan × indeks rupiah. Values between two ranges are not in the table: an error
 * (#N/A), not a guess.
 */
import { formatNumber, tidy } from "./numeric";
import { invalid, notFound, ok, Result } from "./result";

export interface KelasRange {
  readonly kelas: number;
  readonly from: number;
  readonly to: number;
}

/** LAN Tabel 7, lowest class first. */
export const KELAS_JABATAN: readonly KelasRange[] = [
  { kelas: 1, from: 190, to: 240 },
  { kelas: 2, from: 245, to: 300 },
  { kelas: 3, from: 305, to: 370 },
  { kelas: 4, from: 375, to: 450 },
  { kelas: 5, from: 455, to: 650 },
  { kelas: 6, from: 655, to: 850 },
  { kelas: 7, from: 855, to: 1100 },
  { kelas: 8, from: 1105, to: 1350 },
  { kelas: 9, from: 1355, to: 1600 },
  { kelas: 10, from: 1605, to: 1850 },
  { kelas: 11, from: 1855, to: 2100 },
  { kelas: 12, from: 2105, to: 2350 },
  { kelas: 13, from: 2355, to: 2750 },
  { kelas: 14, from: 2755, to: 3150 },
  { kelas: 15, from: 3155, to: 3600 },
  { kelas: 16, from: 3605, to: 4050 },
  { kelas: 17, from: 4055, to: 4730 },
];

export function kelasJabatan(nilaiJabatan: number): Result<number> {
  if (!Number.isFinite(nilaiJabatan)) return invalid("nilai_jabatan harus berupa angka.");
  for (const range of KELAS_JABATAN) {
    if (nilaiJabatan >= range.from && nilaiJabatan <= range.to) return ok(range.kelas);
  }
  return notFound(
    `nilai_jabatan ${formatNumber(nilaiJabatan)} tidak ada di tabel kelas jabatan (190–4.730, tanpa nilai di antara dua rentang).`,
  );
}

export function tunjanganKinerja(nilaiJabatan: number, indeksRupiah: number): Result<number> {
  const kelas = kelasJabatan(nilaiJabatan);
  if (!kelas.ok) return kelas;
  if (!Number.isFinite(indeksRupiah) || indeksRupiah < 0) {
    return invalid(`indeks_rupiah harus rupiah 0 atau lebih (tertulis ${formatNumber(indeksRupiah)}).`);
  }
  return ok(tidy(nilaiJabatan * indeksRupiah));
}
