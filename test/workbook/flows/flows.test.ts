/**
 * The flows both front ends run (src/workbook/flows): checking a sheet, building the
 * recommendation from the rows the check already assessed, the own-sheet marker and the record of
 * generated sheets, and the settings a run uses.
 */
import * as assessment from "../../../src/workbook/assessment";
import {
  buildRecommendation,
  checkSheet,
  detectTable,
  EMPTY_STATE,
  GENERATED_MARKER,
  isOwnSheet,
  OWN_SHEET_MARKER,
  planRecommendation,
  recommendationSource,
  recordGeneratedSheet,
  refusalSummary,
  blockingFindings,
  rowErrors,
  withholdForErrors,
  applyColumnOverrides,
  parseColumnOverride,
  addColumnOverride,
  settingsFor,
  SheetModel,
  UserFacingError,
  validateSheet,
  WorkbookState,
} from "../../../src/workbook";
import { REKAP_BERMASALAH } from "../../fixtures/templates/rekap-bkpsdm-bermasalah";
import { REKAP_BKPSDM } from "../../fixtures/templates/rekap-bkpsdm-kabupaten";
import { IKU_KANWIL } from "../../fixtures/templates/iku-kemenkeu-kanwil";
import { settingsWith, TODAY } from "../helpers";

const NO_SHEETS = { sheetNames: [], ownSheets: [], tableNames: [] };

afterEach(() => jest.restoreAllMocks());

describe("the own-sheet marker, defined once", () => {
  const state: WorkbookState = { ...EMPTY_STATE, generatedSheets: ["Rekomendasi Penghargaan 2025"] };

  it("a sheet is the add-in's own only when it is on record AND its marker cell carries the marker text", () => {
    const marker = `${GENERATED_MARKER} pada 15-01-2026 dari lembar "Rekap 2025"`;
    expect(isOwnSheet("Rekomendasi Penghargaan 2025", state, marker)).toBe(true);
    expect(isOwnSheet("Rekomendasi Penghargaan 2025", state, "Catatan saya")).toBe(false); // replaced by the user
    expect(isOwnSheet("Rekomendasi Penghargaan 2025", state, null)).toBe(false);
    expect(isOwnSheet("Salinan", state, marker)).toBe(false); // marker text copied by hand
  });

  it("the recommendation plan writes its note into the marker cell, and the note starts with the marker", () => {
    const model = new SheetModel(REKAP_BKPSDM, detectTable(REKAP_BKPSDM)!);
    const { plan } = buildRecommendation(model, settingsWith(), NO_SHEETS, TODAY);
    expect(OWN_SHEET_MARKER.address).toBe("A2");
    expect({ row: plan.marker.row, col: plan.marker.col }).toEqual({ row: OWN_SHEET_MARKER.row, col: OWN_SHEET_MARKER.col });
    const block = plan.blocks.find((b) => b.row === OWN_SHEET_MARKER.row && b.col === OWN_SHEET_MARKER.col);
    expect(block?.values).toEqual([[plan.marker.text]]);
    expect(isOwnSheet(plan.sheetName, recordGeneratedSheet(EMPTY_STATE, plan), plan.marker.text)).toBe(true);
  });

  it("recording a generated sheet lists it once, last, and drops the sheet it replaced", () => {
    const before: WorkbookState = { ...EMPTY_STATE, generatedSheets: ["A", "Rekomendasi", "B"] };
    expect(recordGeneratedSheet(before, { sheetName: "Rekomendasi", replaces: "Rekomendasi" }).generatedSheets).toEqual(["A", "B", "Rekomendasi"]);
    expect(recordGeneratedSheet(before, { sheetName: "Rekomendasi (2)" }).generatedSheets).toEqual(["A", "Rekomendasi", "B", "Rekomendasi (2)"]);
    expect(before.generatedSheets).toEqual(["A", "Rekomendasi", "B"]); // not mutated
  });
});

