/**
 * `kinerja rekomendasi -o OUT` adds its two sheets to a copy of the officer's package without
 * rewriting the rest (issue 11 F): a workbook with a PivotTable cache, a chart, a slicer part,
 * data validation, conditional formats, defined names, comments and (as .xlsm) macros is
 * compared part by part before and after.
 */
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { runRekomendasi } from "../../src/cli/rekomendasi";
import { decodeState, GENERATED_MARKER, STATE_SHEET_NAME } from "../../src/workbook";
import { loadWorkbookFile, openWorkbook } from "../../src/xlsx";
import { addChart } from "../../src/xlsx/chart-part";
import { worksheetToSheetData } from "../../src/xlsx/sheet-data";
import { FILES, SAMPLE_TODAY, SAMPLE_YEAR, SHEETS } from "../../scripts/sample-data";
import { sheetRows } from "../../src/workbook";
import { plainSheet } from "../workbook/helpers";

jest.setTimeout(120_000);

const SAMPLES = join(__dirname, "..", "..", "samples");
const REC = `Rekomendasi Penghargaan ${SAMPLE_YEAR}`;
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
/** The parts a copy may change; every other part of the input must come out byte for byte. */
const MAY_CHANGE = new Set(["xl/workbook.xml", "xl/_rels/workbook.xml.rels", "[Content_Types].xml", "xl/styles.xml", "xl/sharedStrings.xml"]);

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "kinerja-keep-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Parts = Map<string, Buffer>;

async function partsOf(file: string): Promise<Parts> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const parts: Parts = new Map();
  for (const [name, entry] of Object.entries(zip.files)) if (!entry.dir) parts.set(name, await entry.async("nodebuffer"));
  return parts;
}

const text = (parts: Parts, name: string) => parts.get(name)!.toString("utf8");

function addOverride(types: string, part: string, type: string): string {
  return types.replace("</Types>", `<Override PartName="/${part}" ContentType="${type}"/></Types>`);
}

/**
 * The officer's workbook: the sample recap with validation, conditional formats, a note, defined
 * names and a user sheet already named like the recommendation sheet (written by ExcelJS), then,
 * added as raw parts, a chart on the recap, a PivotTable cache and table, a slicer cache and —
 * for .xlsm — a VBA project.
 */
