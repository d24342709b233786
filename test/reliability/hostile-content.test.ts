/**
 * Hostile workbook content (issue 8): text that Excel would take for a formula, odd sheet names,
 * protected sheets and read-only workbooks, and used ranges far larger than any recap.
 */
import fc from "fast-check";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { clearMarks, markFindings, MAX_READ_CELLS, MAX_READ_ROWS, readSheet, selectAddress, WEB_PAYLOAD_BUDGET, writeSheetPlan } from "../../src/excel";
import { sheetNameProblem } from "@kinerja/office-double";
import { CellValue, DEFAULT_SETTINGS, MAX_SHEET_NAME, parseRef, safeSheetName, SheetWritePlan, uniqueSheetName, validateSheet } from "../../src/workbook";
import { writeRecommendationFile } from "../../src/xlsx";
import { xlsxText } from "../../src/xlsx/apply-plan";
import { analyseActiveSheet, Cancelled } from "../../src/taskpane/analyse";
import { officeWorkbookService } from "../../src/taskpane/services/workbook-service";
import { messageProblem, SEED } from "./cells";
import { employee, generate, HEADER, picture, planFor, recap, setupDouble, teardownDouble, TODAY } from "./workbook";
import { sheetRows } from "../../src/workbook";

afterEach(teardownDouble);

/** Text that starts the way a formula, an operator, a number or a hidden character does. */
const HOSTILE: readonly string[] = [
  "=1+1",
  "=HYPERLINK(\"http://contoh.invalid/?d=\"&A1,\"klik\")",
  "=cmd|' /C calc'!A0",
  "+62 812 3456 7890",
  "+1",
  "-5",
  "-abc",
  "--1",
  "@SUM(A1:A9)",
  "@",
  "\t=1+1",
  "\t95",
  "\r=1+1",
  "\r\n-2",
  " =1",
  "'=1+1",
  "''kutip",
  "95%",
  "1e3",
  "1.250.000",
  "TRUE",
  "false",
  "#N/A",
  "#DIV/0!",
  "0012",
  "٣=1",
  "\u202E=1+1",
  "\u200B=1",
  "😀=1",
];

/** A plan with one block of text at A1 and nothing formatted: the cells keep Excel's General format. */
function textPlan(rows: string[][], sheetName = "Uji Teks"): SheetWritePlan {
  return { sheetName, blocks: [{ row: 0, col: 0, values: rows }], formats: [], columnWidths: [], marker: { row: 0, col: 0, text: "" } };
}

const anyText = fc.oneof(
  fc.constantFrom(...HOSTILE),
  fc.string({ maxLength: 20, unit: "grapheme" }),
  fc.string({ maxLength: 20, unit: "binary" }),
  fc.tuple(fc.constantFrom("=", "+", "-", "@", "\t", "\r", "'", " ", "#", "%"), fc.string({ maxLength: 12 })).map(([a, b]) => a + b),
);

