/**
 * Read the active sheet (Office.js, on the pane's thread) and run the shared check flow on it in
 * the engine worker (stored mapping, detection, or the officer's choice; then validation). The
 * pane keeps drawing while the engine works, progress counts the rows, and a cancel ends the work
 * at once — while reading too: the read only looks at the sheet, so its late answer is dropped.
 */
import type { Aturan } from "../core/aturan";
import { aturanPreference, Settings, TableLayout } from "../workbook";
import { Cancelled, EngineClient, paneEngine } from "./engine/client";
import { EngineProgress } from "./engine/protocol";
import { Analysis } from "./pane-context";
import { WorkbookService } from "./services/workbook-service";

export { Cancelled };

export interface AnalyseOptions {
  readonly layout?: TableLayout;
  /** The rule set the officer picked in the pane; undefined = "Otomatis". */
  readonly aturan?: Aturan;
  readonly sheetName?: string;
  readonly onStep?: (step: "reading" | "validating") => void;
  readonly onProgress?: (progress: EngineProgress) => void;
  readonly isCancelled?: () => boolean;
  readonly signal?: AbortSignal;
  /** The engine to run on; the pane's shared one by default. */
  readonly engine?: EngineClient;
}

/** The promise, or Cancelled as soon as the signal aborts. */
export function untilAborted<T>(promise: Promise<T>, signal?: AbortSignal): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(new Cancelled());
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(new Cancelled());
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener("abort", onAbort));
  });
}

export async function analyseActiveSheet(service: WorkbookService, settings: Settings, options: AnalyseOptions = {}): Promise<Analysis> {
  const cancelled = () => options.signal?.aborted || options.isCancelled?.();
  options.onStep?.("reading");
  const read = await untilAborted(service.read(options.sheetName), options.signal);
  if (cancelled()) throw new Cancelled();
  options.onStep?.("validating");
  // Whose rule set counts, as in the CLI: the officer's pick in the pane, else the one saved in
  // the workbook as just read, else the sheet's own.
  const aturanChoice = aturanPreference(options.aturan, read.info.state.settings);
  const check = await (options.engine ?? paneEngine()).check(
    // The add-in's own generated sheet is not an appraisal sheet to check (checkSheet says so).
    { sheet: read.sheet, state: read.info.state, settings, layout: options.layout, ownSheets: read.info.ownSheets, aturanChoice },
    { onProgress: options.onProgress, signal: options.signal },
  );
  if (cancelled()) throw new Cancelled();
  return { ...check, sheet: read.sheet, read };
}
