/**
 * commander in Indonesian. commander writes its help headings and usage errors in English; it lets
 * a program restyle the headings (Help.styleTitle) and tells which mistake was made by the error's
 * `code`, so the headings are renamed there and each usage error is rewritten from its code and the
 * names quoted in commander's message.
 */
import { Command, CommanderError, Help } from "commander";

const TITLES: Readonly<Record<string, string>> = {
  "Usage:": "Pemakaian:",
  "Arguments:": "Argumen:",
  "Options:": "Opsi:",
  "Commands:": "Perintah:",
  "Global Options:": "Opsi umum:",
};

const indonesianTerms = (text: string) => text.replace("[options]", "[opsi]").replace("[command]", "[perintah]");

/** The help configuration every command inherits: Indonesian headings, usage line and command list. */
export const INDONESIAN_HELP: Partial<Help> = {
  styleTitle: (title: string) => TITLES[title] ?? title,
  commandUsage(this: Help, cmd: Command): string {
    return indonesianTerms(Help.prototype.commandUsage.call(this, cmd));
  },
  subcommandTerm(this: Help, cmd: Command): string {
    return indonesianTerms(Help.prototype.subcommandTerm.call(this, cmd));
  },
};

/** The first and second names commander quoted in its message ('…'). */
function quoted(message: string): string[] {
  return [...message.matchAll(/'([^']*)'/g)].map((m) => m[1]);
}

/** commander's "(Did you mean …?)" as a hint. */
function suggestion(message: string): string {
  const match = /\(Did you mean (.+)\?\)/.exec(message);
  return match ? ` Mungkin maksud Anda ${match[1]}?` : "";
}

/**
 * The Indonesian sentence for a commander usage error, or undefined for what is not an error
 * (help or version shown). Unknown codes keep commander's text rather than lose it.
 */
export function indonesianUsageError(error: CommanderError): string | undefined {
  const names = quoted(error.message);
  switch (error.code) {
    case "commander.helpDisplayed":
    case "commander.version":
      return undefined;
    case "commander.help":
      // A command that needs a subcommand was run without one: commander printed the help on stderr.
      return "Perintah belum diberikan.";
    case "commander.missingArgument":
      return `Argumen <${names[0]}> belum diberikan.`;
    case "commander.optionMissingArgument":
      return `Opsi ${names[0]} memerlukan nilai.`;
    case "commander.missingMandatoryOptionValue":
      return `Opsi wajib ${names[0]} belum diberikan.`;
    case "commander.unknownOption":
      return `Opsi ${names[0]} tidak dikenal.${suggestion(error.message)}`;
    case "commander.unknownCommand":
      return `Perintah "${names[0]}" tidak dikenal; gunakan fungsi, validasi atau rekomendasi.${suggestion(error.message)}`;
    case "commander.excessArguments": {
      const counts = /Expected (\d+) arguments? but got (\d+)/.exec(error.message);
      const command = names[0] ? ` untuk ${names[0]}` : "";
      return counts ? `Terlalu banyak argumen${command}: diharapkan ${counts[1]}, diberikan ${counts[2]}.` : `Terlalu banyak argumen${command}.`;
    }
    case "commander.conflictingOption":
      return `Opsi ${names[0]} tidak dapat dipakai bersama ${names[1]}.`;
    default:
      return error.message.replace(/^error: /, "");
  }
}