describe("checkSheet", () => {
  it("gives the same report as validating the sheet, with the detected layout", () => {
    const check = checkSheet(REKAP_BERMASALAH, EMPTY_STATE, settingsWith(), { today: TODAY });
    expect(check.layoutSource).toBe("terdeteksi");
    expect(check.report).toEqual(validateSheet(REKAP_BERMASALAH, { settings: settingsWith(), today: TODAY }));
    expect(check.report!.findings.length).toBeGreaterThan(0);
  });

  it("uses a stored mapping while the header reads the same, and the officer's choice over both", () => {
    const detected = detectTable(REKAP_BKPSDM)!;
    const stored = { ...detected, columns: { ...detected.columns, unit: undefined } as typeof detected.columns };
    delete (stored.columns as Record<string, number | undefined>).unit;
    const state: WorkbookState = { ...EMPTY_STATE, mappings: new Map([[REKAP_BKPSDM.name, stored]]) };
    const fromState = checkSheet(REKAP_BKPSDM, state, settingsWith(), { today: TODAY });
    expect(fromState.layoutSource).toBe("tersimpan");
    expect(fromState.layout).toBe(stored);
    const chosen = checkSheet(REKAP_BKPSDM, state, settingsWith(), { today: TODAY, layout: detected });
    expect(chosen.layoutSource).toBe("pilihan");
    expect(chosen.layout).toBe(detected);
  });

  it("does not check the add-in's own sheet", () => {
    const check = checkSheet(REKAP_BKPSDM, EMPTY_STATE, settingsWith(), { ownSheets: [REKAP_BKPSDM.name] });
    expect(check).toMatchObject({ ownSheet: true, layoutSource: "tidak-ada" });
    expect(check.report).toBeUndefined();
    expect(planRecommendation(check, settingsWith(), NO_SHEETS, TODAY)).toBeUndefined();
  });
});

describe("planRecommendation", () => {
  it("builds the same sheet as building from scratch, without judging a row the check already judged", () => {
    const settings = settingsWith();
    const check = checkSheet(REKAP_BERMASALAH, EMPTY_STATE, settings, { today: TODAY });
    const model = check.model!;
    const notYetJudged = model.rows.dataRows.filter((r) => !check.assessed.get(r)).length;
    expect(model.rows.dataRows.filter((r) => check.assessed.get(r)).length).toBeGreaterThan(0);
    const judged = jest.spyOn(assessment, "assessRow");
    const planned = planRecommendation(check, settings, NO_SHEETS, TODAY)!;
    expect(judged).toHaveBeenCalledTimes(notYetJudged);
    judged.mockRestore();
    // From scratch, with the same policy: a row with an error keeps its notes and gets no box or reward.
    const fresh = new SheetModel(REKAP_BERMASALAH, check.layout!);
    const errors = rowErrors(check.report!.findings, REKAP_BERMASALAH.startRow);
    expect(errors.size).toBeGreaterThan(0);
    expect(planned).toEqual(buildRecommendation(fresh, settings, NO_SHEETS, TODAY, (row) => withholdForErrors(assessment.assessRow(fresh, row, settings), errors.get(row))));
    const withheld = planned.rows.filter((r) => r.assessment.withheld);
    expect(withheld.map((r) => r.sourceRow).sort((a, b) => a - b)).toEqual([...errors.keys()].filter((r) => fresh.rows.dataRows.includes(r)).map((r) => fresh.sheetRow(r)).sort((a, b) => a - b));
    for (const r of withheld) expect([r.assessment.kotak, r.assessment.kelayakan, r.assessment.notes.some((n) => n.startsWith("kesalahan "))]).toEqual([undefined, undefined, true]);
  });

  it("a year set since the check only renames the sheet: the rows are still reused", () => {
    const check = checkSheet(REKAP_BKPSDM, EMPTY_STATE, settingsWith(), { today: TODAY });
    const notYetJudged = check.model!.rows.dataRows.filter((r) => !check.assessed.get(r)).length;
    const judged = jest.spyOn(assessment, "assessRow");
    const planned = planRecommendation(check, settingsWith({ tahun: 2031 }), NO_SHEETS, TODAY)!;
    expect(judged).toHaveBeenCalledTimes(notYetJudged);
    expect(planned.plan.sheetName).toBe("Rekomendasi Penghargaan 2031");
  });

  it("a rule set changed since the check judges every row again under the new one", () => {
    const check = checkSheet(REKAP_BKPSDM, EMPTY_STATE, settingsWith(), { today: TODAY });
    const pp46 = settingsWith({ aturan: "PP46" });
    const judged = jest.spyOn(assessment, "assessRow");
    const planned = planRecommendation(check, pp46, NO_SHEETS, TODAY)!;
    expect(judged).toHaveBeenCalledTimes(check.model!.rows.dataRows.length);
    judged.mockRestore();
    const errors = rowErrors(validateSheet(REKAP_BKPSDM, { settings: pp46, layout: check.layout, today: TODAY }).findings, REKAP_BKPSDM.startRow);
    expect(planned).toEqual(buildRecommendation(check.model!, pp46, NO_SHEETS, TODAY, (row) => withholdForErrors(assessment.assessRow(check.model!, row, pp46), errors.get(row))));
    expect(planned.summary.byPredikat.map((p) => p.label)).toContain("Buruk"); // PP 46's lowest predikat
  });

  it("an IKU sheet has no recommendation", () => {
    const check = checkSheet(IKU_KANWIL, EMPTY_STATE, settingsWith({ aturan: "KEMENKEU" }), { today: TODAY });
    expect(check.layout?.kind).toBe("iku");
    expect(planRecommendation(check, settingsWith({ aturan: "KEMENKEU" }), NO_SHEETS, TODAY)).toBeUndefined();
  });
});

