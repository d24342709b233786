/**
 * The workbook the double holds: sheets with their cell layers, tables, charts, the
 * active sheet and selection. Plain data with stable ids; proxies refer to entities by id so a
 * rolled-back batch (response over the payload limit) leaves no dangling references.
 */
import { MAX_COLUMNS, Rect, columnLetters, formatAddress, formatRect } from "./address";
import { ErrorValue, StoredValue, displayText, readValue, toPlainCell, PlainCell } from "./cells";
import { AUTOMATIC_FONT_COLOR, NO_FILL_COLOR, normalizeColor } from "./colors";
import { Extent, FormatLayer, Grid, mergeExtent } from "./grid";

export type Visibility = "Visible" | "Hidden" | "VeryHidden";

/** Excel's default column width (8.43 characters = 64 px) and row height (20 px), in points. */
export const DEFAULT_COLUMN_WIDTH = 48;
export const DEFAULT_ROW_HEIGHT = 15;

export interface TableState {
  id: string;
  name: string;
  sheetId: string;
  rect: Rect;
  showHeaders: boolean;
  showTotals: boolean;
  style: string;
  showFilterButton: boolean;
  showBandedRows: boolean;
  showBandedColumns: boolean;
}

export interface ChartState {
  id: string;
  name: string;
  sheetId: string;
  chartType: string;
  seriesBy: string;
  source: { sheetId: string; rect: Rect };
  title: { text: string; visible: boolean };
  /** Anchor cells set by setPosition ("A10", "F20"); null until positioned. */
  position: { start: string; end: string | null } | null;
  top: number;
  left: number;
  width: number;
  height: number;
}

export const FORMAT_LAYERS = ["fill", "bold", "italic", "fontColor", "fontSize", "fontName", "wrapText", "horizontalAlignment"] as const;
export type FormatLayerName = (typeof FORMAT_LAYERS)[number];

export class SheetState {
  values = new Grid<StoredValue>();
  /** Formula text where the cell holds a formula (the value layer holds the same text). */
  formulas = new Grid<string>();
  numberFormats = new Grid<string>();
  fill = new FormatLayer<string>(NO_FILL_COLOR);
  bold = new FormatLayer<boolean>(false);
  italic = new FormatLayer<boolean>(false);
  fontColor = new FormatLayer<string>(AUTOMATIC_FONT_COLOR);
  /** Excel's default font: Calibri 11. */
  fontSize = new FormatLayer<number>(11);
  fontName = new FormatLayer<string>("Calibri");
  wrapText = new FormatLayer<boolean>(false);
  horizontalAlignment = new FormatLayer<string>("General");
  columnWidths: (number | undefined)[] = [];
  rowHeights: (number | undefined)[] = [];
  standardWidth = DEFAULT_COLUMN_WIDTH;
  standardHeight = DEFAULT_ROW_HEIGHT;
  visibility: Visibility = "Visible";
  protected = false;
  protectionPassword: string | undefined;
  frozenRows = 0;
  frozenColumns = 0;
  selection: Rect = { row: 0, col: 0, rows: 1, cols: 1 };
  tables: TableState[] = [];
  charts: ChartState[] = [];
  private usedCache: { all: Extent | null; valuesOnly: Extent | null } | undefined;

  constructor(
    readonly id: string,
    public name: string,
  ) {}

  layer(name: FormatLayerName): FormatLayer<string | number | boolean> {
    return this[name] as FormatLayer<string | number | boolean>;
  }

  /** Call after any cell-layer change. */
  touch(): void {
    this.usedCache = undefined;
  }

  numberFormatAt(r: number, c: number): string | undefined {
    return this.numberFormats.get(r, c);
  }

  /** Smallest rectangle with values (and, unless valuesOnly, formats); null when blank. */
  usedRect(valuesOnly: boolean): Rect | null {
    if (!this.usedCache) {
      const values = this.values.extent();
      let all = mergeExtent(values, this.numberFormats.extent());
      for (const name of FORMAT_LAYERS) all = mergeExtent(all, this.layer(name).extent());
      this.usedCache = { all, valuesOnly: values };
    }
    const ext = valuesOnly ? this.usedCache.valuesOnly : this.usedCache.all;
    return ext ? { row: ext.minRow, col: ext.minCol, rows: ext.maxRow - ext.minRow + 1, cols: ext.maxCol - ext.minCol + 1 } : null;
  }

