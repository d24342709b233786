/** Range behaviour of the Office.js double: values, formulas, formats, addresses, used range. */
import { createWorkbookDouble, SHAPE_MISMATCH_MESSAGE } from "../src";
import { rejectsWith } from "./support";

function scalar(value: unknown): unknown[][] {
  return value as unknown[][]; // office.js accepts a single value where the types say any[][]
}

describe("values", () => {
  test("a single value is applied to every cell of a multi-cell range", async () => {
    const double = createWorkbookDouble();
    await double.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:C2").values = scalar(7);
      sheet.getRange("A3:C3").numberFormat = scalar("0.00");
      sheet.getRange("D1:D2").formulas = scalar("=RAND()*17");
      await context.sync();
    });
    expect(double.readValues("A1:D3")).toEqual([
      [7, 7, 7, "=RAND()*17"],
      [7, 7, 7, "=RAND()*17"],
      ["", "", "", ""],
    ]);
    expect(double.snapshot().sheets[0].numberFormats).toEqual({ A3: "0.00", B3: "0.00", C3: "0.00" });
  });

  test("an array of the wrong shape is rejected with InvalidArgument and office.js's message", async () => {
    const double = createWorkbookDouble();
    await double.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2");
      range.values = [[1, 2, 3]];
      const error = await rejectsWith(context.sync(), "InvalidArgument", "Range.values");
      expect(error.message).toBe(SHAPE_MISMATCH_MESSAGE);
      range.values = [[1, 2], [3]];
      await rejectsWith(context.sync(), "InvalidArgument");
    });
    expect(double.readValues("A1:B2")).toEqual([
      ["", ""],
      ["", ""],
    ]);
  });

  test("null leaves a cell unchanged, '' clears it, a single null is invalid", async () => {
    const double = createWorkbookDouble({ fixture: { sheets: [{ name: "S", rows: [[1, 2, 3]] }] } });
    await double.run(async (context) => {
      const range = context.workbook.worksheets.getItem("S").getRange("A1:C1");
      range.values = [[null, "", 9]];
      await context.sync();
      range.values = scalar(null);
      await rejectsWith(context.sync(), "InvalidArgument");
    });
    expect(double.readValues("S!A1:C1")).toEqual([[1, "", 9]]);
  });

  test("strings are taken as Excel takes typed input, unless the cell is Text (@) or starts with an apostrophe", async () => {
    const double = createWorkbookDouble();
    await double.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("B1:B9").numberFormat = scalar("@");
      const input = [["123"], ["198503302003121002"], ["TRUE"], ["#N/A"], ["+62 812 3456"], ["=A1"], ["'=A1"], ["95%"], ["abc"]];
      sheet.getRange("A1:A9").values = input;
      sheet.getRange("B1:B9").values = input;
      const a = sheet.getRange("A1:A9").load("values, valueTypes, formulas, numberFormat");
      const b = sheet.getRange("B1:B9").load("values, valueTypes");
      await context.sync();
      expect(a.values.map((r) => r[0])).toEqual([123, 198503302003121000, true, "#N/A", "=+62 812 3456", "=A1", "=A1", 0.95, "abc"]);
      expect(a.valueTypes.map((r) => r[0])).toEqual(["Double", "Double", "Boolean", "Error", "String", "String", "String", "Double", "String"]);
      expect(a.numberFormat[7][0]).toBe("0%");
      // Text format keeps everything literal, formulas included.
      expect(b.values.map((r) => r[0])).toEqual(input.map((r) => r[0]).map((s) => (s === "'=A1" ? "=A1" : s)));
      expect(b.valueTypes.every((r) => r[0] === "String")).toBe(true);
    });
    const sheet = double.snapshot().sheets[0];
    // A5 ("+62 …") and A6 are formulas; A7 (apostrophe) is text; column B is Text-formatted.
    expect(sheet.formulas).toEqual({ A5: "=+62 812 3456", A6: "=A1" });
    expect(sheet.values[6]).toEqual(["=A1", "=A1"]);
  });

  test("the order of numberFormat and values in a batch matters (NIP written before '@' becomes a number)", async () => {
    const double = createWorkbookDouble();
    await double.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1").values = [["198503302003121002"]];
      sheet.getRange("A1").numberFormat = [["@"]];
      sheet.getRange("B1").numberFormat = [["@"]];
      sheet.getRange("B1").values = [["198503302003121002"]];
      await context.sync();
    });
    expect(double.readValues("A1:B1")).toEqual([[198503302003121000, "198503302003121002"]]);
  });

  test("formulas read back as their text in values and formulas; constants in formulas read as values", async () => {
    const double = createWorkbookDouble();
    await double.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:C1");
      range.formulas = [["=SUM(B1:C1)", 2, "teks"]];
      range.load("values, formulas, text");
      await context.sync();
      expect(range.formulas).toEqual([["=SUM(B1:C1)", 2, "teks"]]);
      expect(range.values).toEqual([["=SUM(B1:C1)", 2, "teks"]]);
      expect(range.text).toEqual([["=SUM(B1:C1)", "2", "teks"]]);
    });
  });

  test("error cells from a fixture read as their text and 'Error'; blanks read as '' and 'Empty'", async () => {
    const double = createWorkbookDouble().addSheet("E", [[{ error: "#N/A" }, null, { error: "#DIV/0!" }]]);
    await double.run(async (context) => {
      const range = context.workbook.worksheets.getItem("E").getRange("A1:C1").load("values, valueTypes, text");
      await context.sync();
      expect(range.values).toEqual([["#N/A", "", "#DIV/0!"]]);
      expect(range.valueTypes).toEqual([["Error", "Empty", "Error"]]);
      expect(range.text).toEqual([["#N/A", "", "#DIV/0!"]]);
    });
  });

  test("text follows the number format", async () => {
    const double = createWorkbookDouble();
    await double.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:F1");
      range.values = [[1234.5, 0.955, 0.1 + 0.2, 12, -3.14159, true]];
      range.numberFormat = [["#,##0.00", "0.0%", "General", "0", "0.00", "General"]];
      range.load("text");
      await context.sync();
      expect(range.text).toEqual([["1,234.50", "95.5%", "0.3", "12", "-3.14", "TRUE"]]);
    });
  });

  test("unbounded ranges: cell-level reads return null, cell-level writes are rejected", async () => {
    const double = createWorkbookDouble().addSheet("U", [[1], [2]]);
    await double.run(async (context) => {
      const column = context.workbook.worksheets.getItem("U").getRange("A:A");
      column.load("values, address, cellCount, rowCount");
      await context.sync();
      expect(column.values).toBeNull();
      expect([column.address, column.cellCount, column.rowCount]).toEqual(["U!A:A", 1048576, 1048576]);
      column.values = scalar("Due Date");
      await rejectsWith(context.sync(), "InvalidArgument");
      column.numberFormat = scalar("@");
      await rejectsWith(context.sync(), "InvalidArgument");
    });
  });

  test("reads of more than 5,000,000 cells fail with RangeExceedsLimit", async () => {
    const double = createWorkbookDouble();
    await double.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:Z200000").load("values");
      await rejectsWith(context.sync(), "RangeExceedsLimit");
    });
  });
});

