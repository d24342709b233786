/**
 * `kinerja` — the add-in's engine on the command line (stable interface, see DESIGN.md).
 *   kinerja fungsi NAMA [ARG ...]
 *   kinerja validasi FILE.xlsx|FOLDER [--json] [--aturan …]
 *   kinerja rekomendasi FILE.xlsx -o OUT.xlsx [--timpa]
 * Exit codes: 0 ok · 1 error-level findings · 2 unusable input or usage.
 */
import { Command, CommanderError, Option } from "commander";
import { ATURAN_VALUES, Aturan, parseAturan } from "../core/aturan";
import { UnusableFileError } from "../xlsx/open-file";
import { PathError } from "./files";
import { runFungsi, UsageError } from "./fungsi";
import { silentProgress, terminalProgress } from "./progress";
import { runRekomendasi } from "./rekomendasi";
import { exitCodeFor, toJson, toText, validateFiles } from "./validasi";

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
  let exitCode = EXIT_OK;
  const aturanOption = () =>
    new Option("--aturan <aturan>", `aturan predikat: ${ATURAN_VALUES.join(", ")} (bawaan: pengaturan di berkas, atau PP30)`).argParser((value: string): Aturan => {
      const parsed = parseAturan(value);
      if (!parsed) throw new UsageError(`Aturan "${value}" tidak dikenal; gunakan ${ATURAN_VALUES.join(", ")}.`);
      return parsed;
    });
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
    .option("--json", "cetak hasil sebagai JSON")
    .addOption(aturanOption())
    .action(async (berkas: string, opts: { json?: boolean; aturan?: Aturan }) => {
      const progress = opts.json ? silentProgress : terminalProgress();
      const { outcomes, folder } = await validateFiles(berkas, { json: opts.json, aturan: opts.aturan }, progress);
      io.out(opts.json ? toJson(outcomes) : toText(outcomes, folder));
      exitCode = exitCodeFor(outcomes);
    });

  program
    .command("rekomendasi")
    .description("Menulis salinan buku kerja dengan lembar Rekomendasi Penghargaan; berkas masukan tidak diubah.")
    .argument("<berkas>", "berkas .xlsx sumber")
    .requiredOption("-o, --output <OUT>", "berkas .xlsx hasil")
    .option("--timpa", "timpa OUT bila sudah ada")
    .option("--lembar <nama>", "lembar sumber (bawaan: lembar penilaian pegawai pertama)")
    .addOption(aturanOption())
    .action(async (berkas: string, opts: { output: string; timpa?: boolean; lembar?: string; aturan?: Aturan }) => {
      const lines = await runRekomendasi(berkas, { output: opts.output, overwrite: opts.timpa, aturan: opts.aturan, sheet: opts.lembar });
      io.out(lines.join("\n"));
    });

  try {
    await program.parseAsync(argv, { from: "user" });
  } catch (error) {
    if (error instanceof UsageError || error instanceof UnusableFileError || error instanceof PathError) {
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