  columnWidth(c: number): number {
    return this.columnWidths[c] ?? this.standardWidth;
  }

  rowHeight(r: number): number {
    return this.rowHeights[r] ?? this.standardHeight;
  }

  /** Stores a cell as a fixture describes it (no input coercion except "=" formulas). */
  putFixtureCell(r: number, c: number, cell: FixtureCell): void {
    if (cell === null || cell === undefined) return;
    if (typeof cell !== "object") {
      this.values.set(r, c, cell);
      return;
    }
    const value = cell.value;
    if (typeof cell.error === "string") this.values.set(r, c, ErrorValue.of(cell.error));
    else if (typeof cell.formula === "string") {
      this.values.set(r, c, cell.formula);
      this.formulas.set(r, c, cell.formula);
    } else if (value !== undefined && value !== null) {
      this.values.set(r, c, typeof value === "object" ? ErrorValue.of(value.error) : value);
    }
    const one: Rect = { row: r, col: c, rows: 1, cols: 1 };
    if (cell.numberFormat !== undefined) this.numberFormats.set(r, c, cell.numberFormat);
    if (cell.fill !== undefined) this.fill.write(one, fixtureColor(cell.fill));
    if (cell.bold !== undefined) this.bold.write(one, cell.bold);
    if (cell.italic !== undefined) this.italic.write(one, cell.italic);
    if (cell.fontColor !== undefined) this.fontColor.write(one, fixtureColor(cell.fontColor));
    if (cell.fontSize !== undefined) this.fontSize.write(one, cell.fontSize);
    if (cell.fontName !== undefined) this.fontName.write(one, cell.fontName);
    if (cell.wrapText !== undefined) this.wrapText.write(one, cell.wrapText);
    if (cell.horizontalAlignment !== undefined) this.horizontalAlignment.write(one, cell.horizontalAlignment);
  }

  clone(): SheetState {
    const s = new SheetState(this.id, this.name);
    s.values = this.values.clone();
    s.formulas = this.formulas.clone();
    s.numberFormats = this.numberFormats.clone();
    s.fill = this.fill.clone();
    s.bold = this.bold.clone();
    s.italic = this.italic.clone();
    s.fontColor = this.fontColor.clone();
    s.fontSize = this.fontSize.clone();
    s.fontName = this.fontName.clone();
    s.wrapText = this.wrapText.clone();
    s.horizontalAlignment = this.horizontalAlignment.clone();
    s.columnWidths = this.columnWidths.slice();
    s.rowHeights = this.rowHeights.slice();
    s.standardWidth = this.standardWidth;
    s.standardHeight = this.standardHeight;
    s.visibility = this.visibility;
    s.protected = this.protected;
    s.protectionPassword = this.protectionPassword;
    s.frozenRows = this.frozenRows;
    s.frozenColumns = this.frozenColumns;
    s.selection = { ...this.selection };
    s.tables = this.tables.map((t) => ({ ...t, rect: { ...t.rect } }));
    s.charts = this.charts.map((c) => ({
      ...c,
      source: { ...c.source },
      title: { ...c.title },
      position: c.position ? { ...c.position } : null,
    }));
    return s;
  }
}

function fixtureColor(color: string): string {
  const hex = normalizeColor(color);
  if (hex === null) throw new Error(`Invalid color "${color}" in fixture`);
  return hex;
}

/** A fixture cell: a plain value, an error, a formula, or a value with formats. */
export type FixtureCell =
  | string
  | number
  | boolean
  | null
  | undefined
  | {
      error?: string;
      formula?: string;
      value?: string | number | boolean | { error: string } | null;
      numberFormat?: string;
      fill?: string;
      bold?: boolean;
      italic?: boolean;
      fontColor?: string;
      fontSize?: number;
      fontName?: string;
      wrapText?: boolean;
      horizontalAlignment?: string;
    };

