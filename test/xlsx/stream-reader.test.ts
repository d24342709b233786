/**
 * The streaming reader (src/xlsx/sheet-stream.ts, zip-read.ts) against ExcelJS's in-memory model
 * read through sheet-data.ts, the path it replaces: the same SheetData for every sample and for a
 * hand-written package full of edge cases; decompression bombs refused by ratio, large honest
 * files accepted whatever their size.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main";
import { decodeState, isOwnSheet, OWN_SHEET_MARKER, SheetData, STATE_SHEET_NAME } from "../../src/workbook";
import { openWorkbook, readWorkbookFile, UnusableFileError } from "../../src/xlsx";
import { plainValue, worksheetToSheetData } from "../../src/xlsx/sheet-data";
import { EXPANSION_RATIO, ExpansionBudget, ExpansionError, PART_ALLOWANCE_BYTES, ZipEntry } from "../../src/xlsx/zip-read";
import { cellAt, rowCount, sheetRows } from "../../src/workbook";
import { plainSheet } from "../workbook/helpers";

const ROOT = join(__dirname, "..", "..");
let dir: string;
beforeAll(() => (dir = mkdtempSync(join(tmpdir(), "kinerja-stream-"))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** What the old path gave: every visible sheet that is not the add-in's own, through ExcelJS. */
async function viaExcelJs(file: string): Promise<{ sheets: SheetData[]; ownSheets: string[]; generated: string[] }> {
  const { workbook } = await openWorkbook(file);
  const stateSheet = workbook.getWorksheet(STATE_SHEET_NAME);
  const state = decodeState(stateSheet ? sheetRows(worksheetToSheetData(stateSheet).values) : []);
  const sheets: SheetData[] = [];
  const ownSheets: string[] = [];
  workbook.eachSheet((ws) => {
    if (ws.name === STATE_SHEET_NAME) return;
    if (isOwnSheet(ws.name, state, plainValue(ws.getRow(OWN_SHEET_MARKER.row + 1).getCell(OWN_SHEET_MARKER.col + 1).value))) ownSheets.push(ws.name);
    else if (ws.state === "visible") sheets.push(worksheetToSheetData(ws));
  });
  return { sheets, ownSheets, generated: [...state.generatedSheets] };
}

async function expectSameAsExcelJs(file: string): Promise<SheetData[]> {
  const streamed = await readWorkbookFile(file);
  const old = await viaExcelJs(file);
  expect(streamed.sheets.map(plainSheet)).toEqual(old.sheets);
  expect(streamed.ownSheets).toEqual(old.ownSheets);
  expect(streamed.state.generatedSheets).toEqual(old.generated);
  return streamed.sheets.map(plainSheet);
}

