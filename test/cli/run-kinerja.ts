/** Runs the CLI in-process as a shell would, capturing what it prints and its exit code. */
import { main } from "../../src/cli/main";
import { CliIo } from "../../src/cli/shared";

export interface CliRun {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

export async function kinerja(...argv: string[]): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (t) => out.push(t), err: (t) => err.push(t) };
  const code = await main(argv, io);
  return { code, out: out.join("\n"), err: err.join("\n") };
}
