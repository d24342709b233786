/**
 * `npm run demo` — the add-in's real work on the bundled samples, without Excel:
 *   1. every KINERJA function's help example, through the code Excel runs;
 *   2. `kinerja validasi samples/` — every sample checked, findings with their cells;
 *   3. `kinerja rekomendasi` — a recommendation workbook per employee sample, in out/;
 *   4. the task pane in an ordinary browser next to the sample workbook (Ctrl+C to stop).
 * Options: --tanpa-server (steps 1–3 only), --port N (default 3100).
 */
import { existsSync, mkdirSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { CATALOGUE } from "../src/functions/catalogue";
import { exampleFormula } from "../src/functions/formula-text";
import { resultToJson } from "../src/cli/fungsi";
import { silentProgress } from "../src/cli/progress";
import { toText, validateFiles } from "../src/cli/validasi";
import { runRekomendasi } from "../src/cli/rekomendasi";
import { loadWorkbookFile } from "../src/xlsx";
import { startDemoServer } from "./demo-server";

const ROOT = join(__dirname, "..");
const SAMPLES = join(ROOT, "samples");
const OUT = join(ROOT, "out");

function heading(text: string): void {
  console.log(`\n== ${text}`);
}

function step1Functions(): void {
  heading("1. Fungsi KINERJA.* (contoh bantuan, dihitung oleh kode yang sama dengan Excel)");
  for (const fn of CATALOGUE) console.log(`${exampleFormula(fn).padEnd(64)} → ${resultToJson(fn.evaluate(...fn.example.args))}`);
}

async function step2Validate(): Promise<void> {
  heading(`2. kinerja validasi ${SAMPLES}`);
  const { outcomes, folder } = await validateFiles(SAMPLES, {}, silentProgress);
  console.log(toText(outcomes, folder));
}

async function step3Recommend(): Promise<string[]> {
  heading("3. kinerja rekomendasi — lembar Rekomendasi Penghargaan di out/");
  mkdirSync(OUT, { recursive: true });
  const written: string[] = [];
  for (const file of ["dinas-bersih.xlsx", "dinas-bermasalah.xlsx"]) {
    const input = join(SAMPLES, file);
    if (!existsSync(input)) continue;
    const output = join(OUT, `rekomendasi-${file}`);
    // --paksa: the problem sample is shown with its rows noted rather than refused.
    for (const line of (await runRekomendasi(input, { output, overwrite: true, force: true })).lines) console.log(line);
    written.push(output);
    const check = await loadWorkbookFile(output);
    console.log(`   (dibuka ulang: ${check.sheetNames.length} lembar, lembar add-in: ${check.ownSheets.join(", ")})`);
  }
  return written;
}

async function step4Browser(port: number): Promise<void> {
  heading("4. Panel di peramban, di samping buku kerja sampel");
  if (!existsSync(join(ROOT, "dist", "demo.html"))) {
    console.log("Membangun dist/ (npm run build:dev)…");
    execFileSync(process.execPath, [join(ROOT, "node_modules", "webpack", "bin", "webpack.js"), "--mode", "production"], { cwd: ROOT, stdio: "inherit" });
  }
  await startDemoServer(join(ROOT, "dist"), SAMPLES, port);
  console.log(`Buka http://localhost:${port}/demo.html di peramban (Ctrl+C untuk berhenti).`);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const port = Number(args[args.indexOf("--port") + 1]) || 3100;
  step1Functions();
  await step2Validate();
  await step3Recommend();
  if (!args.includes("--tanpa-server")) await step4Browser(port);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
