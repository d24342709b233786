/** IKU & Konsolidasi: IKU, NILAI_TERTIMBANG, CKP_TUGAS_BELAJAR, STATUS_WARNA (DOMAIN §1, §2, §4). */
import { cell, col, describeBroadcastContract, evaluate, expectCells, expectValueError, NA_OBJECT, NA_TEXT, row, shape } from "./support";

describe("IKU", () => {
  describeBroadcastContract({
    name: "IKU",
    args: [88, 80],
    result: 110,
    column: { arg: 0, values: [88, 200, 80, 0], results: [110, 120, 100, 0], bad: "delapan", badMentions: ["realisasi", "delapan"] },
    defaults: { polarisasi: "maximize", terburuk: null, batas_bawah: null, batas_atas: null },
  });

  it("follows DOMAIN §10: maximize 88/80 → 110, 200/150 → 120 (cap)", () => {
    expect(cell("IKU", 88, 80)).toBe(110);
    expect(cell("IKU", 200, 150)).toBe(120);
    expect(cell("IKU", 88, 80, "maximize")).toBe(110);
  });

  it("follows DOMAIN §10: minimize 9/10 → 110, 30/10 → 0 (floor), target 0 with terburuk 20 and realisasi 5 → 75", () => {
    expect(cell("IKU", 9, 10, "minimize")).toBe(110);
    expect(cell("IKU", 30, 10, "minimize")).toBe(0);
    expect(cell("IKU", 5, 0, "minimize", 20)).toBe(75);
    expect(cell("IKU", 0, 0, "minimize", 20)).toBe(100);
    expect(cell("IKU", 25, 0, "minimize", 20)).toBe(0);
  });

  it("follows DOMAIN §10: stabilize with band 95–105 → 98 gives 100, 110 gives 95.24, 90 gives 94.74", () => {
    expect(cell("IKU", 98, 100, "stabilize", null, 95, 105)).toBe(100);
    expect(cell("IKU", 110, 100, "stabilize", null, 95, 105)).toBeCloseTo(95.24, 2);
    expect(cell("IKU", 90, 100, "stabilize", null, 95, 105)).toBeCloseTo(94.74, 2);
    // The band makes the target unnecessary.
    expect(cell("IKU", 98, null, "stabilize", null, 95, 105)).toBe(100);
    // Without a band the target is the band.
    expect(cell("IKU", 100, 100, "stabil")).toBe(100);
  });

  it("reads a negative target for maximize as [1 + (1 − R/T)] × 100", () => {
    expect(cell("IKU", -11, -10)).toBeCloseTo(90, 10);
    expect(cell("IKU", -12, -10)).toBeCloseTo(80, 10);
  });

  it('reads text numbers: "95,5", "95%", "88" and "80"', () => {
    expect(cell("IKU", "95,5", 100)).toBe(95.5);
    expect(cell("IKU", "95%", 100)).toBe(95);
    expect(cell("IKU", "88", "80")).toBe(110);
    expect(cell("IKU", " 88 ", "80,0")).toBe(110);
  });

  it("accepts polarisation words in any case and spacing", () => {
    for (const word of ["maximize", "MAXIMIZE", "Maks", "maksimal", " max "]) expect(cell("IKU", 88, 80, word)).toBe(110);
    for (const word of ["minimize", "MIN", "Minimal", "min "]) expect(cell("IKU", 9, 10, word)).toBe(110);
    for (const word of ["stabilize", "Stabil", "STABILIZE"]) expect(cell("IKU", 98, 100, word, null, 95, 105)).toBe(100);
  });

  it("spills a column of polarisations against columns of realisasi and target", () => {
    const out = evaluate("IKU", col(88, 9, 98), col(80, 10, 100), col("maximize", "MIN", ""));
    expectCells(out, col(110, 110, 98));
  });

  it("rejects inputs outside the rule's domain with #VALUE!, never a number", () => {
    expectValueError(cell("IKU", 88, 0), "target", "0");
    expectValueError(cell("IKU", 5, 0, "minimize"), "terburuk");
    expectValueError(cell("IKU", 5, 0, "minimize", -1), "terburuk");
    expectValueError(cell("IKU", 5, 10, "naik-turun"), "polarisasi", "naik-turun", "maximize", "minimize", "stabilize");
    expectValueError(cell("IKU", 100, 100, "stabilize", null, 95), "batas_bawah", "batas_atas");
    expectValueError(cell("IKU", 100, 100, "stabilize", null, 105, 95), "batas_bawah");
    expectValueError(cell("IKU", true, 80), "realisasi");
    expectValueError(cell("IKU", 88, "delapan puluh"), "target");
    expectValueError(cell("IKU", 88, 80, null, "dua puluh"), "terburuk");
  });
});