async function officerWorkbook(file: string, macros: boolean): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(join(SAMPLES, FILES.dinasBersih));
  const ws = wb.getWorksheet(SHEETS.dinas)!;
  for (let r = 7; r <= 20; r++) {
    ws.getCell(`F${r}`).dataValidation = { type: "decimal", operator: "between", allowBlank: true, formulae: [0, 120], showErrorMessage: true, error: "Nilai 0–120" };
  }
  ws.addConditionalFormatting({ ref: "F7:F400", rules: [{ type: "cellIs", operator: "lessThan", priority: 1, formulae: [60], style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: "FFFFC7CE" } } } }] });
  ws.getCell("B7").note = "Cek NIP dengan SK terakhir";
  wb.definedNames.add(`'${SHEETS.dinas}'!$B$7:$B$326`, "DaftarNIP");
  const own = wb.addWorksheet(REC); // the officer's own sheet of that name: never to be touched
  own.getCell("A1").value = "Catatan pribadi pengelola";
  own.getCell("A2").value = "bukan buatan add-in";
  own.addTable({ name: "TabelPribadi", ref: "C1", headerRow: true, columns: [{ name: "Unit" }, { name: "Jumlah" }], rows: [["Sekretariat", 4]] });
  const bytes = Buffer.from(await wb.xlsx.writeBuffer());
  // A chart of the officer's own on the recap sheet (a real DrawingML chart part).
  const withChart = await addChart(bytes, {
    sheetName: SHEETS.dinas,
    title: "Grafik pengelola",
    source: { row: 5, col: 5, rows: 4, cols: 2 },
    anchor: { row: 2, col: 20, rows: 10, cols: 6 },
    categories: ["a", "b", "c"],
    values: [1, 2, 3],
    seriesName: "Nilai",
  });
  const zip = await JSZip.loadAsync(withChart);
  let types = await zip.file("[Content_Types].xml")!.async("string");
  let wbXml = await zip.file("xl/workbook.xml")!.async("string");
  let wbRels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  // PivotTable: cache definition + records (workbook level) and a pivot table part on the recap sheet.
  zip.file("xl/pivotCache/pivotCacheDefinition1.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<pivotCacheDefinition xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${REL}" r:id="rId1" refreshOnLoad="1" recordCount="0"><cacheSource type="worksheet"><worksheetSource ref="B6:F326" sheet="${SHEETS.dinas}"/></cacheSource><cacheFields count="1"><cacheField name="NIP" numFmtId="0"><sharedItems/></cacheField></cacheFields></pivotCacheDefinition>`);
  zip.file("xl/pivotCache/pivotCacheRecords1.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<pivotCacheRecords xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="0"/>`);
  zip.file("xl/pivotCache/_rels/pivotCacheDefinition1.xml.rels", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/pivotCacheRecords" Target="pivotCacheRecords1.xml"/></Relationships>`);
  zip.file("xl/pivotTables/pivotTable1.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<pivotTableDefinition xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" name="PivotPegawai" cacheId="7" dataCaption="Values"><location ref="Z1:Z2" firstHeaderRow="1" firstDataRow="1" firstDataCol="0"/></pivotTableDefinition>`);
  zip.file("xl/pivotTables/_rels/pivotTable1.xml.rels", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/pivotCacheDefinition" Target="../pivotCache/pivotCacheDefinition1.xml"/></Relationships>`);
  wbRels = wbRels.replace("</Relationships>", `<Relationship Id="rIdPivot" Type="${REL}/pivotCacheDefinition" Target="pivotCache/pivotCacheDefinition1.xml"/><Relationship Id="rIdSlicer" Type="http://schemas.microsoft.com/office/2007/relationships/slicerCache" Target="slicerCaches/slicerCache1.xml"/></Relationships>`);
  wbXml = wbXml.replace("</workbook>", `<pivotCaches><pivotCache cacheId="7" r:id="rIdPivot"/></pivotCaches></workbook>`);
  const sheetRelsPath = "xl/worksheets/_rels/sheet1.xml.rels";
  const sheetRels = await zip.file(sheetRelsPath)!.async("string");
  zip.file(sheetRelsPath, sheetRels.replace("</Relationships>", `<Relationship Id="rIdPt" Type="${REL}/pivotTable" Target="../pivotTables/pivotTable1.xml"/></Relationships>`));
  zip.file("xl/slicerCaches/slicerCache1.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<slicerCacheDefinition xmlns="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main" name="Slicer_Unit" sourceName="Unit"/>`);
  types = addOverride(types, "xl/pivotCache/pivotCacheDefinition1.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheDefinition+xml");
  types = addOverride(types, "xl/pivotCache/pivotCacheRecords1.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheRecords+xml");
  types = addOverride(types, "xl/pivotTables/pivotTable1.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.pivotTable+xml");
  types = addOverride(types, "xl/slicerCaches/slicerCache1.xml", "application/vnd.ms-excel.slicerCache+xml");
  if (macros) {
    zip.file("xl/vbaProject.bin", Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...Buffer.from("Sub HitungUlang()\r\nEnd Sub")]));
    wbRels = wbRels.replace("</Relationships>", `<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>`);
    types = types
      .replace("spreadsheetml.sheet.main+xml", "PLACEHOLDER")
      .replace(/application\/vnd\.openxmlformats-officedocument\.PLACEHOLDER/, "application/vnd.ms-excel.sheet.macroEnabled.main+xml")
      .replace("<Default Extension=\"xml\"", `<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/><Default Extension="xml"`);
  }
  zip.file("[Content_Types].xml", types);
  zip.file("xl/workbook.xml", wbXml);
  zip.file("xl/_rels/workbook.xml.rels", wbRels);
  writeFileSync(file, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
}

