/**
 * Jabatan & Tunjangan: KELAS_JABATAN, TUNJANGAN_KINERJA, TUKIN_KEMENKEU, PERSEN_TUKIN_DJP,
 * INSENTIF_KPK (DOMAIN §7).
 */
import { cell, col, describeBroadcastContract, evaluate, expectCells, expectNotAvailable, expectValueError } from "./support";

describe("KELAS_JABATAN", () => {
  describeBroadcastContract({
    name: "KELAS_JABATAN",
    args: [1500],
    result: 9,
    column: { arg: 0, values: [190, 240, 245, 1500, 4730], results: [1, 1, 2, 9, 17], bad: 242, badMentions: ["nilai_jabatan", "242"], badCode: "#N/A" },
  });

  it("answers values between two ranges of the table, or outside it, with #N/A — never a guess", () => {
    for (const gap of [241, 244, 1101, 189, 4731]) expectNotAvailable(cell("KELAS_JABATAN", gap), "nilai_jabatan", "tabel");
  });

  it('reads text numbers "1.500" (Indonesian thousands) and "1500,0"', () => {
    expect(cell("KELAS_JABATAN", "1.500")).toBe(9);
    expect(cell("KELAS_JABATAN", "1500,0")).toBe(9);
    expect(cell("KELAS_JABATAN", "4.730")).toBe(17);
  });

  it("answers a word with #VALUE!", () => {
    expectValueError(cell("KELAS_JABATAN", "kelas sembilan"), "nilai_jabatan", "kelas sembilan");
  });
});

describe("TUNJANGAN_KINERJA", () => {
  describeBroadcastContract({
    name: "TUNJANGAN_KINERJA",
    args: [1500, 3000],
    result: 4_500_000,
    column: { arg: 1, values: [3000, 0, 1000], results: [4_500_000, 0, 1_500_000], bad: -1, badMentions: ["indeks_rupiah"] },
  });

  it("multiplies nilai jabatan by indeks rupiah only for a nilai jabatan in the table", () => {
    expect(cell("TUNJANGAN_KINERJA", 190, 2500)).toBe(475_000);
    expectNotAvailable(cell("TUNJANGAN_KINERJA", 242, 3000), "nilai_jabatan", "242");
  });

  it('reads text numbers "1.500" and "Rp 3.000"', () => {
    expect(cell("TUNJANGAN_KINERJA", "1.500", "Rp 3.000")).toBe(4_500_000);
    expect(cell("TUNJANGAN_KINERJA", "1500", "3000,5")).toBe(4_500_750);
  });
});

describe("TUKIN_KEMENKEU", () => {
  describeBroadcastContract({
    name: "TUKIN_KEMENKEU",
    args: [9],
    result: 4_179_000,
    column: { arg: 0, values: [1, 9, 27], results: [2_575_000, 4_179_000, 46_950_000], bad: 28, badMentions: ["kelas_jabatan", "28"], badCode: "#N/A" },
  });

  it("answers kelas 28 and 0 with #N/A and a non-whole kelas with #VALUE!", () => {
    expectNotAvailable(cell("TUKIN_KEMENKEU", 28), "kelas_jabatan", "1–27");
    expectNotAvailable(cell("TUKIN_KEMENKEU", 0), "kelas_jabatan");
    expectValueError(cell("TUKIN_KEMENKEU", 9.5), "kelas_jabatan", "bilangan bulat");
  });

  it('reads text numbers "9" and "9,0"', () => {
    expect(cell("TUKIN_KEMENKEU", "9")).toBe(4_179_000);
    expect(cell("TUKIN_KEMENKEU", "9,0")).toBe(4_179_000);
  });
});

describe("PERSEN_TUKIN_DJP", () => {
  describeBroadcastContract({
    name: "PERSEN_TUKIN_DJP",
    args: ["92%"],
    result: 90,
    column: {
      arg: 0,
      values: [95, 94.99, 90, 89.99, 80, 70, 69.99, 0],
      results: [100, 90, 90, 80, 80, 70, 50, 50],
      bad: -1,
      badMentions: ["realisasi_penerimaan"],
    },
  });

  it("reads 0,95, \"95%\" and 95 all as 95 % → 100", () => {
    for (const v of [0.95, "0,95", "95%", 95, "95", "95,0"]) expect(cell("PERSEN_TUKIN_DJP", v)).toBe(100);
  });

  it("reads ratios at the band edges without floating-point slips", () => {
    expectCells(evaluate("PERSEN_TUKIN_DJP", col(0.9, 0.8, 0.7, 0.6999, 1.05, "94,5%", "69,99%")), col(90, 80, 70, 50, 100, 90, 50));
  });

  it("rejects a negative realisation and words", () => {
    expectValueError(cell("PERSEN_TUKIN_DJP", -95), "realisasi_penerimaan");
    expectValueError(cell("PERSEN_TUKIN_DJP", "tinggi"), "realisasi_penerimaan", "tinggi");
  });
});

describe("INSENTIF_KPK", () => {
  describeBroadcastContract({
    name: "INSENTIF_KPK",
    args: ["A", 10_000_000],
    result: 25_000_000,
    column: {
      arg: 0,
      values: ["A", "B", "C", "D", "E"],
      results: [25_000_000, 20_000_000, 10_000_000, 0, 0],
      bad: "F",
      badMentions: ["nilai_kinerja", "F"],
    },
    defaults: { bulanan: false },
  });

  it("gives the fixed monthly incentive A 7%, B 6,5%, C 6% of the annual one", () => {
    expectCells(evaluate("INSENTIF_KPK", col("A", "B", "C", "D"), 10_000_000, true), col(1_750_000, 1_300_000, 600_000, 0));
    expect(cell("INSENTIF_KPK", "A", 10_000_000, "ya")).toBe(1_750_000);
  });

  it("accepts the grade words in any case", () => {
    expect(cell("INSENTIF_KPK", "a", 10_000_000)).toBe(25_000_000);
    expect(cell("INSENTIF_KPK", "Sangat  Memuaskan", 10_000_000)).toBe(25_000_000);
    expect(cell("INSENTIF_KPK", "memuaskan", 10_000_000)).toBe(20_000_000);
  });

  it('reads text numbers "Rp 10.000.000" and "10000000,0"', () => {
    expect(cell("INSENTIF_KPK", "A", "Rp 10.000.000")).toBe(25_000_000);
    expect(cell("INSENTIF_KPK", "B", "10000000,0")).toBe(20_000_000);
  });

  it("rejects a negative salary and an unknown bulanan", () => {
    expectValueError(cell("INSENTIF_KPK", "A", -1), "gaji");
    expectValueError(cell("INSENTIF_KPK", "A", 10_000_000, "kadang"), "bulanan", "kadang");
  });
});
