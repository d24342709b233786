import ExcelJS from "exceljs";
(async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(process.argv[2]);
  const ws = wb.worksheets.find((w) => w.name.startsWith("Rekomendasi"))!;
  for (let r = 1; r <= 14; r++) console.log(r, JSON.stringify((ws.getRow(r).values as unknown[]).slice(1, 20)));
})();
