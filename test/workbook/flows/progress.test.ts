/**
 * Progress reports of the check and of the recommendation (the pane's row counter): every rule
 * that runs goes over the rows in order, reported every 1,000 rows, and the results are exactly
 * those of a run without a listener.
 */
import { checkSheet, CheckProgress, DEFAULT_SETTINGS, EMPTY_STATE, planRecommendation, PROGRESS_EVERY_ROWS, RULES, SheetData } from "../../../src/workbook";
import { REKAP_BKPSDM } from "../../fixtures/templates/rekap-bkpsdm-kabupaten";
import { sheetRows } from "../../../src/workbook";

const TODAY = new Date("2026-03-01T00:00:00Z");
const EXISTING = { sheetNames: ["Rekap 2025"], ownSheets: [], tableNames: [] };

/** The fixture's header rows, then its 15 employees repeated to `count` rows. */
function sheetOf(count: number): SheetData {
  const employees = sheetRows(REKAP_BKPSDM.values).slice(6, 21);
  const values = sheetRows(REKAP_BKPSDM.values).slice(0, 6);
  for (let i = 0; i < count; i++) values.push([i + 1, ...employees[i % 15].slice(1)]);
  return { ...REKAP_BKPSDM, values };
}

describe("progress of a check and a recommendation", () => {
  it("reports each rule's pass over the rows every 1,000 rows, and changes nothing", () => {
    const sheet = sheetOf(2500);
    const seen: CheckProgress[] = [];
    const withProgress = checkSheet(sheet, EMPTY_STATE, DEFAULT_SETTINGS, { today: TODAY, onProgress: (p) => seen.push(p) });
    const without = checkSheet(sheet, EMPTY_STATE, DEFAULT_SETTINGS, { today: TODAY });
    expect(withProgress.report).toEqual(without.report);
    const judged = (check: typeof without) => check.model!.rows.dataRows.map((r) => check.assessed.get(r));
    expect(judged(withProgress)).toEqual(judged(without));
    expect(judged(without).every((a) => a !== undefined)).toBe(true);

    expect(PROGRESS_EVERY_ROWS).toBe(1000);
    const rules = RULES.filter((r) => r.appliesTo !== "iku").length;
    expect(seen.every((p) => p.rules === rules && p.rows === 2500)).toBe(true);
    // Within one rule the rows go 0, 1000, 2000 (again for a rule that passes over them twice); rules come in order.
    const byRule = new Map<number, number[]>();
    for (const p of seen) byRule.set(p.rule, [...(byRule.get(p.rule) ?? []), p.row]);
    expect([...byRule.keys()]).toEqual([...byRule.keys()].sort((a, b) => a - b));
    for (const rows of byRule.values()) expect(rows).toEqual(Array.from({ length: rows.length }, (_, i) => [0, 1000, 2000][i % 3]));
    expect([...byRule.values()].every((rows) => rows.length % 3 === 0)).toBe(true);
    expect(byRule.size).toBeGreaterThan(rules / 2);
  });

  it("reports the recommendation's rows as they are built, and plans the same sheet", () => {
    const check = checkSheet(sheetOf(1001), EMPTY_STATE, DEFAULT_SETTINGS, { today: TODAY });
    const seen: string[] = [];
    const withProgress = planRecommendation(check, DEFAULT_SETTINGS, EXISTING, TODAY, (row, rows) => seen.push(`${row}/${rows}`));
    expect(withProgress).toEqual(planRecommendation(check, DEFAULT_SETTINGS, EXISTING, TODAY));
    expect(seen).toEqual(["0/1001", "1000/1001"]);
  });
});
