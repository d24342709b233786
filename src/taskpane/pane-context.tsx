/** What every tab shares: the Excel service, settings, language and the latest analysis. */
import { createContext, useContext } from "react";
import { Settings, SheetData } from "../workbook";
import { SheetRead } from "../excel";
import { Lang, StringKey } from "./strings";
import { WorkbookService } from "./services/workbook-service";
import { EngineCheck } from "./engine/client";

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
  readonly settings: Settings;
  /** Changes settings for this session only (e.g. the rule-set picker). */
  readonly setSessionSettings: (settings: Settings) => void;
  /** Changes settings and stores them in the workbook. */
  readonly saveSettings: (settings: Settings) => Promise<void>;
  readonly lang: Lang;
  readonly t: (key: StringKey) => string;
  readonly analysis?: Analysis;
  readonly setAnalysis: (analysis: Analysis | undefined) => void;
  /** Says a confirmation or error to screen readers (Fluent's AriaLiveAnnouncer); `alert` interrupts. */
  readonly announce: (message: string, options?: { alert?: boolean }) => void;
}

export const PaneContext = createContext<PaneState | undefined>(undefined);

export function usePane(): PaneState {
  const state = useContext(PaneContext);
  if (!state) throw new Error("usePane outside PaneContext");
  return state;
}
