import { Aturan } from "../../src/core/aturan";
import { bacaPredikat, Ekspektasi, parseEkspektasi, parsePredikat } from "../../src/core/predikat";
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

describe("expectation status read from a predikat under each rule set", () => {
  // PP 30/2019 penjelasan Pasal 41(8); PP 46/2011, Kemenkeu and Polri read their words the same way.
  const cases: Array<[Aturan, string, Ekspektasi]> = [
    ["PP30", "Sangat Baik", "Di Atas Ekspektasi"],
    ["PP30", "Baik", "Di Atas Ekspektasi"],
    ["PP30", "Cukup", "Sesuai Ekspektasi"],
    ["PP30", "Kurang", "Sesuai Ekspektasi"],
    ["PP30", "Sangat Kurang", "Di Bawah Ekspektasi"],
    ["PP46", "Buruk", "Di Bawah Ekspektasi"],
    ["KEMENKEU", "Kurang", "Sesuai Ekspektasi"],
    ["POLRI", "Kurang", "Sesuai Ekspektasi"],
    // PermenPANRB 6/2022 (DOMAIN §4): Baik covers sesuai × sesuai, so it reads "sesuai".
    ["PERMENPANRB6", "Sangat Baik", "Di Atas Ekspektasi"],
    ["PERMENPANRB6", "Baik", "Sesuai Ekspektasi"],
    ["PERMENPANRB6", "Butuh Perbaikan", "Di Bawah Ekspektasi"],
    ["PERMENPANRB6", "Kurang/Misconduct", "Di Bawah Ekspektasi"],
    ["PERMENPANRB6", "Sangat Kurang", "Di Bawah Ekspektasi"],
    // 6/2022 renamed Cukup and Kurang: under it they are Butuh Perbaikan and Kurang/Misconduct.
    ["PERMENPANRB6", "Cukup", "Di Bawah Ekspektasi"],
    ["PERMENPANRB6", "Kurang", "Di Bawah Ekspektasi"],
    // The words only 6/2022 has keep its reading under every rule set.
    ["PP30", "Butuh Perbaikan", "Di Bawah Ekspektasi"],
    ["PP46", "Kurang/Misconduct", "Di Bawah Ekspektasi"],
    ["KEMENKEU", "Misconduct", "Di Bawah Ekspektasi"],
    ["POLRI", "KURANG/ MISCONDUCT", "Di Bawah Ekspektasi"],
  ];
  test.each(cases)("%s: %s → %s", (aturan, word, expected) => {
    expect(okValue(parseEkspektasi(word, "kinerja", aturan))).toBe(expected);
  });

  test("under PermenPANRB 6/2022 a renamed word is shown in the new wording", () => {
    expect(okValue(bacaPredikat("Cukup", "PERMENPANRB6")).label).toBe("Butuh Perbaikan");
    expect(okValue(bacaPredikat("kurang", "PERMENPANRB6")).label).toBe("Kurang/Misconduct");
    expect(okValue(bacaPredikat("Buruk", "PERMENPANRB6")).label).toBe("Sangat Kurang");
  });

  test("officers' spellings of Kurang/Misconduct are one word", () => {
    for (const w of ["Kurang/Misconduct", "KURANG/ MISCONDUCT", "Kurang / Misconduct", "Misconduct", "kurang misconduct"]) {
      expect(okValue(bacaPredikat(w)).label).toBe("Kurang/Misconduct");
    }
  });
});

describe("expectation status typed by a user (no rule set: PP 30/2019 for shared words, 6/2022 for its own)", () => {
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
    ["Butuh Perbaikan", "Di Bawah Ekspektasi"],
    ["Kurang", "Sesuai Ekspektasi"],
    ["Kurang/Misconduct", "Di Bawah Ekspektasi"],
    ["Sangat Kurang", "Di Bawah Ekspektasi"],
    ["Buruk", "Di Bawah Ekspektasi"],
  ])("predikat %s → %s", (word, expected) => {
    expect(okValue(parseEkspektasi(word, "kinerja"))).toBe(expected);
  });

  test("a nonsense word is invalid and the message names the argument", () => {
    expectFailure(parseEkspektasi("lumayan", "hasil_kerja"), "invalid", /hasil_kerja/);
  });
});
