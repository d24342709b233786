/**
 * LAN Tabel 15–16 (DJP tunjangan kinerja, Perpres 37/2015): every printed row, copied from the
 * seed text as it stands (tab-separated, garbled separators, blank peringkat, misprints), read
 * the way DOMAIN.md §7 says and looked up through the rule: the data can drift from the print
 * in neither direction.
 */
import { barisPeringkatDjp, barisTukinDjp, jabatanKey, TABEL_TUKIN_DJP, tukinDjp } from "../../../src/core/kemenkeu/djp-tunjangan";
import { expectFailure, okValue } from "../support";

/** The printed rows, "peringkat<TAB>jabatan<TAB>amount", Tabel 15 then Tabel 16. */
const PRINTED: readonly string[] = [
  "27\tPejabat Struktural Eselon I\t117.375.000.00",
  "26\tPejabat Struktural Eselon I\t99.720.000.00",
  "25\tPejabat Struktural Eselon I\t95.602.000.00",
  "24\tPejabat Struktural Eselon I\t84.604.000,00",
  "23\tPejabat Struktural Eselon II\t81,940.000.00",
  "22\tPejabat Struktural Eselon II\t72,522,000,00",
  "21\tPejabat Struktural Eselon II\t64,192,000.00",
  "20\tPejabat Struktural Eselon II\t56,780.000.00",
  "\tPranata Kompute Utama\t42.585.000.00",
  "19\tPejabat Struktural Eselon III\t46.478.000.00",
  "18\tPejabat Struktural Eselon III\t42.058.000.00",
  "\tPemeriksa Pajak Madya\t34,172.125.00",
  "\tPenilai PBB Madya\t28.914.000.00",
  "17\tPejabat Eselon III\t37.219.800.00",
  "\tPranata Komputer Madya\t27.914.850,00",
  "16\tPejabat Struktural Eselon IV\t28.757.200.00",
  "\tPemeriksa Pajak muda\t25.162.550,00",
  "\tPenilai PBB Muda\t21.567.900,00",
  "15\tPejabat Struktural Eselon IV\t25.411.600,00",
  "\tPemeriksa Pajak Penyelia\t22.235.150,00",
  "\tPenilai PBB Penyelia\t19.058,700,00",
  "14\tPejabat Struktural Eselon IV\t22.935.762,00",
  "\tPranata Komputer Muda\t21,586.600,00",
  "13\tPemeriksa Pajak Pratama\t17.268.600,00",
  "\tPranata Komputer Penyelia\t16.189.312,50",
  "\tPranata Komputer Pertama\t16.189.312,50",
  "\tPenilai PBB Pertama\t15.110.025,00",
  "12\tPemeriksa Pajak Pelaksana Lanjutan\t15,417.937,00",
  "\tPenilai PBB Pelaksana Lanjutan\t14.390.075,00",
  "\tPenelaah Keberatan Tk I\t15.417.937,00",
  "\tPelaksana Lainnya\t11.306.467,00",
  "11\tPenelaah Keberatan TK II\t14.684.812,50",
  "\tAccount Representatif Tk I\t14,684.812,50",
  "\tPelaksana Lainnya\t10,768.862,00",
  "10\tPranata Komputer Lanjutan\t13,986.750,00",
  "\tPenelaah Keberatan Tk III\t13,986.750,00",
  "\tAccount Representatif Tk II\t13.986.750,00",
  "\tPelaksana Lainnya\t10,256.950,00",
  "9\tPemeriksa Pajak Pelaksana\t13,320.562,50",
  "\tPenilai PBB Pelaksana\t12,432,525,00",
  "\tPenelaah Keberatan Tk IV\t13,320.562,00",
  "\tAccount Representatif Tk III\t13,320.562,00",
  "\tPelaksana Lainnya\t9,768.412,00",
  "8\tPranata Komputer Pelaksana\t12.686.250,00",
  "\tPenelaah Keberatan Tk IV\t12.686.250,00",
  "\tAccount Representative\t12.686.250,00",
  "\tPelaksana Lainnya\t8.457.500,00",
  "7\tPranata Komputer Pelaksana\t12.316,500,00",
  "\tAccount Respresentative\t12,316,500,00",
  "\tPelaksana Lainnya\t8,211,000,00",
  "6\tPelaksana\t7.673,375,00",
  "5\tPelaksana\t7.171.875,00",
  "4\tPelaksana\t5.361,800,00",
];

/** DOMAIN.md §7: rupiah with two decimals whatever the separators; a blank peringkat is the one above. */
function readPrinted(): { peringkat: number; jabatan: string; amount: number }[] {
  let peringkat = 0;
  return PRINTED.map((line) => {
    const [rank, jabatan, amount] = line.split("\t");
    if (rank.trim() !== "") peringkat = Number(rank);
    return { peringkat, jabatan: jabatan.trim(), amount: Number(amount.replace(/\D/g, "")) / 100 };
  });
}

