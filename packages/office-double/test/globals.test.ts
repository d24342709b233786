/** The double installed in place of office.js: Excel, Office, OfficeExtension, CustomFunctions globals. */
import { CustomFunctionError, OfficeExtensionError, createWorkbookDouble, installGlobals, uninstallGlobals } from "../src";

describe("installGlobals", () => {
  afterEach(() => uninstallGlobals(globalThis));

  test("Excel.run end to end through the globals", async () => {
    const double = installGlobals(
      globalThis,
      createWorkbookDouble().addSheet("Data", [
        ["NIP", "Nilai"],
        ["198503302003121002", 92],
      ]),
    );
    const info = await Office.onReady();
    expect(info).toEqual({ host: "Excel", platform: "OfficeOnline" });
    const total = await Excel.run(async (context) => {
      const used = context.workbook.worksheets.getItem("Data").getUsedRange(true);
      used.load("values");
      await context.sync();
      const out = context.workbook.worksheets.add("Hasil");
      out.getRange("A1:B1").values = [["Jumlah", used.values.length - 1]];
      out.getRange("A1:B1").format.font.bold = true;
      out.activate();
      await context.sync();
      return used.values.length - 1;
    });
    expect(total).toBe(1);
    expect(double.syncCount).toBe(2);
    expect(double.activeSheet).toBe("Hasil");
    expect(double.readValues("Hasil!A1:B1")).toEqual([["Jumlah", 1]]);
  });

  test("errors are instances of the global OfficeExtension.Error; enums carry office.js values", async () => {
    installGlobals(globalThis, createWorkbookDouble());
    let caught: unknown;
    try {
      await Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Missing").load("name");
        await context.sync();
      });
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(OfficeExtension.Error);
    expect(caught).toBeInstanceOf(OfficeExtensionError);
    expect((caught as OfficeExtension.Error).code).toBe(Excel.ErrorCodes.itemNotFound);
    expect(String(caught)).toBe("ItemNotFound: The requested resource doesn't exist.");
    expect([Excel.SheetVisibility.veryHidden, Excel.ChartType.columnClustered, OfficeExtension.ErrorCodes.propertyNotLoaded]).toEqual([
      "VeryHidden",
      "ColumnClustered",
      "PropertyNotLoaded",
    ]);
  });

  test("new Excel.RequestContext() talks to the installed double", async () => {
    const double = installGlobals(globalThis, createWorkbookDouble());
    const context = new Excel.RequestContext();
    context.workbook.worksheets.getActiveWorksheet().getRange("A1").values = [["hi"]];
    await context.sync();
    expect(double.readValues("A1")).toEqual([["hi"]]);
  });

  test("Office.onReady calls its callback; requirement sets; platform option", async () => {
    installGlobals(globalThis, createWorkbookDouble({ platform: "PC", unsupportedRequirementSets: ["ExcelApiOnline"] }));
    const seen: unknown[] = [];
    await Office.onReady((info) => seen.push(info));
    expect(seen).toEqual([{ host: "Excel", platform: "PC" }]);
    expect(Office.context.requirements.isSetSupported("ExcelApi", "1.7")).toBe(true);
    expect(Office.context.requirements.isSetSupported("ExcelApiOnline", "1.1")).toBe(false);
  });

  test("document settings: get/set/remove in memory, saveAsync persists, a failed save keeps the old ones", async () => {
    const double = installGlobals(globalThis, createWorkbookDouble({ fixture: { sheets: [{ name: "S" }], settings: { bahasa: "id" } } }));
    const settings = Office.context.document.settings;
    expect(settings.get("bahasa")).toBe("id");
    expect(settings.get("tidakAda")).toBeNull();
    settings.set("aturan", { versi: 2 });
    settings.remove("bahasa");
    expect(double.settings).toEqual({ bahasa: "id" });
    const result = await new Promise<Office.AsyncResult<void>>((resolve) => settings.saveAsync(resolve));
    expect(result.status).toBe(Office.AsyncResultStatus.Succeeded);
    expect(double.settings).toEqual({ aturan: { versi: 2 } });
    double.failNextSettingsSave();
    settings.set("aturan", { versi: 3 });
    const failed = await new Promise<Office.AsyncResult<void>>((resolve) => settings.saveAsync(resolve));
    expect(failed.status).toBe("failed");
    expect(double.settings).toEqual({ aturan: { versi: 2 } });
  });

  test("Office.actions.associate registers ribbon commands the demo can invoke", async () => {
    const double = installGlobals(globalThis, createWorkbookDouble());
    const calls: string[] = [];
    Office.actions.associate("periksaLembar", (event: Office.AddinCommands.Event) => {
      calls.push("periksa");
      event.completed();
    });
    expect(double.actions.ids()).toEqual(["periksaLembar"]);
    await double.invokeAction("periksaLembar");
    expect(calls).toEqual(["periksa"]);
    await expect(double.invokeAction("nope")).rejects.toThrow(/No action/);
  });

  test("CustomFunctions.associate registry, CustomFunctions.Error and ErrorCode", async () => {
    const double = installGlobals(globalThis, createWorkbookDouble());
    CustomFunctions.associate("KINERJA.PREDIKAT", (nilai: number) => (nilai >= 110 ? "Sangat Baik" : "Baik"));
    CustomFunctions.associate("KINERJA.GAGAL", () => new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable, "tidak ada"));
    expect(double.customFunctions.ids()).toEqual(["KINERJA.PREDIKAT", "KINERJA.GAGAL"]);
    expect(double.customFunctions.has("kinerja.predikat")).toBe(true);
    expect(await double.invokeCustomFunction("kinerja.predikat", 112)).toBe("Sangat Baik");
    const error = (await double.invokeCustomFunction("KINERJA.GAGAL")) as CustomFunctions.Error;
    expect(error).toBeInstanceOf(CustomFunctionError);
    expect([error.code, error.message]).toEqual(["#N/A", "tidak ada"]);
    expect(new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue).code).toBe("#VALUE!");
    expect(CustomFunctions.ErrorCode).toMatchObject({ divisionByZero: "#DIV/0!", invalidNumber: "#NUM!", invalidName: "#NAME?", nullReference: "#NULL!", invalidReference: "#REF!" });
    await expect(double.invokeCustomFunction("KINERJA.X")).rejects.toThrow(/No custom function/);
  });

  test("uninstallGlobals restores what was there", () => {
    const target: Record<string, unknown> = { Excel: "original" };
    installGlobals(target, createWorkbookDouble());
    expect(typeof (target.Excel as { run: unknown }).run).toBe("function");
    uninstallGlobals(target);
    expect(target.Excel).toBe("original");
    expect("Office" in target).toBe(false);
  });

  test("the double's modules import nothing from Node", () => {
    // Bundled for the browser it replaces office.js: only relative imports are allowed.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const fs = require("fs") as typeof import("fs");
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const path = require("path") as typeof import("path");
    const dir = path.join(__dirname, "../src");
    let seen = 0;
    for (const file of fs.readdirSync(dir)) {
      const source = fs.readFileSync(path.join(dir, file), "utf8");
      const statements = [...source.matchAll(/^(?:import|export)\b[^;]*?\bfrom\s*["']([^"']+)["']|\brequire\(\s*["']([^"']+)["']\s*\)/gm)];
      const specifiers = statements.map((m) => m[1] ?? m[2]);
      seen += specifiers.length;
      for (const spec of specifiers) expect(`${file}: ${spec}`).toMatch(/: \.\/[\w-]+$/);
    }
    expect(seen).toBeGreaterThan(20);
  });
});
