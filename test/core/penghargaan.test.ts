import { jenisPenghargaan, KelayakanPenghargaan, kelayakanPenghargaan } from "../../src/core/penghargaan";
import { PredikatLevel } from "../../src/core/predikat";

describe("reward eligibility, two years in a row (PP 30/2019 Pasal 53)", () => {
  const cases: Array<[PredikatLevel, PredikatLevel, KelayakanPenghargaan]> = [
    [5, 5, "Prioritas Talent Pool"],
    [5, 4, "Prioritas Pengembangan Kompetensi"],
    [4, 5, "Prioritas Pengembangan Kompetensi"],
    [4, 4, "Prioritas Pengembangan Kompetensi"],
    [3, 5, "Tidak Ada"],
    [5, 3, "Tidak Ada"],
    [4, 3, "Tidak Ada"],
    [2, 2, "Tidak Ada"],
    [1, 1, "Tidak Ada"],
  ];
  test.each(cases)("this year level %p, last year level %p → %s", (tahunIni, tahunLalu, expected) => {
    expect(kelayakanPenghargaan(tahunIni, tahunLalu)).toBe(expected);
  });
});

describe("reward types (LAN Tabel 31)", () => {
  test("Sangat Baik qualifies for all seven types, in the table's order", () => {
    expect(jenisPenghargaan(5)).toEqual([
      "Talent Pool/Promosi/Fast Track",
      "Prioritas Pengembangan Kompetensi",
      "Talent Mobility/Rotasi/Pengayaan Jabatan",
      "Work/Life Program",
      "Flexible Reward",
      "Insentif/Tunjangan Kinerja/Bonus/Jasa Produksi",
      "Kemudahan Pinjaman",
    ]);
  });

  test("Baik qualifies for three types", () => {
    expect(jenisPenghargaan(4)).toEqual([
      "Prioritas Pengembangan Kompetensi",
      "Talent Mobility/Rotasi/Pengayaan Jabatan",
      "Flexible Reward",
    ]);
  });

  test.each([3, 2, 1] as PredikatLevel[])("level %p qualifies for none", (level) => {
    expect(jenisPenghargaan(level)).toEqual([]);
  });
});
