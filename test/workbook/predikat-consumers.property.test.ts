/**
 * Property (issue 12, DOMAIN §4 and §6): under every rule set, every predikat word of every rule
 * set in the spellings officers use gives each consumer a defined answer — expectation, talent
 * box, two-year reward, reward types, angka kredit, distribution, the workbook assessment and the
 * recommendation's summaries — and a Butuh Perbaikan or Kurang/Misconduct employee never reaches a
 * box outside 1, 3, 6 nor a succession-pool recommendation.
 */
import fc from "fast-check";
import { ATURAN, ATURAN_VALUES, Aturan } from "../../src/core/aturan";
import { bacaPredikat } from "../../src/core/predikat";
import { KotakTalenta, POTENSIAL_VALUES, rekomendasiTalenta } from "../../src/core/talenta";
import { CATALOGUE } from "../../src/functions/catalogue";
import { buildRecommendation, CellValue, detectTable, SheetData, SheetModel, assessRow } from "../../src/workbook";
import { settingsWith, TODAY } from "./helpers";

const SEARAH = ["KURANG/ MISCONDUCT", "Kurang / Misconduct", "Kurang/Misconduct", "Misconduct", "Butuh Perbaikan", "BUTUH  PERBAIKAN"];

/** Every spelling a rule set accepts, plus the ones officers type for the 6/2022 words. */
const BASE_SPELLINGS = [...new Set([...ATURAN_VALUES.flatMap((a) => ATURAN[a].predikat.flatMap((p) => [p.label, ...(p.ejaan ?? [])])), ...SEARAH])];

/** An officer's rendering: upper/lower/title case, spaces doubled, spaces around the slash. */
const spelling = fc
  .tuple(fc.constantFrom(...BASE_SPELLINGS), fc.constantFrom("asis", "upper", "lower"), fc.constantFrom("", " ", "  "), fc.boolean())
  .map(([w, kase, slashPad, doubleSpace]) => {
    let t = w.replace("/", `${slashPad}/${slashPad}`);
    if (doubleSpace) t = t.replace(/ /g, "  ");
    return kase === "upper" ? t.toUpperCase() : kase === "lower" ? t.toLowerCase() : t;
  });

const aturanOrNone = fc.constantFrom<Aturan | undefined>(undefined, ...ATURAN_VALUES);
const BAWAH_ONLY = new Set(["Butuh Perbaikan", "Kurang/Misconduct"]);
const BAWAH_BOXES: readonly KotakTalenta[] = [1, 3, 6];

const fn = (name: string) => {
  const f = CATALOGUE.find((c) => c.name === name);
  if (!f) throw new Error(name);
  return (...args: unknown[]) => f.evaluate(...args)[0][0];
};
const defined = (v: unknown) => v !== undefined && v !== null && v !== "" && !(typeof v === "object" && "error" in (v as object));

describe("every predikat consumer, every rule set, every accepted spelling", () => {
  test("core and the KINERJA functions answer, and the 6/2022-only words stay in the di bawah row", () => {
    fc.assert(
      fc.property(spelling, aturanOrNone, fc.constantFrom(...POTENSIAL_VALUES), spelling, (word, aturan, potensial, lastYear) => {
        const read = bacaPredikat(word, aturan);
        expect(read.ok).toBe(true);
        if (!read.ok) return;
        const args = aturan ? [aturan] : [];
        const ekspektasi = fn("EKSPEKTASI")(word, ...args);
        expect(ekspektasi).toBe(read.value.ekspektasi);
        const kotak = fn("KOTAK_TALENTA")(word, potensial.toLowerCase(), ...args) as KotakTalenta;
        expect(typeof kotak).toBe("number");
        expect(defined(fn("PENGHARGAAN")(word, lastYear))).toBe(true);
        expect(defined(fn("JENIS_PENGHARGAAN")(word))).toBe(true);
        expect(typeof fn("ANGKA_KREDIT")(word, "Ahli Muda", 12)).toBe("number");
        expect(defined(fn("CEK_DISTRIBUSI")([[word], [lastYear]], "Baik"))).toBe(true);
        if (BAWAH_ONLY.has(read.value.label)) {
          expect(read.value.ekspektasi).toBe("Di Bawah Ekspektasi");
          expect(BAWAH_BOXES).toContain(kotak);
          expect(rekomendasiTalenta(kotak)).not.toMatch(/Suksesi/);
          expect(fn("PENGHARGAAN")(word, "Sangat Baik")).toBe("Tidak Ada");
        }
      }),
      { numRuns: 400, seed: 20261129 },
    );
  });

  test("the workbook assessment and the recommendation sheet answer for every row", () => {
    const row = fc.tuple(spelling, fc.constantFrom("tinggi", "menengah", "rendah"), spelling);
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 8 }), fc.constantFrom(...ATURAN_VALUES), (rows, aturan) => {
        const values: CellValue[][] = [
          ["NIP", "Nama", "Unit Kerja", "Predikat", "Potensial", "Predikat Tahun Lalu"],
          ...rows.map(([p, pot, last], i) => [`19800101200501100${(i % 9) + 1}`, `Pegawai ${i + 1}`, i % 2 ? "Bagian A" : "Bagian B", p, pot, last]),
        ];
        const sheet: SheetData = { name: "Rekap", startRow: 0, startCol: 0, values };
        const layout = detectTable(sheet);
        expect(layout).toBeDefined();
        const model = new SheetModel(sheet, layout!);
        const settings = settingsWith({ aturan });
        for (const r of model.rows.dataRows) {
          const a = assessRow(model, r, settings);
          expect(a.predikat).toBeDefined();
          expect(a.ekspektasi).toBeDefined();
          expect(a.kotak).toBeDefined();
          expect(a.kelayakan).toBeDefined();
          if (BAWAH_ONLY.has(a.predikat!.label)) {
            expect(BAWAH_BOXES).toContain(a.kotak);
            expect(rekomendasiTalenta(a.kotak!)).not.toMatch(/Suksesi/);
          }
        }
        const { summary, plan } = buildRecommendation(model, settings, { sheetNames: ["Rekap"], ownSheets: [], tableNames: [] }, TODAY);
        expect(summary.undetermined).toBe(0);
        expect(summary.byPredikat.reduce((n, p) => n + p.count, 0)).toBe(rows.length);
        expect(summary.byUnit.reduce((n, u) => n + u.total, 0)).toBe(rows.length);
        expect(plan.chart!.source.rows).toBe(summary.byPredikat.length + 1);
      }),
      { numRuns: 120, seed: 20261129 },
    );
  });
});