describe("the streaming reader gives the SheetData the ExcelJS path gave", () => {
  const samples = [
    ...readdirSync(join(ROOT, "samples")).map((f) => join(ROOT, "samples", f)),
    ...readdirSync(join(ROOT, "samples", "nyata")).map((f) => join(ROOT, "samples", "nyata", f)),
  ].filter((f) => f.endsWith(".xlsx"));

  it("finds the samples", () => expect(samples.length).toBeGreaterThanOrEqual(9));

  it.each(samples.map((f) => [f.slice(ROOT.length + 1), f]))("%s", async (_, file) => {
    const sheets = await expectSameAsExcelJs(file);
    expect(sheets.length).toBeGreaterThan(0);
    expect(sheets.every((s) => rowCount(s.values) > 0)).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// A package written by hand: what Excel and other exporters put in sheets.

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

function packageOf(sheets: { name: string; xml: string; state?: string }[], options: { sst: string; styles: string; date1904?: boolean }): Promise<Buffer> {
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${sheets
      .map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`)
      .join("")}<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`,
  );
  zip.file("_rels/.rels", `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`);
  zip.file(
    "xl/workbook.xml",
    `<?xml version="1.0" encoding="UTF-8"?><workbook ${NS}><workbookPr${options.date1904 ? ' date1904="1"' : ""}/><sheets>${sheets
      .map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ""} r:id="rId${i + 1}"/>`)
      .join("")}</sheets></workbook>`,
  );
  zip.file(
    "xl/_rels/workbook.xml.rels",
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets
      .map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`)
      .join("")}<Relationship Id="rId90" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId91" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
  );
  sheets.forEach((s, i) => zip.file(`xl/worksheets/sheet${i + 1}.xml`, `<?xml version="1.0" encoding="UTF-8"?><worksheet ${NS}>${s.xml}</worksheet>`));
  zip.file("xl/sharedStrings.xml", `<?xml version="1.0" encoding="UTF-8"?><sst ${NS}>${options.sst}</sst>`);
  zip.file("xl/styles.xml", `<?xml version="1.0" encoding="UTF-8"?><styleSheet ${NS}>${options.styles}</styleSheet>`);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

const SST = [
  "<si><t>Nama</t></si>", // 0
  '<si><r><t>Sangat </t></r><r><rPr><b/></rPr><t xml:space="preserve">Baik</t></r></si>', // 1 rich text
  "<si><t>Baris_x000D_dua &amp; &lt;tiga&gt;</t></si>", // 2 escape and entities
  "<si><t>#N/A</t></si>", // 3 text typed like an error
  "<si><t></t></si>", // 4 empty
  "<si><t>Budi</t><rPh sb=\"0\" eb=\"1\"><t>ブディ</t></rPh></si>", // 5 phonetic guide
  "<si><t>  Siti\u00a0 </t></si>", // 6 invisible characters
  "<si><t>Judul gabungan</t></si>", // 7
].join("");

const STYLES =
  '<numFmts count="2"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/><numFmt numFmtId="165" formatCode="0.00&quot; hari&quot;"/></numFmts>' +
  '<cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="4"/></cellXfs>' +
  '<dxfs count="1"><dxf><numFmt numFmtId="165" formatCode="yyyy"/></dxf></dxfs>';

const EDGE_SHEET = `<dimension ref="C4:J12"/><sheetData>
<row r="4"><c r="E4" t="s"><v>7</v></c><c r="F4" s="1"><v>5</v></c></row>
<row r="5"><c r="C5" t="s"><v>0</v></c><c r="D5" t="s"><v>1</v></c><c r="E5" t="s"><v>2</v></c><c r="F5" t="s"><v>3</v></c><c r="G5" t="s"><v>4</v></c><c r="H5" t="s"><v>5</v></c><c r="I5" t="s"><v>6</v></c></row>
<row r="6"><c r="C6" t="inlineStr"><is><t>Teks sebaris_x000D_</t></is></c><c r="D6" t="inlineStr"><is><r><t>Kaya</t></r><r><t xml:space="preserve"> raya</t></r></is></c><c r="E6" t="inlineStr"><is><t>#DIV/0!</t></is></c><c r="F6" t="b"><v>1</v></c><c r="G6" t="b"><v>0</v></c><c r="H6" t="e"><v>#REF!</v></c><c r="I6" t="str"><v>a &amp;amp; b</v></c></row>
<row r="7"><c r="C7" s="1"><v>29221</v></c><c r="D7" s="2"><v>45000.5</v></c><c r="E7" s="3"><v>12.5</v></c><c r="F7" s="4"><v>1234.5</v></c><c r="G7" s="0"><v>29221</v></c><c r="H7" s="9"><v>7</v></c></row>
<row r="8"><c r="C8"><f>1+1</f><v>2</v></c><c r="D8"><f t="shared" ref="D8:D10" si="0">C8*2</f><v>4</v></c><c r="E8" t="str"><f>"x"&amp;"y"</f><v>xy</v></c><c r="F8" t="b"><f>TRUE()</f><v>1</v></c><c r="G8" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="H8"><f>NOW()</f></c><c r="I8" s="1"><f>DATE(1980,1,1)</f><v>29221</v></c><c r="J8" t="str"><f>""</f><v></v></c></row>
<row r="9"><c r="D9"><f t="shared" si="0"/><v>6</v></c><c r="E9" s="3"/><c r="F9" t="s"><v>4</v></c></row>
<row r="10"><c r="D10"><f t="shared" si="0"/><v>8</v></c><c r="I10"><v>1.5E-3</v></c><c r="J10"><v>-0</v></c></row>
<row r="12"><c r="C12"><v>3</v></c><c r="D12"><v>ganda</v></c><c r="D12"><v>4</v></c></row>
</sheetData><mergeCells count="3"><mergeCell ref="E4:J4"/><mergeCell ref="C11:D11"/><mergeCell ref="G9:H10"/></mergeCells>`;

describe("edge cases, against ExcelJS", () => {
  let file: string;
  beforeAll(async () => {
    file = join(dir, "tepi.xlsx");
    writeFileSync(
      file,
      await packageOf(
        [
          { name: "Tepi", xml: EDGE_SHEET },
          { name: "Tersembunyi", xml: '<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>', state: "hidden" },
          { name: "Tanpa dimensi", xml: '<sheetData><row r="2"><c r="B2" t="inlineStr"><is><t>NIP</t></is></c></row><row r="3"><c r="B3"><v>1</v></c></row></sheetData>' },
          { name: "Kosong", xml: "<sheetData/>" },
          { name: "Hanya gabungan", xml: '<sheetData><row r="1"><c r="A1" s="1"/></row></sheetData><mergeCells><mergeCell ref="A1:C2"/></mergeCells>' },
        ],
        { sst: SST, styles: STYLES },
      ),
    );
  });

  it("gives the same SheetData for every sheet", async () => {
    const sheets = await expectSameAsExcelJs(file);
    expect(sheets.map((s) => s.name)).toEqual(["Tepi", "Tanpa dimensi", "Kosong", "Hanya gabungan"]);
  });

  it("reads each kind of cell as Excel's range.values gives it", async () => {
    const [edge, noDimension, empty, onlyMerge] = (await readWorkbookFile(file)).sheets;
    expect([edge.startRow, edge.startCol]).toEqual([3, 2]); // C4, from the merged title E4:J4
    const at = (address: string) => {
      const col = address.charCodeAt(0) - 65;
      const row = Number(address.slice(1)) - 1;
      return cellAt(edge.values, row - edge.startRow, col - edge.startCol);
    };
    expect(at("E4")).toBe("Judul gabungan");
    expect(at("F4")).toBeNull(); // inside the merged title: blank, its own value dropped
    expect(at("D5")).toBe("Sangat Baik");
    expect(at("E5")).toBe("Baris\rdua & <tiga>");
    expect(at("F5")).toEqual({ error: "#N/A" });
    expect(at("G5")).toBeNull();
    expect(at("H5")).toBe("Budi");
    expect(at("I5")).toBe("  Siti\u00a0 ");
    expect(at("C6")).toBe("Teks sebaris_x000D_"); // inline text keeps the escape, as ExcelJS reads it
    expect(at("D6")).toBe("Kaya raya");
    expect(at("E6")).toEqual({ error: "#DIV/0!" });
    expect([at("F6"), at("G6"), at("H6"), at("I6")]).toEqual([true, false, { error: "#REF!" }, "a & b"]);
    expect([at("C7"), at("D7"), at("E7"), at("F7"), at("G7"), at("H7")]).toEqual([29221, 45000.5, 12.5, 1234.5, 29221, 7]);
    expect([at("C8"), at("D8"), at("E8"), at("F8"), at("G8"), at("H8"), at("I8"), at("J8")]).toEqual([2, 4, "xy", true, { error: "#DIV/0!" }, null, 29221, null]);
    expect([at("D9"), at("D10"), at("F9"), at("I10"), at("J10")]).toEqual([6, 8, null, 0.0015, -0]);
    expect([at("C12"), at("D12")]).toEqual([3, 4]);
    expect(edge.merges).toEqual([
      { row: 0, col: 2, rows: 1, cols: 6 },
      { row: 7, col: 0, rows: 1, cols: 2 },
      { row: 5, col: 4, rows: 2, cols: 2 },
    ]);
    expect(plainSheet(noDimension)).toMatchObject({ startRow: 1, startCol: 1, values: [["NIP"], [1]] });
    expect(empty).toEqual({ name: "Kosong", startRow: 0, startCol: 0, values: [] });
    expect(onlyMerge).toEqual({ name: "Hanya gabungan", startRow: 0, startCol: 0, values: [] });
  });

  it("reads dates of a 1904 workbook as ExcelJS does", async () => {
    const file1904 = join(dir, "1904.xlsx");
    writeFileSync(file1904, await packageOf([{ name: "Tanggal", xml: EDGE_SHEET }], { sst: SST, styles: STYLES, date1904: true }));
    const [sheet] = await expectSameAsExcelJs(file1904);
    expect(cellAt(sheet.values, 6 - 3, 0)).toBe(29221 + 1462); // C7
  });
});

// ---------------------------------------------------------------------------------------------
// Decompression bombs and large files

/** A zip of the given parts; `declared` overrides an entry's uncompressed size (a lying directory). */
async function zipWith(base: Buffer, parts: Record<string, Buffer>, declared?: Record<string, number>): Promise<Buffer> {
  const zip = await JSZip.loadAsync(base);
  for (const [name, data] of Object.entries(parts)) zip.file(name, data);
  let bytes = await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 9 } });
  for (const [name, size] of Object.entries(declared ?? {})) {
    // Rewrite the size in the local header and the central directory entry of `name`.
    for (const signature of [0x04034b50, 0x02014b50]) {
      for (let at = bytes.indexOf(Buffer.from(name)); at >= 0; at = bytes.indexOf(Buffer.from(name), at + 1)) {
        const header = signature === 0x04034b50 ? at - 30 : at - 46;
        if (header >= 0 && bytes.readUInt32LE(header) === signature) {
          bytes = Buffer.from(bytes);
          bytes.writeUInt32LE(size, header + (signature === 0x04034b50 ? 22 : 24));
        }
      }
    }
  }
  return bytes;
}

