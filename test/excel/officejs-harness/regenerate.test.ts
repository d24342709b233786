/**
 * Regenerating in place through office.js's own client library: the calls the rewrite makes
 * (table and chart deletion, clearing the whole sheet, unfreezing, the state sheet's repair) are
 * ones office.js builds, and the officer's reference to the sheet survives.
 */
import { readSheet, writeSheetPlan } from "../../../src/excel";
import { createWorkbookDouble } from "@kinerja/office-double";
import { buildRecommendation, DEFAULT_SETTINGS, detectTable, SheetModel } from "../../../src/workbook";
import { recap, TODAY } from "../../reliability/workbook";
import { installOfficeJs } from "./officejs";

it("regenerates the add-in's own sheet in place, every request built by office.js", async () => {
  const double = createWorkbookDouble();
  double.addSheet("Rekap 2025", recap() as never, { activate: true });
  double.removeSheet("Sheet1");
  const captured = installOfficeJs(double);
  const plan = async (aturan: "PP30" | "PP46") => {
    const read = await readSheet("Rekap 2025");
    return buildRecommendation(new SheetModel(read.sheet, detectTable(read.sheet)!), { ...DEFAULT_SETTINGS, aturan }, read.info, TODAY).plan;
  };
  await writeSheetPlan(await plan("PP30"));
  double.addName("HasilRekomendasi", "'Rekomendasi Penghargaan 2025'!A6:C9");
  const again = await plan("PP46");
  expect(again.replaces).toBe("Rekomendasi Penghargaan 2025");
  const from = captured.length;
  await writeSheetPlan(again);
  expect(captured.length - from).toBe(4); // fresh look, dry run, own sheet's parts, rewrite
  expect(String(double.readValues("'Rekomendasi Penghargaan 2025'!A2")[0][0])).toMatch(/PP 46\/2011/);
  expect(JSON.stringify(double.snapshot().names)).not.toContain("#REF!");
  const sheet = double.snapshot().sheets.find((s) => s.name === "Rekomendasi Penghargaan 2025")!;
  expect(sheet.tables).toHaveLength(1);
  expect(sheet.charts).toHaveLength(1);
  expect(double.sheetNames().some((n) => n.startsWith("KinerjaASN-"))).toBe(false);
});
