import {
  KUADRAN_LABEL_BY_LEVEL,
  KUADRAN_LEVEL,
  PredikatKuadran,
  predikatKuadran,
} from "../../src/core/permenpanrb-6-2022";
import { Ekspektasi } from "../../src/core/predikat";

describe("PermenPANRB 6/2022 quadrant predikat (hasil kerja × perilaku kerja)", () => {
  test("DOMAIN §10: hasil kerja di atas, perilaku sesuai → Baik", () => {
    expect(predikatKuadran("Di Atas Ekspektasi", "Sesuai Ekspektasi")).toBe("Baik");
  });

  const cells: Array<[Ekspektasi, Ekspektasi, PredikatKuadran]> = [
    ["Di Atas Ekspektasi", "Di Bawah Ekspektasi", "Kurang/Misconduct"],
    ["Di Atas Ekspektasi", "Sesuai Ekspektasi", "Baik"],
    ["Di Atas Ekspektasi", "Di Atas Ekspektasi", "Sangat Baik"],
    ["Sesuai Ekspektasi", "Di Bawah Ekspektasi", "Kurang/Misconduct"],
    ["Sesuai Ekspektasi", "Sesuai Ekspektasi", "Baik"],
    ["Sesuai Ekspektasi", "Di Atas Ekspektasi", "Baik"],
    ["Di Bawah Ekspektasi", "Di Bawah Ekspektasi", "Sangat Kurang"],
    ["Di Bawah Ekspektasi", "Sesuai Ekspektasi", "Butuh Perbaikan"],
    ["Di Bawah Ekspektasi", "Di Atas Ekspektasi", "Butuh Perbaikan"],
  ];
  test.each(cells)("hasil kerja %s × perilaku %s → %s", (hasil, perilaku, expected) => {
    expect(predikatKuadran(hasil, perilaku)).toBe(expected);
  });

  test("levels: Sangat Baik 5, Baik 4, Butuh Perbaikan 3, Kurang/Misconduct 2, Sangat Kurang 1", () => {
    expect(KUADRAN_LEVEL).toEqual({
      "Sangat Baik": 5,
      Baik: 4,
      "Butuh Perbaikan": 3,
      "Kurang/Misconduct": 2,
      "Sangat Kurang": 1,
    });
  });

  test("label by level is the inverse of level by label", () => {
    for (const [label, level] of Object.entries(KUADRAN_LEVEL)) {
      expect(KUADRAN_LABEL_BY_LEVEL[level]).toBe(label);
    }
  });
});
