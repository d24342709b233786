/**
 * The sample workbooks in samples/ (written by scripts/make-samples.ts): the clean files give no
 * findings, the problem files give exactly the problems planted in scripts/sample-data.ts, the
 * README lists every planted problem, and the committed files are what the script writes.
 */
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { loadWorkbookFile, LoadedWorkbook, openWorkbook, validateLoaded, writeRecommendationFile } from "../../src/xlsx";
import { DEFAULT_SETTINGS, parseSettings, RULE_CATALOGUE, SheetModel, Settings, ValidationReport } from "../../src/workbook";
import { tableRows } from "../../src/workbook/table-rows";
import { writeSamples } from "../../scripts/make-samples";
import {
  BLANK_ROW_BEFORE_EMPLOYEE,
  DINAS_LAYOUT,
  FILES,
  FORMULA_LIKE_NAME,
  PLANTED_PROBLEMS,
  PlantedProblem,
  SAMPLE_TODAY,
  SHEETS,
} from "../../scripts/sample-data";
import { sheetRows } from "../../src/workbook";

const SAMPLES = join(__dirname, "..", "..", "samples");
const today = SAMPLE_TODAY;

function settings(input: object): Settings {
  const parsed = parseSettings(input);
  if (!parsed.ok) throw new Error(parsed.messages.join("; "));
  return parsed.settings;
}

const cache = new Map<string, Promise<LoadedWorkbook>>();
function load(file: string): Promise<LoadedWorkbook> {
  if (!cache.has(file)) cache.set(file, loadWorkbookFile(join(SAMPLES, file)));
  return cache.get(file)!;
}

/** ExcelJS's model of a sample, for what the engine does not read (merges as written, formulas). */
async function excelModel(file: string): Promise<ExcelJS.Workbook> {
  return (await openWorkbook(join(SAMPLES, file))).workbook;
}

async function reports(file: string, s: Settings): Promise<ValidationReport[]> {
  const validation = validateLoaded(await load(file), s, today);
  expect(validation.fileFindings).toEqual([]);
  return [...validation.reports];
}

function report(all: readonly ValidationReport[], sheet: string): ValidationReport {
  const r = all.find((x) => x.sheet === sheet);
  if (!r) throw new Error(`no report for sheet ${sheet}; got ${all.map((x) => x.sheet).join(", ")}`);
  return r;
}

const key = (p: { sheet: string; cell: string; code: string }) => `${p.sheet}!${p.cell} ${p.code}`;
const planted = (file: string, sheet?: string): PlantedProblem[] => PLANTED_PROBLEMS.filter((p) => p.file === file && (sheet === undefined || p.sheet === sheet));

/** Finding codes that cannot occur in a PP 30/2019 employee sheet: other rule sets, IKU sheets, no table at all. */
// TEKS_TERSEMBUNYI (invisible characters from personnel exports) is planted in samples/nyata.
const NOT_PP30_PEGAWAI = new Set(["TEKS_TERSEMBUNYI", "TABEL_TIDAK_DITEMUKAN", "RATING_TIDAK_DIKENAL", "DISTRIBUSI_KURVA", "PREDIKAT_ORGANISASI_TIDAK_SAH", "DISTRIBUSI_SERI"]);

