/**
 * Run by bench/cli.ts in a fresh node process: `validateFiles(FOLDER)` as `kinerja validasi`
 * does it, without printing findings. Prints one JSON line: files, rows checked, findings,
 * wall time of validateFiles and the process's peak resident memory.
 */
import { validateFiles } from "../src/cli/validasi";
import { silentProgress } from "../src/cli/progress";
import { CLI_ROWS } from "./cli";
import { syntheticRows } from "./synthetic";

/**
 * The baseline of the CLI's budget, in the same run: CPU ms of a JSON round trip (stringify +
 * parse) of the cells of every workbook of the folder, regenerated from the same seed.
 */
function jsonRoundTripCpuMs(files: number): number {
  let cpuMs = 0;
  for (let w = 0; w < files; w++) {
    const { values } = syntheticRows(CLI_ROWS, w * CLI_ROWS);
    const cpu = process.cpuUsage();
    JSON.parse(JSON.stringify(values));
    const used = process.cpuUsage(cpu);
    cpuMs += (used.user + used.system) / 1000;
  }
  return Math.round(cpuMs * 100) / 100;
}

async function main(folder: string): Promise<void> {
  const start = Number(process.hrtime.bigint()) / 1e6;
  const cpu = process.cpuUsage();
  const { outcomes } = await validateFiles(folder, { json: true, today: new Date(2026, 0, 15, 12) }, silentProgress);
  const validateMs = Number(process.hrtime.bigint()) / 1e6 - start;
  const used = process.cpuUsage(cpu);
  const validateCpuMs = Math.round((used.user + used.system) / 10) / 100;
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
  const maxRssKb = process.resourceUsage().maxRSS;
  console.log(JSON.stringify({ files: outcomes.length, rows, errors, warnings, validateMs: Math.round(validateMs * 100) / 100, validateCpuMs, jsonRoundTripCpuMs: jsonRoundTripCpuMs(outcomes.length), maxRssKb }));
}

main(process.argv[2]).catch((error) => {
  console.error(error);
  process.exit(2);
});
