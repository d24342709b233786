/**
 * Excel.Range, RangeFormat, RangeFill and RangeFont of the double.
 */
import { Rect, formatAddress, isEntireColumns, isEntireRows, withinGrid } from "./address";
import type { RequestContext } from "./context";
import type { Execution } from "./engine";
import { ErrorCode, SHAPE_MISMATCH_MESSAGE, invalidArgument, officeError } from "./errors";
import { jsonLength } from "./json-size";
import { ClientObject } from "./proxy";
import {
  CellDataProperty,
  RangeTarget,
  autofitColumns,
  autofitRows,
  clearRange,
  readCellData,
  readColumnWidth,
  readFillPattern,
  readLayer,
  readRowHeight,
  usedWithin,
  writeAlignment,
  writeBooleanFormat,
  writeCellData,
  writeColumnWidth,
  writeFill,
  writeFontColor,
  writeFontName,
  writeFontSize,
  writeRowHeight,
} from "./sheet-ops";
import { Worksheet } from "./worksheet";

/** office.js splits a 2-D write of more than 1,500 cells into row chunks (setRangePropertiesInBulk). */
export const BULK_CHUNK_CELLS = 1500;

export function revalidateTarget(t: RangeTarget, x: Execution, location: string): RangeTarget {
  const sheet = x.state.sheetById(t.sheet.id);
  if (!sheet) throw officeError(ErrorCode.itemNotFound, location);
  return sheet === t.sheet ? t : { sheet, rect: t.rect };
}

const RANGE_SCALARS = [
  "address",
  "addressLocal",
  "cellCount",
  "columnCount",
  "columnIndex",
  "rowCount",
  "rowIndex",
  "isEntireColumn",
  "isEntireRow",
  "values",
  "numberFormat",
  "formulas",
  "text",
  "valueTypes",
] as const;

export class Range extends ClientObject<RangeTarget> {
  private _format: RangeFormat | undefined = undefined;
  private _worksheet: Worksheet | undefined = undefined;

  constructor(
    context: RequestContext,
    private readonly _source: (x: Execution) => RangeTarget | null,
  ) {
    super(context);
    Object.preventExtensions(this);
  }

  get _className(): string {
    return "Range";
  }

  protected _compute(x: Execution): RangeTarget | null {
    return this._source(x);
  }

  protected _revalidate(t: RangeTarget, x: Execution): RangeTarget {
    return revalidateTarget(t, x, "Range");
  }

  protected _scalarNames(): readonly string[] {
    return RANGE_SCALARS;
  }

  protected _readScalar(name: string, t: RangeTarget): unknown {
    const { rect, sheet } = t;
    switch (name) {
      case "address":
      case "addressLocal":
        return formatAddress(sheet.name, rect);
      case "cellCount":
        return rect.rows * rect.cols;
      case "columnCount":
        return rect.cols;
      case "columnIndex":
        return rect.col;
      case "rowCount":
        return rect.rows;
      case "rowIndex":
        return rect.row;
      case "isEntireColumn":
        return isEntireColumns(rect);
      case "isEntireRow":
        return isEntireRows(rect);
      case "values":
      case "formulas":
      case "numberFormat":
      case "text":
      case "valueTypes":
        return readCellData(t, name, `Range.${name}`);
      default:
        throw invalidArgument("Range.load", name);
    }
  }

  protected override _navigation(name: string): ClientObject | undefined {
    if (name === "format") return this.format;
    if (name === "worksheet") return this.worksheet;
    return undefined;
  }

  // --- scalar properties -------------------------------------------------------------------