describe("text that starts like a formula is written as text", () => {
  it("through the Office.js adapter into General cells, read back as the same text (coerceStrings on)", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(anyText, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 4 }), async (raw) => {
        const width = raw[0].length;
        const rows = raw.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? "x"));
        const double = setupDouble(recap(), "Rekap 2025", { coerceStrings: true });
        try {
          await writeSheetPlan(textPlan(rows));
          const sheet = double.snapshot().sheets.find((s) => s.name === "Uji Teks")!;
          expect(sheet.formulas).toEqual({});
          expect(double.readValues(`'Uji Teks'!A1:${String.fromCharCode(64 + width)}${rows.length}`)).toEqual(rows);
        } finally {
          teardownDouble();
        }
      }),
      { seed: SEED, numRuns: 250 },
    );
  });

  it("in the recommendation sheet generated from a recap whose names and units are hostile", async () => {
    const rows = HOSTILE.map((text, i) => employee(i, { nama: text, unit: HOSTILE[(i + 7) % HOSTILE.length] }));
    const double = setupDouble(recap(rows), "Rekap 2025", { coerceStrings: true });
    const plan = await generate();
    const snap = double.snapshot();
    for (const sheet of snap.sheets) expect(sheet.formulas).toEqual({});
    // Every cell of every block reads back exactly as the engine planned it.
    for (const block of plan.blocks) {
      for (let r = 0; r < block.values.length; r++) {
        for (let c = 0; c < block.values[r].length; c++) {
          const planned = block.values[r][c];
          const address = `'${plan.sheetName}'!${String.fromCharCode(65 + block.col + c)}${block.row + r + 1}`;
          const got = double.readValues(address)[0][0];
          if (typeof planned === "string") expect(got).toBe(planned);
        }
      }
    }
    const names = double.readValues(`'${plan.sheetName}'!C6:C${5 + rows.length}`).map((r) => r[0]);
    expect(names.every((n) => typeof n === "string")).toBe(true);
    expect(names).toContain("=1+1");
    expect(names).toContain("@SUM(A1:A9)");
  });

  describe("through the .xlsx path: the recommendation file read back with ExcelJS", () => {
    let dir: string;
    beforeAll(() => {
      dir = mkdtempSync(join(tmpdir(), "kinerja-hostile-"));
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    const EXTRA = ["x\u0000y", "x\u0001y", "x\u000By", "x\uFFFEy", "a\r\nb", "_x0041_", "Nama\u007F", "\uD83D", "emoji 😀 \u202Eabc"];

    it("keeps every hostile text as a string, never a formula, exactly as typed", async () => {
      const texts = [...HOSTILE, ...EXTRA];
      const input = join(dir, "masukan.xlsx");
      const output = join(dir, "keluaran.xlsx");
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet("Rekap 2025");
      // As Excel would store it: characters XML cannot hold escaped as _xHHHH_.
      const source = recap(texts.map((t, i) => employee(i, { nama: t, unit: texts[(i + 5) % texts.length] })));
      source.forEach((row, r) => row.forEach((v, c) => (ws.getCell(r + 1, c + 1).value = typeof v === "string" ? xlsxText(v) : (v as ExcelJS.CellValue))));
      await wb.xlsx.writeFile(input);

      const result = await writeRecommendationFile(input, output, DEFAULT_SETTINGS, { today: TODAY });
      const back = new ExcelJS.Workbook();
      await back.xlsx.readFile(output);
      const sheet = back.getWorksheet(result.build.plan.sheetName)!;
      expect(sheet).toBeDefined();
      const planned = result.build.plan.blocks.find((b) => b.row === 4 && b.col === 0)!.values;
      for (let i = 0; i < texts.length; i++) {
        for (const col of [3, 4]) {
          const cell = sheet.getCell(6 + i, col);
          expect(cell.type).toBe(ExcelJS.ValueType.String);
          expect(cell.formula).toBeUndefined();
          expect(cell.value).toBe(planned[1 + i][col - 1]);
        }
      }
      // The officer's own sheet is copied with the same text too.
      const copy = back.getWorksheet("Rekap 2025")!;
      texts.forEach((t, i) => expect(copy.getCell(6 + i, 3).value).toBe(t));
      // No formula element anywhere in the generated sheet's XML.
      const zip = await JSZip.loadAsync(await back.xlsx.writeBuffer());
      const parts = Object.keys(zip.files).filter((p) => /^xl\/worksheets\/sheet\d+\.xml$/.test(p));
      for (const part of parts) expect(await zip.file(part)!.async("string")).not.toMatch(/<f[ >]/);
    });
  });
});

