/**
 * No half-finished work (issue 8). The Excel test double fails at each sync in turn — before
 * applying anything, and after applying each possible number of a batch's writes — while the
 * panel validates, marks, unmarks and generates. Afterwards the workbook is exactly as it was
 * (snapshot equality) or exactly the complete result, and the thrown error's `outcome` says which.
 * Each loop runs until the operation succeeds with the failure scheduled past its last sync.
 */
import { clearMarks, ExcelActionError, markFindings, readSheet, updateState, WEB_PAYLOAD_BUDGET, writeSheetPlan } from "../../src/excel";
import { WorkbookDouble } from "@kinerja/office-double";
import { DEFAULT_SETTINGS, Finding, makeFinding, validateSheet } from "../../src/workbook";
import { messageProblem } from "./cells";
import { employee, picture, planFor, recap, setupDouble, teardownDouble, TODAY } from "./workbook";

afterEach(teardownDouble);

const UNCHANGED = /tidak berubah|seperti semula|Tidak ada sel yang diubah/;
const COMPLETE = /sudah lengkap dibuat|sudah dihapus/;

interface Scenario {
  /** Builds the workbook (double installed) and anything the operation needs; runs before `before` is taken. */
  readonly arrange: () => Promise<WorkbookDouble>;
  /** The operation under test. */
  readonly act: () => Promise<unknown>;
  /** Whether the operation only reads (then "complete" is "as before"). */
  readonly readOnly?: boolean;
}

interface Tally {
  runs: number;
  asBefore: number;
  complete: number;
  succeeded: number;
}

/**
 * Runs `scenario` once without failure for the complete picture and the syncs' write counts,
 * then once per (sync, writes applied before failing) — every sync, with no write applied and
 * after each possible number of them — checking each outcome.
 */
async function everyFailurePoint(scenario: Scenario, options: { stride?: number } = {}): Promise<Tally> {
  const tally: Tally = { runs: 0, asBefore: 0, complete: 0, succeeded: 0 };
  let double = await scenario.arrange();
  double.resetCounters();
  await scenario.act();
  const complete = picture(double);
  const writesPerSync = double.syncLog.map((s) => s.writes);
  teardownDouble();

  const points: { sync: number; afterApplying?: number }[] = [];
  writesPerSync.forEach((writes, i) => {
    points.push({ sync: i + 1 });
    const stride = options.stride ?? 1;
    for (let k = 0; k < writes; k += k < 8 ? 1 : stride) points.push({ sync: i + 1, afterApplying: k });
  });
  // One past the last sync: the failure never fires and the operation completes.
  points.push({ sync: writesPerSync.length + 1 });

  for (const point of points) {
    double = await scenario.arrange();
    const before = picture(double);
    double.resetCounters();
    double.failAtSync(point.sync, "GeneralException", point.afterApplying === undefined ? {} : { afterApplying: point.afterApplying });
    tally.runs++;
    let error: unknown;
    try {
      await scenario.act();
    } catch (e) {
      error = e;
    }
    const after = picture(double);
    const where = `failing at sync ${point.sync}${point.afterApplying === undefined ? "" : ` after ${point.afterApplying} writes`}`;
    const failed = double.syncLog.some((s) => !s.ok);
    if (!failed) {
      expect({ where, error }).toEqual({ where, error: undefined });
      expect({ where, same: after === complete }).toEqual({ where, same: true });
      tally.succeeded++;
    } else {
      expect({ where, isActionError: error instanceof ExcelActionError }).toEqual({ where, isActionError: true });
      const { outcome, message } = error as ExcelActionError;
      expect({ where, problem: messageProblem(message) }).toEqual({ where, problem: undefined });
      expect(message).toContain(outcome ?? "(no outcome)");
      if (after === before) {
        expect({ where, outcome }).toEqual({ where, outcome: expect.stringMatching(UNCHANGED) });
        tally.asBefore++;
      } else {
        expect({ where, outcome, same: after === complete }).toEqual({ where, outcome: expect.stringMatching(COMPLETE), same: true });
        tally.complete++;
      }
    }
    teardownDouble();
  }
  expect(tally.succeeded).toBeGreaterThan(0);
  if (scenario.readOnly) expect(complete).toBe(picture(await scenario.arrange()));
  return tally;
}