/** <tag> records of a styles.xml section, as text. */
function records(styles: string, section: string, item: string): string[] {
  const inner = new RegExp(`<${section}[^>]*>([\\s\\S]*?)</${section}>`).exec(styles)?.[1] ?? "";
  return [...inner.matchAll(new RegExp(`<${item}\\b[^>]*/>|<${item}\\b[^>]*>[\\s\\S]*?</${item}>`, "g"))].map((m) => m[0]);
}

function expectUntouched(before: Parts, after: Parts, mayChange = MAY_CHANGE): void {
  for (const [name, bytes] of before) {
    expect(after.has(name) ? name : `${name} hilang`).toBe(name);
    if (!mayChange.has(name)) expect([name, after.get(name)!.equals(bytes)]).toEqual([name, true]);
  }
}

function sheetEntries(workbookXml: string): { name: string; sheetId: string; rid: string; state?: string }[] {
  return [...workbookXml.matchAll(/<sheet\b[^>]*>/g)].map((m) => ({
    name: /name="([^"]*)"/.exec(m[0])![1].replace(/&apos;/g, "'"),
    sheetId: /sheetId="([^"]*)"/.exec(m[0])![1],
    rid: /r:id="([^"]*)"/.exec(m[0])![1],
    state: /state="([^"]*)"/.exec(m[0])?.[1],
  }));
}

