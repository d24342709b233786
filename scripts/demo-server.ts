/**
 * A small static server for the browser demo: dist/ (the built add-in and demo page) and
 * /demo-data.json, the bundled sample workbooks read by the same .xlsx adapter the CLI uses.
 * Loopback only; nothing here is part of the add-in.
 */
import { createServer, Server } from "node:http";
import { readFile, readdir } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";
import { loadWorkbookFile, openWorkbook } from "../src/xlsx";
import { worksheetToSheetData } from "../src/xlsx/sheet-data";
import { STATE_SHEET_NAME } from "../src/workbook/workbook-state";
import { sheetRows } from "../src/workbook/sheet-data";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".png": "image/png",
  ".css": "text/css; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
};

export interface DemoWorkbook {
  readonly file: string;
  readonly sheets: {
    readonly name: string;
    readonly startRow: number;
    readonly startCol: number;
    readonly values: unknown[][];
    readonly visibility?: "VeryHidden";
  }[];
}

/** Every sample workbook's visible sheets, as the demo's Excel double loads them. */
export async function demoData(samplesDir: string): Promise<DemoWorkbook[]> {
  const files = (await readdir(samplesDir)).filter((f) => f.endsWith(".xlsx")).sort();
  const out: DemoWorkbook[] = [];
  for (const file of files) {
    const loaded = await loadWorkbookFile(join(samplesDir, file));
    const sheets: DemoWorkbook["sheets"][number][] = loaded.sheets.map((s) => ({ name: s.name, startRow: s.startRow, startCol: s.startCol, values: sheetRows(s.values) as unknown[][] }));
    // The add-in's own state sheet (settings, mappings) travels with the sample, hidden as in Excel.
    const state = (await openWorkbook(join(samplesDir, file))).workbook.getWorksheet(STATE_SHEET_NAME);
    if (state) {
      const data = worksheetToSheetData(state);
      sheets.push({ name: data.name, startRow: data.startRow, startCol: data.startCol, values: sheetRows(data.values) as unknown[][], visibility: "VeryHidden" });
    }
    out.push({ file, sheets });
  }
  return out;
}

export async function startDemoServer(root: string, samplesDir: string, port: number): Promise<Server> {
  const data = JSON.stringify(await demoData(samplesDir));
  const base = resolve(root);
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    if (url.pathname === "/demo-data.json") {
      res.writeHead(200, { "Content-Type": TYPES[".json"] });
      res.end(data);
      return;
    }
    const path = normalize(join(base, url.pathname === "/" ? "demo.html" : decodeURIComponent(url.pathname)));
    if (!path.startsWith(base)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(path);
      res.writeHead(200, { "Content-Type": TYPES[extname(path)] ?? "application/octet-stream" });
      res.end(body);
    } catch {
      res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end("Tidak ditemukan");
    }
  });
  await new Promise<void>((ok) => server.listen(port, "127.0.0.1", ok));
  return server;
}
