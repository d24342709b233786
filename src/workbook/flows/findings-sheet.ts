/**
 * The findings of a check as a sheet of their own, for the officer to send back to the agency:
 * marked as the add-in's (so a re-export replaces it, and a user's sheet of that name is never
 * touched) and written by the same adapters as the recommendation sheet.
 */
import { SheetCheck } from "./check";
import { GENERATED_MARKER, OWN_SHEET_MARKER } from "./own-sheet";
import { chooseSheetName, ExistingWorkbook } from "../recommendation";
import { ruleInfo } from "../rules";
import { cellAt, cellText, CellValue, SheetData } from "../sheet-data";
import { Finding } from "../findings";
import { SheetWritePlan, TEXT_FORMAT } from "../write-plan";

const HEADER = ["No", "Sel", "Tingkat", "Aturan", "Isi sel", "Keterangan"] as const;

/** What the cell of a finding holds, as text (blank for findings about the whole sheet or header). */
export function findingValue(sheet: SheetData, finding: Pick<Finding, "row" | "col">): string {
  const value = cellAt(sheet.values, finding.row - sheet.startRow, finding.col - sheet.startCol);
  return value === undefined ? "" : cellText(value);
}

export function planFindingsSheet(check: Pick<SheetCheck, "sheet" | "report">, existing: ExistingWorkbook, today: Date): SheetWritePlan | undefined {
  const findings = check.report?.findings ?? [];
  if (findings.length === 0) return undefined;
  const { name, replaces } = chooseSheetName(`Temuan ${check.sheet.name}`, existing, "Temuan");
  const date = `${String(today.getDate()).padStart(2, "0")}-${String(today.getMonth() + 1).padStart(2, "0")}-${today.getFullYear()}`;
  const rows: CellValue[][] = findings.map((f, i) => [
    i + 1,
    f.cell,
    f.severity === "error" ? "Kesalahan" : "Peringatan",
    ruleInfo(f.code)?.title ?? f.code,
    findingValue(check.sheet, f),
    f.message,
  ]);
  const top = 3;
  return {
    sheetName: name,
    replaces,
    blocks: [
      { row: 0, col: 0, values: [[`TEMUAN PEMERIKSAAN LEMBAR "${check.sheet.name}"`]] },
      { row: OWN_SHEET_MARKER.row, col: OWN_SHEET_MARKER.col, values: [[`${GENERATED_MARKER} pada ${date}. Isinya nilai tetap: periksa dan ekspor ulang dari panel bila lembar berubah.`]] },
      { row: top, col: 0, values: [[...HEADER], ...rows] },
    ],
    // Cell contents and messages as text: a value such as "=1+1" stays text.
    formats: [
      { range: { row: 0, col: 0, rows: 1, cols: 1 }, bold: true, fontSize: 14 },
      { range: { row: OWN_SHEET_MARKER.row, col: 0, rows: 1, cols: 1 }, italic: true, fontColor: "#605E5C" },
      { range: { row: top, col: 0, rows: 1, cols: HEADER.length }, bold: true, fill: "#DDEBF7" },
      { range: { row: top + 1, col: 1, rows: rows.length, cols: 5 }, numberFormat: TEXT_FORMAT, wrap: true },
    ],
    columnWidths: [
      { col: 0, width: 6 },
      { col: 1, width: 8 },
      { col: 2, width: 11 },
      { col: 3, width: 30 },
      { col: 4, width: 24 },
      { col: 5, width: 70 },
    ],
    freezeRows: top + 1,
    marker: { row: OWN_SHEET_MARKER.row, col: OWN_SHEET_MARKER.col, text: GENERATED_MARKER },
  };
}