describe("DJP tunjangan kinerja, LAN Tabel 15–16", () => {
  const printed = readPrinted();

  test("the table holds the 53 printed rows, peringkat 27 down to 4, in the printed order", () => {
    expect(printed).toHaveLength(53);
    expect(TABEL_TUKIN_DJP.map((r) => [r.peringkat, r.nominal])).toEqual(printed.map((p) => [p.peringkat, p.amount]));
    expect(TABEL_TUKIN_DJP.map((r) => r.tertulis ?? r.jabatan)).toEqual(printed.map((p) => p.jabatan));
    expect(new Set(TABEL_TUKIN_DJP.map((r) => r.peringkat)).size).toBe(24);
  });

  test.each(printed.map((p) => [p.peringkat, p.jabatan, p.amount] as const))("peringkat %p, %s → Rp%p", (peringkat, jabatan, amount) => {
    expect(okValue(tukinDjp(peringkat, jabatan))).toBe(amount);
  });

  test("each row keeps its printed amount and its source table", () => {
    for (const row of TABEL_TUKIN_DJP) {
      expect(Number(row.nominalTertulis.replace(/\D/g, "")) / 100).toBe(row.nominal);
      expect(row.sumber).toBe(row.peringkat >= 16 ? "LAN Tabel 15" : "LAN Tabel 16");
    }
  });

  test("the worked figures of the text: Dirjen Pajak Rp117.375.000; decimals kept (13.320.562,50)", () => {
    expect(okValue(tukinDjp(27, undefined))).toBe(117_375_000);
    expect(okValue(tukinDjp(9, "Pemeriksa Pajak Pelaksana"))).toBe(13_320_562.5);
    expect(okValue(tukinDjp(13, "Pranata Komputer Penyelia"))).toBe(16_189_312.5);
  });

  test("a peringkat with one row needs no jabatan; with several the error lists that peringkat's jabatan", () => {
    for (const p of [27, 26, 25, 24, 23, 22, 21, 19, 6, 5, 4]) {
      expect(barisPeringkatDjp(p)).toHaveLength(1);
      expect(okValue(tukinDjp(p, undefined))).toBe(barisPeringkatDjp(p)[0].nominal);
      expect(okValue(tukinDjp(p, "  "))).toBe(barisPeringkatDjp(p)[0].nominal);
    }
    for (const p of [20, 18, 17, 16, 15, 14, 13, 12, 11, 10, 9, 8, 7]) {
      const rows = barisPeringkatDjp(p);
      expect(rows.length).toBeGreaterThan(1);
      const result = tukinDjp(p, undefined);
      expectFailure(result, "invalid", new RegExp(`peringkat ${p} memiliki ${rows.length} jabatan`));
      if (!result.ok) for (const r of rows) expect(result.failure.message).toContain(`"${r.jabatan}"`);
    }
  });

  test("a pair not in the table is #N/A naming the jabatan of that peringkat, never the nearest row", () => {
    expectFailure(tukinDjp(9, "Pelaksana"), "notFound", /jabatan "Pelaksana" tidak ada pada peringkat 9.*"Pelaksana Lainnya"/);
    expectFailure(tukinDjp(27, "Pelaksana"), "notFound", /peringkat 27: "Pejabat Struktural Eselon I"/);
    expectFailure(tukinDjp(13, "Pejabat Struktural Eselon IV"), "notFound", /peringkat 13/);
    expectFailure(tukinDjp(12, "Penelaah Keberatan Tk II"), "notFound", /Tk I"/);
    expectFailure(tukinDjp(3, undefined), "notFound", /peringkat 3 tidak ada.*4–27/);
    expectFailure(tukinDjp(28, "Pejabat Struktural Eselon I"), "notFound", /peringkat 28/);
    expectFailure(tukinDjp(12.5, "Pelaksana Lainnya"), "invalid", /bilangan bulat/);
    expectFailure(tukinDjp(Number.NaN, undefined), "invalid", /peringkat/);
  });

  test("spellings officers use find the same row", () => {
    expect(jabatanKey("Eselon 2")).toBe(jabatanKey("Pejabat Struktural Eselon II"));
    expect(jabatanKey("pejabat eselon iii")).toBe(jabatanKey("Pejabat Struktural Eselon III"));
    expect(jabatanKey("AR Tk 2")).toBe(jabatanKey("Account Representative Tk II"));
    expect(jabatanKey("Account Representatif Tingkat III")).toBe(jabatanKey("Account Representative Tk III"));
    expect(jabatanKey("Eselon I")).not.toBe(jabatanKey("Eselon II"));
    expect(okValue(tukinDjp(22, "eselon 2"))).toBe(72_522_000);
    expect(okValue(tukinDjp(8, "AR"))).toBe(12_686_250);
    expect(okValue(tukinDjp(20, "Pranata Komputer Utama"))).toBe(42_585_000);
    expect(okValue(tukinDjp(16, "PEMERIKSA PAJAK MUDA"))).toBe(25_162_550);
    expect(okValue(barisTukinDjp(11, "Penelaah Keberatan Tk 2")).jabatan).toBe("Penelaah Keberatan Tk II");
  });

  test("with the tax-revenue realisation, the amount paid next year: ≥95 → 100 %, 90–<95 → 90 %, 80 → 80 %, 70 → 70 %, <70 → 50 %", () => {
    const base = 13_320_562.5;
    expect(okValue(tukinDjp(9, "Pemeriksa Pajak Pelaksana", 95))).toBe(base);
    expect(okValue(tukinDjp(9, "Pemeriksa Pajak Pelaksana", 94.99))).toBe(11_988_506.25);
    expect(okValue(tukinDjp(9, "Pemeriksa Pajak Pelaksana", 90))).toBe(11_988_506.25);
    expect(okValue(tukinDjp(9, "Pemeriksa Pajak Pelaksana", 89.99))).toBe(10_656_450);
    expect(okValue(tukinDjp(9, "Pemeriksa Pajak Pelaksana", 70))).toBe(9_324_393.75);
    expect(okValue(tukinDjp(9, "Pemeriksa Pajak Pelaksana", 69.99))).toBe(6_660_281.25);
    expectFailure(tukinDjp(9, "Pemeriksa Pajak Pelaksana", -1), "invalid", /realisasi_penerimaan/);
    expectFailure(tukinDjp(9, "Pelaksana", 95), "notFound", /jabatan/);
  });
});
