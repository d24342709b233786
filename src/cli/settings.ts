/**
 * The settings a `validasi` or `rekomendasi` run uses. Apart from shared.ts because the settings
 * schema loads zod, which `kinerja fungsi` does not need.
 */
import type { Aturan } from "../core/aturan";
import { settingsFor } from "../workbook/flows/settings";
import type { Settings } from "../workbook/settings";

/** The options that change how a workbook is judged. */
export interface JudgementOptions {
  readonly aturan?: Aturan;
}

/** Settings stored in the workbook by the panel, with the command line's options on top. */
export function runSettings(stored: unknown, options: JudgementOptions): Settings {
  return settingsFor(stored, { aturan: options.aturan });
}