/** A recap with findings: an NIP stored as a number (error) and a score stored as text (warning). */
function recapWithFindings() {
  const rows = recap([0, 1, 2, 3, 4, 5].map((i) => employee(i)));
  rows[7][1] = 198001012005011000;
  rows[8][4] = "83";
  return rows;
}

async function findingsOf(): Promise<readonly Finding[]> {
  const read = await readSheet();
  return validateSheet(read.sheet, { today: TODAY }).findings;
}

const tallies: Record<string, Tally> = {};
afterAll(() => {
  // The counts for the issue note.
  const lines = Object.entries(tallies).map(([name, t]) => `${name}: ${t.runs} runs (${t.asBefore} as before, ${t.complete} complete, ${t.succeeded} succeeded)`);
  process.stdout.write(`\nNo half-finished work:\n  ${lines.join("\n  ")}\n`);
});

describe("validate (read-only): a failure at any sync changes nothing and says so", () => {
  it("reading the active sheet in one batch", async () => {
    tallies["validate"] = await everyFailurePoint({
      arrange: async () => setupDouble(recapWithFindings()),
      act: async () => validateSheet((await readSheet()).sheet, { today: TODAY }),
      readOnly: true,
    });
  });

  it("reading a large sheet in chunks under the web payload budget", async () => {
    const rows = recap([...Array(20_000).keys()].map((i) => employee(i)));
    tallies["validate, chunked"] = await everyFailurePoint({
      arrange: async () => setupDouble(rows),
      act: () => readSheet(undefined, WEB_PAYLOAD_BUDGET / 8),
      readOnly: true,
    });
    expect(tallies["validate, chunked"].runs).toBeGreaterThan(4);
  });
});

describe("mark / unmark: as before or complete", () => {
  it("marking a sheet for the first time (the state sheet is created)", async () => {
    let findings: readonly Finding[] = [];
    tallies["mark, first time"] = await everyFailurePoint({
      arrange: async () => {
        const double = setupDouble(recapWithFindings());
        // One cell filled white on purpose, one green: both must come back exactly.
        await Excel.run(async (ctx) => {
          const ws = ctx.workbook.worksheets.getItem("Rekap 2025");
          ws.getRange("B8").format.fill.color = "#FFFFFF";
          ws.getRange("E9").format.fill.color = "#C6EFCE";
          await ctx.sync();
        });
        findings = await findingsOf();
        expect(findings.length).toBeGreaterThanOrEqual(2);
        return double;
      },
      act: () => markFindings(findings),
    });
  });

  it("marking again over earlier marks, with a changed severity and a new cell (the state sheet is rewritten)", async () => {
    let findings: readonly Finding[] = [];
    tallies["mark, again"] = await everyFailurePoint({
      arrange: async () => {
        const double = setupDouble(recapWithFindings());
        const first = await findingsOf();
        await markFindings(first.map((f) => ({ ...f, severity: "warning" as const })));
        findings = [...first, makeFinding("NIP_ANGKA", "error", "Rekap 2025", 10, 2, "sel baru")];
        return double;
      },
      act: () => markFindings(findings),
    });
  });

  it("unmarking", async () => {
    tallies["unmark"] = await everyFailurePoint({
      arrange: async () => {
        const double = setupDouble(recapWithFindings());
        await Excel.run(async (ctx) => {
          ctx.workbook.worksheets.getItem("Rekap 2025").getRange("E9").format.fill.color = "#C6EFCE";
          await ctx.sync();
        });
        await markFindings(await findingsOf());
        return double;
      },
      act: () => clearMarks(),
    });
  });

  it("unmarking when the record also holds settings and a generated sheet (kept, only the marks go)", async () => {
    tallies["unmark, fuller record"] = await everyFailurePoint({
      arrange: async () => {
        const double = setupDouble(recapWithFindings());
        await writeSheetPlan(await planFor("Rekap 2025"));
        await updateState((s) => ({ ...s, settings: { ...DEFAULT_SETTINGS, aturan: "PP46" } }));
        await markFindings(await findingsOf());
        return double;
      },
      act: () => clearMarks(),
    });
  });

  it("unmarking when a marked sheet was deleted since", async () => {
    tallies["unmark, sheet gone"] = await everyFailurePoint({
      arrange: async () => {
        const double = setupDouble(recapWithFindings());
        double.addSheet("Lain", [["x", "y"]]);
        await markFindings([...(await findingsOf()), makeFinding("NIP_ANGKA", "error", "Lain", 0, 1, "x")]);
        double.removeSheet("Lain");
        return double;
      },
      act: () => clearMarks(),
    });
  });
});

