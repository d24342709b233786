/** Tables, charts, freeze panes and selection, and how they appear in the snapshot. */
import { createWorkbookDouble } from "../src";
import { rejectsWith, throwsWith } from "./support";

function rekap() {
  return createWorkbookDouble().addSheet("Rekap", [
    ["Nama", "Nilai", "Predikat"],
    ["Ani", 95, "Sangat Baik"],
    ["Budi", 80, "Baik"],
  ]);
}

describe("tables", () => {
  test("tables.add with headers: name, default style and flags, renaming and restyling", async () => {
    const double = rekap();
    await double.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Rekap");
      const table = sheet.tables.add("A1:C3", true);
      table.load("name, style, showFilterButton, showBandedRows, showHeaders");
      const range = table.getRange().load("address, values");
      await context.sync();
      expect([table.name, table.style, table.showFilterButton, table.showBandedRows, table.showHeaders]).toEqual([
        "Table1",
        "TableStyleMedium2",
        true,
        true,
        true,
      ]);
      expect(range.address).toBe("Rekap!A1:C3");
      expect(range.values[0]).toEqual(["Nama", "Nilai", "Predikat"]);
      table.name = "TabelRekap";
      table.style = "TableStyleLight9";
      await context.sync();
      const found = context.workbook.tables.getItemOrNullObject("tabelrekap").load("name");
      const missing = sheet.tables.getItemOrNullObject("Nope");
      const count = sheet.tables.getCount();
      await context.sync();
      expect([found.name, missing.isNullObject, count.value]).toEqual(["TabelRekap", true, 1]);
    });
    expect(double.snapshot().sheets[1].tables).toEqual([
      {
        name: "TabelRekap",
        range: "A1:C3",
        showHeaders: true,
        showTotals: false,
        style: "TableStyleLight9",
        showFilterButton: true,
        showBandedRows: true,
        showBandedColumns: false,
      },
    ]);
  });

  test("without headers Excel generates Column1… and shifts the data down one row", async () => {
    const double = createWorkbookDouble().addSheet("D", [[1, 2], [3, 4]]);
    await double.run(async (context) => {
      const table = context.workbook.worksheets.getItem("D").tables.add("A1:B2", false);
      const range = table.getRange().load("address, values");
      await context.sync();
      expect(range.address).toBe("D!A1:B3");
      expect(range.values).toEqual([
        ["Column1", "Column2"],
        [1, 2],
        [3, 4],
      ]);
    });
  });

  test("overlapping tables, invalid or duplicate names, bad styles are rejected", async () => {
    const double = rekap();
    await double.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Rekap");
      sheet.tables.add("A1:C3", true);
      await context.sync();
      sheet.tables.add("B2:D4", true);
      await rejectsWith(context.sync(), "MergedRangeConflict", "TableCollection.add");
      const other = sheet.tables.add("F1:G2", true);
      other.name = "Table1";
      await rejectsWith(context.sync(), "ItemAlreadyExists", "Table.name");
      other.name = "A1";
      await rejectsWith(context.sync(), "InvalidArgument");
      other.style = "Fancy";
      await rejectsWith(context.sync(), "InvalidArgument");
    });
  });
});

describe("charts", () => {
  test("charts.add, title, setPosition are recorded", async () => {
    const double = rekap();
    await double.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Rekap");
      const chart = sheet.charts.add("ColumnClustered", sheet.getRange("A1:B3"), "Columns");
      chart.title.text = "Sebaran Predikat";
      chart.setPosition("E2", "K15");
      chart.load("name, chartType, top, left");
      const title = chart.title.load("text, visible");
      await context.sync();
      expect([chart.name, chart.chartType, title.text, title.visible]).toEqual(["Chart 1", "ColumnClustered", "Sebaran Predikat", true]);
      expect([chart.left, chart.top]).toEqual([4 * 48, 15]);
      const byName = sheet.charts.getItem("Chart 1").load("chartType");
      const missing = sheet.charts.getItemOrNullObject("Chart 2");
      const count = sheet.charts.load("count");
      await context.sync();
      expect([byName.chartType, missing.isNullObject, count.count]).toEqual(["ColumnClustered", true, 1]);
    });
    expect(double.snapshot().sheets[1].charts).toEqual([
      {
        name: "Chart 1",
        chartType: "ColumnClustered",
        source: "Rekap!A1:B3",
        seriesBy: "Columns",
        title: { text: "Sebaran Predikat", visible: true },
        position: { start: "E2", end: "K15" },
      },
    ]);
  });

  test("an unknown chart type or series direction is InvalidArgument; a range from another context is InvalidRequestContext", async () => {
    const double = rekap();
    const otherContext = double.createContext();
    const foreign = otherContext.workbook.worksheets.getItem("Rekap").getRange("A1:B3");
    await double.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Rekap");
      sheet.charts.add("Sparkles" as never, sheet.getRange("A1:B3"));
      await rejectsWith(context.sync(), "InvalidArgument", "ChartCollection.add");
      sheet.charts.add("Pie", sheet.getRange("A1:B3"), "Diagonal" as never);
      await rejectsWith(context.sync(), "InvalidArgument");
      throwsWith(() => sheet.charts.add("Pie", foreign), "InvalidRequestContext");
    });
  });
});

