import { clearMarks, markFindings, readSheet, WEB_PAYLOAD_BUDGET } from "../../../src/excel";
import { createWorkbookDouble } from "../../../src/excel/double";
import { validateSheet } from "../../../src/workbook";
import { REKAP } from "../support";
import { installOfficeJs } from "./officejs";

it("smoke", async () => {
  const double = createWorkbookDouble();
  double.addSheet("Rekap 2025", REKAP as never, { activate: true });
  double.removeSheet("Sheet1");
  const captured = installOfficeJs(double);
  const read = await readSheet(undefined, WEB_PAYLOAD_BUDGET);
  console.log(read.sheet.values.length, JSON.stringify(captured));
  const report = validateSheet(read.sheet, { today: new Date("2026-11-24") });
  await markFindings(report.findings);
  console.log(JSON.stringify(captured), double.getSheetGrid("Rekap 2025").fills[7][1]);
  await clearMarks();
  console.log(JSON.stringify(captured), double.getSheetGrid("Rekap 2025").fills[7][1]);
});
