/** The settings a `validasi` or `rekomendasi` run judges under: the workbook's stored ones with the command line's options on top. */
import { AturanPreference, aturanPreference } from "../workbook/flows/check";
import { settingsFor } from "../workbook/flows/settings";
import { Settings } from "../workbook/settings";
import { JudgementOptions } from "./shared";

/** Settings stored in the workbook by the panel, with the command line's options on top. */
export function runSettings(stored: unknown, options: JudgementOptions): Settings {
  return settingsFor(stored, { aturan: options.aturan });
}

/** Whose rule set counts: --aturan, else the one saved in the workbook, else the sheet's own (see chooseAturan). */
export function runAturanChoice(stored: unknown, options: JudgementOptions): AturanPreference {
  return aturanPreference(options.aturan, stored);
}
