import { listWords, parseTruth, vocabulary, wordKey } from "../../src/core/words";

describe("wordKey", () => {
  test("case, spacing, punctuation and accents do not matter", () => {
    expect(wordKey("Sangat  Baik")).toBe("sangatbaik");
    expect(wordKey("SANGAT-BAIK")).toBe("sangatbaik");
    expect(wordKey(" sangat baik. ")).toBe("sangatbaik");
    expect(wordKey("Éselon")).toBe("eselon");
  });
});

describe("vocabulary", () => {
  const lookup = vocabulary<number>([
    [1, ["satu", "Siji"]],
    [2, ["dua"]],
  ]);

  test("every spelling finds its value", () => {
    expect(lookup("SATU")).toBe(1);
    expect(lookup("siji")).toBe(1);
    expect(lookup("Dua")).toBe(2);
  });

  test("an unknown word finds nothing", () => {
    expect(lookup("tiga")).toBeUndefined();
  });
});

describe("parseTruth", () => {
  test.each(["ya", "Y", "BENAR", "true", "iya", "ada", "1"])("%s → true", (word) => {
    expect(parseTruth(word)).toBe(true);
  });

  test.each(["tidak", "T", "salah", "FALSE", "tak", "bukan", "tidak ada", "0", "-"])("%s → false", (word) => {
    expect(parseTruth(word)).toBe(false);
  });

  test("anything else is not a truth value", () => {
    expect(parseTruth("mungkin")).toBeUndefined();
  });
});

describe("listWords", () => {
  test("quotes each word and separates with commas", () => {
    expect(listWords(["a", "b c"])).toBe('"a", "b c"');
  });
});
