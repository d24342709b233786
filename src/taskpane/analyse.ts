/**
 * Read the active sheet and run the shared check flow on it (stored mapping, detection, or the
 * officer's choice; then validation). Yields to the browser between steps so the panel stays
 * responsive and a cancel can land; the engine itself runs in one pass.
 */
import type { Aturan } from "../core/aturan";
import { aturanPreference, checkSheet, TableLayout, Settings, UserFacingError } from "../workbook";
import { Analysis } from "./pane-context";
import { WorkbookService } from "./services/workbook-service";

export class Cancelled extends UserFacingError {
  constructor() {
    super("Pemeriksaan dibatalkan. Lembar tidak diubah.", "cancelled");
  }
}

const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export async function analyseActiveSheet(
  service: WorkbookService,
  settings: Settings,
  options: { layout?: TableLayout; aturan?: Aturan; sheetName?: string; onStep?: (step: "reading" | "validating") => void; isCancelled?: () => boolean } = {},
): Promise<Analysis> {
  options.onStep?.("reading");
  const read = await service.read(options.sheetName);
  if (options.isCancelled?.()) throw new Cancelled();
  // Whose rule set counts, as in the CLI (runAturanChoice): the officer's pick in the pane, else
  // the one saved in the workbook as just read, else the sheet's own.
  const aturanChoice = aturanPreference(options.aturan, read.info.state.settings);
  // The add-in's own generated sheet is not an appraisal sheet to check.
  if (read.info.ownSheets.includes(read.sheet.name)) return { read, ...checkSheet(read.sheet, read.info.state, settings, { ownSheets: read.info.ownSheets, aturanChoice }) };
  await nextFrame();
  options.onStep?.("validating");
  await nextFrame();
  if (options.isCancelled?.()) throw new Cancelled();
  return { read, ...checkSheet(read.sheet, read.info.state, settings, { layout: options.layout, ownSheets: read.info.ownSheets, aturanChoice }) };
}
