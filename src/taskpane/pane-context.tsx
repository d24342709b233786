/** What every tab shares: the Excel service, settings, language and the latest analysis. */
import { createContext, useContext } from "react";
import { Settings, SheetCheck } from "../workbook";
import { SheetRead } from "../excel";
import { Lang, StringKey } from "./strings";
import { WorkbookService } from "./services/workbook-service";

/** The shared check of the sheet as the panel read it (`ownSheet`: one the add-in generated). */
export interface Analysis extends SheetCheck {
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
}

export const PaneContext = createContext<PaneState | undefined>(undefined);

export function usePane(): PaneState {
  const state = useContext(PaneContext);
  if (!state) throw new Error("usePane outside PaneContext");
  return state;
}
