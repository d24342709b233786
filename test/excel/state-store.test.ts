/**
 * The state sheet reads back the same whatever Excel does with a leading apostrophe: new writes
 * carry none on their JSON, and state written by older versions (quote-prefixed JSON) still loads,
 * whether Excel stripped the apostrophe or kept it.
 */
import { clearMarks, markFindings, readState, updateState } from "../../src/excel";
import { makeFinding, STATE_SHEET_NAME } from "../../src/workbook";
import { setup, teardown } from "./support";

afterEach(teardown);

const LAYOUT = { kind: "pegawai", headerRow: 3, headerRows: 2, columns: { nip: 1, nama: 2 }, headerLabels: ["No", "NIP", "Nama"] };
const SETTINGS = { aturan: "PP46" };
const MARK = { address: "'Rekap 2025'!B8", previousFill: "#C6EFCE" };

/** The state sheet as the add-in used to write it: keys and JSON values with Excel's quote prefix. */
function oldStyleRows(apostropheKept: boolean): string[][] {
  const q = (text: string) => (apostropheKept ? `'${text}` : text);
  return [
    ["jenis", "kunci", "nilai"],
    ["pengaturan", "", q(JSON.stringify(SETTINGS))],
    ["pemetaan", q("2025 Rekap"), q(JSON.stringify(LAYOUT))],
    ["pemetaan", "Rekap 2025", q(JSON.stringify(LAYOUT))],
    ["lembar-dibuat", q("2025 Rekomendasi"), q(JSON.stringify({ nama: "2025 Rekomendasi" }))],
    ["tanda", q(MARK.address), q(JSON.stringify(MARK))],
  ];
}

describe("state that survives whatever Excel does with a leading apostrophe", () => {
  it.each([
    ["Excel stripped the apostrophe", false],
    ["Excel kept the apostrophe", true],
  ])("loads state written the old way (%s)", async (_what, kept) => {
    const double = setup();
    double.addSheet(STATE_SHEET_NAME, oldStyleRows(kept), { visibility: "VeryHidden" });
    const state = await readState();
    expect(state.settings).toEqual(SETTINGS);
    expect([...state.mappings.keys()]).toEqual(["2025 Rekap", "Rekap 2025"]);
    expect(state.mappings.get("2025 Rekap")).toEqual(LAYOUT);
    expect(state.generatedSheets).toEqual(["2025 Rekomendasi"]);
    expect(state.marks).toEqual([MARK]);
  });

  it("writes JSON values without any leading character, and they read back equal", async () => {
    const double = setup();
    await updateState((s) => ({ ...s, settings: SETTINGS, generatedSheets: ["2025 Rekomendasi"] }));
    const cells = double.getSheetGrid(STATE_SHEET_NAME).values;
    const values = cells.slice(1).map((r) => String(r[2]));
    expect(values).toEqual([JSON.stringify(SETTINGS), JSON.stringify({ nama: "2025 Rekomendasi" })]);
    for (const v of values) expect(v.startsWith("{")).toBe(true);
    const back = await readState();
    expect(back.settings).toEqual(SETTINGS);
    expect(back.generatedSheets).toEqual(["2025 Rekomendasi"]);
  });

  it("unmarks from an old-style record whose apostrophes Excel kept, restoring the recorded fill", async () => {
    const double = setup();
    double.addSheet(STATE_SHEET_NAME, oldStyleRows(true).filter((r) => r[0] !== "pemetaan"), { visibility: "VeryHidden" });
    await markFindings([makeFinding("ANGKA_TEKS", "warning", "Rekap 2025", 8, 4, "y")]);
    expect(await clearMarks()).toEqual({ restored: 2 });
    expect(double.getSheetGrid("Rekap 2025").fills[7][1]).toBe(MARK.previousFill);
    const state = await readState();
    expect(state.marks).toEqual([]);
    expect(state.settings).toEqual(SETTINGS);
  });
});
