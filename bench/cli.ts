/**
 * Bench section "cli": `kinerja validasi FOLDER` over 50 workbooks × 2,000 employees, and
 * `kinerja validasi FILE` and `kinerja rekomendasi FILE -o OUT --paksa` on one recap of 10,000
 * and 100,000 rows (1,000,000 with BENCH_CLI_MILLION=1): time, CPU and peak memory as the row
 * count grows.
 *
 * The workbooks are generated once, deterministically (bench/synthetic.ts rows, workbook w holding
 * employees w×2,000 … w×2,000+1,999, written with ExcelJS), into a folder under the system's temp
 * directory and reused while the generator version matches.
 *
 * Two measurements, each in a fresh node process so its peak memory is the CLI's own:
 * - in-process: bench/cli-worker.ts calls `validateFiles` on the folder (reading, validating; no
 *   printing), reports wall time and process.resourceUsage().maxRSS;
 * - child process: the real command, `node bin/kinerja.js validasi FOLDER --json` when lib/ is
 *   built and current, else the same entry compiled by the bench build
 *   (bench/results/build/src/cli/run.js), else `npx tsx src/cli/run.ts`. Wall time from spawn to
 *   exit; peak memory from /usr/bin/time -v (maximum resident set size) when available, else by
 *   polling /proc/PID/status (VmHWM).
 */
import ExcelJS from "exceljs";
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { nowMs, round, ROOT, table } from "./common";
import { writeBigRecap } from "./big-recap";
import { SHEET_NAME, syntheticRows } from "./synthetic";

export const CLI_WORKBOOKS = 50;
export const CLI_ROWS = 2_000;
/** Bump when the generated workbooks change, so a stale folder is regenerated. */
const GENERATOR_VERSION = 1;

export function cliFolder(): string {
  return join(tmpdir(), `kinerja-bench-cli-v${GENERATOR_VERSION}-${CLI_WORKBOOKS}x${CLI_ROWS}`);
}

/** Writes the workbooks unless a complete set of this generator version is already there. */
export async function ensureWorkbooks(): Promise<{ folder: string; generatedMs: number | null; bytes: number }> {
  const folder = cliFolder();
  const marker = join(folder, ".complete");
  const size = () => readdirSync(folder).filter((f) => f.endsWith(".xlsx")).reduce((a, f) => a + statSync(join(folder, f)).size, 0);
  if (existsSync(marker)) return { folder, generatedMs: null, bytes: size() };
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  const start = nowMs();
  for (let w = 0; w < CLI_WORKBOOKS; w++) {
    const { values } = syntheticRows(CLI_ROWS, w * CLI_ROWS);
    const wb = new ExcelJS.Workbook();
    wb.created = new Date(Date.UTC(2026, 0, 15));
    wb.modified = wb.created;
    const ws = wb.addWorksheet(SHEET_NAME);
    for (const row of values) ws.addRow(row.map((v) => (v === "" ? null : v)) as ExcelJS.CellValue[]);
    ws.mergeCells("F4:G4");
    await wb.xlsx.writeFile(join(folder, `opd-${String(w + 1).padStart(2, "0")}.xlsx`));
  }
  writeFileSync(marker, new Date().toISOString());
  return { folder, generatedMs: round(nowMs() - start), bytes: size() };
}

export interface ProcessMeasure {
  readonly how: string;
  readonly wallMs: number;
  /** CPU time (user + system) of the run; null when it could not be measured. */
  readonly cpuMs: number | null;
  /** cpuMs ÷ the baseline (CliResult.jsonRoundTripCpuMs): what bench:check compares. */
  readonly ratio: number | null;
  readonly peakRssMb: number;
  readonly peakFrom: string;
  readonly exitCode: number | null;
  readonly files?: number;
  readonly rows?: number;
  readonly errors?: number;
  readonly warnings?: number;
}

