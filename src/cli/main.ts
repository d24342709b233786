/**
 * `kinerja` — the add-in's engine on the command line (stable interface, see DESIGN.md).
 *   kinerja fungsi NAMA [ARG ...]
 *   kinerja validasi FILE.xlsx|FOLDER [--json] [--aturan …] [--kolom BIDANG=KOLOM …]
 *   kinerja rekomendasi FILE.xlsx -o OUT.xlsx [--timpa] [--paksa] [--lembar …] [--aturan …] [--kolom BIDANG=KOLOM …]
 * Exit codes: 0 ok · 1 error-level findings (rekomendasi: refused, nothing written) · 2 unusable input or usage.
 */
import { Command, CommanderError } from "commander";
import { Aturan } from "../core/aturan";
import { ColumnOverride } from "../workbook/flows/mapping";
import { UserFacingError } from "../workbook/errors";
import { runFungsi } from "./fungsi";
import { silentProgress, terminalProgress } from "./progress";
import { runRekomendasi } from "./rekomendasi";
import { CliIo, EXIT_OK, EXIT_UNUSABLE, exitCodeForError, OPTIONS, processIo } from "./shared";
import { exitCodeFor, toJson, toText, validateFiles } from "./validasi";

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
    .addOption(OPTIONS.kolom())
    .action(async (berkas: string, opts: { json?: boolean; aturan?: Aturan; kolom?: ColumnOverride[] }) => {
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
    .addOption(OPTIONS.kolom())
    .addOption(OPTIONS.paksa())
    .action(async (berkas: string, opts: { output: string; timpa?: boolean; paksa?: boolean; lembar?: string; aturan?: Aturan; kolom?: ColumnOverride[] }) => {
      const result = await runRekomendasi(berkas, { output: opts.output, overwrite: opts.timpa, force: opts.paksa, aturan: opts.aturan, sheet: opts.lembar, kolom: opts.kolom });
      io.out(result.lines.join("\n"));
      exitCode = result.code;
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