  get address(): string {
    return this._get("address");
  }
  get addressLocal(): string {
    return this._get("addressLocal");
  }
  get cellCount(): number {
    return this._get("cellCount");
  }
  get columnCount(): number {
    return this._get("columnCount");
  }
  get columnIndex(): number {
    return this._get("columnIndex");
  }
  get rowCount(): number {
    return this._get("rowCount");
  }
  get rowIndex(): number {
    return this._get("rowIndex");
  }
  get isEntireColumn(): boolean {
    return this._get("isEntireColumn");
  }
  get isEntireRow(): boolean {
    return this._get("isEntireRow");
  }
  get text(): string[][] {
    return this._get("text");
  }
  get valueTypes(): string[][] {
    return this._get("valueTypes");
  }

  get values(): unknown[][] {
    return this._get("values");
  }
  set values(value: unknown[][]) {
    this._setCellData("values", value);
  }

  get formulas(): unknown[][] {
    return this._get("formulas");
  }
  set formulas(value: unknown[][]) {
    this._setCellData("formulas", value);
  }

  get numberFormat(): unknown[][] {
    return this._get("numberFormat");
  }
  set numberFormat(value: unknown[][]) {
    this._setCellData("numberFormat", value);
  }

  private _setCellData(property: CellDataProperty, value: unknown): void {
    this._values.set(property, value);
    const location = `Range.${property}`;
    const bytes = jsonLength(value);
    if (Array.isArray(value) && value.length > 0 && Array.isArray(value[0]) && value.length * value[0].length > BULK_CHUNK_CELLS) {
      // Like office.js: validate the array size on the host, then send row chunks of ≤ 1,500 cells.
      const rows = value.length;
      const cols = (value[0] as unknown[]).length;
      const chunkRows = Math.max(1, Math.round(BULK_CHUNK_CELLS / cols));
      this._act("Range._ValidateArraySize", "check", bytes, (t) => {
        if (t.rect.rows !== rows || t.rect.cols !== cols) throw officeError(ErrorCode.invalidArgument, location, SHAPE_MISMATCH_MESSAGE);
      });
      for (let start = 0; start < rows; start += chunkRows) {
        const count = Math.min(chunkRows, rows - start);
        const slice = value.slice(start, start + count);
        this._act(location, "write", 0, (t, x) => {
          const rect: Rect = { row: t.rect.row + start, col: t.rect.col, rows: count, cols: t.rect.cols };
          writeCellData(x, { sheet: t.sheet, rect }, property, slice, location);
        });
      }
      return;
    }
    this._act(location, "write", bytes, (t, x) => writeCellData(x, t, property, value, location));
  }

  // --- navigation --------------------------------------------------------------------------

  get format(): RangeFormat {
    this._format ??= new RangeFormat(this._context, this);
    return this._format;
  }

  get worksheet(): Worksheet {
    this._worksheet ??= new Worksheet(this._context, (x) => this._resolve(x)?.sheet ?? null);
    return this._worksheet;
  }

  // --- derived ranges ----------------------------------------------------------------------

  private _derive(location: string, compute: (t: RangeTarget, x: Execution) => Rect | null): Range {
    return new Range(this._context, (x) => {
      const t = this._resolve(x);
      if (t === null) return null;
      const rect = compute(t, x);
      if (rect === null) return null;
      if (!withinGrid(rect)) throw invalidArgument(location);
      return { sheet: t.sheet, rect };
    });
  }

  /** One row of the range (office.js addresses row-wise requests this way, e.g. a row's height). */
  getRow(row: number): Range {
    return this._derive("Range.getRow", (t) => ({ row: t.rect.row + row, col: t.rect.col, rows: 1, cols: t.rect.cols }));
  }

  /** The range grown or shrunk by rows and columns (office.js's bounding rect of two row blocks). */
  getResizedRange(deltaRows: number, deltaColumns: number): Range {
    return this._derive("Range.getResizedRange", (t) => ({ ...t.rect, rows: t.rect.rows + deltaRows, cols: t.rect.cols + deltaColumns }));
  }

  getCell(row: number, column: number): Range {
    return this._derive("Range.getCell", (t) => ({ row: t.rect.row + row, col: t.rect.col + column, rows: 1, cols: 1 }));
  }