describe("recommendationSource", () => {
  it("takes the first employee sheet, or the named one; otherwise a user-facing 'input' error", () => {
    expect(recommendationSource([IKU_KANWIL, REKAP_BKPSDM], EMPTY_STATE, "x.xlsx").sheet).toBe(REKAP_BKPSDM);
    const other = { ...REKAP_BERMASALAH, name: "Rekap Susulan" };
    expect(recommendationSource([REKAP_BKPSDM, other], EMPTY_STATE, "x.xlsx", other.name).sheet).toBe(other);
    let error: unknown;
    try {
      recommendationSource([IKU_KANWIL], EMPTY_STATE, "x.xlsx");
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UserFacingError);
    expect(error).toMatchObject({ kind: "input", message: "x.xlsx: tidak ada lembar berisi tabel penilaian pegawai (NIP, Nama, nilai …)." });
  });
});

describe("settingsFor", () => {
  it("stored settings, else the defaults; an override wins, an absent override changes nothing", () => {
    expect(settingsFor(undefined)).toEqual(settingsWith());
    expect(settingsFor({ aturan: "POLRI" }).aturan).toBe("POLRI");
    expect(settingsFor({ aturan: "POLRI" }, { aturan: "PP46" }).aturan).toBe("PP46");
    expect(settingsFor({ aturan: "POLRI" }, { aturan: undefined }).aturan).toBe("POLRI");
    expect(settingsFor({ aturan: "TIDAK-ADA" })).toEqual(settingsWith()); // invalid stored settings are not trusted
  });
});

describe("the rule set in checkSheet", () => {
  it("with no choice and nothing saved the sheet decides; a saved choice wins over the sheet, the officer's over both; the rows are judged under the rule set used", () => {
    const detected = checkSheet(REKAP_BKPSDM, EMPTY_STATE, settingsWith({ aturan: "POLRI" }), { today: TODAY, aturanChoice: {} });
    expect(detected.report!.aturan).toMatchObject({ aturan: "PP30", source: "terdeteksi" });
    expect(detected.settings.aturan).toBe("PP30");
    expect(detected.report!.understanding!.aturan.source).toBe("terdeteksi");
    const saved = checkSheet(REKAP_BKPSDM, EMPTY_STATE, settingsWith(), { today: TODAY, aturanChoice: { bukuKerja: "PP46" } });
    expect([saved.report!.aturan.aturan, saved.report!.aturan.source, saved.settings.aturan]).toEqual(["PP46", "buku kerja", "PP46"]);
    const chosen = checkSheet(REKAP_BKPSDM, EMPTY_STATE, settingsWith(), { today: TODAY, aturanChoice: { bukuKerja: "PP46", pengguna: "KEMENKEU" } });
    expect([chosen.report!.aturan.aturan, chosen.report!.aturan.source]).toEqual(["KEMENKEU", "pengguna"]);
  });
});

