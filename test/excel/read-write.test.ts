import { readSheet, writeSheetPlan, selectAddress, insertFormula, WEB_PAYLOAD_BUDGET } from "../../src/excel";
import { jsonSize } from "../../src/excel/payload";
import { rowsForNextChunk } from "../../src/excel/read-sheet";
import { buildRecommendation, CellValue, DEFAULT_SETTINGS, detectTable, SheetModel, validateSheet } from "../../src/workbook";
import { REKAP, setup, teardown } from "./support";
import { sheetRows } from "../../src/workbook";

const TODAY = new Date("2026-11-24T00:00:00Z");

afterEach(teardown);

describe("reading the active sheet", () => {
  it("takes two syncs and returns the used range as plain values with errors as { error }", async () => {
    const rows = REKAP.map((r) => [...r]);
    rows[8][5] = { error: "#N/A" };
    const double = setup(rows);
    const read = await readSheet();
    expect(double.syncCount).toBe(2);
    expect(read.sheet.name).toBe("Rekap 2025");
    expect(read.sheet.startRow).toBe(0);
    expect(sheetRows(read.sheet.values)[5][1]).toBe("198001012005011001");
    expect(sheetRows(read.sheet.values)[7][1]).toBe(198001012005011000);
    expect(sheetRows(read.sheet.values)[8][5]).toEqual({ error: "#N/A" });
    expect(sheetRows(read.sheet.values)[2][0]).toBeNull();
    expect(read.info.ownSheets).toEqual([]);
  });

  it("finds the same problems the engine finds in a file", async () => {
    setup();
    const read = await readSheet();
    const report = validateSheet(read.sheet, { today: TODAY });
    expect(report.findings.map((f) => [f.code, f.address])).toEqual([
      ["NIP_ANGKA", "'Rekap 2025'!B8"],
      ["NILAI_GABUNGAN_TIDAK_SESUAI", "'Rekap 2025'!G9"],
    ]);
  });

  it("keeps the number of syncs independent of the row count on desktop, and bounded by payload on the web", async () => {
    const big = [REKAP[3], REKAP[4]];
    for (let i = 0; i < 50_000; i++) big.push([i + 1, `19800101200501${String(1000 + (i % 9000))}`.slice(0, 18), `Pegawai ${i}`, "Unit A", 100, 100, 100, "Baik", "Tinggi", "Baik"]);
    const web = setup(big, "Besar");
    const readWeb = await readSheet(undefined, WEB_PAYLOAD_BUDGET);
    expect(readWeb.sheet.values).toHaveLength(50_002);
    for (const s of web.syncLog) expect(Math.max(s.requestBytes, s.responseBytes)).toBeLessThan(5_000_000);
    const webSyncs = web.syncCount;
    teardown();
    const desktop = setup(big, "Besar", { platform: "PC" });
    await readSheet(undefined, Number.POSITIVE_INFINITY);
    expect(desktop.syncCount).toBe(2);
    expect(webSyncs).toBe(Math.ceil(jsonSize(readWeb.sheet.values) / WEB_PAYLOAD_BUDGET) + 1);
  });

  /** A recap whose rows may carry a long remark further down, placed `offset` blank rows and columns from A1. */
  function recap(rows: number, remark: (i: number) => string | null, offset = 0): CellValue[][] {
    const pad = (r: CellValue[]) => [...new Array<CellValue>(offset).fill(null), ...r];
    const out: CellValue[][] = [...new Array(offset)].map(() => pad([null]));
    out.push(pad([...REKAP[3], "Catatan"]), pad([...REKAP[4], null]));
    for (let i = 0; i < rows; i++) out.push(pad([i + 1, `19800101200501${String(1000 + (i % 9000))}`, `Pegawai ${i}`, "Unit A", 100, 100, 100, "Baik", "Tinggi", "Baik", remark(i)]));
    return out;
  }

  async function readOnWeb(rows: CellValue[][]) {
    const web = setup(rows, "Besar");
    const read = await readSheet(undefined, WEB_PAYLOAD_BUDGET);
    const filled = rows.filter((r) => r.some((v) => v !== null));
    const firstColumn = Math.min(...filled.map((r) => r.findIndex((v) => v !== null)));
    expect(read.sheet.values).toEqual(filled.map((r) => r.slice(firstColumn)));
    expect(read.syncs).toBe(web.syncCount);
    for (const s of web.syncLog.filter((x) => x.ok)) expect(Math.max(s.requestBytes, s.responseBytes)).toBeLessThan(5_000_000);
    return { syncs: read.syncs, needed: Math.ceil(jsonSize(read.sheet.values) / WEB_PAYLOAD_BUDGET) + 1, refused: web.syncLog.filter((x) => !x.ok).length };
  }

  it.each([
    ["10,000 rows", recap(10_000, () => null)],
    ["60,000 rows", recap(60_000, () => null)],
    ["60,000 rows with a remark on every row", recap(60_000, (i) => `Catatan pembinaan pegawai nomor ${i}`)],
  ])("reads %s on the web in ⌈bytes ÷ budget⌉ + 1 syncs, the chunks sized from a sample of the top-left cells", async (_what, rows) => {
    const { syncs, needed, refused } = await readOnWeb(rows);
    expect(refused).toBe(0);
    expect(syncs).toBe(needed);
  });

  it("reads a table the sample does not reach (far from A1) in at most one sync more", async () => {
    const { syncs, needed, refused } = await readOnWeb(recap(40_000, () => null, 70));
    expect(refused).toBe(0);
    expect(syncs).toBeLessThanOrEqual(needed + 1);
  });

  it("asks again in halves when rows far longer than the sample's make a chunk too large for Excel on the web", async () => {
    const { syncs, needed, refused } = await readOnWeb(recap(40_000, (i) => (i < 50 ? null : "x".repeat(150))));
    expect(refused).toBeGreaterThan(0);
    expect(syncs).toBeLessThanOrEqual(needed + 2 * refused);
  });

  it("splits the rows left into equal chunks, as many as their weight needs", () => {
    expect(rowsForNextChunk(100_000, 100, 4_000_000)).toBe(33_334);
    expect(rowsForNextChunk(40_000, 100, 4_000_000)).toBe(40_000);
    expect(rowsForNextChunk(40_001, 100, 4_000_000)).toBe(20_001);
    expect(rowsForNextChunk(5, 10_000_000, 4_000_000)).toBe(1);
    expect(rowsForNextChunk(7, 100, Number.POSITIVE_INFINITY)).toBe(7);
    expect(rowsForNextChunk(0, 100, 4_000_000)).toBe(0);
  });
});