/**
 * A workbook-scoped defined name pointing at a range: how the tests hold an officer's reference to
 * a sheet (a formula like ='Rekomendasi 2025'!C7 is bound the same way). It follows the sheet by
 * id, so a rename keeps it and a deleted sheet turns it into #REF!, as in Excel.
 */
export interface ReferenceState {
  readonly name: string;
  readonly sheetId: string;
  readonly rect: Rect;
}

export class WorkbookModel {
  sheets: SheetState[] = [];
  references: ReferenceState[] = [];
  activeSheetId = "";
  readOnly = false;
  structureProtected = false;
  structurePassword: string | undefined;
  private nextId = 1;
  tableCounter = 0;

  newId(prefix: string): string {
    const n = this.nextId++;
    if (prefix === "sheet") {
      // Worksheet ids look like Excel's GUIDs.
      const hex = n.toString(16).toUpperCase().padStart(8, "0");
      return `{${hex}-0000-4000-8000-00000000D0B1}`;
    }
    return `${prefix}-${n}`;
  }

  sheetById(id: string): SheetState | undefined {
    return this.sheets.find((s) => s.id === id);
  }

  sheetByName(name: string): SheetState | undefined {
    const upper = name.toLocaleUpperCase();
    return this.sheets.find((s) => s.name.toLocaleUpperCase() === upper);
  }

  /** By name (case-insensitive) or by id, like WorksheetCollection.getItem(key). */
  sheetByKey(key: string): SheetState | undefined {
    return this.sheetByName(key) ?? this.sheetById(key);
  }

  activeSheet(): SheetState {
    return this.sheetById(this.activeSheetId) ?? this.sheets[0];
  }

  allTables(): TableState[] {
    return this.sheets.flatMap((s) => s.tables);
  }

  findTable(id: string): { sheet: SheetState; table: TableState } | undefined {
    for (const sheet of this.sheets) {
      const table = sheet.tables.find((t) => t.id === id);
      if (table) return { sheet, table };
    }
    return undefined;
  }

  findChart(id: string): { sheet: SheetState; chart: ChartState } | undefined {
    for (const sheet of this.sheets) {
      const chart = sheet.charts.find((c) => c.id === id);
      if (chart) return { sheet, chart };
    }
    return undefined;
  }

  clone(): WorkbookModel {
    const w = new WorkbookModel();
    w.sheets = this.sheets.map((s) => s.clone());
    w.references = this.references.slice();
    w.activeSheetId = this.activeSheetId;
    w.readOnly = this.readOnly;
    w.structureProtected = this.structureProtected;
    w.structurePassword = this.structurePassword;
    w.nextId = this.nextId;
    w.tableCounter = this.tableCounter;
    return w;
  }
}

// ---------------------------------------------------------------------------------------------
// Snapshot: a deep, JSON-comparable picture of everything.

/** Cell formats in a snapshot; null is an explicit "default" left by a cleared format. */
export interface CellFormatSnapshot {
  fill?: string | null;
  bold?: boolean | null;
  italic?: boolean | null;
  fontColor?: string | null;
  fontSize?: number | null;
  fontName?: string | null;
  wrapText?: boolean | null;
  horizontalAlignment?: string | null;
}

export interface SheetSnapshot {
  name: string;
  position: number;
  visibility: Visibility;
  protected: boolean;
  usedRange: string | null;
  frozenRows: number;
  frozenColumns: number;
  selection: string;
  /**
   * Cell contents from A1 to the last used row and column (blank = null, error = { error }).
   * Formula cells hold their formula text (also listed in `formulas`).
   */
  values: PlainCell[][];
  /** Formula text by A1 address. */
  formulas: Record<string, string>;
  /** Number formats other than General, by A1 address. */
  numberFormats: Record<string, string>;
  /** Cell-level formats by A1 address. */
  formats: Record<string, CellFormatSnapshot>;
  /** Formats applied to entire columns ("C") or rows ("3"). */
  columnFormats: Record<string, Partial<Record<FormatLayerName, string | number | boolean | null>>>;
  rowFormats: Record<string, Partial<Record<FormatLayerName, string | number | boolean | null>>>;
  columnWidths: Record<string, number>;
  rowHeights: Record<string, number>;
  standardWidth: number;
  standardHeight: number;
  tables: {
    name: string;
    range: string;
    showHeaders: boolean;
    showTotals: boolean;
    style: string;
    showFilterButton: boolean;
    showBandedRows: boolean;
    showBandedColumns: boolean;
  }[];
  charts: {
    name: string;
    chartType: string;
    source: string;
    seriesBy: string;
    title: { text: string; visible: boolean };
    position: { start: string; end: string | null } | null;
  }[];
}

