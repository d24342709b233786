/**
 * LAN Tabel 15–16 (DJP tunjangan kinerja, Perpres 37/2015): every printed row, copied from the
 * seed text as it stands (tab-separated, garbled separators, blank peringkat, misprints), read
 * the way DOMAIN.md §7 says and looked up through the rule: the data can drift from the print
 * in neither direction.
 */
import { barisPeringkatDjp, barisTukinDjp, jabatanKey, TABEL_TUKIN_DJP, tukinDjp } from "../../../src/core/kemenkeu/djp-tunjangan";
import { readTabel15_16 } from "../../fixtures/lan-tabel-15-16";
import { expectFailure, okValue } from "../support";

describe("DJP tunjangan kinerja, LAN Tabel 15–16", () => {
  const printed = readTabel15_16();

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
