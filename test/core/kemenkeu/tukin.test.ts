import { tukinKemenkeu } from "../../../src/core/kemenkeu/tukin";
import { expectFailure, okValue } from "../support";

/** LAN Tabel 14 (Perpres 156/2014), rupiah per month, read with Indonesian thousands separators. */
const TABEL_14: Array<[number, number]> = [
  [27, 46_950_000],
  [26, 41_550_000],
  [25, 36_770_000],
  [24, 32_540_000],
  [23, 24_100_000],
  [22, 21_330_000],
  [21, 18_880_000],
  [20, 16_700_000],
  [19, 13_670_000],
  [18, 12_370_000],
  [17, 10_947_000],
  [16, 8_458_000],
  [15, 7_474_000],
  [14, 6_349_000],
  [13, 5_079_000],
  [12, 4_837_000],
  [11, 4_607_000],
  [10, 4_388_000],
  [9, 4_179_000],
  [8, 3_980_000],
  [7, 3_864_000],
  [6, 3_611_000],
  [5, 3_375_000],
  [4, 3_154_000],
  [3, 2_948_000],
  [2, 2_755_000],
  [1, 2_575_000],
];

describe("Kemenkeu tunjangan kinerja per kelas jabatan (LAN Tabel 14)", () => {
  test("kelas 1 → Rp2.575.000 and kelas 27 → Rp46.950.000 (the ends named in the text)", () => {
    expect(okValue(tukinKemenkeu(1))).toBe(2_575_000);
    expect(okValue(tukinKemenkeu(27))).toBe(46_950_000);
  });

  test.each(TABEL_14)("kelas %p → Rp%p", (kelas, rupiah) => {
    expect(okValue(tukinKemenkeu(kelas))).toBe(rupiah);
  });

  test("a higher class never pays less", () => {
    for (let kelas = 2; kelas <= 27; kelas++) {
      expect(okValue(tukinKemenkeu(kelas))).toBeGreaterThan(okValue(tukinKemenkeu(kelas - 1)));
    }
  });

  test("kelas 0 is not in the table", () => {
    expectFailure(tukinKemenkeu(0), "notFound", /kelas_jabatan/);
  });

  test("kelas 28 is not in the table", () => {
    expectFailure(tukinKemenkeu(28), "notFound", /kelas_jabatan/);
  });

  test("kelas 1.5 is invalid", () => {
    expectFailure(tukinKemenkeu(1.5), "invalid", /kelas_jabatan/);
  });

  test("a non-number is invalid", () => {
    expectFailure(tukinKemenkeu(Number.NaN), "invalid", /kelas_jabatan/);
  });
});
