/** The settings a run uses: those stored in the workbook (else the defaults), with a front end's choices on top. */
import { DEFAULT_SETTINGS, parseSettings, Settings } from "../settings";

export function settingsFor(stored: unknown, overrides: Partial<Settings> = {}): Settings {
  const fromFile = parseSettings(stored);
  const base = fromFile.ok ? fromFile.settings : DEFAULT_SETTINGS;
  const given = Object.fromEntries(Object.entries(overrides).filter(([, v]) => v !== undefined)) as Partial<Settings>;
  return Object.keys(given).length > 0 ? { ...base, ...given } : base;
}