describe("sheet names", () => {
  const ODD_NAMES = [
    "Rekap 'Dinas' 2025",
    "O'Brien & Co.",
    "Data!A1",
    'Tab "kutip" #1',
    "Pegawai, Unit; Bidang",
    "A1",
    "R1C1",
    "C",
    "rc2",
    "TRUE",
    "Rekap 😀 2025",
    "رقم الموظف",
    "x".repeat(31),
    "%$&^()-_=+{}|~`",
    "Rekap.2025",
  ];

  it("safeSheetName always gives a name Excel accepts, never half an emoji, and is stable", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ maxLength: 60, unit: "binary" }), fc.string({ maxLength: 60, unit: "grapheme" }), fc.constantFrom("History", " history ", "'''", "[]", "a".repeat(29) + " 'b", "😀".repeat(20), "a'".repeat(20))),
        (wanted) => {
          const name = safeSheetName(wanted);
          expect(sheetNameProblem(name)).toBeNull();
          expect(name.length).toBeLessThanOrEqual(MAX_SHEET_NAME);
          expect(name).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
          expect(safeSheetName(name)).toBe(name);
        },
      ),
      { seed: SEED, numRuns: 2000 },
    );
  });

  it("uniqueSheetName never repeats an existing name in any case, and Excel accepts it", () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 40, unit: "grapheme" }),
        fc.array(fc.string({ maxLength: 35, unit: "grapheme" }), { maxLength: 6 }),
        fc.boolean(),
        (wanted, others, collide) => {
          const base = safeSheetName(wanted);
          const existing = collide ? [...others, base.toUpperCase(), `${base.slice(0, 27)} (2)`] : others;
          const name = uniqueSheetName(wanted, existing, "Rekomendasi");
          expect(sheetNameProblem(name)).toBeNull();
          expect(existing.map((n) => n.toLowerCase())).not.toContain(name.toLowerCase());
        },
      ),
      { seed: SEED, numRuns: 2000 },
    );
  });

  it("generated names can be created through the adapter's own calls in the double", async () => {
    const names = fc.sample(fc.string({ maxLength: 50, unit: "binary" }), { seed: SEED, numRuns: 60 }).map(safeSheetName);
    const double = setupDouble();
    for (const wanted of new Set(names.map((n) => n.toLowerCase()))) {
      const name = uniqueSheetName(wanted, double.sheetNames());
      await writeSheetPlan(textPlan([["isi"]], name));
      expect(double.sheetNames()).toContain(name);
    }
  });

  it.each(ODD_NAMES)("validate, mark, unmark, go to a cell and generate on a sheet named %j", async (name) => {
    const rows = recap();
    rows[7][1] = 198001012005011000; // an NIP stored as a number: a finding to mark
    const double = setupDouble(rows, name);
    // The sheet as it was, apart from where the cursor is (going to a finding moves it).
    const sheetNow = () => JSON.stringify({ ...double.snapshot().sheets.find((s) => s.name === name), selection: undefined });
    const before = sheetNow();
    const read = await readSheet();
    expect(read.sheet.name).toBe(name);
    const report = validateSheet(read.sheet, { today: TODAY });
    expect(report.findings.length).toBeGreaterThan(0);
    for (const f of report.findings) expect(parseRef(f.address)?.sheet).toBe(name);

    await markFindings(report.findings);
    const marked = parseRef(report.findings[0].address)!;
    expect(double.getSheetGrid(name).fills[marked.row][marked.col]).not.toBeNull();
    await clearMarks();
    expect(sheetNow()).toBe(before);

    await selectAddress(report.findings[0].address);
    expect(parseRef(double.selection)).toEqual(parseRef(report.findings[0].address));

    const plan = await generate(name);
    expect(String(double.readValues(`'${plan.sheetName}'!A2`)[0][0])).toContain(`"${name}"`);
    const again = await planFor(name);
    expect(again.replaces).toBe(plan.sheetName);
    await writeSheetPlan(again);
    expect(double.sheetNames().filter((n) => n.startsWith("Rekomendasi"))).toEqual([plan.sheetName]);
    expect(sheetNow()).toBe(before);
  });

  it("column names with quotes, brackets and symbols are recognised and the flows run", async () => {
    const rows = recap();
    rows[3] = ["No.", "NIP [18 digit]", 'Nama "lengkap"', "Unit Kerja 'induk'", "Nilai (0–120)", null, "Nilai Akhir = SKP×70%", "Predikat*", "Potensial?", "Predikat Tahun Lalu / 2024"];
    const double = setupDouble(rows);
    const read = await readSheet();
    const report = validateSheet(read.sheet, { today: TODAY });
    expect(report.layout?.kind).toBe("pegawai");
    const plan = await generate();
    expect(double.readValues(`'${plan.sheetName}'!C6`)).toEqual([["Pegawai 1"]]);
    expect(double.snapshot().sheets.every((sh) => Object.keys(sh.formulas).length === 0)).toBe(true);
  });

  it("never takes a user's sheet whose name matches in any case, nor its numbered forms", async () => {
    const double = setupDouble();
    double.addSheet("REKOMENDASI PENGHARGAAN 2025", [["catatan petugas"]]);
    double.addSheet("rekomendasi 2025 (2)", [["catatan lain"]]);
    double.addSheet("Rekomendasi 2025 (3)", [["dan lagi"]]);
    const userSheets = () => double.snapshot().sheets.filter((s) => s.name !== "_KinerjaASN" && !/^Rekomendasi 2025 \(4\)$/.test(s.name));
    const before = JSON.stringify(userSheets());
    const plan = await generate();
    expect(plan.sheetName).toBe("Rekomendasi 2025 (4)");
    expect(JSON.stringify(userSheets())).toBe(before);
  });
});

