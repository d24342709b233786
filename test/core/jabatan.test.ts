import { kelasJabatan, tunjanganKinerja } from "../../src/core/jabatan";
import { expectFailure, okValue } from "./support";

/** LAN Tabel 7 as printed (kelas, lowest nilai jabatan, highest nilai jabatan). */
const TABEL_7: Array<[number, number, number]> = [
  [1, 190, 240],
  [2, 245, 300],
  [3, 305, 370],
  [4, 375, 450],
  [5, 455, 650],
  [6, 655, 850],
  [7, 855, 1100],
  [8, 1105, 1350],
  [9, 1355, 1600],
  [10, 1605, 1850],
  [11, 1855, 2100],
  [12, 2105, 2350],
  [13, 2355, 2750],
  [14, 2755, 3150],
  [15, 3155, 3600],
  [16, 3605, 4050],
  [17, 4055, 4730],
];

describe("kelas jabatan from nilai jabatan (LAN Tabel 7)", () => {
  test.each(TABEL_7)("kelas %p: both edges %p and %p and the middle belong to it", (kelas, from, to) => {
    expect(okValue(kelasJabatan(from))).toBe(kelas);
    expect(okValue(kelasJabatan(to))).toBe(kelas);
    expect(okValue(kelasJabatan(Math.round((from + to) / 2)))).toBe(kelas);
  });

  const gaps = TABEL_7.slice(0, -1).map(([kelas, , to], i) => [kelas, to, TABEL_7[i + 1][1]] as [number, number, number]);
  test.each(gaps)("the gap after kelas %p (%p … %p) is not in the table", (_kelas, to, nextFrom) => {
    for (const nilai of [to + 1, to + 0.5, nextFrom - 1, (to + nextFrom) / 2]) {
      expectFailure(kelasJabatan(nilai), "notFound", /nilai_jabatan/);
    }
  });

  test("named edges: 240 → 1, 241 → not found, 4050 → 16, 4051–4054 → not found, 4730 → 17", () => {
    expect(okValue(kelasJabatan(240))).toBe(1);
    expectFailure(kelasJabatan(241), "notFound", /nilai_jabatan/);
    expect(okValue(kelasJabatan(4050))).toBe(16);
    for (const nilai of [4051, 4052, 4053, 4054]) expectFailure(kelasJabatan(nilai), "notFound", /nilai_jabatan/);
    expect(okValue(kelasJabatan(4055))).toBe(17);
    expect(okValue(kelasJabatan(4730))).toBe(17);
  });

  test("below 190 and above 4,730 are not in the table", () => {
    expectFailure(kelasJabatan(189), "notFound", /nilai_jabatan/);
    expectFailure(kelasJabatan(0), "notFound", /nilai_jabatan/);
    expectFailure(kelasJabatan(4731), "notFound", /nilai_jabatan/);
  });

  test("a non-number is invalid, not 'not found'", () => {
    expectFailure(kelasJabatan(Number.NaN), "invalid", /nilai_jabatan/);
  });
});

describe("tunjangan kinerja = nilai jabatan × indeks rupiah", () => {
  test("nilai jabatan 1,000 × Rp5,000 → Rp5,000,000", () => {
    expect(okValue(tunjanganKinerja(1000, 5000))).toBe(5_000_000);
  });

  test("indeks rupiah 0 gives 0", () => {
    expect(okValue(tunjanganKinerja(4730, 0))).toBe(0);
  });

  test("a nilai jabatan outside the table is not found (no guessed class)", () => {
    expectFailure(tunjanganKinerja(241, 5000), "notFound", /nilai_jabatan/);
  });

  test("a negative indeks rupiah is invalid", () => {
    expectFailure(tunjanganKinerja(1000, -1), "invalid", /indeks_rupiah/);
  });
});
