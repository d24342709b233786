/**
 * KPK competency-level shift, LAN Tabel 10–13 (Peraturan KPK 09/2010). Each group × current level
 * is pinned at its boundary: the weakest pair that passes (the printed minimum, both orders) and
 * the strongest pairs that fail; and all 25 ordered grade pairs against the printed minimum.
 */
import { NilaiKinerjaKpk } from "../../src/core/kpk";
import {
  KelompokKpk,
  memenuhiPergeseranKpk,
  parseKelompokKpk,
  parseTingkatKpk,
  syaratPergeseran,
  TABEL_PERGESERAN_KPK,
  TingkatAsal,
} from "../../src/core/kpk-pergeseran";
import { expectFailure, okValue } from "./support";

const LEVELS: readonly TingkatAsal[] = ["Dasar", "Pemula", "Menengah", "Lanjut"];
const GRADES: readonly NilaiKinerjaKpk[] = ["A", "B", "C", "D", "E"];

/** The tables as printed (DOMAIN.md §7 reading: "Ab.BA" and "Ab/BA" are AB/BA). */
const PRINTED: Readonly<Record<KelompokKpk, readonly string[]>> = {
  SEKJEN_DEPUTI: ["AB/BA", "Ab.BA", "AA", "AA"],
  DIREKTORAT_BIRO: ["BB", "BB", "AB/BA", "Ab/BA"],
  BAGIAN_KOORDINATOR: ["CB/BC", "CB/BC", "BB", "BB"],
  FUNGSIONAL_UTAMA: ["BB", "BB", "AB/BA", "AB/BA"],
  FUNGSIONAL_MADYA: ["CB/BC", "CB/BC", "BB", "BB"],
  FUNGSIONAL_MUDA: ["CC", "CC", "CB/BC", "CB/BC"],
};

const worse = (g: NilaiKinerjaKpk): NilaiKinerjaKpk => GRADES[GRADES.indexOf(g) + 1];
const atLeast = (g: NilaiKinerjaKpk, min: NilaiKinerjaKpk) => GRADES.indexOf(g) <= GRADES.indexOf(min);

/** The printed minimum as [better year, other year]: "CB/BC" → ["B", "C"]. */
function minimum(printed: string): [NilaiKinerjaKpk, NilaiKinerjaKpk] {
  const [x, y] = printed.toUpperCase().slice(0, 2).split("") as NilaiKinerjaKpk[];
  return atLeast(x, y) ? [x, y] : [y, x];
}

const CELLS = TABEL_PERGESERAN_KPK.flatMap((row) => LEVELS.map((level, i) => [row.kelompok, level, PRINTED[row.kelompok][i]] as const));

describe("KPK pergeseran, LAN Tabel 10–13", () => {
  test("six groups, four levels each, as printed", () => {
    expect(CELLS).toHaveLength(24);
    for (const [group, level, printed] of CELLS) {
      const [better, other] = minimum(printed);
      expect(okValue(syaratPergeseran(group, level))).toMatchObject({ better, other });
    }
    expect(TABEL_PERGESERAN_KPK.map((r) => r.sumber)).toEqual(["LAN Tabel 10", "LAN Tabel 11", "LAN Tabel 12", "LAN Tabel 13", "LAN Tabel 13", "LAN Tabel 13"]);
  });

  test.each(CELLS)("%s from %s (%s): the printed minimum passes in either order, the strongest pairs below it fail", (group, level, printed) => {
    const [better, other] = minimum(printed);
    expect(okValue(memenuhiPergeseranKpk(better, other, group, level))).toBe(true);
    expect(okValue(memenuhiPergeseranKpk(other, better, group, level))).toBe(true);
    // Strongest failing pairs: the best year A with the other year one grade short, and — when
    // the minimum needs a better year above the other — both years one grade short of it.
    expect(okValue(memenuhiPergeseranKpk("A", worse(other), group, level))).toBe(false);
    expect(okValue(memenuhiPergeseranKpk(worse(other), "A", group, level))).toBe(false);
    if (better !== other) {
      expect(okValue(memenuhiPergeseranKpk(worse(better), worse(better), group, level))).toBe(false);
    }
  });

  test.each(CELLS)("%s from %s (%s): all 25 ordered pairs of grades", (group, level, printed) => {
    const [better, other] = minimum(printed);
    for (const a of GRADES) {
      for (const b of GRADES) {
        const expected = (atLeast(a, better) && atLeast(b, other)) || (atLeast(b, better) && atLeast(a, other));
        expect([a, b, okValue(memenuhiPergeseranKpk(a, b, group, level))]).toEqual([a, b, expected]);
      }
    }
  });

  test("Ahli is the top level: no shift from it, with a message that says so", () => {
    for (const row of TABEL_PERGESERAN_KPK) expectFailure(memenuhiPergeseranKpk("A", "A", row.kelompok, "Ahli"), "invalid", /Ahli.*tertinggi/);
  });

  test("the groups' full and short names", () => {
    const cases: [string, KelompokKpk][] = [
      ["Sekretaris Jenderal/Deputi", "SEKJEN_DEPUTI"],
      ["Sekjen", "SEKJEN_DEPUTI"],
      ["deputi", "SEKJEN_DEPUTI"],
      ["Direktorat/ Biro", "DIREKTORAT_BIRO"],
      ["Direktorat", "DIREKTORAT_BIRO"],
      ["BIRO", "DIREKTORAT_BIRO"],
      ["Bagian, Kepala Sekretariat dan Koordinator", "BAGIAN_KOORDINATOR"],
      ["Bagian", "BAGIAN_KOORDINATOR"],
      ["Kepala Sekretariat", "BAGIAN_KOORDINATOR"],
      ["Koordinator", "BAGIAN_KOORDINATOR"],
      ["Fungsional Utama", "FUNGSIONAL_UTAMA"],
      ["fungsional madya", "FUNGSIONAL_MADYA"],
      ["JF Muda", "FUNGSIONAL_MUDA"],
    ];
    for (const [text, group] of cases) expect([text, parseKelompokKpk(text)]).toEqual([text, group]);
    for (const text of ["Utama", "Eselon I", "Komisioner", ""]) expect(parseKelompokKpk(text)).toBeUndefined();
  });

  test("the levels, with the table's misprint \"Lanjnut\"", () => {
    expect(["Dasar", "pemula", "MENENGAH", "Lanjut", "Lanjnut", "Ahli"].map(parseTingkatKpk)).toEqual(["Dasar", "Pemula", "Menengah", "Lanjut", "Lanjut", "Ahli"]);
    expect(parseTingkatKpk("Utama")).toBeUndefined();
  });
});
