/** Polri: POLRI_FS, POLRI_FG, POLRI_NILAI (DOMAIN §7, Polri final score). */
import { cell, col, describeBroadcastContract, evaluate, expectCells, expectValueError } from "./support";

describe("POLRI_FS", () => {
  describeBroadcastContract({
    name: "POLRI_FS",
    args: [90, 80, 2],
    result: 76,
    column: { arg: 2, values: [2, 0, 10], results: [76, 68, 100], bad: 1.5, badMentions: ["jumlah_tugas_tambahan", "bilangan bulat"] },
  });

  it("= (TW1 + TW2) / 2 × 80% + tasks × 4, at most 100", () => {
    expect(cell("POLRI_FS", 100, 100, 0)).toBe(80);
    expect(cell("POLRI_FS", 100, 100, 5)).toBe(100);
    expect(cell("POLRI_FS", 75, 85, 1)).toBe(68);
  });

  it('reads text numbers "90,0" and "80%"', () => {
    expect(cell("POLRI_FS", "90,0", "80%", "2")).toBe(76);
  });

  it("rejects contract scores outside 0–100", () => {
    expectValueError(cell("POLRI_FS", 101, 80, 0), "kontrak_tw1", "100");
    expectValueError(cell("POLRI_FS", 90, -1, 0), "kontrak_tw2");
  });
});

describe("POLRI_FG", () => {
  describeBroadcastContract({
    name: "POLRI_FG",
    args: [90, 85, "kapolda", ""],
    result: 77,
    column: { arg: 0, values: [90, 100, 0], results: [77, 83, 23], bad: 101, badMentions: ["pka_penilai", "101"] },
    // Documented in the parameters' help: no peers → the rater weighs 80%; no award/penalty → 0.
    blankMeans: { pka_rekan: 78, penghargaan: 71, hukuman: 77 },
  });

  it("reads awards and penalties as points or as names separated by commas or semicolons", () => {
    expect(cell("POLRI_FG", 90, 85, 6, 0)).toBe(77);
    expect(cell("POLRI_FG", 90, 85, "6", "0")).toBe(77);
    expect(cell("POLRI_FG", 90, 85, "Presiden, Kapolda")).toBe(91); // 21 points, capped at 20
    expect(cell("POLRI_FG", 90, 85, "presiden; menteri")).toBe(91);
    expect(cell("POLRI_FG", 90, 85, "kapolda", "kode etik")).toBe(65);
    expect(cell("POLRI_FG", 90, 85, "kapolda", "Pidana, Kode  Etik")).toBe(50);
  });

  it("caps PKA at 80 and never goes below 0", () => {
    expect(cell("POLRI_FG", 100, 100, "presiden, kapolda")).toBe(100);
    expect(cell("POLRI_FG", 0, 0, "", "pidana")).toBe(0);
  });

  it("answers an unknown award or penalty with #VALUE! naming the argument and the accepted names", () => {
    expectValueError(cell("POLRI_FG", 90, 85, "camat"), "penghargaan", "camat", "presiden");
    expectValueError(cell("POLRI_FG", 90, 85, "", "teguran"), "hukuman", "teguran", "pidana");
    expectValueError(cell("POLRI_FG", 90, 85, -3), "penghargaan");
  });

  it("spills a column of award names", () => {
    expectCells(evaluate("POLRI_FG", 90, 85, col("kapolda", "", "presiden", "camat")), col(77, 71, 86, "#VALUE!"));
  });
});

describe("POLRI_NILAI", () => {
  describeBroadcastContract({
    name: "POLRI_NILAI",
    args: [76, 77],
    result: 76.4,
    column: { arg: 0, values: [76, 100, 0], results: [76.4, 90.8, 30.8], bad: 101, badMentions: ["fs", "101"] },
  });

  it("= FS × 60% + FG × 40%, and its predikat comes from PREDIKAT(…; ; \"POLRI\")", () => {
    expect(cell("POLRI_NILAI", 100, 100)).toBe(100);
    const nilai = cell("POLRI_NILAI", cell("POLRI_FS", 90, 80, 2), cell("POLRI_FG", 90, 85, "kapolda", ""));
    expect(nilai).toBe(76.4);
    expect(cell("PREDIKAT", nilai, null, "POLRI")).toBe("Baik");
  });

  it('reads text numbers "76,0" and "77%"', () => {
    expect(cell("POLRI_NILAI", "76,0", "77%")).toBe(76.4);
  });

  it("rejects scores outside 0–100", () => {
    expectValueError(cell("POLRI_NILAI", 76, 100.5), "fg");
  });
});