describe("decompression bombs are refused by ratio, not by size", () => {
  let base: Buffer;
  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Rekap").addRow(["NIP", "Nama"]);
    base = Buffer.from(await wb.xlsx.writeBuffer());
  });

  // 60 MB of one repeated cell: about 1,000 times smaller packed.
  const bombSheet = () => {
    const head = `<?xml version="1.0" encoding="UTF-8"?><worksheet ${NS}><sheetData>`;
    const body = Buffer.alloc(60 * 1024 * 1024, '<row><c t="inlineStr"><is><t>x</t></is></c></row>');
    return Buffer.concat([Buffer.from(head), body, Buffer.from("</sheetData></worksheet>")]);
  };

  it.each([
    ["declared honestly", false],
    ["understated by the directory", true],
  ])("a sheet part that unpacks %s is refused with a clear message", async (_, lying) => {
    const sheet = bombSheet();
    const file = join(dir, `bom-${lying}.xlsx`);
    writeFileSync(file, await zipWith(base, { "xl/worksheets/sheet1.xml": sheet }, lying ? { "xl/worksheets/sheet1.xml": 4096 } : undefined));
    const heap = process.memoryUsage().heapUsed;
    const error = await readWorkbookFile(file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnusableFileError);
    expect((error as UnusableFileError).reason).toBe("terlalu-besar");
    expect((error as UnusableFileError).message).toMatch(/terlalu besar untuk dibaca: bagian xl\/worksheets\/sheet1\.xml mengembang .*lebih dari 100 kali.*bom zip/);
    expect(process.memoryUsage().heapUsed - heap).toBeLessThan(100 * 1024 * 1024);
    const out: string[] = [];
    expect(await main(["validasi", file], { out: (t) => out.push(t), err: (t) => out.push(t) })).toBe(2);
    expect(out.join("\n")).toMatch(/TIDAK DAPAT DIBACA: .*bom zip/);
  });

  it("the limit grows with the compressed size: large honest parts pass, the same size packed 1,000 times fails", () => {
    const entry = (uncompressedSize: number, compressedSize: number): ZipEntry => ({ name: "xl/worksheets/sheet1.xml", method: 8, compressedSize, uncompressedSize, localHeaderOffset: 0, encrypted: false });
    const GB = 1024 ** 3;
    // A 1,000,000-row recap: ~75 MB packed, ~450 MB of sheet XML (6×); a national one 4 times that.
    expect(() => new ExpansionBudget(80e6).checkDeclared([entry(450e6, 70e6)])).not.toThrow();
    expect(() => new ExpansionBudget(320e6).checkDeclared([entry(2 * GB, 300e6)])).not.toThrow();
    expect(() => new ExpansionBudget(2e6).checkDeclared([entry(1.9 * GB, 1.9e6)])).toThrow(ExpansionError);
    // Exactly at the ratio passes; one byte more is refused.
    const limit = EXPANSION_RATIO * 1e6 + PART_ALLOWANCE_BYTES;
    expect(() => new ExpansionBudget(5e6).checkDeclared([entry(limit, 1e6)])).not.toThrow();
    expect(() => new ExpansionBudget(5e6).checkDeclared([entry(limit + 1, 1e6)])).toThrow(ExpansionError);
    // Many parts each within their ratio still cannot unpack beyond the package's share.
    const many = Array.from({ length: 40 }, () => entry(PART_ALLOWANCE_BYTES, 10));
    expect(() => new ExpansionBudget(20_000).checkDeclared(many)).toThrow(ExpansionError);
  });

  it("counts the bytes actually unpacked against the budget", () => {
    const e: ZipEntry = { name: "xl/sharedStrings.xml", method: 8, compressedSize: 1000, uncompressedSize: 10, localHeaderOffset: 0, encrypted: false };
    const budget = new ExpansionBudget(10_000);
    expect(() => budget.count(e, ExpansionBudget.partLimit(e), ExpansionBudget.partLimit(e))).not.toThrow();
    expect(() => budget.count(e, ExpansionBudget.partLimit(e) + 1, 1)).toThrow(ExpansionError);
  });
});

