/**
 * What the panel asks of Excel, in one interface: the Office.js adapter in the add-in, a fake in
 * component tests. The panel never calls Office.js directly.
 */
import type { Finding, SheetWritePlan, WorkbookState } from "../../workbook";
import type { SheetRead, WriteResult } from "../../excel";

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

// The adapter (and the sheet engine it brings) is fetched on the first call, not with the first tab.
const adapter = () => import(/* webpackChunkName: "excel" */ "./office-service").then((m) => m.officeService);

export const officeWorkbookService: WorkbookService = {
  read: async (sheetName) => (await adapter()).read(sheetName),
  select: async (address) => (await adapter()).select(address),
  mark: async (findings) => (await adapter()).mark(findings),
  unmark: async () => (await adapter()).unmark(),
  write: async (plan) => (await adapter()).write(plan),
  activate: async (sheet) => (await adapter()).activate(sheet),
  insertFormula: async (formula) => (await adapter()).insertFormula(formula),
  selectedAddress: async () => (await adapter()).selectedAddress(),
  readState: async () => (await adapter()).readState(),
  updateState: async (update) => (await adapter()).updateState(update),
};
