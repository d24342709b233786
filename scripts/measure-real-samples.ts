/**
 * Prints, per real-layout sample, what the engine makes of it with no rule set and no column
 * override: planted found / planted, false errors, employee rows read / employees, rule set.
 * Run with `npx tsx scripts/measure-real-samples.ts` (the numbers in the closing note).
 */
import ExcelJS from "exceljs";
import { join, resolve } from "node:path";
import { worksheetToSheetData } from "../src/xlsx/sheet-data";
import { SheetModel, validateSheet } from "../src/workbook";
import { realSamples } from "./make-real-samples";
import { SAMPLE_TODAY } from "./sample-data";

async function main(): Promise<void> {
  const dir = join(resolve(__dirname, ".."), "samples", "nyata");
  for (const sample of realSamples()) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, sample.file));
    for (const plan of sample.sheets) {
      const sheet = worksheetToSheetData(wb.getWorksheet(plan.name)!);
      const report = validateSheet(sheet, { today: SAMPLE_TODAY });
      const plants = sample.plants.filter((p) => p.sheet === plan.name);
      const found = plants.filter((p) => report.findings.some((f) => f.cell === p.cell && f.code === p.code));
      const unplanted = report.findings.filter((f) => !plants.some((p) => p.cell === f.cell && p.code === f.code));
      const rows = report.layout ? new SheetModel(sheet, report.layout).rows.dataRows.map((r) => sheet.startRow + r + 1) : [];
      const exact = rows.length === plan.employeeRows.length && rows.every((r, i) => r === plan.employeeRows[i]);
      console.log(
        `${sample.file} [${plan.name}]: planted ${found.length}/${plants.length}, false errors ${unplanted.filter((f) => f.severity === "error").length}, other warnings ${unplanted.filter((f) => f.severity === "warning").length}, rows read ${rows.length}/${plan.employeeRows.length}${exact ? " (exactly the employees)" : " (NOT the employees)"}, rule set ${report.aturan.aturan} (${report.aturan.source}: ${report.aturan.reason}), expected ${plan.aturan}`,
      );
      for (const p of plants.filter((x) => !found.includes(x))) console.log(`   missed ${p.cell} ${p.code}`);
      for (const f of unplanted) console.log(`   extra ${f.cell} ${f.code} ${f.severity}: ${f.message}`);
    }
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