describe("a recap of thousands of rows (shared strings, as Excel saves it)", () => {
  const ROWS = 4_000;
  let file: string;
  beforeAll(async () => {
    file = join(dir, "besar.xlsx");
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true, useStyles: true });
    const ws = wb.addWorksheet("Rekap 2025");
    ws.mergeCells("A1:H1");
    ws.getCell("A1").value = "REKAPITULASI PENILAIAN KINERJA PNS TAHUN 2025";
    ws.getRow(1).commit();
    ws.addRow([]).commit();
    ws.addRow(["No", "NIP", "Nama", "Nilai SKP", "Nilai Perilaku", "Nilai Kinerja", "Predikat", "TMT"]).commit();
    for (let i = 0; i < ROWS; i++) {
      const row = ws.addRow([i + 1, `19800101200501${String(1001 + (i % 8000)).padStart(4, "0")}`, `Pegawai ${i}`, 90, 80, 87, "Baik", new Date(Date.UTC(2005, 0, 1 + (i % 365)))]);
      row.getCell(8).numFmt = "dd/mm/yyyy";
      row.commit();
    }
    ws.commit();
    await wb.commit();
  }, 60_000);

  it("reads every row, the same as ExcelJS", async () => {
    const [sheet] = await expectSameAsExcelJs(file);
    expect(sheet.values).toHaveLength(ROWS + 3);
    expect(cellAt(sheet.values, 3, 7)).toBe(38353); // 1 January 2005 as a serial
  });

  it("is checked by kinerja validasi, every row counted", async () => {
    const out: string[] = [];
    const code = await main(["validasi", file, "--json"], { out: (t) => out.push(t), err: () => undefined });
    expect([0, 1]).toContain(code);
    const json = JSON.parse(out.join("\n")) as { files: { status: string; sheets: { rowsChecked: number }[] }[] };
    expect(json.files[0].status).toBe("ok");
    expect(json.files[0].sheets[0].rowsChecked).toBe(ROWS);
  });
});

