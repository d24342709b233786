/**
 * `kinerja` — the add-in's engine on the command line (stable interface, see DESIGN.md).
 *   kinerja fungsi [NAMA [ARG ...]]
 *   kinerja validasi FILE.xlsx|FOLDER [--json] [--aturan …] [--kolom BIDANG=KOLOM …]
 *   kinerja rekomendasi FILE.xlsx -o OUT.xlsx [--timpa] [--paksa] [--lembar …] [--aturan …] [--kolom BIDANG=KOLOM …]
 * Exit codes: 0 ok · 1 error-level findings (rekomendasi: refused, nothing written) · 2 unusable input or usage.
 *
 * Each command loads its own modules when it runs: `fungsi` needs only the function catalogue,
 * while reading workbooks pulls in ExcelJS and the settings schema, which cost most of the start.
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { Command, CommanderError } from "commander";
import { Aturan } from "../core/aturan";
import { ColumnOverride } from "../workbook/flows/mapping";
import { UserFacingError } from "../workbook/errors";
import { indonesianUsageError, INDONESIAN_HELP } from "./commander-id";
import { silentProgress, terminalProgress } from "./progress";
import { CliIo, EXIT_OK, EXIT_UNUSABLE, exitCodeForError, OPTIONS, processIo } from "./shared";

export type { CliIo } from "./shared";
export { EXIT_FINDINGS, EXIT_OK, EXIT_UNUSABLE } from "./shared";

/**
 * The package's version, from the nearest package.json above this module that declares the
 * `kinerja` command (src/cli and lib/cli are two folders below it, a bench or test build deeper).
 */
function version(): string {
  for (let dir = __dirname; ; dir = dirname(dir)) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as { version?: string; bin?: Record<string, string> };
      if (pkg.bin?.kinerja && pkg.version) return pkg.version;
    } catch {
      // No package.json here (or not ours): look further up.
    }
    if (dirname(dir) === dir) return "tidak diketahui";
  }
}

/**
 * Ends the process with `code` once everything written to stdout and stderr has gone out. A
 * bare process.exit drops what a pipe has not taken yet: `kinerja validasi BIG.xlsx --json | jq`
 * got the first 256 KB of the JSON and nothing more.
 */
export function exitWhenWritten(code: number): void {
  let pending = 2;
  const done = () => {
    if (--pending === 0) process.exit(code);
  };
  process.stdout.write("", done);
  process.stderr.write("", done);
}

export async function main(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  let exitCode = EXIT_OK;
  /** The subcommand being parsed, so a usage error points to its own help. */
  let command = "";
  // Settings every subcommand inherits are set before the subcommands are added.
  const program = new Command()
    .name("kinerja")
    .description("Kinerja ASN: fungsi KINERJA.*, pemeriksaan lembar penilaian dan lembar rekomendasi penghargaan.")
    .exitOverride()
    .configureHelp(INDONESIAN_HELP)
    .helpOption("-h, --help", "tampilkan bantuan")
    .helpCommand("help [perintah]", "tampilkan bantuan untuk perintah")
    .version(version(), "-V, --version", "tampilkan nomor versi")
    // Usage errors are written by the catch below, in Indonesian; help and version as commander writes them.
    .configureOutput({ writeOut: (s) => io.out(s.trimEnd()), writeErr: (s) => io.err(s.trimEnd()), outputError: () => undefined })
    .hook("preSubcommand", (_program, sub) => {
      command = sub.name();
    })
    .addHelpText("after", "\nKode keluar: 0 beres · 1 ada kesalahan pada data (rekomendasi: tidak ditulis) · 2 berkas tidak dapat dipakai atau perintah salah.");

  program
    .command("fungsi")
    .description("Menghitung satu fungsi KINERJA tanpa Excel; hasil dicetak sebagai JSON. Tanpa NAMA: daftar fungsi per kategori.")
    .argument("[nama]", "nama fungsi tanpa namespace, mis. PREDIKAT")
    .argument("[argumen...]", "angka, TRUE/FALSE, teks, atau rentang JSON seperti '[[90],[112]]'")
    .allowUnknownOption()
    .action(async (nama: string | undefined, argumen: string[]) => {
      const { listFunctions, runFungsi } = await import("./fungsi");
      io.out(nama === undefined ? listFunctions() : runFungsi(nama, argumen ?? []));
    });

  program
    .command("validasi")
    .description("Memeriksa berkas .xlsx (atau semua .xlsx di folder) dan mencetak temuan per lembar dan aturan.")
    .argument("<berkas>", "berkas .xlsx atau folder")
    .addOption(OPTIONS.json())
    .addOption(OPTIONS.aturan())
    .addOption(OPTIONS.kolom())
    .action(async (berkas: string, opts: { json?: boolean; aturan?: Aturan; kolom?: ColumnOverride[] }) => {
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
    .addOption(OPTIONS.kolom())
    .addOption(OPTIONS.paksa())
    .action(async (berkas: string, opts: { output: string; timpa?: boolean; paksa?: boolean; lembar?: string; aturan?: Aturan; kolom?: ColumnOverride[] }) => {
      const { runRekomendasi } = await import("./rekomendasi");
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
      const message = error.exitCode === 0 ? undefined : indonesianUsageError(error);
      if (message === undefined) return EXIT_OK;
      io.err(`${message} Lihat: kinerja ${command ? `${command} ` : ""}--help`);
      return EXIT_UNUSABLE;
    }
    throw error;
  }
  return exitCode;
}
