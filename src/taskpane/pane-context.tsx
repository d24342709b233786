/** What every tab shares: the Excel service, settings, language and the latest analysis. */
import { createContext, useContext } from "react";
import type { Aturan } from "../core/aturan";
import type { Settings, SheetData } from "../workbook";
import type { SheetRead } from "../excel";
import type { Lang, StringKey } from "./strings";
import type { WorkbookService } from "./services/workbook-service";
import type { EngineCheck } from "./engine/client";

/**
 * The shared check of the sheet as the panel read it (`ownSheet`: one the add-in generated), as
 * plain data: the sheet model and the assessed rows stay in the engine under `key`.
 */
export interface Analysis extends EngineCheck {
  readonly sheet: SheetData;
  readonly read: SheetRead;
}

export interface PaneState {
  readonly service: WorkbookService;
  /** The settings stored in the workbook (the defaults until they are read). */
  readonly settings: Settings;
  /**
   * The rule set the officer picked in the pane for this session (Periksa, Rekomendasi), if any:
   * the `pengguna` of the check's AturanPreference; undefined leaves it to the workbook, else the sheet.
   */
  readonly chosenAturan?: Aturan;
  /** The rule set saved in the workbook's settings, once read (what "Otomatis" uses before the sheet's own). */
  readonly savedAturan?: Aturan;
  readonly setChosenAturan: (aturan: Aturan | undefined) => void;
  /** Changes settings and stores them in the workbook. */
  readonly saveSettings: (settings: Settings) => Promise<void>;
  readonly lang: Lang;
  readonly t: (key: StringKey) => string;
  readonly analysis?: Analysis;
  readonly setAnalysis: (analysis: Analysis | undefined) => void;
  /** Says a confirmation or error to screen readers (Fluent's AriaLiveAnnouncer); `alert` interrupts. */
  readonly announce: (message: string, options?: { alert?: boolean }) => void;
  /** A transient confirmation: announced as above, and shown as a toast that goes away by itself. */
  readonly notify: (message: string) => void;
}

export const PaneContext = createContext<PaneState | undefined>(undefined);

export function usePane(): PaneState {
  const state = useContext(PaneContext);
  if (!state) throw new Error("usePane outside PaneContext");
  return state;
}