  /** Used cells within this range; ItemNotFound when there are none (as documented). */
  getUsedRange(valuesOnly?: boolean): Range {
    return this._derive("Range.getUsedRange", (t) => {
      const used = usedWithin(t.sheet, t.rect, valuesOnly === true);
      if (!used) throw officeError(ErrorCode.itemNotFound, "Range.getUsedRange");
      return used;
    });
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): Range {
    return this._instantiate(
      this._derive("Range.getUsedRangeOrNullObject", (t) => usedWithin(t.sheet, t.rect, valuesOnly === true)),
      "Range.getUsedRangeOrNullObject",
    );
  }

  // --- methods -----------------------------------------------------------------------------

  select(): void {
    this._act("Range.select", "ui", 0, (t, x) => {
      if (t.sheet.visibility !== "Visible") throw officeError(ErrorCode.invalidOperation, "Range.select");
      if (x.state.activeSheetId !== t.sheet.id) x.state.activeSheetId = t.sheet.id;
      t.sheet.selection = { ...t.rect };
      x.selectionChanged = true;
    });
  }

  clear(applyTo?: string): void {
    this._act("Range.clear", "write", jsonLength([applyTo ?? null]), (t, x) => clearRange(x, t, applyTo, "Range.clear"));
  }
}

export class RangeFormat extends ClientObject<RangeTarget> {
  private _fill: RangeFill | undefined = undefined;
  private _font: RangeFont | undefined = undefined;

  constructor(
    context: RequestContext,
    private readonly _range: Range,
  ) {
    super(context);
    Object.preventExtensions(this);
  }

  get _className(): string {
    return "RangeFormat";
  }

  protected _compute(x: Execution): RangeTarget | null {
    return this._range._resolve(x);
  }

  protected _revalidate(_t: RangeTarget, x: Execution): RangeTarget {
    return this._range._resolve(x) as RangeTarget;
  }

  protected _scalarNames(): readonly string[] {
    return ["columnWidth", "rowHeight", "wrapText", "horizontalAlignment"];
  }

  protected _readScalar(name: string, t: RangeTarget): unknown {
    switch (name) {
      case "columnWidth":
        return readColumnWidth(t);
      case "rowHeight":
        return readRowHeight(t);
      case "wrapText":
        return readLayer(t.sheet.wrapText, t);
      case "horizontalAlignment":
        return readLayer(t.sheet.horizontalAlignment, t);
      default:
        throw invalidArgument("RangeFormat.load", name);
    }
  }

  protected override _navigation(name: string): ClientObject | undefined {
    if (name === "fill") return this.fill;
    if (name === "font") return this.font;
    return undefined;
  }

  get fill(): RangeFill {
    this._fill ??= new RangeFill(this._context, this._range);
    return this._fill;
  }

  get font(): RangeFont {
    this._font ??= new RangeFont(this._context, this._range);
    return this._font;
  }

  get columnWidth(): number {
    return this._get("columnWidth");
  }
  set columnWidth(value: number) {
    this._set("columnWidth", value, (t, x) => writeColumnWidth(x, t, value, "RangeFormat.columnWidth"));
  }

  get rowHeight(): number {
    return this._get("rowHeight");
  }
  set rowHeight(value: number) {
    this._set("rowHeight", value, (t, x) => writeRowHeight(x, t, value, "RangeFormat.rowHeight"));
  }

  get wrapText(): boolean {
    return this._get("wrapText");
  }
  set wrapText(value: boolean) {
    this._set("wrapText", value, (t, x) => writeBooleanFormat(x, t, "wrapText", value, "RangeFormat.wrapText"));
  }

  get horizontalAlignment(): string {
    return this._get("horizontalAlignment");
  }
  set horizontalAlignment(value: string) {
    this._set("horizontalAlignment", value, (t, x) => writeAlignment(x, t, value, "RangeFormat.horizontalAlignment"));
  }