describe("writing the recommendation sheet", () => {
  async function plan() {
    const read = await readSheet();
    const layout = detectTable(read.sheet)!;
    return { read, build: buildRecommendation(new SheetModel(read.sheet, layout), DEFAULT_SETTINGS, read.info, TODAY) };
  }

  it("writes a complete sheet in two syncs (a fresh look at the workbook, then the sheet), text stays text, and the table, chart and freeze are there", async () => {
    const double = setup();
    const { build } = await plan();
    double.resetCounters();
    const result = await writeSheetPlan(build.plan);
    expect(result.sheetName).toBe("Rekomendasi Penghargaan 2025");
    expect(double.syncCount).toBe(2);
    const snap = double.snapshot();
    const sheet = snap.sheets.find((s) => s.name === "Rekomendasi Penghargaan 2025")!;
    expect(sheet).toBeDefined();
    expect(double.readValues("'Rekomendasi Penghargaan 2025'!C7")).toEqual([["=HYPERLINK(\"http://contoh\")"]]);
    expect(double.readValues("'Rekomendasi Penghargaan 2025'!B6")).toEqual([["198001012005011001"]]);
    expect(double.readValues("'Rekomendasi Penghargaan 2025'!B8")).toEqual([[""]]);
    expect(sheet.tables).toHaveLength(1);
    expect(sheet.charts).toHaveLength(1);
    expect(sheet.frozenRows).toBe(5);
    expect(snap.activeSheet).toBe("Rekomendasi Penghargaan 2025");
    // The source sheet is untouched.
    expect(double.readValues("'Rekap 2025'!A1:J9")).toEqual(
      REKAP.map((r) => r.map((v) => (v === null ? "" : v))),
    );
  });

  it("leaves the workbook exactly as it was when any sync of the write fails", async () => {
    setup();
    const { build } = await plan();
    for (const [sync, afterApplying] of [[1, undefined], [2, undefined], [2, 0], [2, 1], [2, 5], [2, 20]] as const) {
      teardown();
      const double = setup();
      const before = JSON.stringify(double.snapshot());
      double.failAtSync(sync, "GeneralException", afterApplying === undefined ? {} : { afterApplying });
      await expect(writeSheetPlan(build.plan)).rejects.toMatchObject({ outcome: expect.stringMatching(/tidak berubah/) });
      expect(JSON.stringify(double.snapshot())).toBe(before);
    }
  });

  it("replaces only the add-in's own sheet, after the user's own sheet of that name is left alone", async () => {
    const double = setup();
    double.addSheet("Rekomendasi Penghargaan 2025", [["catatan pribadi petugas"]]);
    const first = await plan();
    expect(first.build.plan.sheetName).toBe("Rekomendasi 2025 (2)");
    await writeSheetPlan(first.build.plan);
    expect(double.readValues("'Rekomendasi Penghargaan 2025'!A1")).toEqual([["catatan pribadi petugas"]]);
    const second = await plan();
    expect(second.read.info.ownSheets).toEqual(["Rekomendasi 2025 (2)"]);
    expect(second.build.plan.replaces).toBe("Rekomendasi 2025 (2)");
    await writeSheetPlan(second.build.plan);
    expect(double.sheetNames().filter((n) => n.startsWith("Rekomendasi")).sort()).toEqual(["Rekomendasi 2025 (2)", "Rekomendasi Penghargaan 2025"]);
    expect(double.readValues("'Rekomendasi Penghargaan 2025'!A1")).toEqual([["catatan pribadi petugas"]]);
  });

  it("refuses a protected workbook with a plain message and changes nothing", async () => {
    const double = setup();
    const { build } = await plan();
    double.setWorkbookProtected(true);
    const before = JSON.stringify(double.snapshot());
    await expect(writeSheetPlan(build.plan)).rejects.toThrow(/diproteksi|hanya-baca/);
    expect(JSON.stringify(double.snapshot())).toBe(before);
  });
});

