/**
 * A value chunk that Excel on the web refuses as too large is asked again in halves — through
 * office.js's own client, which must keep the batch's context usable after the refused request.
 * The limit is lowered so a small sheet shows it.
 */
import { readSheet } from "../../../src/excel";
import { createWorkbookDouble } from "@kinerja/office-double";
import { CellValue } from "../../../src/workbook";
import { HEADER, employee } from "../../reliability/workbook";
import { installOfficeJs } from "./officejs";
import { sheetRows } from "../../../src/workbook";

it("reads every row when rows below the sample are far longer than it suggested", async () => {
  const rows: CellValue[][] = [...HEADER.map((r) => [...r, null])];
  for (let i = 0; i < 6_000; i++) rows.push([...employee(i), i < 40 ? null : "Catatan panjang ".repeat(12)]);
  const double = createWorkbookDouble({ payloadLimitBytes: 1_000_000 });
  double.addSheet("Rekap 2025", rows as never, { activate: true });
  double.removeSheet("Sheet1");
  const captured = installOfficeJs(double);
  const read = await readSheet(undefined, 800_000);
  expect(read.sheet.values).toHaveLength(rows.length);
  expect(sheetRows(read.sheet.values)[rows.length - 1][10]).toBe("Catatan panjang ".repeat(12));
  const refused = double.syncLog.filter((s) => !s.ok).length;
  expect(refused).toBeGreaterThan(0);
  expect(captured.length).toBe(double.syncLog.length);
  expect(read.syncs).toBe(captured.length);
});