  autofitColumns(): void {
    this._act("RangeFormat.autofitColumns", "write", 0, (t, x) => autofitColumns(x, t, "RangeFormat.autofitColumns"));
  }

  autofitRows(): void {
    this._act("RangeFormat.autofitRows", "write", 0, (t, x) => autofitRows(x, t, "RangeFormat.autofitRows"));
  }
}

export class RangeFill extends ClientObject<RangeTarget> {
  constructor(
    context: RequestContext,
    private readonly _range: Range,
  ) {
    super(context);
    Object.preventExtensions(this);
  }

  get _className(): string {
    return "RangeFill";
  }

  protected _compute(x: Execution): RangeTarget | null {
    return this._range._resolve(x);
  }

  protected _revalidate(_t: RangeTarget, x: Execution): RangeTarget {
    return this._range._resolve(x) as RangeTarget;
  }

  protected _scalarNames(): readonly string[] {
    return ["color", "pattern"];
  }

  protected _readScalar(name: string, t: RangeTarget): unknown {
    if (name === "color") return readLayer(t.sheet.fill, t);
    if (name === "pattern") return readFillPattern(t);
    throw invalidArgument("RangeFill.load", name);
  }

  /** "None" for cells without fill, "Solid" for filled ones, null when they differ (ExcelApi 1.9). */
  get pattern(): string {
    return this._get("pattern");
  }

  /** "#RRGGBB"; "#FFFFFF" for cells without fill; null when the cells differ. */
  get color(): string {
    return this._get("color");
  }
  set color(value: string) {
    this._set("color", value, (t, x) => writeFill(x, t, value, "RangeFill.color"));
  }

  clear(): void {
    this._act("RangeFill.clear", "write", 0, (t, x) => writeFill(x, t, "", "RangeFill.clear"));
  }
}

export class RangeFont extends ClientObject<RangeTarget> {
  constructor(
    context: RequestContext,
    private readonly _range: Range,
  ) {
    super(context);
    Object.preventExtensions(this);
  }

  get _className(): string {
    return "RangeFont";
  }

  protected _compute(x: Execution): RangeTarget | null {
    return this._range._resolve(x);
  }

  protected _revalidate(_t: RangeTarget, x: Execution): RangeTarget {
    return this._range._resolve(x) as RangeTarget;
  }

  protected _scalarNames(): readonly string[] {
    return ["bold", "italic", "color", "size", "name"];
  }

  protected _readScalar(name: string, t: RangeTarget): unknown {
    switch (name) {
      case "bold":
        return readLayer(t.sheet.bold, t);
      case "italic":
        return readLayer(t.sheet.italic, t);
      case "color":
        return readLayer(t.sheet.fontColor, t);
      case "size":
        return readLayer(t.sheet.fontSize, t);
      case "name":
        return readLayer(t.sheet.fontName, t);
      default:
        throw invalidArgument("RangeFont.load", name);
    }
  }

  get bold(): boolean {
    return this._get("bold");
  }
  set bold(value: boolean) {
    this._set("bold", value, (t, x) => writeBooleanFormat(x, t, "bold", value, "RangeFont.bold"));
  }

  get italic(): boolean {
    return this._get("italic");
  }
  set italic(value: boolean) {
    this._set("italic", value, (t, x) => writeBooleanFormat(x, t, "italic", value, "RangeFont.italic"));
  }

  get color(): string {
    return this._get("color");
  }
  set color(value: string) {
    this._set("color", value, (t, x) => writeFontColor(x, t, value, "RangeFont.color"));
  }

  /** Points; null when the cells differ. */
  get size(): number {
    return this._get("size");
  }
  set size(value: number) {
    this._set("size", value, (t, x) => writeFontSize(x, t, value, "RangeFont.size"));
  }

  get name(): string {
    return this._get("name");
  }
  set name(value: string) {
    this._set("name", value, (t, x) => writeFontName(x, t, value, "RangeFont.name"));
  }
}