describe("freeze panes", () => {
  test("freezeRows freezes the top rows (default 1), 0 unfreezes, a negative count is InvalidArgument", async () => {
    const double = rekap();
    await double.run(async (context) => {
      const panes = context.workbook.worksheets.getItem("Rekap").freezePanes;
      panes.freezeRows(2);
      await context.sync();
      expect(double.snapshot().sheets[1]).toMatchObject({ frozenRows: 2, frozenColumns: 0 });
      panes.freezeRows();
      await context.sync();
      expect(double.snapshot().sheets[1]).toMatchObject({ frozenRows: 1, frozenColumns: 0 });
      panes.freezeRows(0);
      await context.sync();
      panes.freezeRows(-1);
      await rejectsWith(context.sync(), "InvalidArgument", "WorksheetFreezePanes.freezeRows");
    });
    expect(double.snapshot().sheets[1]).toMatchObject({ frozenRows: 0, frozenColumns: 0 });
  });
});

describe("selection", () => {
  test("select() activates the sheet and is recorded; getSelectedRange reads it", async () => {
    const double = rekap();
    await double.run(async (context) => {
      context.workbook.worksheets.getItem("Rekap").getRange("B2:C3").select();
      const selected = context.workbook.getSelectedRange().load("address");
      const active = context.workbook.getActiveCell().load("address");
      await context.sync();
      expect([selected.address, active.address]).toEqual(["Rekap!B2:C3", "Rekap!B2"]);
    });
    const snap = double.snapshot();
    expect([snap.activeSheet, snap.selection, snap.sheets[1].selection]).toEqual(["Rekap", "Rekap!B2:C3", "B2:C3"]);
    expect(double.selection).toBe("Rekap!B2:C3");
  });

  test("each sheet remembers its selection; the user's selection set through the control surface is seen by the API", async () => {
    const double = rekap().select("Rekap!C3");
    await double.run(async (context) => {
      const selected = context.workbook.getSelectedRange().load("address, values");
      await context.sync();
      expect([selected.address, selected.values]).toEqual(["Rekap!C3", [["Baik"]]]);
      context.workbook.worksheets.getItem("Sheet1").activate();
      const other = context.workbook.getSelectedRange().load("address");
      await context.sync();
      expect(other.address).toBe("Sheet1!A1");
    });
  });
});

test("a table and a chart can be deleted; the cells stay, and a protected sheet refuses", async () => {
  const double = createWorkbookDouble().addSheet("Data", [["Nama", "Nilai"], ["A", 1], ["B", 2]]);
  await double.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Data");
    sheet.tables.add("A1:B3", true).name = "TabelNilai";
    sheet.charts.add("ColumnClustered", sheet.getRange("A1:B3"), "Columns");
    await context.sync();
    sheet.tables.getItem("TabelNilai").delete();
    sheet.charts.getItem("Chart 1").delete();
    await context.sync();
  });
  const data = double.snapshot().sheets.find((s) => s.name === "Data")!;
  expect([data.tables, data.charts]).toEqual([[], []]);
  expect(double.readValues("Data!A1:B3")).toEqual([["Nama", "Nilai"], ["A", 1], ["B", 2]]);
});

test("getItemAt addresses a collection's items by position, as office.js does for loaded items", async () => {
  const double = createWorkbookDouble().addSheet("Data", [["Nama", "Nilai"], ["A", 1], ["B", 2]]);
  await double.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Data");
    sheet.tables.add("A1:B3", true).name = "TabelNilai";
    await context.sync();
    const first = sheet.tables.getItemAt(0).load("name");
    await context.sync();
    expect(first.name).toBe("TabelNilai");
    sheet.tables.getItemAt(1).load("name");
    await rejectsWith(context.sync(), "ItemNotFound");
  });
});
