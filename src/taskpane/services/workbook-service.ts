/**
 * What the panel asks of Excel, in one interface: the Office.js adapter in the add-in, a fake in
 * component tests. The panel never calls Office.js directly.
 */
import { Finding, SheetWritePlan, WorkbookState } from "../../workbook";
import {
  activateSheet,
  clearMarks,
  insertFormula,
  markFindings,
  readState,
  readSheet,
  selectAddress,
  SheetRead,
  updateState,
  writeSheetPlan,
  WorkbookInfo,
  WriteResult,
} from "../../excel";

export interface WorkbookService {
  readActive(): Promise<SheetRead>;
  select(address: string): Promise<void>;
  mark(findings: readonly Finding[]): Promise<{ marked: number }>;
  unmark(): Promise<{ restored: number }>;
  write(plan: SheetWritePlan, info: WorkbookInfo): Promise<WriteResult>;
  activate(sheet: string): Promise<void>;
  insertFormula(formula: string): Promise<string>;
  readState(): Promise<WorkbookState>;
  updateState(update: (state: WorkbookState) => WorkbookState): Promise<WorkbookState>;
}

export const officeWorkbookService: WorkbookService = {
  readActive: () => readSheet(),
  select: selectAddress,
  mark: markFindings,
  unmark: clearMarks,
  write: (plan, info) => writeSheetPlan(plan, info),
  activate: activateSheet,
  insertFormula,
  readState,
  updateState,
};