describe("protected sheets and read-only workbooks: a plain message, nothing changed", () => {
  const plain = (error: unknown): string => {
    const message = (error as Error).message;
    expect(messageProblem(message)).toBeUndefined();
    expect(message).not.toMatch(/AccessDenied|GeneralException|at \S+\.ts|Error:/);
    return message;
  };

  async function findings() {
    const read = await readSheet();
    return validateSheet(read.sheet, { today: TODAY }).findings;
  }

  function withFinding() {
    const rows = recap();
    rows[7][1] = 198001012005011000;
    return rows;
  }

  it("a read-only workbook can be validated, and refuses marking, unmarking and generating without changing anything", async () => {
    const double = setupDouble(withFinding());
    await markFindings(await findings()); // marks from an earlier session, before the file became read-only
    double.setReadOnly(true);
    const before = picture(double);
    const list = await findings();
    expect(list.length).toBeGreaterThan(0);
    for (const action of [() => markFindings(list), () => clearMarks(), () => generate()]) {
      const error = await action().then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeDefined();
      expect(plain(error)).toMatch(/hanya-baca|diproteksi/);
      expect(picture(double)).toBe(before);
    }
  });

  it("a protected source sheet can be validated and refuses marks with a plain message, changing nothing", async () => {
    const double = setupDouble(withFinding());
    double.setSheetProtected("Rekap 2025", true);
    const before = picture(double);
    const read = await readSheet();
    expect(read.protected).toBe(true);
    const list = validateSheet(read.sheet, { today: TODAY }).findings;
    const error = await markFindings(list).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(plain(error)).toMatch(/diproteksi/);
    expect(picture(double)).toBe(before);
  });

  it("marks made before the sheet was protected cannot be removed, and stay on record", async () => {
    const double = setupDouble(withFinding());
    await markFindings(await findings());
    double.setSheetProtected("Rekap 2025", true);
    const before = picture(double);
    const error = await clearMarks().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(plain(error)).toMatch(/diproteksi/);
    expect(picture(double)).toBe(before);
  });

  it("a protected workbook structure refuses the first marks (the state sheet cannot be added) and generating, changing nothing", async () => {
    const double = setupDouble(withFinding());
    const list = await findings();
    double.setWorkbookProtected(true);
    const before = picture(double);
    for (const action of [() => markFindings(list), () => generate()]) {
      const error = await action().then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(plain(error)).toMatch(/diproteksi/);
      expect(picture(double)).toBe(before);
    }
  });

  it("regenerating over the add-in's own sheet in a protected workbook changes nothing", async () => {
    const double = setupDouble();
    await generate();
    double.setWorkbookProtected(true);
    const before = picture(double);
    const error = await generate().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(plain(error)).toMatch(/diproteksi/);
    expect(picture(double)).toBe(before);
  });
});

