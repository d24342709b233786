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
  selectedAddress,
  SheetRead,
  updateState,
  writeSheetPlan,
  WriteResult,
} from "../../excel";

export interface WorkbookService {
  /** The active sheet, or the named one. */
  read(sheetName?: string): Promise<SheetRead>;
  select(address: string): Promise<void>;
  mark(findings: readonly Finding[]): Promise<{ marked: number }>;
  unmark(): Promise<{ restored: number }>;
  write(plan: SheetWritePlan): Promise<WriteResult>;
  activate(sheet: string): Promise<void>;
  insertFormula(formula: string): Promise<string>;
  /** What the officer has selected, as a sheet-qualified address. */
  selectedAddress(): Promise<string>;
  readState(): Promise<WorkbookState>;
  updateState(update: (state: WorkbookState) => WorkbookState): Promise<WorkbookState>;
}

export const officeWorkbookService: WorkbookService = {
  read: (sheetName) => readSheet(sheetName),
  select: selectAddress,
  mark: markFindings,
  unmark: clearMarks,
  write: (plan) => writeSheetPlan(plan),
  activate: activateSheet,
  insertFormula,
  selectedAddress,
  readState,
  updateState,
};
