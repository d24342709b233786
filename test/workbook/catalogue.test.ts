/**
 * The rule list the panel shows ("Aturan pemeriksaan") is complete: unique codes, every code a
 * rule can emit is listed, and every listed code is produced by at least one planted problem.
 */
import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import { RULE_CATALOGUE, RULES, ruleInfo, Settings, SheetData } from "../../src/workbook";
import { EKINERJA_PERMENPANRB6 } from "../fixtures/templates/ekinerja-permenpanrb-6-2022";
import { IKU_KANWIL } from "../fixtures/templates/iku-kemenkeu-kanwil";
import { NPKP_KEMENKEU } from "../fixtures/templates/npkp-kemenkeu-satker";
import { PETUNJUK_PENGISIAN } from "../fixtures/templates/petunjuk-pengisian";
import { REKAP_BERMASALAH } from "../fixtures/templates/rekap-bkpsdm-bermasalah";
import { REKAP_BKPSDM } from "../fixtures/templates/rekap-bkpsdm-kabupaten";
import { blankRow, check, codesMissingFromCatalogue, seenCodes, settingsWith, withCells, withRowsInserted } from "./helpers";

const codes = RULE_CATALOGUE.map((r) => r.code);

test("codes are unique; every entry has a severity, an Indonesian title and a description", () => {
  expect(new Set(codes).size).toBe(codes.length);
  expect(codes).toHaveLength(34);
  for (const r of RULE_CATALOGUE) {
    expect(["error", "warning"]).toContain(r.severity);
    expect(["pegawai", "iku", "semua"]).toContain(r.appliesTo);
    expect(r.title.length).toBeGreaterThan(5);
    expect(r.description.length).toBeGreaterThan(20);
  }
});

test("every rule in RULES and every variant it declares is in the catalogue, with the same severity", () => {
  for (const rule of RULES) {
    expect(ruleInfo(rule.code)?.severity).toBe(rule.severity);
    for (const also of rule.also ?? []) expect(ruleInfo(also.code)?.severity).toBe(also.severity);
  }
  expect(ruleInfo("TABEL_TIDAK_DITEMUKAN")?.severity).toBe("error");
  expect(ruleInfo("TIDAK_ADA")).toBeUndefined();
});

test("every code literal in the rule sources is in the catalogue (no rule reports an unlisted code)", () => {
  const dir = join(__dirname, "../../src/workbook/rules");
  const sources = [...readdirSync(dir).map((f) => join(dir, f)), join(__dirname, "../../src/workbook/validate.ts")];
  const literals = new Set<string>();
  for (const file of sources) for (const m of readFileSync(file, "utf8").matchAll(/"([A-Z]+(?:_[A-Z0-9]+)+)"/g)) literals.add(m[1]);
  expect(literals.size).toBeGreaterThanOrEqual(32);
  expect([...literals].filter((c) => !codes.includes(c))).toEqual([]);
});

/** `count` IKU of one owner without a strategy map, weights summing to 100. */
function ikuOf(owner: string, level: string, count: number) {
  return Array.from({ length: count }, (_, i) => [i + 1, "", `IKU ${owner} ${i + 1}`, "Maximize", 10, 10, i === 0 ? 100 - 9 * (count - 1) : 9, "", owner, level, "Exact"]);
}

/** At least one planted problem per catalogue code (the rule tests assert their exact cells). */
const PLANTED: readonly [SheetData, Settings][] = [
  [REKAP_BERMASALAH, settingsWith()],
  [PETUNJUK_PENGISIAN, settingsWith()],
  [{ name: "Daftar Pegawai", startRow: 0, startCol: 0, values: [["NIP", "Nama", "Unit Kerja"], ["198203152006041001", "Ahmad Fauzi", "Sekretariat"]] }, settingsWith()],
  [withRowsInserted(REKAP_BKPSDM, 15, [blankRow(13)]), settingsWith()],
  [{ name: "Ekspor SIMPEGA", startRow: 0, startCol: 0, values: [["NIP", "Nama", "Nilai Kinerja"], ["\u200C198203152006041001", "\u200CAhmad Fauzi", 95]] }, settingsWith()],
  [withCells(REKAP_BKPSDM, { K7: 86 }), settingsWith()],
  [withCells(EKINERJA_PERMENPANRB6, { I14: "A", G6: "DIATAS EKSPEKTASI", F7: "DIATAS EKSPEKTASI", G7: "DIATAS EKSPEKTASI" }), settingsWith({ aturan: "PERMENPANRB6" })],
  [withCells(EKINERJA_PERMENPANRB6, { G10: "B" }), settingsWith({ aturan: "PERMENPANRB6" })],
  [withCells(NPKP_KEMENKEU, { F5: 110, G5: 92, H5: 102.8 }), settingsWith({ aturan: "KEMENKEU" })],
  [withCells(IKU_KANWIL, { D6: "Positif", H9: "", G15: 25, K6: "Activity", K7: "Activity", J16: "", J17: "", J18: "" }), settingsWith()],
  [withRowsInserted(IKU_KANWIL, 11, [[5.5, "SS2", "Persentase SP2D terbit tepat waktu", "Maximize", 99, 99.5, 0, "", "Kanwil DJPb Jawa Barat", "Eselon II", "Exact"]]), settingsWith()],
  [withRowsInserted(IKU_KANWIL, 19, [...ikuOf("Subbagian Umum", "Eselon IV", 11), ...ikuOf("Sekretariat", "", 11)]), settingsWith()],
];

test("every catalogue code is produced by at least one planted problem", () => {
  for (const [sheet, settings] of PLANTED) check(sheet, settings);
  expect(codes.filter((c) => !seenCodes.has(c))).toEqual([]);
  expect(codesMissingFromCatalogue()).toEqual([]);
});
