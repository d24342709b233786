/** The Office.js adapter behind WorkbookService (loaded on first use: the first tab renders without it). */
import {
  activateSheet,
  clearMarks,
  insertFormula,
  markFindings,
  readState,
  readSheet,
  selectAddress,
  selectedAddress,
  updateState,
  writeSheetPlan,
} from "../../excel";
import type { WorkbookService } from "./workbook-service";

export const officeService: WorkbookService = {
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