describe("the copy keeps the officer's package", () => {
  let input: string;
  let out: string;
  let before: Parts;
  let after: Parts;
  let recName: string;

  beforeAll(async () => {
    input = join(dir, "rekap.xlsx");
    await officerWorkbook(input, false);
    before = await partsOf(input);
    out = join(dir, "hasil.xlsx");
    const { lines } = await runRekomendasi(input, { output: out, today: SAMPLE_TODAY });
    recName = /^Lembar "([^"]+)"/.exec(lines[0])![1];
    after = await partsOf(out);
    expect(lines.some((l) => l.startsWith("PERHATIAN"))).toBe(false);
  });

  it("every part of the input is in the copy, byte for byte, except workbook.xml, its relationships, the content types, styles and shared strings", () => {
    expectUntouched(before, after);
    // Including the parts ExcelJS would have dropped, and the officer's own sheet named like ours.
    for (const part of ["xl/pivotCache/pivotCacheDefinition1.xml", "xl/pivotTables/pivotTable1.xml", "xl/slicerCaches/slicerCache1.xml", "xl/charts/chart1.xml", "xl/comments1.xml", "docProps/app.xml"]) {
      expect(before.has(part) ? part : `${part} missing from the fixture`).toBe(part);
    }
    const recap = text(before, "xl/worksheets/sheet1.xml");
    for (const kept of ["<dataValidation ", "<conditionalFormatting ", "<legacyDrawing ", "<drawing "]) expect(recap).toContain(kept);
    expect(text(before, "xl/styles.xml")).toMatch(/<dxfs count="[1-9]/);
    expect(text(after, "[Content_Types].xml")).toContain('PartName="/xl/pivotTables/pivotTable1.xml"');
    expect(text(after, "xl/workbook.xml")).toContain('<pivotCaches><pivotCache cacheId="7" r:id="rIdPivot"/></pivotCaches>');
  });

  it("existing sheets keep their index; the new ones are appended, the state sheet very hidden, with the new sheet's print names at its index", () => {
    const was = sheetEntries(text(before, "xl/workbook.xml"));
    const now = sheetEntries(text(after, "xl/workbook.xml"));
    expect(now.slice(0, was.length)).toEqual(was);
    expect(recName).not.toBe(REC); // the officer's sheet of that name keeps it
    expect(now.slice(was.length).map((s) => [s.name, s.state])).toEqual([
      [recName, undefined],
      [STATE_SHEET_NAME, "veryHidden"],
    ]);
    const wbXml = text(after, "xl/workbook.xml");
    // The officer's names are kept exactly; ours are added with the new sheet's index.
    for (const name of text(before, "xl/workbook.xml").match(/<definedName\b[^>]*>[^<]*<\/definedName>/g)!) expect(wbXml).toContain(name);
    expect(wbXml).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="${was.length}">&apos;${recName}&apos;!$5:$5</definedName>`);
    expect(wbXml).toMatch(new RegExp(`<definedName name="_xlnm.Print_Area" localSheetId="${was.length}">&apos;${recName.replace(/[()]/g, "\\$&")}&apos;!\\$A\\$1:\\$O\\$\\d+</definedName>`));
  });

  it("styles.xml and sharedStrings.xml only gain items: every existing index means what it meant", () => {
    const old = text(before, "xl/styles.xml");
    const now = text(after, "xl/styles.xml");
    for (const [section, item] of [
      ["numFmts", "numFmt"],
      ["fonts", "font"],
      ["fills", "fill"],
      ["borders", "border"],
      ["cellXfs", "xf"],
      ["dxfs", "dxf"],
      ["cellStyleXfs", "xf"],
    ]) {
      const was = records(old, section, item);
      expect(records(now, section, item).slice(0, was.length)).toEqual(was);
    }
    expect(Number(/<cellXfs count="(\d+)"/.exec(now)![1])).toBe(records(now, "cellXfs", "xf").length);
    const items = (xml: string) => xml.match(/<si>[\s\S]*?<\/si>/g)!;
    const oldStrings = items(text(before, "xl/sharedStrings.xml"));
    const newStrings = items(text(after, "xl/sharedStrings.xml"));
    expect(newStrings.length).toBeGreaterThan(oldStrings.length);
    expect(newStrings.slice(0, oldStrings.length)).toEqual(oldStrings);
    expect(Number(/uniqueCount="(\d+)"/.exec(text(after, "xl/sharedStrings.xml"))![1])).toBe(newStrings.length);
  });

  it("the new sheets read back with their values, formats, frozen header, table filter, print titles and state", async () => {
    const loaded = await loadWorkbookFile(out);
    expect(loaded.ownSheets).toEqual([recName]);
    expect(loaded.state.generatedSheets).toEqual([recName]);
    const { workbook } = await openWorkbook(out);
    const ws = workbook.getWorksheet(recName)!;
    expect(String(ws.getCell("A2").value)).toMatch(new RegExp(`^${GENERATED_MARKER}`));
    expect(ws.getRow(5).values).toEqual(expect.arrayContaining(["No", "NIP", "Nama", "Predikat", "Catatan"]));
    expect(ws.getCell("A1").font?.bold).toBe(true);
    expect(ws.getCell("A1").font?.size).toBe(14);
    expect(ws.getCell("B6").numFmt).toBe("@");
    expect(ws.getCell("F6").numFmt).toBe("0.00");
    expect(typeof ws.getCell("B6").value).toBe("string"); // NIP as text
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 5 });
    expect(ws.pageSetup.printTitlesRow).toBe("5:5");
    const headerFill = ws.getCell("Q5").fill as ExcelJS.FillPattern;
    expect(headerFill.fgColor?.argb).toBe("FF0F6CBD");
    const table = Object.values((ws as unknown as { tables: Record<string, { table: { name: string; ref?: string; tableRef?: string } }> }).tables)[0];
    expect(table.table.name).toBe("TabelRekomendasi");
    // The officer's sheets read exactly as from the input.
    const input0 = await loadWorkbookFile(input);
    expect(loaded.sheets.map(plainSheet)).toEqual(input0.sheets.map(plainSheet));
    expect(workbook.getWorksheet(SHEETS.dinas)!.getCell("B7").note).toBe((await openWorkbook(input)).workbook.getWorksheet(SHEETS.dinas)!.getCell("B7").note);
    const state = workbook.getWorksheet(STATE_SHEET_NAME)!;
    expect(state.state).toBe("veryHidden");
    expect(decodeState(sheetRows(worksheetToSheetData(state).values)).generatedSheets).toEqual([recName]);
  });

  it("the new sheet's table, drawing and chart are new parts beside the officer's, with unique ids", () => {
    const added = [...after.keys()].filter((n) => !before.has(n)).sort();
    expect(added).toEqual([
      "xl/charts/chart2.xml",
      "xl/drawings/_rels/drawing2.xml.rels",
      "xl/drawings/drawing2.xml",
      "xl/tables/table2.xml",
      "xl/worksheets/_rels/sheet3.xml.rels",
      "xl/worksheets/sheet3.xml",
      "xl/worksheets/sheet4.xml",
    ]);
    const tableId = (xml: string) => /<table\b[^>]*\sid="(\d+)"/.exec(xml)![1];
    expect(tableId(text(before, "xl/tables/table1.xml"))).toBe("1");
    expect(tableId(text(after, "xl/tables/table2.xml"))).toBe("2");
    expect(text(after, "xl/drawings/_rels/drawing2.xml.rels")).toContain('Target="../charts/chart2.xml"');
    expect(text(after, "[Content_Types].xml")).toContain('<Override PartName="/xl/charts/chart2.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>');
  });

  it("run again on the copy: both sheets are replaced in place (same name, position, part), nothing grows, the officer's parts stay", async () => {
    const again = join(dir, "lagi.xlsx");
    const { lines } = await runRekomendasi(out, { output: again, today: SAMPLE_TODAY });
    expect(lines).toContain("Lembar rekomendasi lama buatan add-in diganti.");
    expect(lines.some((l) => l.startsWith("PERHATIAN"))).toBe(false);
    const second = await partsOf(again);
    expect(sheetEntries(text(second, "xl/workbook.xml"))).toEqual(sheetEntries(text(after, "xl/workbook.xml")));
    expect([...second.keys()].sort()).toEqual([...after.keys()].sort());
    expect(text(second, "xl/styles.xml")).toBe(text(after, "xl/styles.xml"));
    // Regenerating from the same data reuses the same strings: the table does not grow.
    expect(text(second, "xl/sharedStrings.xml").match(/<si>/g)).toHaveLength(text(after, "xl/sharedStrings.xml").match(/<si>/g)!.length);
    expect(text(second, "xl/workbook.xml").match(/_xlnm.Print_Titles/g)).toHaveLength(2);
    // The regenerated table keeps its name, so formulas that name it keep working.
    expect(text(second, "xl/tables/table2.xml")).toContain('name="TabelRekomendasi"');
    expectUntouched(before, second);
  });
});

describe("regenerating over what the officer added to the generated sheet", () => {
  it("a PivotTable placed on the old recommendation sheet is named in the warning; the workbook's pivot cache and calcChain are handled", async () => {
    const first = join(dir, "dasar.xlsx");
    await runRekomendasi(join(SAMPLES, FILES.dinasBersih), { output: first, today: SAMPLE_TODAY });
    const zip = await JSZip.loadAsync(readFileSync(first));
    const wbXml = await zip.file("xl/workbook.xml")!.async("string");
    const rid = new RegExp(`<sheet name="${REC}"[^>]*r:id="([^"]+)"`).exec(wbXml)![1];
    const target = new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"`).exec(await zip.file("xl/_rels/workbook.xml.rels")!.async("string"))![1];
    const relsPath = `xl/worksheets/_rels/${target.split("/").pop()}.rels`;
    zip.file(relsPath, (await zip.file(relsPath)!.async("string")).replace("</Relationships>", `<Relationship Id="rIdPt" Type="${REL}/pivotTable" Target="../pivotTables/pivotTable1.xml"/></Relationships>`));
    zip.file("xl/pivotTables/pivotTable1.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<pivotTableDefinition xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" name="P" cacheId="1"/>`);
    zip.file("xl/calcChain.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><c r="A1" i="2"/></calcChain>`);
    zip.file("xl/_rels/workbook.xml.rels", (await zip.file("xl/_rels/workbook.xml.rels")!.async("string")).replace("</Relationships>", `<Relationship Id="rIdCalc" Type="${REL}/calcChain" Target="calcChain.xml"/></Relationships>`));
    let types = await zip.file("[Content_Types].xml")!.async("string");
    types = addOverride(types, "xl/pivotTables/pivotTable1.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.pivotTable+xml");
    types = addOverride(types, "xl/calcChain.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml");
    zip.file("[Content_Types].xml", types);
    const edited = join(dir, "dasar-diubah.xlsx");
    writeFileSync(edited, await zip.generateAsync({ type: "nodebuffer" }));

    const again = join(dir, "dasar-lagi.xlsx");
    const { lines } = await runRekomendasi(edited, { output: again, today: SAMPLE_TODAY });
    expect(lines.filter((l) => l.startsWith("PERHATIAN"))).toEqual([
      `PERHATIAN: berkas asli memuat PivotTable yang tidak ikut tersalin ke ${again} (berkas asli tetap utuh). Untuk menyimpan semuanya, buat lembar rekomendasi dari panel di Excel.`,
    ]);
    const out = await partsOf(again);
    expect(out.has("xl/pivotTables/pivotTable1.xml")).toBe(false);
    expect(out.has("xl/calcChain.xml")).toBe(false);
    expect(text(out, "xl/_rels/workbook.xml.rels")).not.toContain("calcChain");
    expect(text(out, "[Content_Types].xml")).not.toMatch(/pivotTable1|calcChain/);
    expect((await loadWorkbookFile(again)).ownSheets).toEqual([REC]);
  });
});