export interface WorkbookSnapshot {
  sheets: SheetSnapshot[];
  /** Defined names with what they refer to now ("'Rekap'!$A$1:$B$2", or "#REF!…" once the sheet is gone). */
  names: { name: string; reference: string }[];
  activeSheet: string;
  selection: string;
  readOnly: boolean;
  structureProtected: boolean;
}

function cellKey(r: number, c: number): string {
  return formatRect({ row: r, col: c, rows: 1, cols: 1 });
}

function snapshotSheet(state: WorkbookModel, sheet: SheetState, position: number): SheetSnapshot {
  const valuesExtent = sheet.values.extent();
  const values: PlainCell[][] = [];
  if (valuesExtent) {
    const cols = valuesExtent.maxCol + 1;
    for (let r = 0; r <= valuesExtent.maxRow; r++) {
      const source = sheet.values.rows[r];
      const row: PlainCell[] = new Array(cols);
      for (let c = 0; c < cols; c++) row[c] = toPlainCell(source === undefined ? undefined : source[c]);
      values.push(row);
    }
  }
  const sparse = <T>(grid: { rows: (T[] | undefined)[] }, out: Record<string, T>): Record<string, T> => {
    grid.rows.forEach((row, r) => {
      if (!row) return;
      for (let c = 0; c < row.length; c++) if (row[c] !== undefined) out[cellKey(r, c)] = row[c];
    });
    return out;
  };
  const formulas = sparse(sheet.formulas, {} as Record<string, string>);
  const numberFormats = sparse(sheet.numberFormats, {} as Record<string, string>);
  const formats: Record<string, CellFormatSnapshot> = {};
  const columnFormats: SheetSnapshot["columnFormats"] = {};
  const rowFormats: SheetSnapshot["rowFormats"] = {};
  for (const name of FORMAT_LAYERS) {
    const layer = sheet.layer(name);
    layer.cells.rows.forEach((row, r) => {
      if (!row) return;
      for (let c = 0; c < row.length; c++) {
        const v = row[c];
        if (v === undefined) continue;
        const key = cellKey(r, c);
        (formats[key] ??= {})[name] = v as never;
      }
    });
    layer.colDefaults.forEach((v, c) => {
      if (v === undefined) return;
      (columnFormats[columnLetters(c)] ??= {})[name] = v;
    });
    layer.rowDefaults.forEach((v, r) => {
      if (v === undefined) return;
      (rowFormats[String(r + 1)] ??= {})[name] = v;
    });
  }
  const columnWidths: Record<string, number> = {};
  sheet.columnWidths.forEach((w, c) => {
    if (w !== undefined) columnWidths[columnLetters(c)] = w;
  });
  const rowHeights: Record<string, number> = {};
  sheet.rowHeights.forEach((h, r) => {
    if (h !== undefined) rowHeights[String(r + 1)] = h;
  });
  const used = sheet.usedRect(false);
  return {
    name: sheet.name,
    position,
    visibility: sheet.visibility,
    protected: sheet.protected,
    usedRange: used ? formatRect(used) : null,
    frozenRows: sheet.frozenRows,
    frozenColumns: sheet.frozenColumns,
    selection: formatRect(sheet.selection),
    values,
    formulas,
    numberFormats,
    formats,
    columnFormats,
    rowFormats,
    columnWidths,
    rowHeights,
    standardWidth: sheet.standardWidth,
    standardHeight: sheet.standardHeight,
    tables: sheet.tables.map((t) => ({
      name: t.name,
      range: formatRect(t.rect),
      showHeaders: t.showHeaders,
      showTotals: t.showTotals,
      style: t.style,
      showFilterButton: t.showFilterButton,
      showBandedRows: t.showBandedRows,
      showBandedColumns: t.showBandedColumns,
    })),
    charts: sheet.charts.map((c) => {
      const src = state.sheetById(c.source.sheetId);
      return {
        name: c.name,
        chartType: c.chartType,
        source: src ? formatAddress(src.name, c.source.rect) : `#REF!${formatRect(c.source.rect)}`,
        seriesBy: c.seriesBy,
        title: { ...c.title },
        position: c.position ? { ...c.position } : null,
      };
    }),
  };
}

