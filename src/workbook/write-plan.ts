/**
 * A sheet to write, described as plain data. The Office.js and .xlsx adapters turn the same plan
 * into their own calls, so what lands in the workbook is decided here, once.
 */
import { CellValue } from "./sheet-data";

/** 0-based, inside the target sheet. */
export interface RangeSpec {
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

export interface CellBlock {
  readonly row: number;
  readonly col: number;
  /** Rectangular. Strings are always written as text, never as formulas. */
  readonly values: readonly (readonly CellValue[])[];
}

export interface RangeFormat {
  readonly range: RangeSpec;
  readonly numberFormat?: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly fontSize?: number;
  readonly fill?: string;
  readonly fontColor?: string;
  readonly wrap?: boolean;
}

export interface SheetWritePlan {
  readonly sheetName: string;
  /** The add-in's own earlier sheet that this one replaces (deleted when the new one is complete). */
  readonly replaces?: string;
  readonly blocks: readonly CellBlock[];
  /** Applied before values, so text columns formatted "@" keep text such as "=1+1" as text. */
  readonly formats: readonly RangeFormat[];
  /** Column widths in characters (Excel's unit); adapters convert to points where needed. */
  readonly columnWidths: readonly { readonly col: number; readonly width: number }[];
  readonly freezeRows?: number;
  readonly table?: { readonly range: RangeSpec; readonly name: string; readonly style: string };
  readonly chart?: { readonly title: string; readonly source: RangeSpec; readonly anchor: RangeSpec };
  /** Rows whose height follows their wrapped text (Excel autofits; file writers estimate). */
  readonly autofitRows?: RangeSpec;
  /** Printing: the area (the table), its header repeated on every page, landscape, one page wide. */
  readonly print?: { readonly area: RangeSpec; readonly titleRow: number };
  /** Text in the marker cell that, with the registry, identifies the sheet as the add-in's own. */
  readonly marker: { readonly row: number; readonly col: number; readonly text: string };
}

/** Rows × columns of a plan's blocks, for payload and size estimates. */
export function planCellCount(plan: SheetWritePlan): number {
  let n = 0;
  for (const b of plan.blocks) n += b.values.length * (b.values[0]?.length ?? 0);
  return n;
}

/** Text format: written as text, whatever it starts with. */
export const TEXT_FORMAT = "@";