describe(".xlsm in, .xlsm out", () => {
  it("keeps the macros and the macro-enabled workbook type", async () => {
    const input = join(dir, "makro.xlsm");
    await officerWorkbook(input, true);
    const out = join(dir, "makro-hasil.xlsm");
    await runRekomendasi(input, { output: out, today: SAMPLE_TODAY });
    const before = await partsOf(input);
    const after = await partsOf(out);
    expectUntouched(before, after);
    expect(after.get("xl/vbaProject.bin")!.equals(before.get("xl/vbaProject.bin")!)).toBe(true);
    expect(text(after, "[Content_Types].xml")).toContain('<Override PartName="/xl/workbook.xml" ContentType="application/vnd.ms-excel.sheet.macroEnabled.main+xml"/>');
    expect(text(after, "xl/_rels/workbook.xml.rels")).toContain('Target="vbaProject.bin"');
    expect((await loadWorkbookFile(out)).ownSheets).toHaveLength(1);
  });

  it("refuses an .xlsx OUT for an .xlsm input, and an .xlsm OUT for an .xlsx input: nothing written", async () => {
    const macro = join(dir, "makro2.xlsm");
    await officerWorkbook(macro, true);
    const wrong = join(dir, "makro2-hasil.xlsx");
    await expect(runRekomendasi(macro, { output: wrong, today: SAMPLE_TODAY })).rejects.toThrow(
      `Berkas masukan memuat makro (.xlsm), jadi hasilnya harus bernama .xlsm agar makronya tetap ada dan Excel mau membukanya, misalnya -o ${join(dir, "makro2-hasil")}.xlsm. Tidak ada berkas yang dibuat.`,
    );
    expect(existsSync(wrong)).toBe(false);
    const plain = join(dir, "biasa.xlsx");
    copyFileSync(join(SAMPLES, FILES.dinasBersih), plain);
    const wrong2 = join(dir, "biasa-hasil.xlsm");
    await expect(runRekomendasi(plain, { output: wrong2, today: SAMPLE_TODAY })).rejects.toThrow(/tidak memuat makro, jadi hasilnya harus bernama \.xlsx/);
    expect(existsSync(wrong2)).toBe(false);
  });
});