describe("addresses and derived ranges", () => {
  test("addresses are sheet-qualified and quoted when the sheet name needs it", async () => {
    const double = createWorkbookDouble().addSheet("Rekap 2025").addSheet("Bob's").addSheet("Data");
    await double.run(async (context) => {
      const sheets = context.workbook.worksheets;
      const a = sheets.getItem("Rekap 2025").getRange("b2:d10").load("address");
      const b = sheets.getItem("Bob's").getRange("A1").load("address");
      const c = sheets.getItem("Data").getRange("$A$1:$B$2").load("address, addressLocal");
      const d = sheets.getItem("Data").getRange("3:5").load("address");
      const e = sheets.getItem("Data").getRange("'Data'!C:D").load("address");
      const f = sheets.getItem("Rekap 2025").getRange("'Rekap 2025'!A1").load("address");
      await context.sync();
      expect([a.address, b.address, c.address, c.addressLocal, d.address, e.address, f.address]).toEqual([
        "'Rekap 2025'!B2:D10",
        "'Bob''s'!A1",
        "Data!A1:B2",
        "Data!A1:B2",
        "Data!3:5",
        "Data!C:D",
        "'Rekap 2025'!A1",
      ]);
    });
  });

  test("an invalid address, or one on another sheet, fails at sync with InvalidArgument", async () => {
    const double = createWorkbookDouble().addSheet("Data");
    await double.run(async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("A0").load("address");
      await rejectsWith(context.sync(), "InvalidArgument", "Worksheet.getRange");
      context.workbook.worksheets.getItem("Data").getRange("Sheet1!A1").load("address");
      await rejectsWith(context.sync(), "InvalidArgument");
      context.workbook.worksheets.getItem("Data").getRange("XFE1").load("address");
      await rejectsWith(context.sync(), "InvalidArgument");
    });
  });

  test("getRangeByIndexes, getCell", async () => {
    const double = createWorkbookDouble();
    await double.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const base = sheet.getRangeByIndexes(1, 1, 3, 2); // B2:C4
      const all = [
        base,
        base.getCell(0, 1),
        base.getCell(5, 5), // may lie outside the range
      ].map((r) => r.load("address, rowIndex, columnIndex, rowCount, columnCount, cellCount"));
      await context.sync();
      expect(all.map((r) => r.address)).toEqual(["Sheet1!B2:C4", "Sheet1!C2", "Sheet1!G7"]);
      expect([all[0].rowIndex, all[0].columnIndex, all[0].rowCount, all[0].columnCount, all[0].cellCount]).toEqual([1, 1, 3, 2, 6]);
      base.getCell(-5, 0).load("address");
      await rejectsWith(context.sync(), "InvalidArgument", "Range.getCell");
    });
  });
});

