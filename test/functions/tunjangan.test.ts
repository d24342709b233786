/**
 * Jabatan & Tunjangan: KELAS_JABATAN, TUNJANGAN_KINERJA, TUKIN_KEMENKEU, PERSEN_TUKIN_DJP,
 * TUKIN_DJP, INSENTIF_KPK, KPK_PERGESERAN (DOMAIN §7).
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

describe("TUKIN_DJP", () => {
  describeBroadcastContract({
    name: "TUKIN_DJP",
    args: [9, "Pemeriksa Pajak Pelaksana"],
    result: 13_320_562.5,
    column: {
      arg: 1,
      values: ["Pemeriksa Pajak Pelaksana", "Pelaksana Lainnya", "AR Tk III"],
      results: [13_320_562.5, 9_768_412, 13_320_562],
      bad: "Pelaksana",
      badMentions: ["Pelaksana", "peringkat 9"],
      badCode: "#N/A",
    },
    defaults: { jabatan: null, realisasi_penerimaan: null },
  });

  it("needs no jabatan where the peringkat has one row, and spills a column of peringkat and jabatan", () => {
    expect(cell("TUKIN_DJP", 27)).toBe(117_375_000);
    expect(cell("TUKIN_DJP", 4, "")).toBe(5_361_800);
    expectCells(evaluate("TUKIN_DJP", col(27, 20, 13, 7), col("", "Pranata Komputer Utama", "Penilai PBB Pertama", "AR")), col(117_375_000, 42_585_000, 15_110_025, 12_316_500));
  });

  it("answers an empty jabatan of a peringkat with several rows with #VALUE! listing that peringkat's jabatan", () => {
    expectValueError(cell("TUKIN_DJP", 12), "peringkat 12", "Pemeriksa Pajak Pelaksana Lanjutan", "Penilai PBB Pelaksana Lanjutan", "Penelaah Keberatan Tk I", "Pelaksana Lainnya");
  });

  it("answers a pair not in the table with #N/A, never the nearest row", () => {
    expectNotAvailable(cell("TUKIN_DJP", 9, "Pelaksana"), "Pelaksana", "peringkat 9", "Pelaksana Lainnya");
    expectNotAvailable(cell("TUKIN_DJP", 28), "peringkat 28");
    expectValueError(cell("TUKIN_DJP", 12.5, "Pelaksana Lainnya"), "peringkat", "bulat");
    expectValueError(cell("TUKIN_DJP", "dua belas", "Pelaksana Lainnya"), "peringkat", "dua belas");
  });

  it("with realisasi_penerimaan (the spellings PERSEN_TUKIN_DJP takes) gives the amount paid next year", () => {
    for (const realisasi of ["92%", 0.92, 92, "0,92"]) expect(cell("TUKIN_DJP", 9, "Pemeriksa Pajak Pelaksana", realisasi)).toBe(11_988_506.25);
    expectCells(evaluate("TUKIN_DJP", 27, "", col(0.95, 0.9499, 0.8, 0.7, 0.6999)), col(117_375_000, 105_637_500, 93_900_000, 82_162_500, 58_687_500));
    expect(cell("TUKIN_DJP", 9, "Pemeriksa Pajak Pelaksana", 0.95)).toBe(13_320_562.5);
    expectValueError(cell("TUKIN_DJP", 9, "Pemeriksa Pajak Pelaksana", "banyak"), "realisasi_penerimaan");
  });
});

describe("KPK_PERGESERAN", () => {
  describeBroadcastContract({
    name: "KPK_PERGESERAN",
    args: ["A", "B", "Direktorat", "Menengah"],
    result: true,
    column: { arg: 1, values: ["B", "C", "A"], results: [true, false, true], bad: "F", badMentions: ["nilai_tahun_2", "F"] },
  });

  it("reads the printed minimum of Tabel 10–13 in either order, for full and short group names", () => {
    expect(cell("KPK_PERGESERAN", "B", "A", "Sekretaris Jenderal/Deputi", "Dasar")).toBe(true);
    expect(cell("KPK_PERGESERAN", "B", "B", "Sekjen", "Pemula")).toBe(false);
    expect(cell("KPK_PERGESERAN", "A", "A", "Deputi", "Lanjut")).toBe(true);
    expect(cell("KPK_PERGESERAN", "C", "B", "Koordinator", "Dasar")).toBe(true);
    expect(cell("KPK_PERGESERAN", "C", "C", "Fungsional Muda", "Pemula")).toBe(true);
    expect(cell("KPK_PERGESERAN", "D", "A", "Fungsional Muda", "Dasar")).toBe(false);
    expect(cell("KPK_PERGESERAN", "sangat memuaskan", "memuaskan", "Biro", "Lanjut")).toBe(true);
    expectCells(evaluate("KPK_PERGESERAN", col("A", "B", "C"), col("B", "B", "C"), "Fungsional Madya", col("Dasar", "Menengah", "Dasar")), col(true, true, false));
  });

  it("answers Ahli (the top level) and a grade outside A–E with #VALUE! saying why", () => {
    expectValueError(cell("KPK_PERGESERAN", "A", "A", "Biro", "Ahli"), "Ahli", "tertinggi");
    expectValueError(cell("KPK_PERGESERAN", "F", "A", "Biro", "Dasar"), "nilai_tahun_1", "F", '"A"', '"E"');
    expectValueError(cell("KPK_PERGESERAN", 5, "A", "Biro", "Dasar"), "nilai_tahun_1", "5");
    expectValueError(cell("KPK_PERGESERAN", "A", "A", "Komisioner", "Dasar"), "kelompok", "Komisioner");
    expectValueError(cell("KPK_PERGESERAN", "A", "A", "Biro", "Utama"), "tingkat", "Utama");
  });
});