export interface CliResult {
  readonly workbooks: number;
  readonly rowsPerWorkbook: number;
  readonly folder: string;
  readonly folderMb: number;
  readonly generatedMs: number | null;
  /** Baseline of the same run: CPU ms of a JSON round trip of the cells of every workbook. */
  readonly jsonRoundTripCpuMs: number;
  readonly inProcess: ProcessMeasure;
  readonly childProcess: ProcessMeasure;
  /** One large recap per size (`kinerja validasi FILE`). */
  readonly sizes: readonly CliSizeMeasure[];
  /** The same recaps through `kinerja rekomendasi FILE -o OUT --paksa` (reading, checking and writing the copy). */
  readonly rekomendasi: readonly RekomendasiSizeMeasure[];
}

export interface Run {
  readonly wallMs: number;
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly peakKb: number;
  readonly peakFrom: string;
  /** User + system CPU ms of the child, from /usr/bin/time -v (undefined without it). */
  readonly cpuMs?: number;
}

const HAS_GNU_TIME = (() => {
  try {
    return existsSync("/usr/bin/time") && readFileSync("/usr/bin/time").length > 0;
  } catch {
    return false;
  }
})();

/** Runs a command to completion: wall time, output, and its peak resident memory. */
export function run(command: string, args: readonly string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const useTime = HAS_GNU_TIME;
    const argv = useTime ? ["-v", command, ...args] : [...args];
    const start = nowMs();
    const child = spawn(useTime ? "/usr/bin/time" : command, argv, { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (b: Buffer) => out.push(b));
    child.stderr.on("data", (b: Buffer) => err.push(b));
    let polledKb = 0;
    const poll = setInterval(() => {
      try {
        const status = readFileSync(`/proc/${child.pid}/status`, "utf8");
        const m = /VmHWM:\s+(\d+) kB/.exec(status);
        if (m) polledKb = Math.max(polledKb, Number(m[1]));
      } catch {
        /* exited */
      }
    }, 25);
    child.on("error", (e) => {
      clearInterval(poll);
      reject(e);
    });
    child.on("close", (code) => {
      clearInterval(poll);
      const wallMs = round(nowMs() - start);
      const stderr = Buffer.concat(err).toString("utf8");
      const timed = useTime ? /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr) : null;
      const user = useTime ? /User time \(seconds\): ([\d.]+)/.exec(stderr) : null;
      const system = useTime ? /System time \(seconds\): ([\d.]+)/.exec(stderr) : null;
      resolve({
        wallMs,
        code,
        stdout: Buffer.concat(out).toString("utf8"),
        stderr,
        peakKb: timed ? Number(timed[1]) : polledKb,
        peakFrom: timed ? "/usr/bin/time -v" : "/proc/PID/status VmHWM (polled)",
        cpuMs: user && system ? round((Number(user[1]) + Number(system[1])) * 1000) : undefined,
      });
    });
  });
}

/** The freshest way to run the real CLI entry. */
function cliCommand(): { command: string; args: string[]; how: string } {
  const lib = join(ROOT, "lib", "cli", "main.js");
  const newestSource = newestMtime(["src/cli", "src/core", "src/workbook", "src/xlsx", "src/functions/catalogue"].map((d) => join(ROOT, d)));
  if (existsSync(lib) && statSync(lib).mtimeMs >= newestSource) return { command: process.execPath, args: ["bin/kinerja.js"], how: "node bin/kinerja.js (lib/)" };
  const compiled = join(ROOT, "bench", "results", "build", "src", "cli", "run.js");
  if (existsSync(compiled)) return { command: process.execPath, args: [compiled], how: "node bench/results/build/src/cli/run.js (lib/ missing or older than src/; same entry compiled by the bench build)" };
  return { command: "npx", args: ["tsx", "src/cli/run.ts"], how: "npx tsx src/cli/run.ts" };
}

function newestMtime(dirs: readonly string[]): number {
  let newest = 0;
  const walk = (dir: string) => {
    if (!existsSync(dir)) return;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, entry.name);
      if (entry.isDirectory()) walk(p);
      else newest = Math.max(newest, statSync(p).mtimeMs);
    }
  };
  dirs.forEach(walk);
  return newest;
}

interface Summary {
  files: number;
  rows: number;
  errors: number;
  warnings: number;
}

