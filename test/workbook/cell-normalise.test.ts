import { normaliseCell } from "../../src/workbook/sheet-data";
import { excelErrorText } from "../../src/core/cell-value";

describe("one reading of error text for the sheet and the functions", () => {
  test.each(["#N/A", "#n/a", " #VALUE! ", "#div/0!", "#REF!"])("%p is an error cell in the sheet as in the functions", (text) => {
    expect(normaliseCell(text)).toEqual({ error: excelErrorText(text) });
    expect(excelErrorText(text)).toBe(text.trim().toUpperCase());
  });

  test.each(["#N/A lagi", "N/A", "#", "Baik"])("%p stays text", (text) => {
    expect(normaliseCell(text)).toBe(text);
    expect(excelErrorText(text)).toBeUndefined();
  });

  test("blank, numbers and booleans", () => {
    expect([normaliseCell(""), normaliseCell(undefined), normaliseCell(95.5), normaliseCell(true)]).toEqual([null, null, 95.5, true]);
  });
});