describe("recommendations only from data understood", () => {
  it("error-level findings block, warnings do not; the summary names the first five and the count", () => {
    const report = validateSheet(REKAP_BERMASALAH, { settings: settingsWith(), today: TODAY });
    const errors = report.findings.filter((f) => f.severity === "error");
    expect(errors.length).toBeGreaterThan(5);
    expect(report.findings.length).toBeGreaterThan(errors.length); // there are warnings too
    expect(blockingFindings(report)).toEqual(errors);
    const summary = refusalSummary(report)!;
    expect(summary.count).toBe(errors.length);
    expect(summary.first).toEqual(errors.slice(0, 5));
    expect(summary.message).toContain(`masih memuat ${errors.length} kesalahan (${errors[0].cell} ${errors[0].code}`);
    expect(summary.message).toContain(`dan ${errors.length - 5} lainnya`);
    expect(refusalSummary(validateSheet(REKAP_BKPSDM, { settings: settingsWith(), today: TODAY }))).toBeUndefined();
    expect(refusalSummary(undefined)).toBeUndefined();
  });

  it("a row with an error keeps its predikat but loses its box and reward, and says why; a row without errors is untouched", () => {
    const row = { score: 115, scoreSource: "tertulis", predikatSource: "dihitung", ekspektasiSource: "predikat", kotak: 9, kelayakan: "Prioritas Talent Pool", notes: ["x"] } as const;
    const error = { code: "NILAI_RENTANG", severity: "error", sheet: "S", row: 4, col: 5, cell: "F5", address: "S!F5", message: "Nilai SKP 130 di luar rentang 0–120." } as const;
    const held = withholdForErrors(row, [error]);
    expect([held.kotak, held.kelayakan, held.score]).toEqual([undefined, undefined, 115]);
    expect(held.notes).toEqual(["kesalahan F5: Nilai SKP 130 di luar rentang 0–120", "baris ini masih berisi kesalahan, jadi tanpa kotak talenta dan penghargaan", "x"]);
    expect(withholdForErrors(row, undefined)).toBe(row);
    expect(rowErrors([error, { ...error, severity: "warning" }], 1).get(3)).toEqual([error]);
  });
});

describe("the officer's columns (--kolom)", () => {
  it("reads field keys and mapping-editor labels with a column letter; refuses anything else with an Indonesian message", () => {
    expect(parseColumnOverride("nilaiSkp=f")).toEqual({ field: "nilaiSkp", column: "F" });
    expect(parseColumnOverride("Nilai SKP = D")).toEqual({ field: "nilaiSkp", column: "D" });
    expect(parseColumnOverride("rating-hasil-kerja=AB")).toEqual({ field: "ratingHasilKerja", column: "AB" });
    expect(() => parseColumnOverride("nilaiSkp")).toThrow(/tulis BIDANG=KOLOM/);
    expect(() => parseColumnOverride("nilai=F")).toThrow(/bidang "nilai" tidak dikenal/);
    expect(() => parseColumnOverride("nilaiSkp=F3")).toThrow(/tulis BIDANG=KOLOM/);
    expect(() => parseColumnOverride("nilaiSkp=XFE")).toThrow(/di luar batas Excel/);
    expect(() => addColumnOverride([{ field: "nip", column: "B" }], "nip=C")).toThrow(/nip diberikan dua kali/);
  });

  it("overrides detection: the named column is read for the field, the field detected there before is dropped; outside the table or one column twice is refused", () => {
    const layout = detectTable(REKAP_BKPSDM)!;
    const nipCol = layout.columns.nip!;
    const letter = (col: number) => String.fromCharCode(65 + REKAP_BKPSDM.startCol + col);
    const swapped = applyColumnOverrides(layout, REKAP_BKPSDM, [{ field: "nama", column: letter(nipCol) }]);
    expect(swapped.columns.nama).toBe(nipCol);
    expect(swapped.columns.nip).toBeUndefined();
    expect(applyColumnOverrides(layout, REKAP_BKPSDM, [])).toBe(layout);
    expect(() => applyColumnOverrides(layout, REKAP_BKPSDM, [{ field: "nama", column: "ZZ" }])).toThrow(/kolom ZZ di luar tabel/);
    expect(() =>
      applyColumnOverrides(layout, REKAP_BKPSDM, [
        { field: "nama", column: "B" },
        { field: "nip", column: "B" },
      ]),
    ).toThrow(/satu kolom hanya untuk satu bidang/);
    expect(() => applyColumnOverrides(layout, REKAP_BKPSDM, [{ field: "target", column: "B" }])).toThrow(/bidang target tidak ada pada tabel pegawai/);
  });
});
