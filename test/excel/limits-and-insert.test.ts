import { insertFormula, MAX_READ_CELLS, readSheet } from "../../src/excel";
import { setup, teardown } from "./support";

afterEach(teardown);

describe("reads never get more than 5,000,000 cells (Excel's limit for one read, desktop included)", () => {
  it("refuses a used range of 5,000,016 cells on desktop with an Indonesian message, after one request", async () => {
    expect(MAX_READ_CELLS).toBe(5_000_000);
    const double = setup(undefined, "Rekap 2025", { platform: "PC" });
    // 238,096 rows × 21 columns (A..U) = 5,000,016 cells: under the row limit, over the cell limit.
    double.setCells("Rekap 2025", "U238096", [["x"]]);
    await expect(readSheet(undefined, Number.POSITIVE_INFINITY)).rejects.toMatchObject({
      code: "SheetTooLarge",
      message: expect.stringContaining("batasnya 300.000 baris dan 5.000.000 sel"),
    });
    expect(double.syncCount).toBe(1);
  });
});

describe("Sisipkan ke sel", () => {
  it("writes into the active cell only, whatever else is selected", async () => {
    const double = setup();
    double.select("'Rekap 2025'!L2:N5");
    const address = await insertFormula("=KINERJA.PREDIKAT(112,TRUE)");
    expect(address).toMatch(/L2$/);
    expect(double.readValues("'Rekap 2025'!L2:N3")).toEqual([
      ["=KINERJA.PREDIKAT(112,TRUE)", "", ""],
      ["", "", ""],
    ]);
  });
});