describe("generate: as before or complete", () => {
  it("a fresh recommendation sheet", async () => {
    tallies["generate, fresh"] = await everyFailurePoint(
      {
        arrange: async () => setupDouble(recapWithFindings()),
        act: async () => writeSheetPlan(await planFor("Rekap 2025")),
      },
    );
  });

  it("regenerating over the add-in's own sheet (marks on record too)", async () => {
    tallies["generate, regenerate"] = await everyFailurePoint(
      {
        arrange: async () => {
          const double = setupDouble(recapWithFindings());
          await writeSheetPlan(await planFor("Rekap 2025"));
          await markFindings(await findingsOf());
          double.activateSheet("Rekap 2025");
          return double;
        },
        act: async () => writeSheetPlan(await planFor("Rekap 2025", { ...DEFAULT_SETTINGS, aturan: "PP46" })),
      },
    );
  });

  it("with the officer's own sheet of the same name present (it is never touched)", async () => {
    tallies["generate, user sheet present"] = await everyFailurePoint(
      {
        arrange: async () => {
          const double = setupDouble(recapWithFindings());
          double.addSheet("Rekomendasi Penghargaan 2025", [["catatan pribadi petugas"]]);
          return double;
        },
        act: async () => {
          const plan = await planFor("Rekap 2025");
          expect(plan.sheetName).toBe("Rekomendasi 2025 (2)");
          return writeSheetPlan(plan);
        },
      },
    );
  });

  it("values in several requests (a small payload budget)", async () => {
    const rows = recap([...Array(400).keys()].map((i) => employee(i)));
    tallies["generate, chunked"] = await everyFailurePoint(
      {
        arrange: async () => setupDouble(rows),
        act: async () => writeSheetPlan(await planFor("Rekap 2025"), 20_000),
      },
    );
    expect(tallies["generate, chunked"].runs).toBeGreaterThan(10);
  });
});

describe("when the recovery fails too, the message says so honestly", () => {
  it("marking: the fills may be partly changed; the officer is told to use Hapus tanda", async () => {
    const double = setupDouble(recapWithFindings());
    const findings = await findingsOf();
    double.resetCounters();
    double.failAtSync(2, "GeneralException", { afterApplying: 1 });
    double.failAtSync(3, "GeneralException");
    const error = (await markFindings(findings).catch((e: unknown) => e)) as ExcelActionError;
    expect(error.outcome).toMatch(/Sebagian sel mungkin sudah berwarna; gunakan Hapus tanda/);
    expect(messageProblem(error.message)).toBeUndefined();
  });

  it("unmarking: the officer is told to press Hapus tanda again, which then completes", async () => {
    const double = setupDouble(recapWithFindings());
    await markFindings(await findingsOf());
    const marked = picture(double);
    double.resetCounters();
    double.failAtSync(2, "GeneralException", { afterApplying: 1 });
    double.failAtSync(3, "GeneralException");
    const error = (await clearMarks().catch((e: unknown) => e)) as ExcelActionError;
    expect(error.outcome).toMatch(/tekan Hapus tanda sekali lagi/);
    expect(picture(double)).not.toBe(marked);
    await clearMarks();
    const afterRetry = picture(double);
    teardownDouble();
    // The same as marking and unmarking without any failure.
    const clean = setupDouble(recapWithFindings());
    await markFindings(await findingsOf());
    await clearMarks();
    expect(afterRetry).toBe(picture(clean));
  });

  it("generating: the officer is told which temporary sheet to delete", async () => {
    const double = setupDouble(recapWithFindings());
    const plan = await planFor("Rekap 2025");
    double.resetCounters();
    double.failAtSync(2, "GeneralException", { afterApplying: 3 });
    double.failAtSync(3, "GeneralException");
    const error = (await writeSheetPlan(plan).catch((e: unknown) => e)) as ExcelActionError;
    const temp = double.sheetNames().find((n) => n.startsWith("KinerjaASN-baru-"));
    expect(temp).toBeDefined();
    expect(error.outcome).toBe(`Pemulihan otomatis gagal: periksa apakah ada lembar "${temp}" dan hapus bila ada.`);
    expect(messageProblem(error.message)).toBeUndefined();
  });
});
