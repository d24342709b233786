/** Worksheet collection and worksheet behaviour of the Office.js double. */
import { createWorkbookDouble } from "../src";
import { rejectsWith } from "./support";

describe("worksheets", () => {
  test("getItem of a missing sheet fails at sync with ItemNotFound", async () => {
    const double = createWorkbookDouble();
    await double.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Tidak Ada"); // no error yet
      await context.sync(); // unused proxy: nothing is sent for it
      sheet.load("name");
      const error = await rejectsWith(context.sync(), "ItemNotFound", "WorksheetCollection.getItem");
      expect(error.message).toBe("The requested resource doesn't exist.");
    });
  });

  test("getItem finds sheets by name case-insensitively, and by id", async () => {
    const double = createWorkbookDouble().addSheet("Rekap");
    await double.run(async (context) => {
      const byName = context.workbook.worksheets.getItem("REKAP").load("id, name");
      await context.sync();
      const byId = context.workbook.worksheets.getItem(byName.id).load("name");
      await context.sync();
      expect([byName.name, byId.name]).toEqual(["Rekap", "Rekap"]);
      expect(byName.id).toMatch(/^\{[0-9A-F-]+\}$/);
    });
  });

  test("add: appends, does not activate, names default to SheetN; a duplicate name (any case) is ItemAlreadyExists", async () => {
    const double = createWorkbookDouble();
    await double.run(async (context) => {
      const sheets = context.workbook.worksheets;
      const added = sheets.add("Rekomendasi");
      const unnamed = sheets.add();
      added.load("name, position");
      unnamed.load("name, position");
      await context.sync();
      expect([added.name, added.position, unnamed.name, unnamed.position]).toEqual(["Rekomendasi", 1, "Sheet3", 2]);
      sheets.add("REKOMENDASI");
      const error = await rejectsWith(context.sync(), "ItemAlreadyExists", "WorksheetCollection.add");
      expect(error.message).toBe("The resource being created already exists.");
    });
    expect(double.activeSheet).toBe("Sheet1");
    expect(double.sheetNames()).toEqual(["Sheet1", "Rekomendasi", "Sheet3"]);
  });

  test.each([
    ["", "empty"],
    ["   ", "blank"],
    ["x".repeat(32), "too long"],
    ["a:b", "colon"],
    ["a\\b", "backslash"],
    ["a/b", "slash"],
    ["a?b", "question mark"],
    ["a*b", "asterisk"],
    ["a[b", "bracket"],
    ["a]b", "bracket"],
    ["'ab", "leading apostrophe"],
    ["ab'", "trailing apostrophe"],
    ["History", "reserved"],
  ])("the sheet name %j is rejected (%s) with InvalidArgument, on add and on rename", async (name) => {
    const double = createWorkbookDouble();
    await double.run(async (context) => {
      context.workbook.worksheets.add(name);
      await rejectsWith(context.sync(), "InvalidArgument", "WorksheetCollection.add");
      context.workbook.worksheets.getItem("Sheet1").name = name;
      await rejectsWith(context.sync(), "InvalidArgument", "Worksheet.name");
    });
    expect(double.sheetNames()).toEqual(["Sheet1"]);
  });

  test("31 characters, spaces, apostrophes inside and non-ASCII letters are fine", async () => {
    const double = createWorkbookDouble();
    const names = ["x".repeat(31), "Rekap 2025", "Bob's data", "Données é"];
    await double.run(async (context) => {
      for (const name of names) context.workbook.worksheets.add(name);
      await context.sync();
    });
    expect(double.sheetNames()).toEqual(["Sheet1", ...names]);
  });

  test("rename to another sheet's name is ItemAlreadyExists; renaming to a new case of itself works", async () => {
    const double = createWorkbookDouble().addSheet("Data");
    await double.run(async (context) => {
      context.workbook.worksheets.getItem("Data").name = "sheet1";
      await rejectsWith(context.sync(), "ItemAlreadyExists");
      context.workbook.worksheets.getItem("Data").name = "DATA";
      await context.sync();
    });
    expect(double.sheetNames()).toEqual(["Sheet1", "DATA"]);
  });

  test("position moves a sheet; out of range is InvalidArgument", async () => {
    const double = createWorkbookDouble().addSheet("B").addSheet("C");
    await double.run(async (context) => {
      context.workbook.worksheets.getItem("C").position = 0;
      await context.sync();
      context.workbook.worksheets.getItem("C").position = 3;
      await rejectsWith(context.sync(), "InvalidArgument", "Worksheet.position");
    });
    expect(double.sheetNames()).toEqual(["C", "Sheet1", "B"]);
  });

  test("visibility: hiding the last visible sheet is InvalidOperation; hiding the active sheet activates another", async () => {
    const double = createWorkbookDouble().addSheet("B");
    await double.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").visibility = "Hidden";
      await context.sync();
      context.workbook.worksheets.getItem("B").visibility = "VeryHidden";
      await rejectsWith(context.sync(), "InvalidOperation", "Worksheet.visibility");
      context.workbook.worksheets.getItem("Sheet1").activate();
      await rejectsWith(context.sync(), "InvalidOperation", "Worksheet.activate");
    });
    expect(double.activeSheet).toBe("B");
    expect(double.snapshot().sheets.map((s) => s.visibility)).toEqual(["Hidden", "Visible"]);
  });

  test("delete: removes the sheet; the last visible sheet and very hidden sheets cannot be deleted", async () => {
    const double = createWorkbookDouble()
      .addSheet("Tmp", [[1]], { activate: true })
      .addSheet("Secret", [], { visibility: "VeryHidden" });
    await double.run(async (context) => {
      context.workbook.worksheets.getItem("Tmp").delete();
      await context.sync();
      context.workbook.worksheets.getItem("Secret").delete();
      await rejectsWith(context.sync(), "InvalidOperation", "Worksheet.delete");
      context.workbook.worksheets.getItem("Sheet1").delete();
      await rejectsWith(context.sync(), "InvalidOperation", "Worksheet.delete");
    });
    const snap = double.snapshot();
    expect(snap.sheets.map((s) => s.name)).toEqual(["Sheet1", "Secret"]);
    expect(snap.activeSheet).toBe("Sheet1");
  });

  test("a proxy of a deleted sheet fails with ItemNotFound", async () => {
    const double = createWorkbookDouble().addSheet("Tmp");
    await double.run(async (context) => {
      const tmp = context.workbook.worksheets.getItem("Tmp");
      tmp.load("name");
      await context.sync();
      tmp.delete();
      await context.sync();
      tmp.getRange("A1").values = [[1]];
      await rejectsWith(context.sync(), "ItemNotFound");
    });
  });

  test("activate and getActiveWorksheet", async () => {
    const double = createWorkbookDouble().addSheet("Data");
    await double.run(async (context) => {
      context.workbook.worksheets.getItem("Data").activate();
      const active = context.workbook.worksheets.getActiveWorksheet().load("name");
      await context.sync();
      expect(active.name).toBe("Data");
    });
    expect(double.activeSheet).toBe("Data");
  });

  test("workbook structure protection: add, delete, rename, move, hide fail with AccessDenied; cells can still be written", async () => {
    const double = createWorkbookDouble().addSheet("Data").setWorkbookProtected();
    await double.run(async (context) => {
      const protection = context.workbook.protection.load("protected");
      await context.sync();
      expect(protection.protected).toBe(true);
      const sheets = context.workbook.worksheets;
      for (const act of [
        () => sheets.add("New"),
        () => sheets.getItem("Data").delete(),
        () => (sheets.getItem("Data").name = "Other"),
        () => (sheets.getItem("Data").position = 0),
        () => (sheets.getItem("Data").visibility = "Hidden"),
      ]) {
        act();
        await rejectsWith(context.sync(), "AccessDenied");
      }
      sheets.getItem("Data").getRange("A1").values = [["ok"]];
      await context.sync();
    });
    expect(double.readValues("Data!A1")).toEqual([["ok"]]);
  });
});

