/**
 * KPK performance incentive (Peraturan KPK 01/2013; LAN "Komisi Pemberantasan Korupsi"):
 * annual incentive A 2.5 × salary, B 2 ×, C 1 ×, D and E none; fixed monthly incentive
 * A 7 %, B 6.5 %, C 6 % of the annual incentive.
 */
import { formatNumber, tidy } from "./numeric";
import { invalid, ok, Result } from "./result";
import { vocabulary } from "./words";

export type NilaiKinerjaKpk = "A" | "B" | "C" | "D" | "E";

export const KPK_INCENTIVE: Readonly<Record<NilaiKinerjaKpk, { tahunan: number; bulanan: number; kategori: string }>> = {
  A: { tahunan: 2.5, bulanan: 0.07, kategori: "Sangat Memuaskan" },
  B: { tahunan: 2, bulanan: 0.065, kategori: "Memuaskan" },
  C: { tahunan: 1, bulanan: 0.06, kategori: "Cukup Memuaskan" },
  D: { tahunan: 0, bulanan: 0, kategori: "Kurang Memuaskan" },
  E: { tahunan: 0, bulanan: 0, kategori: "Tidak Memuaskan" },
};

export const parseNilaiKpk = vocabulary<NilaiKinerjaKpk>([
  ["A", ["A", "sangat memuaskan"]],
  ["B", ["B", "memuaskan"]],
  ["C", ["C", "cukup memuaskan"]],
  ["D", ["D", "kurang memuaskan"]],
  ["E", ["E", "tidak memuaskan"]],
]);

/** Annual incentive, or with `bulanan` the fixed monthly incentive, in rupiah. */
export function insentifKpk(nilai: NilaiKinerjaKpk, gaji: number, bulanan: boolean): Result<number> {
  if (!Number.isFinite(gaji) || gaji < 0) return invalid(`gaji harus rupiah 0 atau lebih (tertulis ${formatNumber(gaji)}).`);
  const row = KPK_INCENTIVE[nilai];
  const tahunan = gaji * row.tahunan;
  return ok(tidy(bulanan ? tahunan * row.bulanan : tahunan));
}