describe("dinas-bersih.xlsx (PP 30/2019)", () => {
  it("has no findings", async () => {
    const all = await reports(FILES.dinasBersih, DEFAULT_SETTINGS);
    expect(all.map((r) => r.sheet)).toEqual([SHEETS.dinas]);
    expect(all[0].findings).toEqual([]);
  });

  it("is detected as laid out: two-row header, column numbers, subtotals and note skipped, 320 employees in 6 units", async () => {
    const loaded = await load(FILES.dinasBersih);
    const r = report(await reports(FILES.dinasBersih, DEFAULT_SETTINGS), SHEETS.dinas);
    const sheet = loaded.sheets.find((s) => s.name === SHEETS.dinas)!;
    expect(sheet.startRow).toBe(0);
    expect(r.layout?.kind).toBe("pegawai");
    expect(r.layout?.headerRow).toBe(DINAS_LAYOUT.headerRow - 1);
    expect(r.layout?.headerRows).toBe(2);
    expect(r.layout?.columns).toEqual({
      nip: 1,
      nama: 2,
      jabatan: 3,
      unit: 4,
      jenisJabatan: 5,
      nilaiSkp: 6,
      nilaiPerilaku: 7,
      nilaiKinerja: 8,
      predikat: 9,
      inovasi: 10,
      predikatTahunLalu: 11,
      potensial: 12,
      kotakTalenta: 13,
    });
    const lastEmployee = DINAS_LAYOUT.firstEmployeeRow + DINAS_LAYOUT.employees - 1; // Excel row
    expect(r.skipped).toEqual([
      { row: DINAS_LAYOUT.columnNumberRow - 1, reason: "nomor-kolom" },
      { row: lastEmployee, reason: "subtotal" }, // Jumlah (0-based row = Excel row − 1)
      { row: lastEmployee + 1, reason: "subtotal" }, // Rata-rata
      { row: lastEmployee + 2, reason: "tanda-tangan" }, // "Keterangan: …" note
    ]);
    expect(r.rowsChecked).toBe(DINAS_LAYOUT.employees);
    expect(r.rowsChecked).toBeGreaterThanOrEqual(300);

    // The table ends at the blank row above the signature block; nothing below it looks like data.
    const model = new SheetModel(sheet, r.layout!);
    const rows = tableRows(sheet, r.layout!);
    expect(rows.endRow).toBe(lastEmployee + 3);
    expect(rows.dataAfterEnd).toEqual([]);
    const below = sheetRows(sheet.values).slice(rows.endRow! + 1).flat().map(String).join(" | ");
    expect(below).toContain("Mengetahui,");
    expect(below).toContain("Kepala Badan");
    expect(below).toMatch(/NIP\. \d{8} \d{6} \d \d{3}/);

    const units = new Set(model.rows.dataRows.map((q) => model.text(q, "unit")));
    expect(units.size).toBeGreaterThanOrEqual(5);
    for (const u of ["Sekretariat", "Bidang Mutasi dan Promosi", "Bidang Pengembangan Kompetensi", "Bidang Penilaian Kinerja dan Penghargaan", "UPT Assessment Center"]) {
      expect(units).toContain(u);
    }
  });

  it("stores NIP as text, uses a merged two-row header and exercises the innovation rule", async () => {
    const loaded = await load(FILES.dinasBersih);
    expect(loaded.sheets.map((s) => s.name)).toContain(SHEETS.dinas);
    const ws = (await excelModel(FILES.dinasBersih)).getWorksheet(SHEETS.dinas)!;
    const merges = (ws.model as unknown as { merges: string[] }).merges;
    expect(merges).toEqual(expect.arrayContaining(["G4:H4", "B4:B5", "I4:I5"]));
    const nips = new Set<string>();
    const scores: number[] = [];
    let baikAt110 = 0;
    let sangatBaik = 0;
    for (let r = DINAS_LAYOUT.firstEmployeeRow; r < DINAS_LAYOUT.firstEmployeeRow + DINAS_LAYOUT.employees; r++) {
      const nip = ws.getCell(`B${r}`);
      expect(typeof nip.value).toBe("string");
      expect(nip.numFmt).toBe("@");
      nips.add(nip.value as string);
      const akhir = ws.getCell(`I${r}`).value as ExcelJS.CellFormulaValue;
      expect(akhir.formula).toBe(`ROUND(G${r}*0.7+H${r}*0.3,2)`);
      const score = akhir.result as number;
      scores.push(score);
      const predikat = ws.getCell(`J${r}`).value;
      if (score >= 110 && predikat === "Baik" && ws.getCell(`K${r}`).value === null) baikAt110++;
      if (predikat === "Sangat Baik") sangatBaik++;
    }
    expect(nips.size).toBe(DINAS_LAYOUT.employees);
    expect(baikAt110).toBeGreaterThan(0);
    expect(sangatBaik).toBeGreaterThan(0);
    expect(scores.filter((s) => s >= 85 && s <= 115).length / scores.length).toBeGreaterThan(0.8);
    const low = scores.filter((s) => s < 70).length;
    expect(low).toBeGreaterThan(0);
    expect(low / scores.length).toBeLessThan(0.1);
  });
});

