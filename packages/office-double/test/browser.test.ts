/**
 * @jest-environment jsdom
 */
/** The double in a browser-like environment: installed on window in place of office.js. */
import { createWorkbookDouble, installGlobals, uninstallGlobals } from "../src";

afterEach(() => uninstallGlobals(window));

test("runs on window with latency like a real round trip", async () => {
  const double = installGlobals(window, createWorkbookDouble({ latencyMs: 5 }).addSheet("Data", [["x", 1]]));
  const w = window as unknown as { Excel: typeof Excel; Office: typeof Office };
  await w.Office.onReady();
  const started = Date.now();
  const values = await w.Excel.run(async (context) => {
    const range = context.workbook.worksheets.getItem("Data").getRange("A1:B1").load("values");
    await context.sync();
    return range.values;
  });
  expect(values).toEqual([["x", 1]]);
  expect(Date.now() - started).toBeGreaterThanOrEqual(4);
  expect(double.syncCount).toBe(1);
});
