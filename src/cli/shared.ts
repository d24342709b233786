/**
 * What every `kinerja` command shares: exit codes, output, the usage error and the options several
 * commands take (declared once here, so a new option is added in one place). It imports only what
 * the option parsers need, so `kinerja fungsi` does not load the workbook engine (see main.ts).
 */
import { Option } from "commander";
import { ATURAN_VALUES, Aturan, parseAturan } from "../core/aturan";
import { UserErrorKind, UserFacingError } from "../workbook/errors";
import { addColumnOverride, ColumnOverride } from "../workbook/flows/mapping";

/** Exit codes of the stable interface (DESIGN.md): 0 ok · 1 error-level findings · 2 unusable input or usage. */
export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_UNUSABLE = 2;

/** Every user-facing failure the CLI meets is unusable input or usage (exit 2). */
export function exitCodeForError(kind: UserErrorKind): number {
  switch (kind) {
    case "usage":
    case "input":
    case "output":
    case "excel":
    case "cancelled":
      return EXIT_UNUSABLE;
  }
}

export interface CliIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

export const processIo: CliIo = {
  out: (text) => process.stdout.write(text + "\n"),
  err: (text) => process.stderr.write(text + "\n"),
};

/** The command line was wrong: an unknown function, a bad argument, OUT equal to the input. */
export class UsageError extends UserFacingError {
  constructor(message: string) {
    super(message, "usage");
  }
}

/** Options shared by the commands, as commander options, and how each one reaches the settings. */
export const OPTIONS = {
  json: () => new Option("--json", "cetak hasil sebagai JSON"),
  aturan: () =>
    new Option("--aturan <aturan>", `aturan predikat: ${ATURAN_VALUES.join(", ")} (bawaan: pengaturan di berkas, atau yang tersirat dari lembarnya)`).argParser((value: string): Aturan => {
      const parsed = parseAturan(value);
      if (!parsed) throw new UsageError(`Aturan "${value}" tidak dikenal; gunakan ${ATURAN_VALUES.join(", ")}.`);
      return parsed;
    }),
  output: () => new Option("-o, --output <OUT>", "berkas .xlsx hasil").makeOptionMandatory(),
  timpa: () => new Option("--timpa", "timpa OUT bila sudah ada"),
  lembar: () => new Option("--lembar <nama>", "lembar sumber (bawaan: lembar penilaian pegawai pertama)"),
  kolom: () =>
    new Option("--kolom <BIDANG=KOLOM>", "baca BIDANG dari KOLOM, mengganti deteksi (boleh berulang), mis. --kolom nilaiSkp=F").argParser(
      (value: string, previous: ColumnOverride[] | undefined): ColumnOverride[] => {
        try {
          return addColumnOverride(previous, value);
        } catch (error) {
          throw error instanceof UserFacingError ? new UsageError(error.message) : error;
        }
      },
    ),
  paksa: () => new Option("--paksa", "tetap tulis meski masih ada kesalahan (baris berisi kesalahan diberi catatan, tanpa kotak talenta dan penghargaan)"),
} as const;

/** The options that change how a workbook is judged. */
export interface JudgementOptions {
  readonly aturan?: Aturan;
  readonly kolom?: readonly ColumnOverride[];
}