describe("dinas-bermasalah.xlsx (PP 30/2019)", () => {
  it("yields exactly the planted problems, no more and no fewer", async () => {
    const all = await reports(FILES.dinasBermasalah, DEFAULT_SETTINGS);
    expect(all.map((r) => r.sheet)).toEqual([SHEETS.dinas, SHEETS.susulan]);
    const found = all.flatMap((r) => r.findings.map(key)).sort();
    expect(found).toEqual(planted(FILES.dinasBermasalah).map(key).sort());
  });

  it("plants every finding code that applies to a PP 30/2019 employee sheet", () => {
    const applicable = RULE_CATALOGUE.filter((r) => r.appliesTo !== "iku" && !NOT_PP30_PEGAWAI.has(r.code)).map((r) => r.code);
    const codes = new Set(planted(FILES.dinasBermasalah).map((p) => p.code));
    expect(applicable.filter((c) => !codes.has(c))).toEqual([]);
    for (const c of codes) expect(RULE_CATALOGUE.map((r) => r.code)).toContain(c);
  });

  it("checks the rows above the inserted blank row only", async () => {
    const r = report(await reports(FILES.dinasBermasalah, DEFAULT_SETTINGS), SHEETS.dinas);
    expect(r.rowsChecked).toBe(BLANK_ROW_BEFORE_EMPLOYEE - 1);
  });

  it("keeps a name typed as =HYPERLINK(…) as text, without a finding, in the recommendation sheet too", async () => {
    expect((await excelModel(FILES.dinasBermasalah)).getWorksheet(SHEETS.dinas)!.getCell(FORMULA_LIKE_NAME.cell).value).toBe(FORMULA_LIKE_NAME.value);
    const dir = mkdtempSync(join(tmpdir(), "kinerja-samples-"));
    try {
      const out = join(dir, "rekomendasi.xlsx");
      const result = await writeRecommendationFile(join(SAMPLES, FILES.dinasBermasalah), out, DEFAULT_SETTINGS, { today });
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(out);
      const ws = wb.getWorksheet(result.build.plan.sheetName)!;
      const hits: ExcelJS.Cell[] = [];
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          if (cell.value === FORMULA_LIKE_NAME.value) hits.push(cell);
          expect(cell.formula).toBeUndefined();
        }),
      );
      expect(hits).toHaveLength(1);
      expect(hits[0].type).toBe(ExcelJS.ValueType.String);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("iku-kemenkeu.xlsx", () => {
  it(`sheet "${SHEETS.iku}" has no findings (also under aturan KEMENKEU)`, async () => {
    for (const s of [DEFAULT_SETTINGS, settings({ aturan: "KEMENKEU" })]) {
      const r = report(await reports(FILES.iku, s), SHEETS.iku);
      expect(r.layout?.kind).toBe("iku");
      expect(r.findings).toEqual([]);
      expect(r.rowsChecked).toBe(29);
      expect(r.skipped.every((x) => x.reason === "subtotal")).toBe(true);
    }
  });

  it(`sheet "${SHEETS.ikuBermasalah}" yields exactly its planted problems`, async () => {
    const r = report(await reports(FILES.iku, DEFAULT_SETTINGS), SHEETS.ikuBermasalah);
    expect(r.findings.map(key).sort()).toEqual(planted(FILES.iku, SHEETS.ikuBermasalah).map(key).sort());
  });

  it("plants every IKU finding code", () => {
    const codes = new Set(planted(FILES.iku).map((p) => p.code));
    const iku = RULE_CATALOGUE.filter((r) => r.appliesTo === "iku").map((r) => r.code);
    expect(iku.filter((c) => !codes.has(c))).toEqual([]);
  });
});

describe("polri.xlsx", () => {
  it("has no findings under aturan POLRI", async () => {
    const r = report(await reports(FILES.polri, settings({ aturan: "POLRI" })), SHEETS.polri);
    expect(r.findings).toEqual([]);
    expect(r.rowsChecked).toBe(50);
    expect(r.layout?.columns.nip).toBeDefined();
  });

  it("puts final scores on the band edges (rounded half up)", async () => {
    const ws = (await excelModel(FILES.polri)).getWorksheet(SHEETS.polri)!;
    const pairs: [number, unknown][] = [];
    for (let r = 6; r < 56; r++) pairs.push([(ws.getCell(`I${r}`).value as ExcelJS.CellFormulaValue).result as number, ws.getCell(`J${r}`).value]);
    expect(pairs).toEqual(
      expect.arrayContaining([
        [80.5, "Sangat Baik"],
        [80.49, "Baik"],
        [70.5, "Baik"],
        [70.49, "Cukup"],
        [60.5, "Cukup"],
        [60.49, "Kurang"],
      ]),
    );
  });
});

describe("samples/README.md", () => {
  const readme = readFileSync(join(SAMPLES, "README.md"), "utf8");

  it("lists every sample file", () => {
    for (const f of Object.values(FILES)) expect(readme).toContain(f);
  });

  it("lists every planted problem with its sheet, cell and code on one line", () => {
    const lines = readme.split("\n");
    for (const p of PLANTED_PROBLEMS) {
      const line = lines.find((l) => l.includes(`| ${p.sheet} | ${p.cell} | \`${p.code}\` |`));
      expect(line).toBeDefined();
    }
    expect(readme).toContain(FORMULA_LIKE_NAME.cell);
  });
});

describe("scripts/make-samples.ts", () => {
  it("writes byte-identical files to the committed samples", async () => {
    const dir = mkdtempSync(join(tmpdir(), "kinerja-samples-"));
    try {
      const written = await writeSamples(dir);
      const sha = (path: string) => createHash("sha256").update(readFileSync(path)).digest("hex");
      for (const name of written) expect(`${name} ${sha(join(dir, name))}`).toBe(`${name} ${sha(join(SAMPLES, name))}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
