/**
 * Read the active sheet, find its table (stored mapping, detection, or the officer's choice) and
 * validate it. Yields to the browser between steps so the panel stays responsive and a cancel
 * can land; the engine itself runs in one pass.
 */
import { layoutForSheet, Settings, TableLayout, validateSheet } from "../workbook";
import { Analysis } from "./pane-context";
import { WorkbookService } from "./services/workbook-service";

export class Cancelled extends Error {}

const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export async function analyseActiveSheet(
  service: WorkbookService,
  settings: Settings,
  options: { layout?: TableLayout; sheetName?: string; onStep?: (step: "reading" | "validating") => void; isCancelled?: () => boolean } = {},
): Promise<Analysis> {
  options.onStep?.("reading");
  const read = await service.read(options.sheetName);
  if (options.isCancelled?.()) throw new Cancelled();
  // The add-in's own generated sheet is not an appraisal sheet to check.
  if (read.info.ownSheets.includes(read.sheet.name)) return { read, layoutSource: "tidak-ada", ownSheet: true };
  await nextFrame();
  const found = options.layout ? { layout: options.layout, source: "pilihan" as const } : layoutForSheet(read.sheet, read.info.state);
  options.onStep?.("validating");
  await nextFrame();
  if (options.isCancelled?.()) throw new Cancelled();
  const report = validateSheet(read.sheet, { settings, layout: found.layout });
  return { read, layout: found.layout, layoutSource: found.source, report };
}
