/**
 * Kemenkeu tunjangan kinerja per kelas jabatan (Perpres 156/2014; LAN Tabel 14), rupiah per month.
 * The LAN table's separators are garbled ("46,950.000.00", "21.330.000.000"); amounts below are
 * the readings consistent with the text around it (kelas 1 Rp2.575.000, kelas 27 Rp46.950.000).
 */
import { formatNumber } from "../numeric";
import { invalid, notFound, ok, Result } from "../result";

export const TUKIN_KEMENKEU: Readonly<Record<number, number>> = {
  27: 46_950_000,
  26: 41_550_000,
  25: 36_770_000,
  24: 32_540_000,
  23: 24_100_000,
  22: 21_330_000,
  21: 18_880_000,
  20: 16_700_000,
  19: 13_670_000,
  18: 12_370_000,
  17: 10_947_000,
  16: 8_458_000,
  15: 7_474_000,
  14: 6_349_000,
  13: 5_079_000,
  12: 4_837_000,
  11: 4_607_000,
  10: 4_388_000,
  9: 4_179_000,
  8: 3_980_000,
  7: 3_864_000,
  6: 3_611_000,
  5: 3_375_000,
  4: 3_154_000,
  3: 2_948_000,
  2: 2_755_000,
  1: 2_575_000,
};

export function tukinKemenkeu(kelasJabatan: number): Result<number> {
  if (!Number.isFinite(kelasJabatan) || !Number.isInteger(kelasJabatan)) {
    return invalid(`kelas_jabatan harus bilangan bulat 1–27 (tertulis ${formatNumber(kelasJabatan)}).`);
  }
  const amount = TUKIN_KEMENKEU[kelasJabatan];
  if (amount === undefined) return notFound(`kelas_jabatan ${kelasJabatan} tidak ada di tabel Kemenkeu (kelas 1–27).`);
  return ok(amount);
}
