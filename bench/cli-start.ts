/**
 * Bench section "start": how long `kinerja` takes to answer a small request, from spawn to exit,
 * against `node -e 0` measured in the same run (what starting node alone costs on this machine).
 * - `kinerja fungsi PREDIKAT 100`: loads commander and the function catalogue only;
 * - `kinerja validasi samples/dinas-bersih.xlsx --json`: one small file (320 employees).
 * Median of 7 runs each, interleaved so a busy moment hits all three alike; CPU time from
 * /usr/bin/time -v. bench:check compares the CPU ratio to node alone.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { run } from "./cli";
import { median, round, ROOT } from "./common";

const RUNS = 7;

export interface StartMeasure {
  readonly command: string;
  readonly wallMedianMs: number;
  readonly cpuMedianMs: number | null;
  /** Median CPU ms of the command minus node alone's: what the command itself costs to start. */
  readonly overNodeCpuMs: number | null;
  /** CPU ms ÷ node alone's CPU ms: what bench:check compares. */
  readonly ratioToNode: number | null;
}

export interface StartResult {
  readonly node: { wallMedianMs: number; cpuMedianMs: number | null };
  readonly fungsi: StartMeasure;
  readonly validasi: StartMeasure;
}

export async function benchCliStart(): Promise<StartResult> {
  const bin = join(ROOT, "bin", "kinerja.js");
  if (!existsSync(join(ROOT, "lib", "cli", "main.js"))) throw new Error("bench start: build the CLI first (npm run build:cli)");
  const commands = {
    node: ["-e", "0"],
    fungsi: [bin, "fungsi", "PREDIKAT", "100"],
    validasi: [bin, "validasi", join(ROOT, "samples", "dinas-bersih.xlsx"), "--json"],
  } as const;
  const wall: Record<keyof typeof commands, number[]> = { node: [], fungsi: [], validasi: [] };
  const cpu: Record<keyof typeof commands, number[]> = { node: [], fungsi: [], validasi: [] };
  for (let i = 0; i < RUNS + 1; i++) {
    for (const name of Object.keys(commands) as (keyof typeof commands)[]) {
      const r = await run(process.execPath, commands[name]);
      if (name !== "node" && r.code !== 0 && !(name === "validasi" && r.code === 1)) throw new Error(`bench start: ${name} exited ${r.code}: ${r.stderr.slice(0, 400)}`);
      if (i === 0) continue; // the first round warms the file cache
      wall[name].push(r.wallMs);
      if (r.cpuMs !== undefined) cpu[name].push(r.cpuMs);
    }
  }
  const nodeCpu = cpu.node.length ? median(cpu.node) : null;
  const measure = (name: "fungsi" | "validasi", command: string): StartMeasure => {
    const c = cpu[name].length ? median(cpu[name]) : null;
    return {
      command,
      wallMedianMs: round(median(wall[name])),
      cpuMedianMs: c === null ? null : round(c),
      overNodeCpuMs: c === null || nodeCpu === null ? null : round(c - nodeCpu),
      ratioToNode: c === null || nodeCpu === null || nodeCpu === 0 ? null : round(c / nodeCpu, 2),
    };
  };
  return {
    node: { wallMedianMs: round(median(wall.node)), cpuMedianMs: nodeCpu === null ? null : round(nodeCpu) },
    fungsi: measure("fungsi", "kinerja fungsi PREDIKAT 100"),
    validasi: measure("validasi", "kinerja validasi samples/dinas-bersih.xlsx --json"),
  };
}
