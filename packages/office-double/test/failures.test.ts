/** Protection, read-only mode, non-transactional batches and failure injection. */
import { createWorkbookDouble } from "../src";
import { numberMatrix, rejectsWith } from "./support";

function userWorkbook() {
  return createWorkbookDouble().addSheet("Data", [
    ["NIP", "Nilai"],
    ["198503302003121002", 92],
  ]);
}

describe("protection and read-only mode", () => {
  test("a write to a protected sheet fails with AccessDenied and changes nothing", async () => {
    const double = userWorkbook().setSheetProtected("Data");
    const before = double.snapshot();
    await double.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      const protection = sheet.protection.load("protected");
      await context.sync();
      expect(protection.protected).toBe(true);
      for (const act of [
        () => (sheet.getRange("A1").values = [["x"]]),
        () => (sheet.getRange("A1").numberFormat = [["@"]]),
        () => (sheet.getRange("A1").format.fill.color = "#FF0000"),
        () => (sheet.getRange("A:A").format.columnWidth = 100),
        () => sheet.getRange("A1:B2").clear(),
        () => sheet.tables.add("A1:B2", true),
        () => sheet.charts.add("ColumnClustered", sheet.getRange("A1:B2")),
      ]) {
        act();
        const error = await rejectsWith(context.sync(), "AccessDenied");
        expect(error.message).toBe("You cannot perform the requested operation.");
      }
      // Reading, selecting and renaming stay possible on a protected sheet.
      const values = sheet.getRange("A1:B2").load("values");
      sheet.getRange("B2").select();
      await context.sync();
      expect(values.values[1][1]).toBe(92);
    });
    // Only the selection moved.
    expect(double.snapshot()).toEqual({
      ...before,
      activeSheet: "Data",
      selection: "Data!B2",
      sheets: before.sheets.map((s) => (s.name === "Data" ? { ...s, selection: "B2" } : s)),
    });
  });

  test("protect() and unprotect() through the API", async () => {
    const double = userWorkbook();
    await double.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      sheet.protection.protect(undefined, "rahasia");
      await context.sync();
      sheet.getRange("A1").values = [["x"]];
      await rejectsWith(context.sync(), "AccessDenied");
      sheet.protection.protect();
      await rejectsWith(context.sync(), "InvalidOperation");
      sheet.protection.unprotect("salah");
      await rejectsWith(context.sync(), "InvalidArgument");
      sheet.protection.unprotect("rahasia");
      sheet.getRange("A1").values = [["x"]];
      await context.sync();
    });
    expect(double.readValues("Data!A1")).toEqual([["x"]]);
  });

  test("read-only workbook: every write fails with AccessDenied; reads, activate and select work", async () => {
    const double = userWorkbook().setReadOnly();
    const before = double.snapshot();
    await double.run(async (context) => {
      const wb = context.workbook.load("readOnly");
      const values = context.workbook.worksheets.getItem("Data").getRange("A1:B2").load("values");
      await context.sync();
      expect(wb.readOnly).toBe(true);
      expect(values.values[0]).toEqual(["NIP", "Nilai"]);
      context.workbook.worksheets.add("Baru");
      await rejectsWith(context.sync(), "AccessDenied", "WorksheetCollection.add");
      context.workbook.worksheets.getItem("Data").tables.add("A1:B2", true);
      await rejectsWith(context.sync(), "AccessDenied");
      context.workbook.worksheets.getItem("Data").activate();
      await context.sync();
    });
    expect(double.snapshot()).toEqual({ ...before, activeSheet: "Data", selection: "Data!A1" });
  });
});

describe("non-transactional batches", () => {
  test("when an action fails, the actions before it stay applied and the ones after it do not run", async () => {
    const double = userWorkbook();
    await double.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      sheet.getRange("C1").values = [["before"]];
      sheet.getRange("D1:E1").values = [["wrong shape"]];
      sheet.getRange("F1").values = [["after"]];
      const loaded = sheet.getRange("C1").load("values");
      await rejectsWith(context.sync(), "InvalidArgument", "Range.values");
      expect(() => loaded.values).toThrow(); // a failed sync delivers no loaded values
    });
    expect(double.readValues("Data!C1:F1")).toEqual([["before", "", "", ""]]);
    const record = double.syncLog[double.syncLog.length - 1];
    expect(record).toMatchObject({ ok: false, writes: 3, applied: 1, error: { code: "InvalidArgument", location: "Range.values" } });
  });
});

