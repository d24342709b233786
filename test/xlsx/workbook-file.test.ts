/**
 * The .xlsx adapter's load and save: a file is read once (the CLI used to read `rekomendasi`'s
 * input three times), the own-sheet marker is read from its cell wherever the used range starts,
 * and the parts a rewritten copy would lose are found from that one read.
 */
import { readFile } from "node:fs/promises";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import ExcelJS from "exceljs";
import { runRekomendasi } from "../../src/cli/rekomendasi";
import { encodeState, EMPTY_STATE, GENERATED_MARKER, STATE_SHEET_NAME } from "../../src/workbook";
import { loadWorkbookFile, partsNotPreserved } from "../../src/xlsx";
import { FILES, SAMPLE_TODAY } from "../../scripts/sample-data";

// Count the adapter's file reads (node's module object cannot be spied on directly).
jest.mock("node:fs/promises", () => {
  const actual = jest.requireActual<typeof import("node:fs/promises")>("node:fs/promises");
  return { ...actual, readFile: jest.fn(actual.readFile) };
});
const readFileMock = readFile as unknown as jest.Mock;

jest.setTimeout(60_000);

const SAMPLES = join(__dirname, "..", "..", "samples");
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "kinerja-xlsx-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function workbookWithOwnSheet(file: string, markerRow: number, listed: boolean): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Data").getCell("A1").value = "NIP";
  const own = wb.addWorksheet("Rekomendasi Penghargaan");
  // The title in A1 was cleared by the officer: the used range starts at the marker row.
  own.getCell(markerRow, 1).value = `${GENERATED_MARKER} pada 15-01-2026`;
  own.getCell(markerRow + 2, 1).value = "No";
  const state = wb.addWorksheet(STATE_SHEET_NAME, { state: "veryHidden" });
  for (const row of encodeState({ ...EMPTY_STATE, generatedSheets: listed ? ["Rekomendasi Penghargaan"] : [] })) state.addRow(row);
  await wb.xlsx.writeFile(file);
}

describe("loading a workbook file", () => {
  it("recognises the add-in's own sheet by its A2 marker even when A1 is empty", async () => {
    const file = join(dir, "milik.xlsx");
    await workbookWithOwnSheet(file, 2, true);
    const loaded = await loadWorkbookFile(file);
    expect(loaded.ownSheets).toEqual(["Rekomendasi Penghargaan"]);
    expect(loaded.sheets.map((s) => s.name)).toEqual(["Data"]);
  });

  it("a sheet with the marker text elsewhere, or not on record, is the user's", async () => {
    const moved = join(dir, "pindah.xlsx");
    await workbookWithOwnSheet(moved, 3, true);
    expect((await loadWorkbookFile(moved)).ownSheets).toEqual([]);
    const unlisted = join(dir, "tidak-tercatat.xlsx");
    await workbookWithOwnSheet(unlisted, 2, false);
    const loaded = await loadWorkbookFile(unlisted);
    expect(loaded.ownSheets).toEqual([]);
    expect(loaded.sheets.map((s) => s.name)).toEqual(["Data", "Rekomendasi Penghargaan"]);
  });

  it("names the parts a rewritten copy loses, from the package's part names", () => {
    expect(partsNotPreserved(["xl/workbook.xml", "xl/charts/chart1.xml", "xl/pivotCache/pivotCacheDefinition1.xml", "xl/vbaProject.bin", "xl/slicers/slicer1.xml", "xl/ctrlProps/ctrlProp1.xml"]).sort()).toEqual(
      ["PivotTable", "grafik", "kontrol formulir", "makro VBA", "slicer"].sort(),
    );
    expect(partsNotPreserved(["xl/workbook.xml", "xl/worksheets/sheet1.xml"])).toEqual([]);
  });
});

describe("kinerja rekomendasi reads its input once", () => {
  it("one read of FILE, and a copy with a chart reports the chart as not carried over when used as input", async () => {
    const input = join(SAMPLES, FILES.dinasBersih);
    const out = join(dir, "hasil.xlsx");
    readFileMock.mockClear();
    await runRekomendasi(input, { output: out, today: SAMPLE_TODAY });
    const inputReads = readFileMock.mock.calls.filter(([path]) => resolve(String(path)) === resolve(input));
    expect(inputReads).toHaveLength(1);

    // The copy carries the add-in's chart part, which a second rewrite cannot carry over.
    const again = await runRekomendasi(out, { output: join(dir, "lagi.xlsx"), today: SAMPLE_TODAY });
    expect(again.some((l) => l.startsWith("PERHATIAN: berkas asli memuat grafik"))).toBe(true);
  });
});