function summarise(json: string): Summary {
  const parsed = JSON.parse(json) as { files: { sheets?: { rowsChecked: number }[] }[]; summary: { files: number; errors: number; warnings: number } };
  const rows = parsed.files.reduce((a, f) => a + (f.sheets ?? []).reduce((b, s) => b + s.rowsChecked, 0), 0);
  return { files: parsed.summary.files, rows, errors: parsed.summary.errors, warnings: parsed.summary.warnings };
}

/** One recap per size: `kinerja validasi FILE --json` in a child process, time and peak memory. */
export interface CliSizeMeasure {
  readonly rows: number;
  readonly fileMb: number;
  readonly wallMs: number;
  readonly cpuMs: number | null;
  readonly peakRssMb: number;
  readonly peakFrom: string;
  readonly exitCode: number | null;
  readonly rowsChecked: number;
  readonly errors: number;
  readonly warnings: number;
}

/** 10,000 and 100,000 rows always; 1,000,000 with BENCH_CLI_MILLION=1 (minutes on a busy 2-core machine). */
export function cliSizes(): number[] {
  const fromEnv = process.env.BENCH_CLI_SIZES?.split(",").map(Number).filter((n) => n > 0);
  if (fromEnv?.length) return fromEnv;
  return process.env.BENCH_CLI_MILLION === "1" ? [10_000, 100_000, 1_000_000] : [10_000, 100_000];
}

/** The recap of `rows` employees, written once into the temp folder and reused. */
async function bigRecap(rows: number): Promise<string> {
  const folder = join(tmpdir(), `kinerja-bench-recap-v${GENERATOR_VERSION}`);
  mkdirSync(folder, { recursive: true });
  const file = join(folder, `rekap-${rows}.xlsx`);
  const done = `${file}.complete`;
  if (!existsSync(done)) {
    await writeBigRecap(file, rows);
    writeFileSync(done, new Date().toISOString());
  }
  return file;
}

/** A child run's time, CPU and peak memory, as the size tables report them. */
function measured(r: Run): { wallMs: number; cpuMs: number | null; peakRssMb: number; peakFrom: string; exitCode: number | null } {
  return { wallMs: r.wallMs, cpuMs: r.cpuMs ?? null, peakRssMb: round(r.peakKb / 1024, 1), peakFrom: r.peakFrom, exitCode: r.code };
}

export async function benchCliSizes(sizes: readonly number[] = cliSizes()): Promise<CliSizeMeasure[]> {
  const cli = cliCommand();
  const out: CliSizeMeasure[] = [];
  for (const rows of sizes) {
    const file = await bigRecap(rows);
    const r = await run(cli.command, [...cli.args, "validasi", file, "--json"]);
    if (r.code === null || r.code > 1) throw new Error(`kinerja validasi ${file} failed (${r.code}): ${r.stderr.slice(-2000)}`);
    const s = summarise(r.stdout);
    out.push({
      rows,
      fileMb: round(statSync(file).size / 1e6),
      ...measured(r),
      rowsChecked: s.rows,
      errors: s.errors,
      warnings: s.warnings,
    });
  }
  return out;
}

/** One recap per size: `kinerja rekomendasi FILE -o OUT --paksa` in a child process (information; no budget). */
export interface RekomendasiSizeMeasure {
  readonly rows: number;
  readonly fileMb: number;
  readonly outMb: number;
  readonly wallMs: number;
  readonly cpuMs: number | null;
  readonly peakRssMb: number;
  readonly peakFrom: string;
  readonly exitCode: number | null;
}

/**
 * The synthetic recaps plant about one error a thousand rows, so `rekomendasi` would refuse them:
 * --paksa writes anyway (each such row noted), which is the whole write path.
 */