describe("navigation", () => {
  it("selects a finding's cell on its sheet in one sync", async () => {
    const double = setup();
    double.addSheet("Lain", [["x"]], { activate: true });
    double.resetCounters();
    await selectAddress("'Rekap 2025'!B8");
    expect(double.syncCount).toBe(1);
    expect(double.activeSheet).toBe("Rekap 2025");
    expect(double.selection).toMatch(/B8$/);
  });

  it("writes an example formula into the active cell", async () => {
    const double = setup();
    double.select("'Rekap 2025'!L2");
    const address = await insertFormula("=KINERJA.PREDIKAT(112,TRUE)");
    expect(address).toMatch(/L2$/);
    expect(double.readValues("'Rekap 2025'!L2")).toEqual([["=KINERJA.PREDIKAT(112,TRUE)"]]);
  });
});

describe("regenerating rewrites the add-in's own sheet in place", () => {
  async function generateTwice(double: ReturnType<typeof setup>) {
    const read = await readSheet();
    await writeSheetPlan(buildRecommendation(new SheetModel(read.sheet, detectTable(read.sheet)!), DEFAULT_SETTINGS, read.info, TODAY).plan);
    // The officer's own reference to the generated sheet (a defined name, as a formula would hold it).
    double.addName("HasilRekomendasi", "'Rekomendasi Penghargaan 2025'!A6:C9");
    const again = await readSheet("Rekap 2025");
    return buildRecommendation(new SheetModel(again.sheet, detectTable(again.sheet)!), { ...DEFAULT_SETTINGS, aturan: "PP46" }, again.info, TODAY).plan;
  }

  it("keeps the officer's references to it working (no #REF!), with the new content and one sheet", async () => {
    const double = setup();
    const plan = await generateTwice(double);
    expect(plan.replaces).toBe("Rekomendasi Penghargaan 2025");
    await writeSheetPlan(plan);
    const names = double.snapshot().names as unknown as { name: string; reference: string }[];
    expect(JSON.stringify(names)).toContain("'Rekomendasi Penghargaan 2025'!$A$6:$C$9");
    expect(JSON.stringify(names)).not.toContain("#REF!");
    expect(double.sheetNames().filter((n) => n.startsWith("Rekomendasi") || n.startsWith("KinerjaASN-"))).toEqual(["Rekomendasi Penghargaan 2025"]);
    expect(String(double.readValues("'Rekomendasi Penghargaan 2025'!A2")[0][0])).toMatch(/PP 46\/2011/);
    const sheet = double.snapshot().sheets.find((s) => s.name === "Rekomendasi Penghargaan 2025")!;
    expect(sheet.tables).toHaveLength(1);
    expect(sheet.charts).toHaveLength(1);
  });

  it("ends either exactly as before or complete, for every sync and every point a batch can stop", async () => {
    const outcomes = new Set<string>();
    // Sync 1 reads the workbook, 2 writes the whole content into a temporary sheet, 3 looks at the
    // own sheet, 4 empties and rewrites it.
    for (const sync of [2, 3, 4]) {
      for (let k = 0; k <= 240; k += 8) {
        teardown();
        const double = setup();
        const plan = await generateTwice(double);
        const before = JSON.stringify(double.snapshot());
        double.resetCounters();
        double.failAtSync(sync, "GeneralException", { afterApplying: k });
        let outcome = "ok";
        try {
          await writeSheetPlan(plan);
        } catch (error) {
          outcome = (error as { outcome: string }).outcome;
        }
        const names = double.sheetNames();
        expect(names.some((n) => n.startsWith("KinerjaASN-"))).toBe(false);
        if (/tidak berubah/.test(outcome)) {
          expect(JSON.stringify(double.snapshot())).toBe(before);
          outcomes.add("as-before");
        } else {
          expect(outcome).toMatch(/^ok$|sudah lengkap dibuat ulang/);
          expect(names.filter((n) => n.startsWith("Rekomendasi"))).toEqual(["Rekomendasi Penghargaan 2025"]);
          expect(String(double.readValues("'Rekomendasi Penghargaan 2025'!A2")[0][0])).toMatch(/PP 46\/2011/);
          expect(JSON.stringify(double.snapshot().names)).not.toContain("#REF!");
          outcomes.add(outcome === "ok" ? "ok" : "complete");
        }
      }
    }
    expect(outcomes.has("as-before")).toBe(true);
    expect(outcomes.has("complete")).toBe(true);
  });
});
