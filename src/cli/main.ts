/**
 * `kinerja` — the add-in's engine on the command line (stable interface, see DESIGN.md).
 *   kinerja fungsi NAMA [ARG ...]
 *   kinerja validasi FILE.xlsx|FOLDER [--json] [--aturan …]
 *   kinerja rekomendasi FILE.xlsx -o OUT.xlsx [--timpa]
 * Exit codes: 0 ok · 1 error-level findings · 2 unusable input or usage.
 */
import { Command, CommanderError } from "commander";
import { runFungsi, UsageError } from "./fungsi";

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_UNUSABLE = 2;

export interface CliIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

const processIo: CliIo = {
  out: (text) => process.stdout.write(text + "\n"),
  err: (text) => process.stderr.write(text + "\n"),
};

export async function main(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  const exitCode = EXIT_OK;
  const program = new Command()
    .name("kinerja")
    .description("Kinerja ASN: fungsi KINERJA.*, pemeriksaan lembar penilaian dan lembar rekomendasi penghargaan.")
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s.trimEnd()), writeErr: (s) => io.err(s.trimEnd()) });

  program
    .command("fungsi")
    .description("Menghitung satu fungsi KINERJA tanpa Excel; hasil dicetak sebagai JSON.")
    .argument("<nama>", "nama fungsi tanpa namespace, mis. PREDIKAT")
    .argument("[argumen...]", "angka, TRUE/FALSE, teks, atau rentang JSON seperti '[[90],[112]]'")
    .allowUnknownOption()
    .action((nama: string, argumen: string[]) => {
      io.out(runFungsi(nama, argumen ?? []));
    });

  try {
    await program.parseAsync(argv, { from: "user" });
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(error.message);
      return EXIT_UNUSABLE;
    }
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? EXIT_OK : EXIT_UNUSABLE;
    }
    throw error;
  }
  return exitCode;
}
