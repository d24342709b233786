/**
 * The browser demo's stand-in for office.js: the Excel test double, installed as the Office,
 * Excel, OfficeExtension and CustomFunctions globals, holding the bundled sample workbooks.
 * It is served in place of Microsoft's office.js on the demo page and in the end-to-end test;
 * it is not part of the add-in.
 */
import { createWorkbookDouble, installGlobals, WorkbookDouble } from "@kinerja/office-double";
import { cellRef } from "../src/workbook/address";

interface DemoSheet {
  readonly name: string;
  readonly startRow: number;
  readonly startCol: number;
  readonly values: unknown[][];
  readonly visibility?: "VeryHidden";
}

interface DemoWorkbook {
  readonly file: string;
  readonly sheets: readonly DemoSheet[];
}

export interface DemoHandle {
  readonly double: WorkbookDouble;
  readonly ready: Promise<{ files: string[]; file: string }>;
}

declare global {
  interface Window {
    __kinerjaDemo?: DemoHandle;
  }
}

/** Which sample to open: ?sampel=NAME, else the one with planted problems. */
function chosenFile(files: readonly string[]): string {
  const wanted = new URLSearchParams(window.location.search).get("sampel");
  return files.find((f) => f === wanted) ?? files.find((f) => f.includes("bermasalah")) ?? files[0];
}

function loadWorkbook(double: WorkbookDouble, workbook: DemoWorkbook): void {
  for (const sheet of workbook.sheets) {
    double.addSheet(sheet.name, sheet.values as never, { origin: cellRef(sheet.startRow, sheet.startCol), visibility: sheet.visibility });
  }
  if (workbook.sheets.length > 0) {
    double.removeSheet("Sheet1");
    double.activateSheet(workbook.sheets[0].name);
  }
}

// ?tema=gelap shows the panel as it looks under Office's dark theme; ?excel=lama an Excel without
// the ExcelApi requirement sets the pane needs (the pane then says which version it needs).
const query = new URLSearchParams(window.location.search);
const theme = query.get("tema") === "gelap" ? "dark" : "light";
const unsupportedRequirementSets = query.get("excel") === "lama" ? ["ExcelApi"] : undefined;
const double = installGlobals(
  window,
  createWorkbookDouble({ platform: "OfficeOnline", displayLanguage: "id-ID", workbookName: "Sampel.xlsx", theme, unsupportedRequirementSets }),
);

const ready = fetch("/demo-data.json")
  .then((response) => response.json() as Promise<DemoWorkbook[]>)
  .then((workbooks) => {
    const files = workbooks.map((w) => w.file);
    const file = chosenFile(files);
    loadWorkbook(double, workbooks.find((w) => w.file === file)!);
    double.resetCounters();
    return { files, file };
  });

// Office.onReady waits for the workbook, as the real one waits for the host.
const office = (window as unknown as { Office: { onReady: (cb?: (info: unknown) => void) => Promise<unknown> } }).Office;
const onReady = office.onReady.bind(office);
office.onReady = (callback) => ready.then(() => onReady(callback));

window.__kinerjaDemo = { double, ready };
