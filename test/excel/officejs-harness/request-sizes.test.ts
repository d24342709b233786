/**
 * Request sizes measured with office.js itself (its own client library builds every request; see
 * ./officejs.ts). Each adapter operation runs at the largest size the add-in accepts — 50,000
 * employees × 15 columns, 10,000 marks — and no request may pass REQUEST_BUDGET, kept under Excel
 * on the web's 5 MB request limit. The figures are printed for the issue note.
 */
import { cellActionsPerRequest, clearMarks, insertFormula, REQUEST_BYTES_PER_CELL_ACTION, markFindings, readSheet, selectAddress, updateState, WEB_PAYLOAD_BUDGET, writeSheetPlan } from "../../../src/excel";
import { jsonSize } from "../../../src/excel/payload";
import { createWorkbookDouble, WorkbookDouble } from "@kinerja/office-double";
import { buildRecommendation, CellValue, DEFAULT_SETTINGS, detectTable, Finding, makeFinding, SheetModel } from "../../../src/workbook";
import { employee, HEADER, TODAY } from "../../reliability/workbook";
import { CapturedRequest, installOfficeJs } from "./officejs";
import { rowCount } from "../../../src/workbook";

/** Excel on the web refuses requests over 5 MB; the adapter stays under this. */
const REQUEST_BUDGET = 4_500_000;
const ROWS = 50_000;
/**
 * What office.js spends per queued action beyond its arguments, measured here: 589–594 bytes per
 * cell when loading fills (5,888 cells in 3,499,406 bytes), clearing or restoring them, 565 when
 * setting them; the values of a write cost their JSON (4,081,687 bytes for 3,999,967 of values and
 * 119 actions).
 */
const MARKS = 10_000;

/** 15 columns: the recap's 10 and five of the officer's own. */
function bigRecap(): CellValue[][] {
  const extra = ["Jabatan", "Golongan", "Eselon", "Keterangan", "Catatan"];
  const header = HEADER.map((r, i) => [...r, ...(i === 3 ? extra : extra.map(() => null))]);
  const rows: CellValue[][] = [];
  for (let i = 0; i < ROWS; i++) rows.push([...employee(i), "Analis SDM Aparatur Ahli Muda", "III/c", "-", `Baris ${i + 1}`, null]);
  return [...header, ...rows];
}

/** 10,000 findings spread as a validation produces them: down two columns, both severities. */
function manyFindings(): Finding[] {
  const findings: Finding[] = [];
  for (let i = 0; i < MARKS; i++) {
    const row = 5 + Math.floor(i / 2) * 3;
    findings.push(makeFinding(i % 2 === 0 ? "NIP_ANGKA" : "ANGKA_TEKS", i % 2 === 0 ? "error" : "warning", "Rekap 2025", row, i % 2 === 0 ? 1 : 4, "x"));
  }
  return findings;
}

let double: WorkbookDouble;
let captured: CapturedRequest[];
const largest: Record<string, { requests: number; largest: number; largestResponse: number; doubleLargest: number }> = {};

async function measure(name: string, act: () => Promise<unknown>): Promise<CapturedRequest[]> {
  const from = captured.length;
  double.resetCounters();
  await act();
  const requests = captured.slice(from);
  // Each office.js request was one sync of the double: its own estimate of the same batch.
  const doubleLargest = Math.max(...double.syncLog.map((s) => s.requestBytes));
  // The double's own estimate (it charges office.js's measured cost per queued action on top of
  // the arguments): within ±20 % of office.js for every request large enough to matter.
  requests.forEach((r, i) => {
    const calibrated = double.syncLog[i].requestBytes;
    if (r.requestBytes >= 100_000) expect({ name, i, ratio: Math.abs(calibrated / r.requestBytes - 1) < 0.2 }).toEqual({ name, i, ratio: true });
  });
  largest[name] = { requests: requests.length, largest: Math.max(...requests.map((r) => r.requestBytes)), largestResponse: Math.max(...requests.map((r) => r.responseBytes)), doubleLargest };
  return requests;
}

beforeAll(() => {
  double = createWorkbookDouble();
  double.addSheet("Rekap 2025", bigRecap() as never, { activate: true });
  double.removeSheet("Sheet1");
  captured = installOfficeJs(double);
});

afterAll(() => {
  const lines = Object.entries(largest).map(([n, m]) => `${n}: ${m.requests} requests, largest request ${m.largest} B (the double estimates ${m.doubleLargest} B), largest response ${m.largestResponse} B`);
  process.stdout.write(`\nRequest sizes measured with office.js:\n  ${lines.join("\n  ")}\n`);
});

describe(`every request under ${REQUEST_BUDGET.toLocaleString("en")} bytes, as office.js builds it`, () => {
  let plan: ReturnType<typeof buildRecommendation>["plan"];

  it(`reads ${ROWS.toLocaleString("en")} rows × 15 columns`, async () => {
    let rows = 0;
    let valueBytes = 0;
    const requests = await measure("read", async () => {
      const read = await readSheet(undefined, WEB_PAYLOAD_BUDGET);
      rows = rowCount(read.sheet.values);
      valueBytes = jsonSize(read.sheet.values);
      plan = buildRecommendation(new SheetModel(read.sheet, detectTable(read.sheet)!), DEFAULT_SETTINGS, read.info, TODAY).plan;
    });
    expect(rows).toBe(ROWS + HEADER.length);
    // One request for the workbook's shape, then as few chunks as the values' weight needs.
    expect(requests).toHaveLength(Math.ceil(valueBytes / WEB_PAYLOAD_BUDGET) + 1);
    for (const r of requests) expect(r.requestBytes).toBeLessThan(REQUEST_BUDGET);
    for (const r of requests) expect(r.responseBytes).toBeLessThan(5_000_000);
  });

  it("writes the recommendation plan for all of them", async () => {
    const requests = await measure("write plan", () => writeSheetPlan(plan, WEB_PAYLOAD_BUDGET));
    for (const r of requests) expect(r.requestBytes).toBeLessThan(REQUEST_BUDGET);
    expect(double.sheetNames()).toContain(plan.sheetName);
  });

  it(`marks ${MARKS.toLocaleString("en")} findings and clears them`, async () => {
    const marked = await measure("mark", () => markFindings(manyFindings()));
    // The first request loads the fills of as many cells as the budget allows: the per-cell figure the adapter plans with holds.
    const perCell = marked[0].requestBytes / cellActionsPerRequest(WEB_PAYLOAD_BUDGET);
    expect(perCell).toBeGreaterThan(500);
    expect(perCell).toBeLessThan(REQUEST_BYTES_PER_CELL_ACTION);
    expect(double.getSheetGrid("Rekap 2025", { startRow: 5, maxRows: 1 }).fills[0][1]).toBe("#FDE7E9");
    const cleared = await measure("unmark", () => clearMarks());
    expect(double.getSheetGrid("Rekap 2025", { startRow: 5, maxRows: 1 }).fills[0][1]).toBeNull();
    for (const r of [...marked, ...cleared]) expect(r.requestBytes).toBeLessThan(REQUEST_BUDGET);
  });

  it("saves settings, selects a cell and inserts a formula", async () => {
    const requests = [
      ...(await measure("save state", () => updateState((s) => ({ ...s, settings: DEFAULT_SETTINGS })))),
      ...(await measure("navigate", () => selectAddress("'Rekap 2025'!B8"))),
      ...(await measure("insert formula", () => insertFormula("=KINERJA.PREDIKAT(112,TRUE)"))),
    ];
    for (const r of requests) expect(r.requestBytes).toBeLessThan(REQUEST_BUDGET);
  });
});
