/** Nilai Kinerja: NILAI_KINERJA, PERILAKU_360, NKP, NSKP, KREATIVITAS, NPKP (DOMAIN §3). */
import { cell, col, describeBroadcastContract, evaluate, expectCells, expectValueError, NA_OBJECT, NA_TEXT, row } from "./support";

describe("NILAI_KINERJA", () => {
  describeBroadcastContract({
    name: "NILAI_KINERJA",
    args: [105, 95],
    result: 102,
    column: { arg: 0, values: [105, 120, 0], results: [102, 112.5, 28.5], bad: 121, badMentions: ["skp", "120", "121"] },
    defaults: { penilaian_360: false },
  });

  it("follows DOMAIN §10: SKP 105, behaviour 95 → 102 (70/30) → Baik; with 360° → 101", () => {
    expect(cell("NILAI_KINERJA", 105, 95)).toBe(102);
    expect(cell("PREDIKAT", cell("NILAI_KINERJA", 105, 95))).toBe("Baik");
    expect(cell("NILAI_KINERJA", 105, 95, true)).toBe(101);
  });

  it('reads penilaian_360 as TRUE/FALSE, 1/0 or the words "ya"/"benar"/"tidak"', () => {
    for (const yes of [true, 1, "ya", "YA", "Benar", " benar ", "TRUE"]) expect(cell("NILAI_KINERJA", 105, 95, yes)).toBe(101);
    for (const no of [false, 0, "tidak", "Salah", "FALSE"]) expect(cell("NILAI_KINERJA", 105, 95, no)).toBe(102);
    expectValueError(cell("NILAI_KINERJA", 105, 95, "mungkin"), "penilaian_360", "mungkin");
    expectValueError(cell("NILAI_KINERJA", 105, 95, 2), "penilaian_360");
  });

  it("spills a column of penilaian_360 against single-cell scores", () => {
    expectCells(evaluate("NILAI_KINERJA", 105, 95, col(true, false, "ya")), col(101, 102, 101));
  });

  it('reads text numbers "105,0", "95%"', () => {
    expect(cell("NILAI_KINERJA", "105,0", "95%")).toBe(102);
    expect(cell("NILAI_KINERJA", "105", "95,0")).toBe(102);
  });

  it("rejects scores outside 0–120", () => {
    expectValueError(cell("NILAI_KINERJA", -1, 95), "skp");
    expectValueError(cell("NILAI_KINERJA", 105, 120.5), "perilaku");
    expectValueError(cell("NILAI_KINERJA", 105, "baik"), "perilaku", "baik");
  });
});

describe("PERILAKU_360", () => {
  describeBroadcastContract({
    name: "PERILAKU_360",
    args: [90, 80],
    result: 86,
    column: { arg: 1, values: [80, 120, 0], results: [86, 102, 54], bad: -1, badMentions: ["rekan"] },
  });

  it("weighs the direct superior 60% and peers/subordinates 40%", () => {
    expect(cell("PERILAKU_360", 100, 50)).toBe(80);
    expect(cell("PERILAKU_360", "90,0", "80%")).toBe(86);
  });

  it("rejects scores outside 0–120", () => {
    expectValueError(cell("PERILAKU_360", 121, 80), "atasan");
  });
});

describe("NKP", () => {
  describeBroadcastContract({
    name: "NKP",
    args: [100, 90],
    result: 97,
    column: { arg: 0, values: [100, 120, 0], results: [97, 111, 27], bad: 130, badMentions: ["ckp", "130"] },
    defaults: { bobot_ckp: 0.7 },
  });

  it("reads the CKP weight as 70, 70%, 0,7 or 0.7", () => {
    for (const w of [70, "70%", "0,7", 0.7, "70"]) expect(cell("NKP", 100, 90, w)).toBe(97);
    expect(cell("NKP", 100, 90, "60%")).toBe(96);
    expect(cell("NKP", 100, 90, 1)).toBe(100);
  });

  it('reads text numbers "95,5" and "95%"', () => {
    expect(cell("NKP", "95,5", "95%")).toBeCloseTo(95.35, 10);
  });

  it("rejects a weight above 100% or below 0 and scores outside 0–120", () => {
    expectValueError(cell("NKP", 100, 90, "150%"), "bobot_ckp");
    expectValueError(cell("NKP", 100, 90, -5), "bobot_ckp");
    expectValueError(cell("NKP", 100, 121), "np");
  });
});

