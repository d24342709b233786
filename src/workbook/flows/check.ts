/**
 * Checking a sheet, as the panel and the CLI both do it: skip the add-in's own sheets, find the
 * table (the officer's choice, the stored mapping while the header still reads the same, or a
 * fresh detection), validate it, and keep the rows the rules assessed so the recommendation is
 * built from them instead of judging every row again.
 */
import { Aturan } from "../../core/aturan";
import { AssessedLookup } from "../assessment";
import { storedAturan } from "../detect-aturan";
import { detectTable, headerLabelsAt, TableLayout } from "../detect-table";
import { Finding, makeFinding } from "../findings";
import { CheckProgress } from "../rules/context";
import { SheetModel } from "../model";
import { Settings } from "../settings";
import { rowCount, SheetData } from "../sheet-data";
import { ValidationReport, validateSheetRows } from "../validate";
import { mappingStillFits, WorkbookState } from "../workbook-state";
import { applyColumnOverrides, ColumnOverride } from "./mapping";

export type LayoutSource = "tersimpan" | "terdeteksi" | "tidak-ada" | "pilihan";

/** The confirmed mapping when the header still reads the same; otherwise a fresh detection. */
export function layoutForSheet(sheet: SheetData, state: WorkbookState): { layout?: TableLayout; source: "tersimpan" | "terdeteksi" | "tidak-ada" } {
  const stored = state.mappings.get(sheet.name);
  if (stored && stored.headerRow < rowCount(sheet.values) && mappingStillFits(stored, headerLabelsAt(sheet, stored.headerRow, stored.headerRows))) {
    return { layout: stored, source: "tersimpan" };
  }
  const detected = detectTable(sheet);
  return detected ? { layout: detected, source: "terdeteksi" } : { source: "tidak-ada" };
}

export interface SheetCheck {
  readonly sheet: SheetData;
  readonly layout?: TableLayout;
  readonly layoutSource: LayoutSource;
  /** Absent only for the add-in's own sheet, which is not an appraisal sheet to check. */
  readonly report?: ValidationReport;
  readonly ownSheet?: boolean;
  /** The settings the rows were judged under. */
  readonly settings: Settings;
  readonly model?: SheetModel;
  readonly assessed: AssessedLookup;
}

export interface CheckOptions {
  /** A mapping the officer just chose; otherwise the stored or detected one. */
  readonly layout?: TableLayout;
  /** Bounds dates in NIPs; fixed in tests. */
  readonly today?: Date;
  /** Sheets the adapter found to be the add-in's own (see own-sheet.ts). */
  readonly ownSheets?: readonly string[];
  /**
   * The rule set the officer chose (pane picker, --aturan) and the one saved in the workbook
   * (`storedAturan(rawStoredSettings)`); with neither, the sheet decides. Without this option the
   * settings' rule set is used as the officer's choice (the behaviour before rule-set detection).
   */
  readonly aturanChoice?: AturanPreference;
  /** Progress of the rules over the rows (the pane's counter); results are the same without it. */
  readonly onProgress?: (progress: CheckProgress) => void;
}

export interface AturanPreference {
  readonly pengguna?: Aturan;
  readonly bukuKerja?: Aturan;
}

/** The officer's pick (pane picker, --aturan), and the rule set saved in the workbook's raw stored settings. */
export function aturanPreference(pengguna: Aturan | undefined, storedSettings: unknown): AturanPreference {
  return { pengguna, bukuKerja: storedAturan(storedSettings) };
}

/** The settings the rows were judged under: the given ones with the rule set actually used. */
function judgedUnder(settings: Settings, report: ValidationReport): Settings {
  return report.aturan.aturan === settings.aturan ? settings : { ...settings, aturan: report.aturan.aturan };
}

export function checkSheet(sheet: SheetData, state: WorkbookState, settings: Settings, options: CheckOptions = {}): SheetCheck {
  if (options.ownSheets?.includes(sheet.name)) return { sheet, layoutSource: "tidak-ada", ownSheet: true, settings, assessed: new Map() };
  const found = options.layout ? { layout: options.layout, source: "pilihan" as const } : layoutForSheet(sheet, state);
  const { report, model, assessed } = validateSheetRows(sheet, { settings, layout: found.layout, today: options.today, aturanChoice: options.aturanChoice, onProgress: options.onProgress });
  return { sheet, layout: found.layout, layoutSource: found.source, report, settings: judgedUnder(settings, report), model, assessed };
}

export interface WorkbookCheck {
  /** One per sheet that holds a recognisable table. */
  readonly checks: readonly SheetCheck[];
  readonly reports: readonly ValidationReport[];
  /** Findings about the file as a whole (no table anywhere). */
  readonly fileFindings: readonly Finding[];
}

export interface WorkbookCheckOptions {
  readonly aturanChoice?: AturanPreference;
  /** The officer's columns (`--kolom`), applied to every employee table found. */
  readonly columns?: readonly ColumnOverride[];
}

/** Checks every given sheet that holds a recognisable table (the CLI's view of a whole file). */
export function checkWorkbook(sheets: readonly SheetData[], state: WorkbookState, settings: Settings, today: Date, options: WorkbookCheckOptions = {}): WorkbookCheck {
  const checks: SheetCheck[] = [];
  for (const sheet of sheets) {
    if (rowCount(sheet.values) === 0) continue;
    const found = layoutForSheet(sheet, state);
    if (!found.layout) continue;
    const chosen = options.columns?.length && found.layout.kind === "pegawai";
    const layout = chosen ? applyColumnOverrides(found.layout, sheet, options.columns!) : found.layout;
    const { report, model, assessed } = validateSheetRows(sheet, { settings, layout, today, aturanChoice: options.aturanChoice });
    checks.push({ sheet, layout, layoutSource: chosen ? "pilihan" : found.source, report, settings: judgedUnder(settings, report), model, assessed });
  }
  const fileFindings =
    checks.length === 0
      ? [
          makeFinding(
            "TABEL_TIDAK_DITEMUKAN",
            "error",
            sheets[0]?.name ?? "(tanpa lembar)",
            0,
            0,
            "Tidak ada lembar berisi tabel penilaian (NIP, Nama, nilai …) atau IKU (IKU, Target, Realisasi …) di 20 baris pertama.",
          ),
        ]
      : [];
  return { checks, reports: checks.map((c) => c.report!), fileFindings };
}
