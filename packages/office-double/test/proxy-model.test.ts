/** The load/sync proxy model of the Office.js double. */
import { OfficeExtensionError, createWorkbookDouble } from "../src";
import { rejectsWith, throwsWith } from "./support";

const NOT_LOADED = (p: string) =>
  `The property '${p}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`;

describe("proxy model", () => {
  test("reading a property that was not loaded throws PropertyNotLoaded with office.js's message", async () => {
    const double = createWorkbookDouble().addSheet("Data", [[1, 2]]);
    await double.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("A1:B1");
      const error = throwsWith(() => range.values, "PropertyNotLoaded");
      expect(error.message).toBe(NOT_LOADED("values"));
      expect(error.debugInfo.errorLocation).toBe("Range.values");
      expect(error.name).toBe("RichApi.Error");
      // load() alone is not enough: the value arrives with sync().
      range.load("values");
      throwsWith(() => range.values, "PropertyNotLoaded");
      await context.sync();
      expect(range.values).toEqual([[1, 2]]);
      // Loaded, not address: still throws.
      throwsWith(() => range.address, "PropertyNotLoaded");
    });
  });

  test("load accepts 'a, b', ['a', 'b'] and { select }", async () => {
    const double = createWorkbookDouble().addSheet("Data", [[1, 2]]);
    await double.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      const a = sheet.getRange("A1:B1").load("address, rowCount");
      const b = sheet.getRange("A1:B1").load(["columnCount", "values"]);
      const c = sheet.getRange("B1").load({ select: "columnIndex" });
      await context.sync();
      expect([a.address, a.rowCount, b.columnCount, b.values, c.columnIndex]).toEqual(["Data!A1:B1", 1, 2, [[1, 2]], 1]);
    });
  });

  test("loaded values are a snapshot: later writes show only after load + sync", async () => {
    const double = createWorkbookDouble().addSheet("Data", [[1]]);
    await double.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      const reader = sheet.getRange("A1").load("values");
      await context.sync();
      sheet.getRange("A1").values = [[2]];
      await context.sync();
      expect(reader.values).toEqual([[1]]);
      reader.load("values");
      await context.sync();
      expect(reader.values).toEqual([[2]]);
    });
  });

  test("setting a property updates the proxy's own value at once (as office.js does), the workbook at sync", async () => {
    const double = createWorkbookDouble();
    await double.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      range.values = [["x"]];
      expect(range.values).toEqual([["x"]]);
      expect(double.readValues("Sheet1!A1")).toEqual([[""]]);
      await context.sync();
      expect(double.readValues("Sheet1!A1")).toEqual([["x"]]);
    });
  });

  test("writes apply only at sync, in the order they were queued, reads see earlier writes of the batch", async () => {
    const double = createWorkbookDouble();
    await double.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const a1 = sheet.getRange("A1");
      a1.values = [[1]];
      const before = sheet.getRange("A1").load("values");
      a1.values = [[2]];
      a1.values = [[3]];
      const after = sheet.getRange("A1").load("values");
      expect(double.readValues("Sheet1!A1")).toEqual([[""]]);
      expect(context.debugInfo.pendingStatements).toEqual(["Range.values", "Range.load", "Range.values", "Range.values", "Range.load"]);
      await context.sync();
      expect(before.values).toEqual([[1]]);
      expect(after.values).toEqual([[3]]);
      expect(double.readValues("Sheet1!A1")).toEqual([[3]]);
    });
  });

  test("getItemOrNullObject: isNullObject is known after sync (and throws before)", async () => {
    const double = createWorkbookDouble().addSheet("Data");
    await double.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("Nope");
      const present = context.workbook.worksheets.getItemOrNullObject("data");
      throwsWith(() => missing.isNullObject, "PropertyNotLoaded");
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(present.isNullObject).toBe(false);
    });
  });

  test("a null object ignores writes and derived objects are null too", async () => {
    const double = createWorkbookDouble();
    const before = double.snapshot();
    await double.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("Nope");
      missing.delete(); // the documented "delete if it exists" idiom
      const range = missing.getRange("A1");
      range.values = [[1]];
      range.load("values");
      await context.sync();
      expect(range.isNullObject).toBe(true);
      expect(range.address).toBeUndefined();
    });
    expect(double.snapshot()).toEqual(before);
  });

  test("objects resolve when first used, in batch order", async () => {
    const double = createWorkbookDouble();
    await double.run(async (context) => {
      const sheets = context.workbook.worksheets;
      const early = sheets.getItemOrNullObject("Later"); // resolved before the add
      const lazy = sheets.getItem("Later"); // resolved when first used, after the add
      sheets.add("Later");
      lazy.load("name");
      await context.sync();
      expect(early.isNullObject).toBe(true);
      expect(lazy.name).toBe("Later");
    });
  });

  test("a proxy keeps its object across syncs (rename does not break it)", async () => {
    const double = createWorkbookDouble().addSheet("Data");
    await double.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      sheet.load("name");
      await context.sync();
      sheet.name = "Renamed";
      await context.sync();
      sheet.getRange("A1").values = [["still me"]];
      sheet.load("name,position");
      await context.sync();
      expect(sheet.name).toBe("Renamed");
    });
    expect(double.readValues("Renamed!A1")).toEqual([["still me"]]);
  });

  test("collections: items/name paths, 'name' on a collection, getCount", async () => {
    const double = createWorkbookDouble().addSheet("B").addSheet("C", [], { visibility: "Hidden" });
    await double.run(async (context) => {
      const sheets = context.workbook.worksheets;
      throwsWith(() => sheets.items, "PropertyNotLoaded");
      sheets.load("items/name,items/visibility,items/position");
      const count = sheets.getCount();
      const visible = sheets.getCount(true);
      expect(() => count.value).toThrow(OfficeExtensionError);
      await context.sync();
      expect(sheets.items.map((s) => [s.name, s.visibility, s.position])).toEqual([
        ["Sheet1", "Visible", 0],
        ["B", "Visible", 1],
        ["C", "Hidden", 2],
      ]);
      throwsWith(() => sheets.items[0].id, "PropertyNotLoaded");
      expect([count.value, visible.value]).toEqual([3, 2]);
      const again = context.workbook.worksheets.load("name");
      await context.sync();
      expect(again.items.map((s) => s.name)).toEqual(["Sheet1", "B", "C"]);
    });
  });

  test("ClientResult.value before sync throws ValueNotLoaded", async () => {
    const double = createWorkbookDouble();
    await double.run(async (context) => {
      const count = context.workbook.worksheets.getCount();
      const error = throwsWith(() => count.value, "ValueNotLoaded");
      expect(error.message).toMatch(/has not been loaded yet/);
      await context.sync();
      expect(count.value).toBe(1);
    });
  });

  test("loading an unknown property fails at sync with InvalidArgument", async () => {
    const double = createWorkbookDouble();
    await double.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").load("valuez");
      await rejectsWith(context.sync(), "InvalidArgument", "Range.load");
    });
  });

  test("navigation paths load nested properties; toJSON shows what is loaded", async () => {
    const double = createWorkbookDouble().addSheet("Data", [[{ value: 1, fill: "#FF0000", bold: true }]]);
    await double.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("A1");
      range.load("address, format/fill/color, format/font/bold, worksheet/name");
      await context.sync();
      expect(range.format.fill.color).toBe("#FF0000");
      expect(range.format.font.bold).toBe(true);
      expect(range.worksheet.name).toBe("Data");
      throwsWith(() => range.format.font.italic, "PropertyNotLoaded");
      expect(range.toJSON()).toEqual({ address: "Data!A1" });
    });
  });

  test("Excel.run: the batch must return a promise; pending actions are flushed; objects die with the run", async () => {
    const double = createWorkbookDouble();
    await rejectsWith(
      double.Excel.run(((() => undefined) as unknown) as Parameters<typeof double.Excel.run>[0]),
      "RunMustReturnPromise",
    );
    let leaked: Excel.Range | undefined;
    await double.run(async (context) => {
      leaked = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      leaked.values = [["flushed"]]; // no explicit sync: Excel.run sends it at the end
    });
    expect(double.readValues("Sheet1!A1")).toEqual([["flushed"]]);
    expect(double.syncCount).toBe(1);
    throwsWith(() => {
      (leaked as Excel.Range).values = [["too late"]];
    }, "InvalidObjectPath");
  });

  test("Excel.run(object, batch) reuses the object's context", async () => {
    const double = createWorkbookDouble();
    const context = double.createContext();
    const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
    await double.Excel.run(range as never, async (ctx: unknown) => {
      expect(ctx).toBe(context);
      range.values = [[7]];
      await (ctx as Excel.RequestContext).sync();
    });
    expect(double.readValues("A1")).toEqual([[7]]);
  });

  test("range.set() assigns several properties including nested format", async () => {
    const double = createWorkbookDouble();
    await double.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1");
      range.set({ values: [[1, 2]], numberFormat: [["0.00", "0%"]], format: { fill: { color: "yellow" }, font: { bold: true } } });
      await context.sync();
    });
    const sheet = double.snapshot().sheets[0];
    expect(sheet.values).toEqual([[1, 2]]);
    expect(sheet.numberFormats).toEqual({ A1: "0.00", B1: "0%" });
    expect(sheet.formats).toEqual({ A1: { fill: "#FFFF00", bold: true }, B1: { fill: "#FFFF00", bold: true } });
  });
});
