/**
 * One synthetic recap of n employees (bench/synthetic.ts rows) written with ExcelJS's streaming
 * writer and a shared-strings table, as Excel saves it, without holding the rows: the files the
 * CLI's size bench reads (10,000 … 1,000,000 rows).
 *
 *   npx tsx bench/big-recap.ts ROWS OUT.xlsx
 */
import ExcelJS from "exceljs";
import { SHEET_NAME, syntheticRowStream } from "./synthetic";

export async function writeBigRecap(file: string, rows: number): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true, useStyles: false });
  wb.created = new Date(Date.UTC(2026, 0, 15));
  wb.modified = wb.created;
  const ws = wb.addWorksheet(SHEET_NAME);
  ws.mergeCells("F4:G4");
  for (const row of syntheticRowStream(rows)) ws.addRow(row.map((v) => (v === "" ? null : v)) as ExcelJS.CellValue[]).commit();
  ws.commit();
  await wb.commit();
}

if (require.main === module) {
  const [rows, out] = process.argv.slice(2);
  if (!rows || !out) {
    console.error("pakai: npx tsx bench/big-recap.ts BARIS KELUARAN.xlsx");
    process.exit(2);
  }
  const start = Date.now();
  writeBigRecap(out, Number(rows)).then(
    () => console.log(`${out}: ${rows} baris, ${Date.now() - start} ms`),
    (e) => {
      console.error(e);
      process.exit(1);
    },
  );
}
