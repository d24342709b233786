/**
 * The real-layout samples through the CLI with no --aturan and no --kolom, per sheet: planted found
 * / planted (validasi --json), false errors, rule set detected, `rekomendasi` without --paksa (exit
 * code, OUT written or not), and with --paksa the rows in the recommendation sheet / employees and
 * the rows withheld for errors. Run with `npx tsx scripts/measure-real-samples-cli.ts`.
 */
import ExcelJS from "exceljs";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { main } from "../src/cli/main";
import { realSamples } from "./make-real-samples";

async function run(...argv: string[]): Promise<{ code: number; out: string }> {
  const out: string[] = [];
  const code = await main(argv, { out: (t) => out.push(t), err: (t) => out.push(t) });
  return { code, out: out.join("\n") };
}

async function measure(): Promise<void> {
  const dir = join(resolve(__dirname, ".."), "samples", "nyata");
  const tmp = mkdtempSync(join(tmpdir(), "kinerja-ukur-"));
  console.log("| Family / sheet | planted found | false errors | validasi exit | rekomendasi exit (OUT written?) | --paksa: rows in sheet / employees | rows withheld | rule set detected |");
  console.log("|---|---|---|---|---|---|---|---|");
  for (const s of realSamples()) {
    const input = join(dir, s.file);
    const v = await run("validasi", input, "--json");
    const sheets = JSON.parse(v.out).files[0].sheets as { sheet: string; findings: { cell: string; code: string; severity: string }[]; aturan: { aturan: string; source: string; reason: string } }[];
    for (const plan of s.sheets) {
      const report = sheets.find((x) => x.sheet === plan.name)!;
      const plants = s.plants.filter((p) => p.sheet === plan.name);
      const found = plants.filter((p) => report.findings.some((f) => f.cell === p.cell && f.code === p.code));
      const falseErrors = report.findings.filter((f) => f.severity === "error" && !plants.some((p) => p.cell === f.cell && p.code === f.code));
      const out = join(tmp, `${plan.name}.xlsx`);
      const refused = await run("rekomendasi", input, "-o", out, "--lembar", plan.name);
      const wroteOnRefusal = existsSync(out);
      const forced = await run("rekomendasi", input, "-o", out, "--lembar", plan.name, "--paksa", "--timpa");
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(out);
      const ws = wb.worksheets.find((w) => w.name.startsWith("Rekomendasi Penghargaan"))!;
      let rows = 0;
      let withheld = 0;
      const notesCol = (ws.getRow(5).values as unknown[]).indexOf("Catatan");
      for (let r = 6; ws.getRow(r).getCell(1).value !== null; r++) {
        rows++;
        if (String(ws.getRow(r).getCell(notesCol).value ?? "").includes("kesalahan ")) withheld++;
      }
      console.log(
        `| ${s.file} / ${plan.name} | ${found.length}/${plants.length} | ${falseErrors.length} | ${v.code} | ${refused.code} (${wroteOnRefusal ? "yes" : "no"}); --paksa ${forced.code} | ${rows}/${plan.employeeRows.length} | ${withheld} | ${report.aturan.aturan} (${report.aturan.source}: ${report.aturan.reason}) |`,
      );
    }
  }
  rmSync(tmp, { recursive: true, force: true });
}

measure().catch((error) => {
  console.error(error);
  process.exit(1);
});
