/**
 * Grafting sheets into packages other writers produce: parts in a prefixed namespace (<x:workbook>,
 * as the Open XML SDK writes), a package without styles.xml or sharedStrings.xml, and a name that
 * belongs to a sheet of the officer's.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { graftSheets } from "../../src/xlsx/package-graft";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const CT = "application/vnd.openxmlformats-officedocument.spreadsheetml";

async function scratchWith(name: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(name);
  ws.getCell("A1").value = "Halo";
  ws.getCell("A1").font = { bold: true };
  ws.getCell("B2").value = 0.25;
  ws.getCell("B2").numFmt = "0.0%";
  ws.pageSetup = { ...ws.pageSetup, printTitlesRow: "1:1" };
  return Buffer.from(await wb.xlsx.writeBuffer());
}

interface Options {
  readonly prefix: string;
  readonly styles: boolean;
}

/** A minimal package as another writer would produce it: one sheet "Data" with one number. */
async function officerPackage({ prefix: x, styles }: Options): Promise<Buffer> {
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="${CT}.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="${CT}.worksheet+xml"/>${styles ? `<Override PartName="/xl/styles.xml" ContentType="${CT}.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="${CT}.sharedStrings+xml"/>` : ""}</Types>`,
  );
  zip.file("_rels/.rels", `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="R1" Type="${REL}/officeDocument" Target="/xl/workbook.xml"/></Relationships>`);
  const ns = x ? `xmlns:${x.slice(0, -1)}="${MAIN}"` : `xmlns="${MAIN}"`;
  zip.file("xl/workbook.xml", `<?xml version="1.0" encoding="UTF-8"?><${x}workbook ${ns} xmlns:r="${REL}"><${x}sheets><${x}sheet name="Data" sheetId="1" r:id="R1"/></${x}sheets></${x}workbook>`);
  zip.file(
    "xl/_rels/workbook.xml.rels",
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="R1" Type="${REL}/worksheet" Target="/xl/worksheets/sheet1.xml"/>${styles ? `<Relationship Id="R2" Type="${REL}/styles" Target="/xl/styles.xml"/><Relationship Id="R3" Type="${REL}/sharedStrings" Target="/xl/sharedStrings.xml"/>` : ""}</Relationships>`,
  );
  zip.file("xl/worksheets/sheet1.xml", `<?xml version="1.0" encoding="UTF-8"?><${x}worksheet ${ns}><${x}sheetData><${x}row r="1"><${x}c r="A1" t="s"><${x}v>0</${x}v></${x}c><${x}c r="B1"><${x}v>7</${x}v></${x}c></${x}row></${x}sheetData></${x}worksheet>`);
  if (styles) {
    zip.file(
      "xl/styles.xml",
      `<?xml version="1.0" encoding="UTF-8"?><${x}styleSheet ${ns}><${x}fonts count="1"><${x}font><${x}sz val="10"/><${x}name val="Arial"/></${x}font></${x}fonts><${x}fills count="2"><${x}fill><${x}patternFill patternType="none"/></${x}fill><${x}fill><${x}patternFill patternType="gray125"/></${x}fill></${x}fills><${x}borders count="1"><${x}border/></${x}borders><${x}cellXfs count="1"><${x}xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></${x}cellXfs></${x}styleSheet>`,
    );
    zip.file("xl/sharedStrings.xml", `<?xml version="1.0" encoding="UTF-8"?><${x}sst ${ns} count="1" uniqueCount="1"><${x}si><${x}t>Pegawai</${x}t></${x}si></${x}sst>`);
  } else {
    zip.file("xl/worksheets/sheet1.xml", `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="B1"><v>7</v></c></row></sheetData></worksheet>`);
  }
  return zip.generateAsync({ type: "nodebuffer" });
}

async function part(bytes: Buffer, name: string): Promise<string> {
  return (await JSZip.loadAsync(bytes)).file(name)!.async("string");
}

describe("grafting into packages from other writers", () => {
  it("a package in a prefixed namespace gets prefixed elements: sheet, defined names, styles, strings", async () => {
    const original = await officerPackage({ prefix: "x:", styles: true });
    const { bytes } = await graftSheets(original, await scratchWith("Baru"), [{ name: "Baru" }]);
    const wb = await part(bytes, "xl/workbook.xml");
    expect(wb).toContain(`<x:sheet name="Data" sheetId="1" r:id="R1"/><x:sheet name="Baru" sheetId="2" r:id="rIdKinerja1"/></x:sheets>`);
    expect(wb).toContain(`<x:definedNames><x:definedName name="_xlnm.Print_Titles" localSheetId="1">&apos;Baru&apos;!$1:$1</x:definedName></x:definedNames></x:workbook>`);
    const styles = await part(bytes, "xl/styles.xml");
    expect(styles).toContain(`<x:numFmts count="1"><x:numFmt numFmtId="164" formatCode="0.0%"/></x:numFmts><x:fonts count="`);
    expect(styles).toMatch(/<x:font><x:b\/>/);
    expect(styles).not.toMatch(/<(font|xf|numFmt)\b/);
    const strings = await part(bytes, "xl/sharedStrings.xml");
    expect(strings).toContain(`count="2" uniqueCount="2"><x:si><x:t>Pegawai</x:t></x:si><x:si><x:t>Halo</x:t></x:si></x:sst>`);
    // The officer's sheet is untouched; the new one points at the appended string and style.
    expect(await part(bytes, "xl/worksheets/sheet1.xml")).toBe(await part(original, "xl/worksheets/sheet1.xml"));
    const sheet = await part(bytes, "xl/worksheets/sheet2.xml");
    expect(sheet).toMatch(/<c r="A1" s="1" t="s"><v>1<\/v><\/c>/);
  });

  it("a package without styles or shared strings gets the scratch's styles and a new string table, and reads back", async () => {
    const original = await officerPackage({ prefix: "", styles: false });
    const { bytes } = await graftSheets(original, await scratchWith("Baru"), [{ name: "Baru" }]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    expect(wb.getWorksheet("Data")!.getCell("B1").value).toBe(7);
    const ws = wb.getWorksheet("Baru")!;
    expect(ws.getCell("A1").value).toBe("Halo");
    expect(ws.getCell("A1").font?.bold).toBe(true);
    expect(ws.getCell("B2").numFmt).toBe("0.0%");
  });

  it("refuses to write a sheet under a name the officer's package already uses for a sheet of its own", async () => {
    const original = await officerPackage({ prefix: "", styles: true });
    await expect(graftSheets(original, await scratchWith("Data"), [{ name: "Data" }])).rejects.toThrow(/lembar "Data" sudah ada di berkas dan bukan lembar buatan add-in/);
  });
});
