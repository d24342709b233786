import { clearMarks, markFindings, MARK_COLORS, readSheet } from "../../src/excel";
import { makeFinding, validateSheet } from "../../src/workbook";
import { setup, teardown } from "./support";

afterEach(teardown);

describe("Tandai sel / Hapus tanda", () => {
  it("colours problem cells in two syncs and restores exactly the fills they had", async () => {
    const double = setup();
    // B9 has no fill; G9 is filled white on purpose (it hides gridlines) — both must come back as they were.
    await Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Rekap 2025").getRange("G9").format.fill.color = "#FFFFFF";
      ctx.workbook.worksheets.getItem("Rekap 2025").getRange("B8").format.fill.color = "#C6EFCE";
      await ctx.sync();
    });
    const before = JSON.stringify(double.snapshot().sheets.find((s) => s.name === "Rekap 2025"));
    const read = await readSheet();
    const report = validateSheet(read.sheet, { today: new Date("2026-11-24") });
    expect(report.findings.map((f) => f.cell)).toEqual(["B8", "G9"]);

    double.resetCounters();
    expect(await markFindings(report.findings)).toEqual({ marked: 2 });
    expect(double.syncCount).toBe(2);
    const grid = double.getSheetGrid("Rekap 2025");
    expect(grid.fills[7][1]).toBe(MARK_COLORS.error);
    expect(grid.fills[8][6]).toBe(MARK_COLORS.error);

    // Marking again keeps the original fills on record.
    await markFindings(report.findings);
    double.resetCounters();
    expect(await clearMarks()).toEqual({ restored: 2 });
    expect(double.syncCount).toBe(2);
    expect(JSON.stringify(double.snapshot().sheets.find((s) => s.name === "Rekap 2025"))).toBe(before);
  });

  it("puts the fills back when the marking sync fails", async () => {
    const double = setup();
    const findings = [makeFinding("NIP_ANGKA", "error", "Rekap 2025", 7, 1, "x"), makeFinding("ANGKA_TEKS", "warning", "Rekap 2025", 8, 4, "y")];
    const before = JSON.stringify(double.snapshot());
    double.failAtSync(2, "GeneralException", { afterApplying: 1 });
    await expect(markFindings(findings)).rejects.toMatchObject({ outcome: "Warna sel dikembalikan seperti semula." });
    expect(JSON.stringify(double.snapshot())).toBe(before);
  });

  it("says so plainly when the sheet is protected, and changes nothing", async () => {
    const double = setup();
    double.setSheetProtected("Rekap 2025", true);
    const before = JSON.stringify(double.snapshot());
    await expect(markFindings([makeFinding("NIP_ANGKA", "error", "Rekap 2025", 7, 1, "x")])).rejects.toThrow(/diproteksi/);
    expect(JSON.stringify(double.snapshot())).toBe(before);
  });
});

describe("marks split over several requests (a small payload budget: one cell per request)", () => {
  const findings = () => [
    makeFinding("NIP_ANGKA", "error", "Rekap 2025", 7, 1, "x"),
    makeFinding("ANGKA_TEKS", "warning", "Rekap 2025", 8, 4, "y"),
    makeFinding("ANGKA_TEKS", "warning", "Rekap 2025", 5, 4, "z"),
  ];
  const BUDGET = 1_000;

  it("marks and unmarks in several syncs, each under the budget's cell count, and restores exactly", async () => {
    const double = setup();
    const before = JSON.stringify(double.snapshot().sheets.find((s) => s.name === "Rekap 2025"));
    expect(await markFindings(findings(), BUDGET)).toEqual({ marked: 3 });
    expect(double.syncCount).toBeGreaterThanOrEqual(6);
    for (const s of double.syncLog) expect(s.writes + s.loads).toBeLessThanOrEqual(8);
    double.resetCounters();
    expect(await clearMarks(BUDGET)).toEqual({ restored: 3 });
    expect(double.syncCount).toBeGreaterThanOrEqual(3);
    expect(JSON.stringify(double.snapshot().sheets.find((s) => s.name === "Rekap 2025"))).toBe(before);
  });

  it("a failure at any of those syncs ends as before (marking) or as before / complete (unmarking)", async () => {
    const outcomes = new Set<string>();
    const points = [1, 2, 3, 4, 5, 6, 7, 8].flatMap((sync) => [undefined, 0, 1].map((afterApplying) => ({ sync, afterApplying })));
    const fail = (double: ReturnType<typeof setup>, p: (typeof points)[number]) =>
      double.failAtSync(p.sync, "GeneralException", p.afterApplying === undefined ? {} : { afterApplying: p.afterApplying });
    const rekap = (picture: string) => JSON.stringify((JSON.parse(picture) as { sheets: { name: string }[] }).sheets.find((s) => s.name === "Rekap 2025"));
    for (const point of points) {
      teardown();
      const double = setup();
      const start = JSON.stringify(double.snapshot());
      fail(double, point);
      const error = await markFindings(findings(), BUDGET).then(() => undefined, (e: { outcome: string }) => e);
      if (!error) continue;
      expect(error.outcome).toMatch(/seperti semula|Tidak ada sel yang diubah/);
      expect(JSON.stringify(double.snapshot())).toBe(start);
      outcomes.add("mark as before");
    }
    for (const point of points) {
      teardown();
      const double = setup();
      const start = JSON.stringify(double.snapshot());
      await markFindings(findings(), BUDGET);
      const marked = JSON.stringify(double.snapshot());
      double.resetCounters();
      fail(double, point);
      const error = await clearMarks(BUDGET).then(() => undefined, (e: { outcome: string }) => e);
      if (!error) continue;
      if (/tidak berubah/.test(error.outcome)) {
        expect(JSON.stringify(double.snapshot())).toBe(marked);
        outcomes.add("unmark as before");
      } else {
        expect(error.outcome).toMatch(/sudah dihapus/);
        expect(rekap(JSON.stringify(double.snapshot()))).toBe(rekap(start));
        outcomes.add("unmark complete");
      }
    }
    expect([...outcomes].sort()).toEqual(["mark as before", "unmark as before", "unmark complete"]);
  });
});
