/**
 * `kinerja` — the add-in's engine on the command line (stable interface, see DESIGN.md).
 *   kinerja fungsi NAMA [ARG ...]
 *   kinerja validasi FILE.xlsx|FOLDER [--json] [--aturan …]
 *   kinerja rekomendasi FILE.xlsx -o OUT.xlsx [--timpa] [--lembar …] [--aturan …]
 * Exit codes: 0 ok · 1 error-level findings · 2 unusable input or usage.
 */
import { Command, CommanderError } from "commander";
import type { Aturan } from "../core/aturan";
import { UserFacingError } from "../workbook/errors";
import { runFungsi } from "./fungsi";
import { silentProgress, terminalProgress } from "./progress";
import { CliIo, EXIT_OK, EXIT_UNUSABLE, exitCodeForError, OPTIONS, processIo } from "./shared";

export type { CliIo } from "./shared";
export { EXIT_FINDINGS, EXIT_OK, EXIT_UNUSABLE } from "./shared";

export async function main(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  let exitCode = EXIT_OK;
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

  program
    .command("validasi")
    .description("Memeriksa berkas .xlsx (atau semua .xlsx di folder) dan mencetak temuan per lembar dan aturan.")
    .argument("<berkas>", "berkas .xlsx atau folder")
    .addOption(OPTIONS.json())
    .addOption(OPTIONS.aturan())
    .action(async (berkas: string, opts: { json?: boolean; aturan?: Aturan }) => {
      // Loaded by the commands that read workbooks only: ExcelJS and zod cost `fungsi` its start.
      const { exitCodeFor, toJson, toText, validateFiles } = await import("./validasi");
      const progress = opts.json ? silentProgress : terminalProgress();
      const { outcomes, folder } = await validateFiles(berkas, opts, progress);
      io.out(opts.json ? toJson(outcomes) : toText(outcomes, folder));
      exitCode = exitCodeFor(outcomes);
    });

  program
    .command("rekomendasi")
    .description("Menulis salinan buku kerja dengan lembar Rekomendasi Penghargaan; berkas masukan tidak diubah.")
    .argument("<berkas>", "berkas .xlsx sumber")
    .addOption(OPTIONS.output())
    .addOption(OPTIONS.timpa())
    .addOption(OPTIONS.lembar())
    .addOption(OPTIONS.aturan())
    .action(async (berkas: string, opts: { output: string; timpa?: boolean; lembar?: string; aturan?: Aturan }) => {
      const { runRekomendasi } = await import("./rekomendasi");
      const lines = await runRekomendasi(berkas, { output: opts.output, overwrite: opts.timpa, aturan: opts.aturan, sheet: opts.lembar });
      io.out(lines.join("\n"));
    });

  try {
    await program.parseAsync(argv, { from: "user" });
  } catch (error) {
    if (error instanceof UserFacingError) {
      io.err(error.message);
      return exitCodeForError(error.kind);
    }
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? EXIT_OK : EXIT_UNUSABLE;
    }
    throw error;
  }
  return exitCode;
}
