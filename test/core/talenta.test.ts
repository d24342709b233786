import { Ekspektasi } from "../../src/core/predikat";
import {
  KotakTalenta,
  kotakCoordinates,
  kotakTalenta,
  parseKotak,
  parsePotensial,
  Potensial,
  potensialFromScore,
  REKOMENDASI_KOTAK,
  rekomendasiTalenta,
} from "../../src/core/talenta";
import { expectFailure, okValue } from "./support";

/** DOMAIN §6 / LAN Gambar 27. */
const BOXES: Array<[Ekspektasi, Potensial, KotakTalenta]> = [
  ["Di Atas Ekspektasi", "Rendah", 4],
  ["Di Atas Ekspektasi", "Menengah", 7],
  ["Di Atas Ekspektasi", "Tinggi", 9],
  ["Sesuai Ekspektasi", "Rendah", 2],
  ["Sesuai Ekspektasi", "Menengah", 5],
  ["Sesuai Ekspektasi", "Tinggi", 8],
  ["Di Bawah Ekspektasi", "Rendah", 1],
  ["Di Bawah Ekspektasi", "Menengah", 3],
  ["Di Bawah Ekspektasi", "Tinggi", 6],
];

describe("talent box (PermenPANRB 3/2020, LAN Gambar 27)", () => {
  test("DOMAIN §10: kinerja sesuai ekspektasi, potensial tinggi → 8", () => {
    expect(kotakTalenta("Sesuai Ekspektasi", "Tinggi")).toBe(8);
  });

  test.each(BOXES)("kinerja %s × potensial %s → kotak %p", (kinerja, potensial, kotak) => {
    expect(kotakTalenta(kinerja, potensial)).toBe(kotak);
  });

  test.each(BOXES)("kotakCoordinates is the inverse: %s × %s ← kotak %p", (kinerja, potensial, kotak) => {
    expect(kotakCoordinates(kotak)).toEqual({ kinerja, potensial });
  });

  test("every box 1–9 appears exactly once", () => {
    expect(BOXES.map(([k, p]) => kotakTalenta(k, p)).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });
});

describe("recommendations (LAN Tabel 28)", () => {
  test("box 9: promote and retain, national/agency succession pool, award", () => {
    expect(REKOMENDASI_KOTAK[9].rekomendasi).toEqual([
      "Dipromosikan dan dipertahankan",
      "Masuk Kelompok Rencana Suksesi Instansi/Nasional",
      "Penghargaan",
    ]);
    expect(REKOMENDASI_KOTAK[9].kategori).toBe("Kinerja di atas ekspektasi dan potensial tinggi");
    expect(rekomendasiTalenta(9)).toBe(
      "Dipromosikan dan dipertahankan; Masuk Kelompok Rencana Suksesi Instansi/Nasional; Penghargaan",
    );
  });

  test("box 1: processed under the regulations", () => {
    expect(rekomendasiTalenta(1)).toMatch(/^Diproses sesuai ketentuan peraturan perundang/);
    expect(REKOMENDASI_KOTAK[1].rekomendasi).toHaveLength(1);
    expect(REKOMENDASI_KOTAK[1].kategori).toBe("Kinerja di bawah ekspektasi dan potensial rendah");
  });

  test("box 8 is retained with rotation/job enlargement; box 7 with job enrichment", () => {
    expect(REKOMENDASI_KOTAK[8].rekomendasi).toEqual([
      "Dipertahankan",
      "Masuk Kelompok Rencana Suksesi Instansi",
      "Rotasi/Perluasan jabatan",
      "Bimbingan kinerja",
    ]);
    expect(REKOMENDASI_KOTAK[7].rekomendasi).toEqual([
      "Dipertahankan",
      "Masuk Kelompok Rencana Suksesi Instansi",
      "Rotasi/Pengayaan jabatan",
      "Pengembangan kompetensi",
    ]);
  });

  test("boxes 6 to 2 as in Tabel 28", () => {
    expect(REKOMENDASI_KOTAK[6].rekomendasi).toEqual(["Penempatan yang sesuai", "Bimbingan kinerja", "Konseling kinerja"]);
    expect(REKOMENDASI_KOTAK[5].rekomendasi).toEqual(["Penempatan yang sesuai", "Bimbingan kinerja", "Pengembangan kompetensi"]);
    expect(REKOMENDASI_KOTAK[4].rekomendasi).toEqual(["Rotasi", "Pengembangan kompetensi"]);
    expect(REKOMENDASI_KOTAK[3].rekomendasi).toEqual([
      "Bimbingan kinerja",
      "Konseling kinerja",
      "Pengembangan kompetensi",
      "Penempatan yang sesuai",
    ]);
    expect(REKOMENDASI_KOTAK[2].rekomendasi).toEqual(["Bimbingan kinerja", "Pengembangan kompetensi", "Penempatan yang sesuai"]);
  });

  test.each(BOXES)("the category of %s × %s names both axes (kotak %p)", (kinerja, potensial, kotak) => {
    const kategori = REKOMENDASI_KOTAK[kotak].kategori.toLowerCase();
    expect(kategori).toContain(kinerja.toLowerCase().replace(" ekspektasi", ""));
    expect(kategori).toContain(`potensial ${potensial.toLowerCase()}`);
  });
});

describe("box numbers typed by a user", () => {
  test("1 and 9 are boxes", () => {
    expect(okValue(parseKotak(1))).toBe(1);
    expect(okValue(parseKotak(9))).toBe(9);
  });

  test.each([0, 10, 2.5, Number.NaN])("%p is not a box", (value) => {
    expectFailure(parseKotak(value), "invalid", /kotak/);
  });
});

describe("potensial", () => {
  test("words", () => {
    expect(parsePotensial("Tinggi")).toBe("Tinggi");
    expect(parsePotensial("sedang")).toBe("Menengah");
    expect(parsePotensial("MENENGAH")).toBe("Menengah");
    expect(parsePotensial("low")).toBe("Rendah");
    expect(parsePotensial("luar biasa")).toBeUndefined();
  });

  test("a numeric score without agency cut-offs is invalid (no silent default)", () => {
    expectFailure(potensialFromScore(85, undefined), "invalid", /[Pp]otensial/);
  });

  test("with cut-offs menengah 60 and tinggi 80, each cut-off belongs to the higher class", () => {
    const cutoffs = { menengah: 60, tinggi: 80 };
    expect(okValue(potensialFromScore(100, cutoffs))).toBe("Tinggi");
    expect(okValue(potensialFromScore(80, cutoffs))).toBe("Tinggi");
    expect(okValue(potensialFromScore(79.99, cutoffs))).toBe("Menengah");
    expect(okValue(potensialFromScore(60, cutoffs))).toBe("Menengah");
    expect(okValue(potensialFromScore(59.99, cutoffs))).toBe("Rendah");
    expect(okValue(potensialFromScore(0, cutoffs))).toBe("Rendah");
  });

  test("cut-offs in the wrong order are invalid", () => {
    expectFailure(potensialFromScore(70, { menengah: 80, tinggi: 60 }), "invalid", /menengah.*tinggi/);
  });

  test("a non-number score is invalid", () => {
    expectFailure(potensialFromScore(Number.NaN, { menengah: 60, tinggi: 80 }), "invalid", /potensial/);
  });
});