describe("NSKP", () => {
  describeBroadcastContract({
    name: "NSKP",
    args: [100, 4, "organisasi"],
    result: 108,
    column: { arg: 0, values: [100, 115, 0], results: [108, 120, 8], bad: 121, badMentions: ["ckp", "121"] },
    defaults: { tugas_tambahan: 0, kreativitas: 0 },
  });

  it("scores additional tasks 1–3 → 1, 4–6 → 2, 7 or more → 3", () => {
    const tasks = [0, 1, 3, 4, 6, 7, 20];
    expectCells(evaluate("NSKP", 100, col(...tasks)), col(100, 101, 101, 102, 102, 103, 103));
  });

  it("reads kreativitas as 3/6/12 or as the words unit/organisasi/negara in any case", () => {
    expect(cell("NSKP", 100, 0, 3)).toBe(103);
    expect(cell("NSKP", 100, 0, "6")).toBe(106);
    expect(cell("NSKP", 100, 0, "UNIT")).toBe(103);
    expect(cell("NSKP", 100, 0, " Organisasi ")).toBe(106);
    expect(cell("NSKP", 100, 0, "negara")).toBe(112);
    expect(cell("NSKP", 100, 0, "unit  kerja")).toBe(103);
  });

  it("caps NSKP at 120", () => {
    expect(cell("NSKP", 110, 7, "negara")).toBe(120);
  });

  it('reads text numbers "95,5" and "95%"', () => {
    expect(cell("NSKP", "95,5", "4")).toBe(97.5);
    expect(cell("NSKP", "95%")).toBe(95);
  });

  it("rejects a kreativitas that is not 3, 6 or 12 and a task count that is not a whole number", () => {
    expectValueError(cell("NSKP", 100, 0, 5), "kreativitas");
    expectValueError(cell("NSKP", 100, 0, "desa"), "kreativitas", "desa");
    expectValueError(cell("NSKP", 100, 2.5), "tugas_tambahan");
    expectValueError(cell("NSKP", 100, -1), "tugas_tambahan");
  });
});

describe("KREATIVITAS", () => {
  it("scores unit 3, organisasi 6, negara 12 (LAN Tabel 21)", () => {
    expect(cell("KREATIVITAS", "unit")).toBe(3);
    expect(cell("KREATIVITAS", "organisasi")).toBe(6);
    expect(cell("KREATIVITAS", "negara")).toBe(12);
  });

  it("takes the highest level over a range, not the sum", () => {
    expect(cell("KREATIVITAS", col("unit", "negara", "organisasi"))).toBe(12);
    expect(cell("KREATIVITAS", col("unit", "unit", "unit"))).toBe(3);
    expect(cell("KREATIVITAS", row("organisasi", "unit"))).toBe(6);
    expect(cell("KREATIVITAS", [["unit", "organisasi"], ["unit", null]])).toBe(6);
  });

  it("accepts the words in any case and spacing", () => {
    expect(cell("KREATIVITAS", "NEGARA")).toBe(12);
    expect(cell("KREATIVITAS", "  Unit   Kerja ")).toBe(3);
    expect(cell("KREATIVITAS", "presiden")).toBe(12);
  });

  it("skips blank cells; a blank range is 0 as its help says", () => {
    expect(cell("KREATIVITAS", col(null, "", "organisasi"))).toBe(6);
    expect(cell("KREATIVITAS", null)).toBe(0);
    expect(cell("KREATIVITAS", col("", "  "))).toBe(0);
  });

  it("answers an unknown word or an Excel error with #VALUE! naming tingkat", () => {
    expectValueError(cell("KREATIVITAS", col("unit", "kecamatan")), "tingkat", "kecamatan", "unit", "organisasi", "negara");
    for (const error of [NA_OBJECT, NA_TEXT]) expectValueError(cell("KREATIVITAS", col("unit", error)), "tingkat", "#N/A");
  });
});

describe("NPKP", () => {
  describeBroadcastContract({
    name: "NPKP",
    args: [95, 90],
    result: 93,
    column: { arg: 0, values: [95, 120, 0], results: [93, 108, 36], bad: 121, badMentions: ["nskp", "121"] },
  });

  it("follows DOMAIN §10: NSKP 95, NP 90 → 93 → PP 46 Sangat Baik", () => {
    expect(cell("NPKP", 95, 90)).toBe(93);
    expect(cell("PREDIKAT", cell("NPKP", 95, 90), null, "PP46")).toBe("Sangat Baik");
  });

  it("counts NP at most 100", () => {
    expect(cell("NPKP", 100, 120)).toBe(100);
  });

  it('reads text numbers "95,5" and "95%"', () => {
    expect(cell("NPKP", "95,5", "95%")).toBeCloseTo(95.3, 10);
  });

  it("rejects scores outside 0–120", () => {
    expectValueError(cell("NPKP", 95, -1), "np");
  });
});