describe("NILAI_TERTIMBANG", () => {
  it("gives the weighted mean of a range (NSS/Np/NKO/CKP) as one cell", () => {
    expect(cell("NILAI_TERTIMBANG", col(110, 90), col(40, 60))).toBe(98);
    expect(cell("NILAI_TERTIMBANG", row(110, 90), row(40, 60))).toBe(98);
    expect(cell("NILAI_TERTIMBANG", [[110, 90], [100, 120]], [[25, 25], [25, 25]])).toBe(105);
  });

  it("accepts weights that make 100% or 1,0 and rejects 99%", () => {
    expect(cell("NILAI_TERTIMBANG", col(110, 90), col(0.4, 0.6))).toBe(98);
    expect(cell("NILAI_TERTIMBANG", col(110, 90), col("40%", "60%"))).toBe(98);
    expect(cell("NILAI_TERTIMBANG", col(110, 90), col("0,4", "0,6"))).toBe(98);
    expect(cell("NILAI_TERTIMBANG", 100, 100)).toBe(100);
    expect(cell("NILAI_TERTIMBANG", 100, "1,0")).toBe(100);
    expect(cell("NILAI_TERTIMBANG", 100, 1)).toBe(100);
    expectValueError(cell("NILAI_TERTIMBANG", col(110, 90), col(40, 59)), "bobot", "100%", "99");
    expectValueError(cell("NILAI_TERTIMBANG", 100, "99%"), "bobot", "99");
    expectValueError(cell("NILAI_TERTIMBANG", col(110, 90), col(0.4, 0.59)), "bobot");
  });

  it('reads text numbers "95,5" and "95%"', () => {
    expect(cell("NILAI_TERTIMBANG", col("95,5", "95%"), col(50, 50))).toBe(95.25);
  });

  it("skips rows where both value and weight are blank, but not a half-filled row", () => {
    expect(cell("NILAI_TERTIMBANG", col(110, null, 90, ""), col(40, null, 60, ""))).toBe(98);
    expectValueError(cell("NILAI_TERTIMBANG", col(110, null), col(40, 60)), "nilai ke-2", "kosong");
    expectValueError(cell("NILAI_TERTIMBANG", col(110, 90), col(100, null)), "bobot ke-2", "kosong");
  });

  it("answers entirely blank ranges with #VALUE! naming nilai", () => {
    expectValueError(cell("NILAI_TERTIMBANG", null, null), "nilai");
    expectValueError(cell("NILAI_TERTIMBANG", col("", ""), col(null, null)), "nilai");
  });

  it("answers an Excel error inside either range with #VALUE! naming the argument and the cell", () => {
    for (const error of [NA_OBJECT, NA_TEXT]) {
      expectValueError(cell("NILAI_TERTIMBANG", col(110, error), col(40, 60)), "nilai ke-2", "#N/A");
      expectValueError(cell("NILAI_TERTIMBANG", col(110, 90), col(error, 60)), "bobot ke-1", "#N/A");
    }
  });

  it("answers ranges of different sizes with a single #VALUE! naming both arguments", () => {
    const out = evaluate("NILAI_TERTIMBANG", col(110, 90, 80), col(40, 60));
    expect(shape(out)).toEqual([1, 1]);
    expectValueError(out[0][0], "nilai", "bobot");
  });

  it("rejects an index outside 0–120 and negative weights", () => {
    expectValueError(cell("NILAI_TERTIMBANG", col(121, 90), col(50, 50)), "nilai", "120");
    expectValueError(cell("NILAI_TERTIMBANG", col(110, 90), col(-50, 150)), "bobot");
    expectValueError(cell("NILAI_TERTIMBANG", col("sembilan", 90), col(50, 50)), "nilai ke-1");
  });
});

describe("CKP_TUGAS_BELAJAR", () => {
  describeBroadcastContract({
    name: "CKP_TUGAS_BELAJAR",
    args: [3.5, 4, 3],
    result: 105,
    column: { arg: 0, values: [3.5, 3, 4, 0, 1.5], results: [105, 90, 120, 0, 45], bad: 4.5, badMentions: ["ipk", "4"] },
  });

  it("maps IPK maximum → 120, IPK to pass → 90, 0 → 0, linear between (LAN Gambar 23)", () => {
    expect(cell("CKP_TUGAS_BELAJAR", 4, 4, 3)).toBe(120);
    expect(cell("CKP_TUGAS_BELAJAR", 3, 4, 3)).toBe(90);
    expect(cell("CKP_TUGAS_BELAJAR", 0, 4, 3)).toBe(0);
    expect(cell("CKP_TUGAS_BELAJAR", 3.75, 4, 3)).toBe(112.5);
  });

  it('reads text numbers "3,5" and "3.5"', () => {
    expect(cell("CKP_TUGAS_BELAJAR", "3,5", "4", "3")).toBe(105);
    expect(cell("CKP_TUGAS_BELAJAR", "3.5", 4, 3)).toBe(105);
  });

  it("rejects an impossible scale", () => {
    expectValueError(cell("CKP_TUGAS_BELAJAR", 3, 4, 4), "ipk_lulus");
    expectValueError(cell("CKP_TUGAS_BELAJAR", 3, 0, 3), "ipk_maks");
    expectValueError(cell("CKP_TUGAS_BELAJAR", -1, 4, 3), "ipk");
  });
});

describe("STATUS_WARNA", () => {
  describeBroadcastContract({
    name: "STATUS_WARNA",
    args: [95],
    result: "Kuning",
    column: {
      arg: 0,
      values: [100, 99.99, 80, 79.99, 120, 0],
      results: ["Hijau", "Kuning", "Kuning", "Merah", "Hijau", "Merah"],
      bad: 121,
      badMentions: ["nilai", "120", "121"],
    },
  });

  it('reads text numbers "95,5" and "100%"', () => {
    expect(cell("STATUS_WARNA", "95,5")).toBe("Kuning");
    expect(cell("STATUS_WARNA", "100%")).toBe("Hijau");
    expect(cell("STATUS_WARNA", "79,99")).toBe("Merah");
  });

  it("rejects values outside 0–120 and words", () => {
    expectValueError(cell("STATUS_WARNA", -1), "nilai");
    expectValueError(cell("STATUS_WARNA", "hijau"), "nilai", "hijau");
    expectValueError(cell("STATUS_WARNA", false), "nilai");
  });
});
