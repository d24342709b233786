import { Ekspektasi, ekspektasiFromLevel, parseEkspektasi, parsePredikat, PredikatLevel } from "../../src/core/predikat";
import { expectFailure, okValue } from "./support";

describe("predikat words in any rule set's wording", () => {
  test.each([
    ["Sangat Baik", 5],
    ["sangat baik", 5],
    ["SANGAT  BAIK", 5],
    ["sangat-baik", 5],
    ["Baik", 4],
    ["Cukup", 3],
    ["Butuh Perbaikan", 3],
    ["Kurang", 2],
    ["Kurang/Misconduct", 2],
    ["Misconduct", 2],
    ["Sangat Kurang", 1],
    ["Buruk", 1],
  ])("%s → level %p", (word, level) => {
    expect(okValue(parsePredikat(word))).toBe(level);
  });

  test("a nonsense word is invalid and the message names the argument", () => {
    expectFailure(parsePredikat("Luar Biasa"), "invalid", /predikat/);
  });

  test("an empty text is invalid", () => {
    expectFailure(parsePredikat(""), "invalid", /predikat/);
  });

  test("the caller's argument name appears in the message", () => {
    expectFailure(parsePredikat("hebat", "predikat_tahun_lalu"), "invalid", /predikat_tahun_lalu/);
  });
});

describe("expectation status (PP 30/2019 penjelasan Pasal 41(8))", () => {
  const cases: Array<[PredikatLevel, Ekspektasi]> = [
    [5, "Di Atas Ekspektasi"],
    [4, "Di Atas Ekspektasi"],
    [3, "Sesuai Ekspektasi"],
    [2, "Sesuai Ekspektasi"],
    [1, "Di Bawah Ekspektasi"],
  ];
  test.each(cases)("level %p → %s", (level, expected) => {
    expect(ekspektasiFromLevel(level)).toBe(expected);
  });
});

describe("expectation status typed by a user", () => {
  test.each([
    ["Di Atas Ekspektasi", "Di Atas Ekspektasi"],
    ["diatas", "Di Atas Ekspektasi"],
    ["di atas", "Di Atas Ekspektasi"],
    ["DIATAS EKSPEKTASI", "Di Atas Ekspektasi"],
    ["sesuai", "Sesuai Ekspektasi"],
    ["Sesuai Ekspektasi", "Sesuai Ekspektasi"],
    ["di bawah", "Di Bawah Ekspektasi"],
    ["Dibawah Ekspektasi", "Di Bawah Ekspektasi"],
  ])("%s → %s", (word, expected) => {
    expect(okValue(parseEkspektasi(word, "kinerja"))).toBe(expected);
  });

  test.each([
    ["Sangat Baik", "Di Atas Ekspektasi"],
    ["Baik", "Di Atas Ekspektasi"],
    ["Cukup", "Sesuai Ekspektasi"],
    ["Butuh Perbaikan", "Sesuai Ekspektasi"],
    ["Kurang", "Sesuai Ekspektasi"],
    ["Kurang/Misconduct", "Sesuai Ekspektasi"],
    ["Sangat Kurang", "Di Bawah Ekspektasi"],
    ["Buruk", "Di Bawah Ekspektasi"],
  ])("predikat %s → %s", (word, expected) => {
    expect(okValue(parseEkspektasi(word, "kinerja"))).toBe(expected);
  });

  test("a nonsense word is invalid and the message names the argument", () => {
    expectFailure(parseEkspektasi("lumayan", "hasil_kerja"), "invalid", /hasil_kerja/);
  });
});