describe("very large used ranges", () => {
  it(`refuses a 1,000,000-row used range up front (one request, nothing read) with where it ends and what to do`, async () => {
    const rows: CellValue[][] = recap();
    const double = setupDouble(rows);
    double.setCells("Rekap 2025", "J1000000", [["sisa"]]);
    double.resetCounters();
    const error = await readSheet().then(
      () => undefined,
      (e: unknown) => e as { message: string; outcome?: string; code?: string },
    );
    expect(error?.code).toBe("SheetTooLarge");
    expect(error?.message).toMatch(/1\.000\.000 baris/);
    expect(error?.message).toContain("J1000000");
    expect(error?.message).toMatch(/300\.000 baris/);
    expect(error?.outcome).toBe("Buku kerja tidak berubah.");
    expect(messageProblem(error?.message)).toBeUndefined();
    // One request, which only loaded the workbook's shape: nothing written, no values read.
    expect(double.syncCount).toBe(1);
    expect(double.syncLog[0]).toMatchObject({ writes: 0, applied: 0 });
    expect(double.syncLog[0].responseBytes).toBeLessThan(10_000);
  });

  it("refuses a used range that runs to the last column (more cells than the limit)", async () => {
    const rows = recap([...Array(400).keys()].map((i) => employee(i)));
    const double = setupDouble(rows);
    double.setCells("Rekap 2025", "XFD1", [["x"]]);
    expect(405 * 16_384).toBeGreaterThan(MAX_READ_CELLS);
    await expect(readSheet()).rejects.toMatchObject({ code: "SheetTooLarge", message: expect.stringContaining("16.384 kolom sampai sel XFD405") });
  });

  it(`reads ${MAX_READ_ROWS.toLocaleString("en")} rows (the limit) in chunks, each request under the web payload limit`, async () => {
    const rows: CellValue[][] = [...HEADER.map((r) => r.slice(0, 4)), ...Array.from({ length: MAX_READ_ROWS - HEADER.length }, (_, i) => [i + 1, `1980010120050110${String(i % 100).padStart(2, "0")}`, `P${i}`, 100])];
    const double = setupDouble(rows);
    const heapBefore = process.memoryUsage().heapUsed;
    const read = await readSheet(undefined, WEB_PAYLOAD_BUDGET);
    expect(read.sheet.values).toHaveLength(MAX_READ_ROWS);
    expect(sheetRows(read.sheet.values)[MAX_READ_ROWS - 1][2]).toBe(`P${MAX_READ_ROWS - HEADER.length - 1}`);
    expect(double.syncCount).toBeGreaterThan(2);
    for (const s of double.syncLog) expect(Math.max(s.requestBytes, s.responseBytes)).toBeLessThan(5_000_000);
    // The values of 1.2 million cells, not copies of the whole sheet per chunk.
    expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(600 * 1024 * 1024);
  });

  it("keeps the pane responsive: timers run between read chunks, and a cancel lands before validation", async () => {
    const rows = recap([...Array(20_000).keys()].map((i) => employee(i)));
    setupDouble(rows, "Rekap 2025", { latencyMs: 1 });
    let ticks = 0;
    const timer = setInterval(() => ticks++, 0);
    try {
      const steps: string[] = [];
      let cancelled = false;
      setTimeout(() => (cancelled = true), 0);
      await expect(
        analyseActiveSheet(officeWorkbookService, DEFAULT_SETTINGS, { onStep: (s) => steps.push(s), isCancelled: () => cancelled }),
      ).rejects.toBeInstanceOf(Cancelled);
      expect(ticks).toBeGreaterThan(0);
      expect(steps[0]).toBe("reading");

      // Without a cancel it completes, and the event loop turned while it ran.
      const before = ticks;
      const analysis = await analyseActiveSheet(officeWorkbookService, DEFAULT_SETTINGS, {});
      expect(analysis.report?.rowsChecked).toBe(20_000);
      expect(ticks).toBeGreaterThan(before);
    } finally {
      clearInterval(timer);
    }
  });
});