describe("references and unfreezing (regenerating a sheet in place)", () => {
  test("a defined name follows its sheet through a rename and becomes #REF! when the sheet is deleted", async () => {
    const double = createWorkbookDouble().addSheet("Hasil", [["x"]]).addName("HasilKu", "'Hasil'!A1:B2");
    expect(double.snapshot().names).toEqual([{ name: "HasilKu", reference: "Hasil!$A$1:$B$2" }]);
    await double.run(async (context) => {
      context.workbook.worksheets.getItem("Hasil").name = "Hasil 2025";
      await context.sync();
    });
    expect(double.snapshot().names).toEqual([{ name: "HasilKu", reference: "'Hasil 2025'!$A$1:$B$2" }]);
    await double.run(async (context) => {
      context.workbook.worksheets.getItem("Hasil 2025").delete();
      await context.sync();
    });
    expect(double.snapshot().names).toEqual([{ name: "HasilKu", reference: "#REF!$A$1:$B$2" }]);
  });

  test("unfreeze releases frozen rows and columns", async () => {
    const double = createWorkbookDouble();
    await double.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.freezePanes.freezeRows(3);
      await context.sync();
      expect(double.snapshot().sheets[0].frozenRows).toBe(3);
      sheet.freezePanes.unfreeze();
      await context.sync();
    });
    expect(double.snapshot().sheets[0]).toMatchObject({ frozenRows: 0, frozenColumns: 0 });
  });
});