export async function benchRekomendasiSizes(sizes: readonly number[] = cliSizes()): Promise<RekomendasiSizeMeasure[]> {
  const cli = cliCommand();
  const out: RekomendasiSizeMeasure[] = [];
  for (const rows of sizes) {
    const file = await bigRecap(rows);
    const copy = join(tmpdir(), `kinerja-bench-rekomendasi-${process.pid}-${rows}.xlsx`);
    try {
      const r = await run(cli.command, [...cli.args, "rekomendasi", file, "-o", copy, "--timpa", "--paksa"]);
      if (r.code !== 0) throw new Error(`kinerja rekomendasi ${file} failed (${r.code}): ${r.stderr.slice(-2000)}`);
      out.push({
        rows,
        fileMb: round(statSync(file).size / 1e6),
        outMb: round(statSync(copy).size / 1e6),
        ...measured(r),
      });
    } finally {
      rmSync(copy, { force: true });
    }
  }
  return out;
}

/** Printed here, as it is measured: information only (bench:check has no budget for it). */
function printRekomendasi(sizes: readonly RekomendasiSizeMeasure[]): readonly RekomendasiSizeMeasure[] {
  table(
    "CLI: kinerja rekomendasi FILE -o OUT --paksa on the same recaps (child process: reading, checking and writing the copy; information, no budget)",
    ["rows", "file MB", "OUT MB", "wall ms", "CPU ms", "peak RSS MB"],
    sizes.map((s) => [s.rows.toLocaleString("en-US"), s.fileMb.toFixed(1), s.outMb.toFixed(1), s.wallMs.toFixed(0), s.cpuMs === null ? "—" : s.cpuMs.toFixed(0), s.peakRssMb.toFixed(1)]),
  );
  return sizes;
}

export async function benchCli(): Promise<CliResult> {
  const { folder, generatedMs, bytes } = await ensureWorkbooks();

  const worker = join(__dirname, "cli-worker.js");
  const workerCommand = existsSync(worker) ? { command: process.execPath, args: [worker, folder] } : { command: "npx", args: ["tsx", join(ROOT, "bench", "cli-worker.ts"), folder] };
  const inRun = await run(workerCommand.command, workerCommand.args);
  if (inRun.code !== 0) throw new Error(`cli-worker failed (${inRun.code}): ${inRun.stderr.slice(-2000)}`);
  const inSummary = JSON.parse(inRun.stdout.trim().split("\n").pop()!) as Summary & { validateMs: number; validateCpuMs: number; jsonRoundTripCpuMs: number; maxRssKb: number };
  const baseline = inSummary.jsonRoundTripCpuMs;

  const cli = cliCommand();
  const childRun = await run(cli.command, [...cli.args, "validasi", folder, "--json"]);
  if (childRun.code === null || childRun.code > 1) throw new Error(`kinerja validasi failed (${childRun.code}): ${childRun.stderr.slice(-2000)}`);
  const childSummary = summarise(childRun.stdout);

  return {
    workbooks: CLI_WORKBOOKS,
    rowsPerWorkbook: CLI_ROWS,
    folder,
    folderMb: round(bytes / 1e6),
    generatedMs,
    jsonRoundTripCpuMs: baseline,
    inProcess: {
      how: "validateFiles(folder) in a fresh node process (bench/cli-worker.ts)",
      wallMs: inSummary.validateMs,
      cpuMs: inSummary.validateCpuMs,
      ratio: round(inSummary.validateCpuMs / baseline),
      peakRssMb: round(inSummary.maxRssKb / 1024, 1),
      peakFrom: "process.resourceUsage().maxRSS",
      exitCode: inRun.code,
      files: inSummary.files,
      rows: inSummary.rows,
      errors: inSummary.errors,
      warnings: inSummary.warnings,
    },
    childProcess: {
      how: `${cli.how} validasi FOLDER --json`,
      wallMs: childRun.wallMs,
      cpuMs: childRun.cpuMs ?? null,
      ratio: childRun.cpuMs === undefined ? null : round(childRun.cpuMs / baseline),
      peakRssMb: round(childRun.peakKb / 1024, 1),
      peakFrom: childRun.peakFrom,
      exitCode: childRun.code,
      ...childSummary,
    },
    sizes: await benchCliSizes(),
    rekomendasi: printRekomendasi(await benchRekomendasiSizes()),
  };
}
