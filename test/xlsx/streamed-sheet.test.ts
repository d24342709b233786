/**
 * `kinerja rekomendasi` streams the recommendation sheet into the copy (issue 17): the sheet's
 * XML is written row by row, in bounded pieces, with the officer's string and style indices, and
 * the copy is compressed straight to disk. What the officer gets is still what the plan says,
 * cell for cell, look for look, however long the sheet is.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type ExcelJS from "exceljs";
import JSZip from "jszip";
import { SaxesParser } from "saxes";
import { writeBigRecap } from "../../bench/big-recap";
import { CellValue, DEFAULT_SETTINGS, SheetWritePlan } from "../../src/workbook";
import { loadWorkbookFile, openWorkbook, RecommendationFileResult, writeRecommendationFile } from "../../src/xlsx";
import { PlanSheet, worksheetXml } from "../../src/xlsx/apply-plan";

jest.setTimeout(120_000);

const ROWS = 2_500;
const TODAY = new Date(2026, 0, 15);

let dir: string;
let input: string;
let output: string;
let result: RecommendationFileResult;
let ws: ExcelJS.Worksheet;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "kinerja-stream-"));
  input = join(dir, "rekap.xlsx");
  output = join(dir, "hasil.xlsx");
  await writeBigRecap(input, ROWS);
  result = await writeRecommendationFile(input, output, DEFAULT_SETTINGS, { today: TODAY });
  ws = (await openWorkbook(output)).workbook.getWorksheet(result.build.plan.sheetName)!;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe(`the recommendation sheet of a ${ROWS.toLocaleString("en")}-row recap, streamed into the copy`, () => {
  it("holds every value of the plan in its cell, text as text, down to the last row", () => {
    const { plan } = result.build;
    expect(plan.blocks.find((b) => b.values.length > ROWS)).toBeDefined();
    let checked = 0;
    for (const block of plan.blocks) {
      block.values.forEach((row, i) =>
        row.forEach((value, j) => {
          const cell = ws.getCell(block.row + i + 1, block.col + j + 1);
          expect([cell.address, cell.value]).toEqual([cell.address, value]);
          checked++;
        }),
      );
    }
    expect(checked).toBeGreaterThan(ROWS * 15);
    const last = 5 + ROWS;
    expect(ws.getCell(`A${last}`).value).toBe(ROWS);
    expect(typeof ws.getCell(`B${last}`).value).toBe("string");
  });

  it("gives every row its look: title, header, number formats and wrapped columns, first row to last", () => {
    const last = 5 + ROWS;
    expect(ws.getCell("A1").font).toMatchObject({ bold: true, size: 14 });
    expect(ws.getCell("A2").font).toMatchObject({ italic: true, color: { argb: "FF605E5C" } });
    for (const col of ["A", "B", "O"]) expect(ws.getCell(`${col}5`).font?.bold).toBe(true);
    expect(ws.getCell("A5").alignment).toMatchObject({ wrapText: true, vertical: "top" });
    for (const row of [6, Math.floor(last / 2), last]) {
      expect([row, ws.getCell(`A${row}`).numFmt]).toEqual([row, "0"]);
      expect([row, ws.getCell(`B${row}`).numFmt]).toEqual([row, "@"]);
      expect([row, ws.getCell(`F${row}`).numFmt]).toEqual([row, "0.00"]);
      expect([row, ws.getCell(`K${row}`).alignment?.wrapText]).toEqual([row, true]);
    }
    // The summaries beside the table: a filled header and percentages.
    const summary = result.build.plan.columnWidths.find((w) => w.width === 34)!.col;
    const header = ws.getCell(5, summary + 1);
    expect(header.value).toBe("Predikat");
    expect(header.fill).toMatchObject({ type: "pattern", pattern: "solid", fgColor: { argb: "FF0F6CBD" } });
    expect(ws.getCell(6, summary + 3).numFmt).toBe("0.0%");
  });

  it("keeps the estimated row heights, column widths, frozen header, table and print names", async () => {
    const { plan } = result.build;
    const sheet = new PlanSheet(plan);
    for (let r = 0; r <= sheet.lastRow; r++) expect([r + 1, ws.getRow(r + 1).height ?? null]).toEqual([r + 1, sheet.row(r).height ?? null]);
    expect(ws.getRow(5).height).toBe(30);
    for (const { col, width } of plan.columnWidths) if (width !== 9) expect([col, ws.getColumn(col + 1).width]).toEqual([col, width]);
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 5 });
    expect(ws.pageSetup).toMatchObject({ orientation: "landscape", paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0, printArea: `A1:O${5 + ROWS}`, printTitlesRow: "5:5" });

    const zip = await JSZip.loadAsync(readFileSync(output));
    const tables = Object.keys(zip.files).filter((n) => /^xl\/tables\/table\d+\.xml$/.test(n));
    expect(tables).toHaveLength(1);
    const table = await zip.file(tables[0])!.async("string");
    expect(table).toContain(`ref="A5:O${5 + ROWS}"`);
    expect(table).toContain(`<tableStyleInfo name="TableStyleMedium2"`);
    expect(Object.keys(zip.files).filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n))).toHaveLength(1);
  });

  it("leaves nothing beside OUT: the temporary files are gone", () => {
    expect(readdirSync(dir).sort()).toEqual(["hasil.xlsx", "rekap.xlsx"]);
  });

  it("is recorded as the add-in's own in the copy's state", async () => {
    const copy = await loadWorkbookFile(output);
    expect(copy.ownSheets).toEqual([result.build.plan.sheetName]);
    expect(copy.state.generatedSheets).toEqual([result.build.plan.sheetName]);
  });
});

describe("worksheetXml", () => {
  const ids = () => {
    const strings: string[] = [];
    return { strings, str: (inner: string) => strings.push(inner) - 1, xf: (style: number) => style + 1 };
  };

  it("writes a sheet of any length in pieces of about 64 KB, as well-formed XML", () => {
    const rows = 20_000;
    const values: CellValue[][] = Array.from({ length: rows }, (_, i) => [i + 1, `Pegawai ${i} & <rekan>`, i % 7 === 0 ? null : i / 3, "Baik"]);
    const plan: SheetWritePlan = {
      sheetName: "Panjang",
      blocks: [{ row: 0, col: 0, values }],
      formats: [{ range: { row: 0, col: 1, rows, cols: 1 }, numberFormat: "@" }],
      columnWidths: [],
      marker: { row: 0, col: 0, text: "" },
    };
    const id = ids();
    const chunks = [...worksheetXml(new PlanSheet(plan), id)];
    expect(chunks.length).toBeGreaterThan(20);
    expect(Math.max(...chunks.map((c) => c.length))).toBeLessThan(2 * 65_536);
    let rowsSeen = 0;
    const parser = new SaxesParser();
    parser.on("opentag", (tag) => {
      if (tag.name === "row") rowsSeen++;
    });
    for (const chunk of chunks) parser.write(chunk);
    parser.close();
    expect(rowsSeen).toBe(rows);
    // Strings are asked for in document order, one per text cell.
    expect(id.strings.length).toBe(rows * 2);
    expect(id.strings.slice(0, 2)).toEqual(["<t>Pegawai 0 &amp; &lt;rekan&gt;</t>", "<t>Baik</t>"]);
  });

  it("writes booleans, errors, blanks with a look and the later of two blocks over the same cell", () => {
    const plan: SheetWritePlan = {
      sheetName: "Campur",
      blocks: [
        { row: 0, col: 0, values: [[true, { error: "#N/A" }, null, "lama"]] },
        { row: 0, col: 3, values: [["baru", null]] },
      ],
      formats: [{ range: { row: 0, col: 2, rows: 2, cols: 1 }, bold: true }],
      columnWidths: [
        { col: 0, width: 12 },
        { col: 1, width: 12 },
        { col: 2, width: 9 },
      ],
      marker: { row: 0, col: 0, text: "" },
    };
    const xml = [...worksheetXml(new PlanSheet(plan), ids())].join("");
    expect(xml).toContain(`<dimension ref="A1:D1"/>`);
    expect(xml).toContain(`<cols><col min="1" max="2" width="12" customWidth="1"/></cols>`);
    expect(xml).toContain(
      `<row r="1" spans="1:5" x14ac:dyDescent="0.25"><c r="A1" t="b"><v>1</v></c><c r="B1" t="e"><v>#N/A</v></c><c r="C1" s="1"/><c r="D1" t="s"><v>0</v></c></row>`,
    );
    // A blank with a look is a cell; a blank without one is not written.
    expect(xml).toContain(`<row r="2" spans="3:3" x14ac:dyDescent="0.25"><c r="C2" s="1"/></row>`);
    expect(xml).not.toContain("<sheetViews>");
    expect(xml).not.toContain("<tableParts");
    expect(xml).not.toContain("<drawing");
    expect(xml).toMatch(/<pageSetup orientation="portrait"/);
  });
});
