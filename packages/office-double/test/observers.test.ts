/** Observers and the direct read API the demo UI renders from. */
import { WorkbookChange, createWorkbookDouble } from "../src";
import { rejectsWith } from "./support";

describe("onChange", () => {
  test("is called after each sync that changed the workbook, with what changed", async () => {
    const double = createWorkbookDouble().addSheet("Data", [["a"]]);
    const changes: WorkbookChange[] = [];
    const stop = double.onChange((c) => changes.push(c));
    await double.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      sheet.getRange("A1").load("values");
      await context.sync(); // read only: no event
      sheet.getRange("B1").values = [["b"]];
      await context.sync();
      context.workbook.worksheets.add("Hasil");
      await context.sync();
      context.workbook.worksheets.getItem("Hasil").getRange("C3").select();
      await context.sync();
    });
    expect(changes).toEqual([
      expect.objectContaining({ sync: 2, sheets: ["Data"], structureChanged: false, selectionChanged: false }),
      expect.objectContaining({ sync: 3, sheets: [], structureChanged: true, sheetNames: ["Sheet1", "Data", "Hasil"] }),
      expect.objectContaining({ sync: 4, selectionChanged: true, activeSheet: "Hasil", selection: "Hasil!C3" }),
    ]);
    stop();
    await double.run(async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("A1").values = [["x"]];
    });
    expect(changes).toHaveLength(3);
  });

  test("a half-applied failing batch still reports what it changed; a batch that applied nothing does not", async () => {
    const double = createWorkbookDouble();
    const changes: WorkbookChange[] = [];
    double.onChange((c) => changes.push(c));
    double.failAtSync(1, "GeneralException", { afterApplying: 1 });
    double.failAtSync(2);
    await double.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1").values = [[1]];
      sheet.getRange("A2").values = [[2]];
      await rejectsWith(context.sync(), "GeneralException");
      sheet.getRange("A3").values = [[3]];
      await rejectsWith(context.sync(), "GeneralException");
    });
    expect(changes.map((c) => [c.sync, c.sheets])).toEqual([[1, ["Sheet1"]]]);
  });

  test("control-surface changes are reported with sync: null", () => {
    const double = createWorkbookDouble();
    const changes: WorkbookChange[] = [];
    double.onChange((c) => changes.push(c));
    double.addSheet("Data").select("Data!B2").setSheetProtected("Data");
    expect(changes.map((c) => [c.sync, c.structureChanged, c.selectionChanged, c.sheets])).toEqual([
      [null, true, false, ["Data"]],
      [null, false, true, []],
      [null, false, false, ["Data"]],
    ]);
  });
});

describe("getSheetGrid", () => {
  test("values, text and fill colors from A1 to the end of the used range, without proxies", async () => {
    const double = createWorkbookDouble().addSheet(
      "Data",
      [
        ["Nama", { value: 0.955, numberFormat: "0.0%" }],
        [{ value: "Ani", fill: "#FFFF00", bold: true }, { error: "#N/A" }],
      ],
      { origin: "A2", frozenRows: 2 },
    );
    const grid = double.getSheetGrid("Data");
    expect(grid).toMatchObject({ name: "Data", startRow: 0, rowCount: 3, columnCount: 2, frozenRows: 2, frozenColumns: 0, selection: null });
    expect(grid.values).toEqual([
      ["", ""],
      ["Nama", 0.955],
      ["Ani", "#N/A"],
    ]);
    expect(grid.text[1]).toEqual(["Nama", "95.5%"]);
    expect(grid.fills).toEqual([
      [null, null],
      [null, null],
      ["#FFFF00", null],
    ]);
    expect(grid.bold[2]).toEqual([true, false]);
    expect(grid.columnWidths).toEqual([48, 48]);
    const window = double.getSheetGrid("Data", { startRow: 2, maxRows: 5 });
    expect([window.startRow, window.rowCount, window.values]).toEqual([2, 1, [["Ani", "#N/A"]]]);
  });

  test("cell fills show where they are set; the active sheet carries its selection", () => {
    const double = createWorkbookDouble().addSheet("S", [["a", "b"], ["c", "d"]], { activate: true });
    double.select("S!B2");
    double.setCells("S", "B1", [[{ fill: "#FF0000" }]]);
    const grid = double.getSheetGrid("S");
    expect(grid.fills).toEqual([
      [null, "#FF0000"],
      [null, null],
    ]);
    expect(grid.selection).toBe("B2");
  });

  test("a blank sheet renders as an empty grid", () => {
    expect(createWorkbookDouble().getSheetGrid("Sheet1")).toMatchObject({ rowCount: 0, columnCount: 0, values: [] });
  });
});