describe("failAtSync", () => {
  test("the n-th sync from now rejects with the given code and applies nothing", async () => {
    const double = userWorkbook();
    const before = double.snapshot();
    double.failAtSync(2, "RequestAborted");
    await double.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      sheet.load("name");
      await context.sync(); // sync 1 is fine
      sheet.getRange("C1:C2").values = [["a"], ["b"]];
      context.workbook.worksheets.add("Rekomendasi");
      const error = await rejectsWith(context.sync(), "RequestAborted");
      expect(error.message).toBe("The request was aborted during run time.");
    });
    expect(double.snapshot()).toEqual(before);
    expect(double.syncCount).toBe(2);
  });

  test("default code is GeneralException; failures count from the time they are set", async () => {
    const double = userWorkbook();
    await double.run(async (context) => {
      await context.sync();
      await context.sync();
    });
    double.failAtSync(1);
    await double.run(async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("A1").values = [["x"]];
      await rejectsWith(context.sync(), "GeneralException");
      context.workbook.worksheets.getItem("Data").getRange("A1").values = [["y"]];
      await context.sync(); // the next one works again
    });
    expect(double.readValues("Data!A1")).toEqual([["y"]]);
  });

  test("afterApplying: k applies the first k writes of the batch, then rejects (a half-applied batch)", async () => {
    const double = userWorkbook();
    double.failAtSync(1, "GeneralException", { afterApplying: 2 });
    await double.run(async (context) => {
      const sheets = context.workbook.worksheets;
      const out = sheets.add("Rekomendasi"); // write 1
      out.getRange("A1").values = [["Judul"]]; // write 2
      out.getRange("A2:B2").values = [["x", "y"]]; // write 3: not applied
      out.getRange("A1").format.font.bold = true; // write 4: not applied
      await rejectsWith(context.sync(), "GeneralException", "Range.values");
    });
    const snap = double.snapshot();
    expect(snap.sheets.map((s) => s.name)).toEqual(["Sheet1", "Data", "Rekomendasi"]);
    expect(snap.sheets[2].values).toEqual([["Judul"]]);
    expect(snap.sheets[2].formats).toEqual({});
    expect(double.syncLog[0]).toMatchObject({ ok: false, writes: 4, applied: 2 });
  });

  test("a big write is sent as office.js sends it (array-size check + chunks of ≤ 1,500 cells), so it can be half-applied", async () => {
    const double = createWorkbookDouble();
    double.failAtSync(1, "GeneralException", { afterApplying: 2 });
    const values = numberMatrix(1000, 10); // 10,000 cells → 150-row chunks
    await double.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:J1000").values = values;
      expect(context.debugInfo.pendingStatements.slice(0, 3)).toEqual(["Range._ValidateArraySize", "Range.values", "Range.values"]);
      expect(context.debugInfo.pendingStatements).toHaveLength(1 + 7);
      await rejectsWith(context.sync(), "GeneralException");
    });
    const used = double.snapshot().sheets[0].usedRange;
    expect(used).toBe("A1:J300"); // two chunks of 150 rows made it
  });

  test("a big array of the wrong size fails before any chunk is written", async () => {
    const double = createWorkbookDouble();
    await double.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:J999").values = numberMatrix(1000, 10);
      await rejectsWith(context.sync(), "InvalidArgument", "Range.values");
    });
    expect(double.snapshot().sheets[0].usedRange).toBeNull();
  });

  test("the workbook equals its earlier snapshot after a failed batch that applied nothing", async () => {
    const double = userWorkbook().addSheet("Rekomendasi", [["lama"]]);
    const before = double.snapshot();
    double.failAtSync(1);
    await double.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Rekomendasi");
      sheet.getRange("A1:C3").values = numberMatrix(3, 3);
      sheet.freezePanes.freezeRows(1);
      sheet.tables.add("A1:C3", true);
      sheet.charts.add("ColumnClustered", sheet.getRange("A1:C3"), "Columns");
      sheet.getRange("B2").select();
      await rejectsWith(context.sync(), "GeneralException");
    });
    expect(double.snapshot()).toEqual(before);
  });

  test("failAtSync validates its arguments", () => {
    const double = createWorkbookDouble();
    expect(() => double.failAtSync(0)).toThrow();
    expect(() => double.failAtSync(1, "GeneralException", { afterApplying: -1 })).toThrow();
  });
});