describe("used range", () => {
  test("covers values and formats; valuesOnly ignores formats", async () => {
    const double = createWorkbookDouble().addSheet("Data", [[null, null], [null, "x"]], { origin: "B2" });
    double.setCells("Data", "F10", [[{ fill: "#FF0000" }]]);
    await double.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      const used = sheet.getUsedRange().load("address");
      const valuesOnly = sheet.getUsedRange(true).load("address");
      await context.sync();
      expect(used.address).toBe("Data!C3:F10");
      expect(valuesOnly.address).toBe("Data!C3");
    });
  });

  test("a blank sheet: getUsedRange returns A1, getUsedRangeOrNullObject a null object", async () => {
    const double = createWorkbookDouble();
    await double.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const used = sheet.getUsedRange().load("address");
      const orNull = sheet.getUsedRangeOrNullObject();
      const orNullValuesOnly = sheet.getUsedRangeOrNullObject(true);
      await context.sync();
      expect(used.address).toBe("Sheet1!A1");
      expect(orNull.isNullObject).toBe(true);
      expect(orNullValuesOnly.isNullObject).toBe(true);
    });
  });

  test("the used range is computed when the batch reaches it", async () => {
    const double = createWorkbookDouble();
    await double.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:C3").values = scalar(1);
      const used = sheet.getUsedRange().load("address");
      await context.sync();
      expect(used.address).toBe("Sheet1!A1:C3");
      sheet.getRange("A1:C3").clear();
      const after = sheet.getUsedRangeOrNullObject().load("address");
      await context.sync();
      expect(after.isNullObject).toBe(true);
    });
  });
});

