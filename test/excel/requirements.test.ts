import { missingRequirements, PANE_REQUIREMENTS, requirementMessage } from "../../src/excel/requirements";

describe("requirement sets the pane checks when it starts", () => {
  test("the sets the code uses are declared: ExcelApi 1.9, CustomFunctionsRuntime 1.3, SharedRuntime 1.1", () => {
    expect(PANE_REQUIREMENTS.map((r) => `${r.set} ${r.version}`)).toEqual(["SharedRuntime 1.1", "CustomFunctionsRuntime 1.3", "ExcelApi 1.9"]);
  });

  test("a current Excel lacks nothing", () => {
    expect(missingRequirements(() => true)).toEqual([]);
  });

  test("an Excel with ExcelApi up to 1.8 (Excel 2019) is told which version is needed, in Indonesian", () => {
    const upTo18 = (name: string, version: string) => name !== "ExcelApi" || Number(version.split(".")[1]) <= 8;
    const missing = missingRequirements(upTo18);
    expect(missing.map((r) => r.set)).toEqual(["ExcelApi"]);
    const message = requirementMessage(missing);
    expect(message).toContain("ExcelApi 1.9");
    expect(message).toMatch(/Microsoft 365.*Excel 2021/);
    expect(message).toContain("Buku kerja Anda tidak diubah.");
  });

  test("an Office that cannot answer, or throws, counts every set as missing", () => {
    expect(missingRequirements(undefined)).toHaveLength(PANE_REQUIREMENTS.length);
    expect(missingRequirements(() => {
      throw new Error("old office.js");
    })).toHaveLength(PANE_REQUIREMENTS.length);
  });
});