export function snapshotWorkbook(state: WorkbookModel): WorkbookSnapshot {
  const active = state.activeSheet();
  return {
    sheets: state.sheets.map((s, i) => snapshotSheet(state, s, i)),
    names: state.references.map((r) => {
      const sheet = state.sheetById(r.sheetId);
      return { name: r.name, reference: sheet ? formatAddress(sheet.name, r.rect, true) : `#REF!${formatRect(r.rect, true)}` };
    }),
    activeSheet: active ? active.name : "",
    selection: active ? formatAddress(active.name, active.selection) : "",
    readOnly: state.readOnly,
    structureProtected: state.structureProtected,
  };
}

// ---------------------------------------------------------------------------------------------
// Direct grid access for the demo UI and tests (no proxies, no sync).

export interface SheetGrid {
  name: string;
  /** Row/column offset of values[0][0] (0-based); the grid always starts at A1. */
  startRow: number;
  rowCount: number;
  columnCount: number;
  values: (string | number | boolean)[][];
  text: string[][];
  fills: (string | null)[][];
  bold: boolean[][];
  frozenRows: number;
  frozenColumns: number;
  selection: string | null;
  columnWidths: number[];
}

export function sheetGrid(state: WorkbookModel, sheet: SheetState, startRow = 0, maxRows = Number.POSITIVE_INFINITY): SheetGrid {
  const used = sheet.usedRect(false);
  const lastRow = used ? used.row + used.rows : 0;
  const columnCount = used ? Math.min(MAX_COLUMNS, used.col + used.cols) : 0;
  const end = Math.min(lastRow, startRow + maxRows);
  const values: (string | number | boolean)[][] = [];
  const text: string[][] = [];
  const fills: (string | null)[][] = [];
  const bold: boolean[][] = [];
  for (let r = startRow; r < end; r++) {
    const vRow: (string | number | boolean)[] = [];
    const tRow: string[] = [];
    const fRow: (string | null)[] = [];
    const bRow: boolean[] = [];
    for (let c = 0; c < columnCount; c++) {
      const v = sheet.values.get(r, c);
      vRow.push(readValue(v));
      tRow.push(displayText(v, sheet.numberFormatAt(r, c)));
      const fill = sheet.fill.effective(r, c);
      const explicit = sheet.fill.cells.get(r, c);
      const hasFill = explicit !== undefined ? explicit !== null : sheet.fill.rowDefaults[r] !== undefined || sheet.fill.colDefaults[c] !== undefined;
      fRow.push(hasFill ? fill : null);
      bRow.push(sheet.bold.effective(r, c));
    }
    values.push(vRow);
    text.push(tRow);
    fills.push(fRow);
    bold.push(bRow);
  }
  const active = state.activeSheet();
  const columnWidths: number[] = [];
  for (let c = 0; c < columnCount; c++) columnWidths.push(sheet.columnWidth(c));
  return {
    name: sheet.name,
    startRow,
    rowCount: Math.max(0, end - startRow),
    columnCount,
    values,
    text,
    fills,
    bold,
    frozenRows: sheet.frozenRows,
    frozenColumns: sheet.frozenColumns,
    selection: active === sheet ? formatRect(sheet.selection) : null,
    columnWidths,
  };
}

