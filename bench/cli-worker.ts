/**
 * Run by bench/cli.ts in a fresh node process: `validateFiles(FOLDER)` as `kinerja validasi`
 * does it, without printing findings. Prints one JSON line: files, rows checked, findings,
 * wall time of validateFiles and the process's peak resident memory.
 */
import { validateFiles } from "../src/cli/validasi";
import { silentProgress } from "../src/cli/progress";

async function main(folder: string): Promise<void> {
  const start = Number(process.hrtime.bigint()) / 1e6;
  const { outcomes } = await validateFiles(folder, { json: true, today: new Date(2026, 0, 15, 12) }, silentProgress);
  const validateMs = Number(process.hrtime.bigint()) / 1e6 - start;
  let rows = 0;
  let errors = 0;
  let warnings = 0;
  for (const o of outcomes) {
    if (o.status !== "ok") throw new Error(`${o.file}: ${o.message}`);
    for (const r of o.validation.reports) {
      rows += r.rowsChecked;
      errors += r.counts.errors;
      warnings += r.counts.warnings;
    }
  }
  console.log(JSON.stringify({ files: outcomes.length, rows, errors, warnings, validateMs: Math.round(validateMs * 100) / 100, maxRssKb: process.resourceUsage().maxRSS }));
}

main(process.argv[2]).catch((error) => {
  console.error(error);
  process.exit(2);
});
