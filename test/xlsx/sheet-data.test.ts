import ExcelJS from "exceljs";
import { plainValue, worksheetToSheetData } from "../../src/xlsx/sheet-data";

describe("reading an ExcelJS worksheet as the engine's SheetData", () => {
  it("gives cached formula results, rich text as text, dates as serials and errors as { error }", () => {
    expect(plainValue({ formula: "A1*2", result: 42 })).toBe(42);
    expect(plainValue({ formula: "1/0", result: { error: "#DIV/0!" } })).toEqual({ error: "#DIV/0!" });
    expect(plainValue({ richText: [{ text: "Sangat " }, { text: "Baik" }] })).toBe("Sangat Baik");
    expect(plainValue(new Date(Date.UTC(1980, 0, 1)))).toBe(29221);
    expect(plainValue("")).toBeNull();
  });

  it("reads text typed exactly like an error code as that error, as Office.js does", () => {
    expect(plainValue("#N/A")).toEqual({ error: "#N/A" });
    expect(plainValue("=HYPERLINK(\"x\")")).toBe("=HYPERLINK(\"x\")");
  });

  it("places the used range and its merged areas in SheetData coordinates", () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Data");
    ws.getCell("B3").value = "Kode SS";
    ws.getCell("B4").value = "SS1";
    ws.mergeCells("B4:B6");
    ws.getCell("C6").value = 5;
    const data = worksheetToSheetData(ws);
    expect([data.startRow, data.startCol]).toEqual([2, 1]);
    expect(data.values).toEqual([
      ["Kode SS", null],
      ["SS1", null],
      [null, null],
      [null, 5],
    ]);
    expect(data.merges).toEqual([{ row: 1, col: 0, rows: 3, cols: 1 }]);
  });
});