it("a stored (uncompressed) part reads as well as a deflated one", async () => {
  const file = join(dir, "tersimpan.xlsx");
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Data").addRows([
    ["NIP", "Nama"],
    ["198001012005011001", "Budi"],
  ]);
  const zip = await JSZip.loadAsync(Buffer.from(await wb.xlsx.writeBuffer()));
  writeFileSync(file, await zip.generateAsync({ type: "nodebuffer", compression: "STORE" }));
  const [sheet] = await expectSameAsExcelJs(file);
  expect(sheet.values).toEqual([
    ["NIP", "Nama"],
    ["198001012005011001", "Budi"],
  ]);
});

describe("a damaged package is refused as damaged, never thrown at the user", () => {
  let good: Buffer;
  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Data").addRow(["NIP", "Nama"]);
    good = Buffer.from(await wb.xlsx.writeBuffer());
  });

  /** The good file with the central directory entry of its workbook part changed by `change`. */
  function withWorkbookEntry(change: (b: Buffer, at: number) => void): string {
    const bytes = Buffer.from(good);
    let at = bytes.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    while (bytes.toString("utf8", at + 46, at + 46 + bytes.readUInt16LE(at + 28)) !== "xl/workbook.xml") at = bytes.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), at + 4);
    change(bytes, at);
    const file = join(dir, `rusak-${Math.random().toString(36).slice(2)}.xlsx`);
    writeFileSync(file, bytes);
    return file;
  }

  it.each([
    ["an extra field running past the directory", (b: Buffer, at: number) => b.writeUInt16LE(0xffff, at + 30)],
    ["a part said to start past the end of the file", (b: Buffer, at: number) => b.writeUInt32LE(0x7fffffff, at + 42)],
    ["an unknown compression method", (b: Buffer, at: number) => b.writeUInt16LE(99, at + 10)],
  ])("%s", async (_, change) => {
    const file = withWorkbookEntry(change);
    const error = await readWorkbookFile(file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnusableFileError);
    expect((error as UnusableFileError).reason).toBe("rusak");
    expect((error as UnusableFileError).message).toMatch(/berkas \.xlsx rusak atau terpotong/);
  });
});