describe("formats", () => {
  test("fill color: '#RRGGBB' upper case on read, '#FFFFFF' without fill, null when cells differ, '' clears", async () => {
    const double = createWorkbookDouble();
    await double.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1").format.fill.color = "#ffa500";
      sheet.getRange("B1").format.fill.color = "DarkMagenta";
      const a1 = sheet.getRange("A1").format.fill.load("color");
      const b1 = sheet.getRange("B1").format.fill.load("color");
      const c1 = sheet.getRange("C1").format.fill.load("color");
      const both = sheet.getRange("A1:B1").format.fill.load("color");
      await context.sync();
      expect([a1.color, b1.color, c1.color, both.color]).toEqual(["#FFA500", "#8B008B", "#FFFFFF", null]);
      sheet.getRange("A1:B1").format.fill.color = "";
      sheet.getRange("D1").format.fill.color = "nonsense";
      await rejectsWith(context.sync(), "InvalidArgument", "RangeFill.color");
      sheet.getRange("A1").format.fill.color = null as unknown as string; // documented as invalid
      await rejectsWith(context.sync(), "InvalidArgument");
    });
    const sheet = double.snapshot().sheets[0];
    expect(sheet.formats).toEqual({});
    expect(sheet.values).toEqual([]);
  });

  test("font, wrap, alignment: uniform values or null", async () => {
    const double = createWorkbookDouble();
    await double.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const row = sheet.getRange("A1:C1");
      row.format.font.bold = true;
      row.format.font.color = "red";
      sheet.getRange("C1").format.font.italic = true;
      row.format.wrapText = true;
      row.format.horizontalAlignment = "Center";
      const f = sheet.getRange("A1:C1").load("format/font/bold, format/font/italic, format/font/color, format/wrapText, format/horizontalAlignment");
      const untouched = sheet.getRange("A2").load("format/font/bold, format/font/color, format/horizontalAlignment");
      await context.sync();
      expect([f.format.font.bold, f.format.font.italic, f.format.font.color, f.format.wrapText, f.format.horizontalAlignment]).toEqual([
        true,
        null,
        "#FF0000",
        true,
        "Center",
      ]);
      expect([untouched.format.font.bold, untouched.format.font.color, untouched.format.horizontalAlignment]).toEqual([false, "#000000", "General"]);
      sheet.getRange("A1").format.horizontalAlignment = "Middle" as never;
      await rejectsWith(context.sync(), "InvalidArgument");
    });
  });

  test("font size and name: Calibri 11 by default, invalid sizes rejected", async () => {
    const double = createWorkbookDouble();
    await double.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:B1").format.font.size = 14;
      sheet.getRange("A1").format.font.name = "Arial";
      const both = sheet.getRange("A1:B1").format.font.load("size, name");
      const plain = sheet.getRange("C1").format.font.load("size, name");
      await context.sync();
      expect([both.size, both.name, plain.size, plain.name]).toEqual([14, null, 11, "Calibri"]);
      sheet.getRange("A1").format.font.size = 0;
      await rejectsWith(context.sync(), "InvalidArgument", "RangeFont.size");
    });
    expect(double.snapshot().sheets[0].formats).toEqual({ A1: { fontSize: 14, fontName: "Arial" }, B1: { fontSize: 14 } });
  });

  test("a property the double does not model fails loudly instead of being ignored", async () => {
    const double = createWorkbookDouble();
    await double.run(async (context) => {
      const font = context.workbook.worksheets.getItem("Sheet1").getRange("A1").format.font;
      expect(() => {
        (font as unknown as Record<string, unknown>).underline = "Single";
      }).toThrow(TypeError);
    });
  });

  test("formats on entire columns and rows; column width and row height", async () => {
    const double = createWorkbookDouble();
    await double.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("C:C").format.fill.color = "#00FF00";
      sheet.getRange("2:2").format.font.bold = true;
      sheet.getRange("A:B").format.columnWidth = 80;
      sheet.getRange("3:3").format.rowHeight = 30;
      const cell = sheet.getRange("C5").load("format/fill/color, format/font/bold");
      const cross = sheet.getRange("C2").load("format/fill/color, format/font/bold");
      const widths = sheet.getRange("A1:B1").load("format/columnWidth");
      const mixed = sheet.getRange("B1:C1").load("format/columnWidth");
      const height = sheet.getRange("A3").load("format/rowHeight");
      const defaults = sheet.getRange("A4").load("format/rowHeight, format/columnWidth");
      await context.sync();
      expect([cell.format.fill.color, cell.format.font.bold]).toEqual(["#00FF00", false]);
      expect([cross.format.fill.color, cross.format.font.bold]).toEqual(["#00FF00", true]);
      expect([widths.format.columnWidth, mixed.format.columnWidth, height.format.rowHeight]).toEqual([80, null, 30]);
      expect([defaults.format.rowHeight, defaults.format.columnWidth]).toEqual([15, 80]);
    });
    const sheet = double.snapshot().sheets[0];
    expect(sheet.columnFormats).toEqual({ C: { fill: "#00FF00" } });
    expect(sheet.rowFormats).toEqual({ "2": { bold: true } });
    expect(sheet.columnWidths).toEqual({ A: 80, B: 80 });
    expect(sheet.rowHeights).toEqual({ "3": 30 });
    expect(sheet.usedRange).toBeNull(); // whole-column formats do not extend the used range
  });

  test("autofitColumns sizes columns to their text; clear('Formats') keeps values", async () => {
    const double = createWorkbookDouble().addSheet("Data", [[{ value: "Nama pegawai yang panjang", bold: true }, 1]]);
    await double.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      sheet.getRange("A1:B1").format.autofitColumns();
      const w = sheet.getRange("A1").load("format/columnWidth");
      await context.sync();
      expect(w.format.columnWidth).toBeGreaterThan(100);
      sheet.getRange("A1:B1").clear("Formats");
      sheet.getRange("A1").clear("Bogus" as never);
      await rejectsWith(context.sync(), "InvalidArgument", "Range.clear");
    });
    const sheet = double.snapshot().sheets[1];
    expect(sheet.values).toEqual([["Nama pegawai yang panjang", 1]]);
    expect(sheet.formats).toEqual({});
  });
});

test("getRow and getResizedRange derive the ranges office.js builds when it splits a large write", async () => {
  const double = createWorkbookDouble();
  await double.run(async (context) => {
    const range = context.workbook.worksheets.getItem("Sheet1").getRange("B2:D9");
    const row = range.getRow(2).load("address");
    const block = range.getRow(1).getResizedRange(3, 0).load("address");
    await context.sync();
    expect([row.address, block.address]).toEqual(["Sheet1!B4:D4", "Sheet1!B3:D6"]);
  });
});
