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
    const notYetJudged = model.rows.dataRows.filter((r) => !check.assessed.has(r)).length;
    expect(check.assessed.size).toBeGreaterThan(0);
    const judged = jest.spyOn(assessment, "assessRow");
    const planned = planRecommendation(check, settings, NO_SHEETS, TODAY)!;
    expect(judged).toHaveBeenCalledTimes(notYetJudged);
    judged.mockRestore();
    expect(planned).toEqual(buildRecommendation(new SheetModel(REKAP_BERMASALAH, check.layout!), settings, NO_SHEETS, TODAY));
  });

  it("a year set since the check only renames the sheet: the rows are still reused", () => {
    const check = checkSheet(REKAP_BKPSDM, EMPTY_STATE, settingsWith(), { today: TODAY });
    const notYetJudged = check.model!.rows.dataRows.filter((r) => !check.assessed.has(r)).length;
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
    expect(planned).toEqual(buildRecommendation(check.model!, pp46, NO_SHEETS, TODAY));
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
