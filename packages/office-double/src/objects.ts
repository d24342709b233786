/**
 * Tables, charts and defined names of the double (Excel.TableCollection / Table,
 * ChartCollection / Chart / ChartTitle, NamedItemCollection / NamedItem).
 */
import { MAX_ROWS, Rect, columnIndex, formatRect, isUnbounded, parseAddress, rectsOverlap, withinGrid } from "./address";
import type { RequestContext } from "./context";
import type { Execution } from "./engine";
import { ChartSeriesBy, ChartType, enumValues } from "./enums";
import { ErrorCode, invalidArgument, officeError } from "./errors";
import { jsonLength } from "./json-size";
import { ClientObject, ClientResult, LoadOption, parseLoadOption } from "./proxy";
import { Range } from "./range";
import { RangeTarget, assertUnprotected } from "./sheet-ops";
import { ChartState, NameReference, NameState, SheetState, TableState } from "./state";
import { Worksheet, collectionItemPaths } from "./worksheet";

// ---------------------------------------------------------------------------------------------
// Shared helpers

/** A Range proxy from another request context cannot be used (office.js throws at once). */
export function assertSameContext(context: RequestContext, arg: unknown, location: string): void {
  if (arg instanceof ClientObject && arg.context !== context) {
    throw officeError(ErrorCode.invalidRequestContext, location);
  }
}

/** Resolves a Range-or-address argument; string addresses are relative to `sheet`. */
export function resolveRangeArg(x: Execution, arg: unknown, sheet: SheetState | null, location: string, argument: string): RangeTarget {
  if (arg instanceof Range) return arg._require(x, location);
  if (typeof arg !== "string") throw invalidArgument(location, argument);
  const parsed = parseAddress(arg.startsWith("=") ? arg.slice(1) : arg);
  if (!parsed) throw invalidArgument(location, argument);
  const target = parsed.sheet !== undefined ? x.state.sheetByName(parsed.sheet) : (sheet ?? x.state.activeSheet());
  if (!target) throw invalidArgument(location, argument);
  return { sheet: target, rect: parsed.rect };
}

const NAME_PATTERN = /^[A-Za-z_\\\u00C0-\uFFFF][A-Za-z0-9_.\\\u00C0-\uFFFF]*$/;

/** Excel's rule for defined names and table names. */
export function isValidDefinedName(name: unknown): name is string {
  if (typeof name !== "string" || name.length === 0 || name.length > 255) return false;
  if (!NAME_PATTERN.test(name)) return false;
  const a1 = /^([A-Za-z]{1,3})([0-9]+)$/.exec(name);
  if (a1 && columnIndex(a1[1]) >= 0 && Number(a1[2]) >= 1 && Number(a1[2]) <= MAX_ROWS) return false;
  if (/^[Rr][0-9]*([Cc][0-9]*)?$|^[Cc][0-9]*$/.test(name)) return false;
  return true;
}

function nameTaken(x: Execution, name: string, scopeSheetId: string | null, except?: string): boolean {
  const upper = name.toUpperCase();
  if (x.state.names.some((n) => n.id !== except && n.scopeSheetId === scopeSheetId && n.name.toUpperCase() === upper)) return true;
  return x.state.allTables().some((t) => t.id !== except && t.name.toUpperCase() === upper);
}

/** The range a defined name refers to (null when it is not a range or its sheet is gone). */
export function rangeOfName(x: Execution, name: NameState): RangeTarget | null {
  if (name.ref.kind !== "range") return null;
  const sheet = x.state.sheetById(name.ref.sheetId);
  return sheet ? { sheet, rect: name.ref.rect } : null;
}

function readItems<T extends ClientObject>(owner: ClientObject, x: Execution, items: T[], paths: string[]): void {
  const itemPaths = collectionItemPaths(paths.filter((p) => p !== "count"));
  if (paths.length === 0 || paths.some((p) => p !== "count")) {
    for (const item of items) item._readNow(x, itemPaths);
    x.commits.push(() => owner._values.set("items", items));
  }
  if (paths.length === 0 || paths.includes("count")) {
    x.respond(jsonLength(items.length));
    x.commits.push(() => owner._values.set("count", items.length));
  }
}

// ---------------------------------------------------------------------------------------------
// Tables

interface TableScope {
  /** null: every sheet (workbook.tables). */
  sheet: SheetState | null;
}

interface TableEntity {
  sheet: SheetState;
  table: TableState;
}

const TABLE_STYLE = /^TableStyle(Light([1-9]|1[0-9]|2[01])|Medium([1-9]|1[0-9]|2[0-8])|Dark([1-9]|1[01]))$/;

function uniqueHeaders(values: unknown[]): string[] {
  const seen = new Set<string>();
  return values.map((v, i) => {
    const base = v === undefined || v === "" ? `Column${i + 1}` : String(v);
    let name = base;
    for (let n = 2; seen.has(name.toUpperCase()); n++) name = `${base}${n}`;
    seen.add(name.toUpperCase());
    return name;
  });
}

export class TableCollection extends ClientObject<TableScope> {
  constructor(
    context: RequestContext,
    private readonly _source: (x: Execution) => TableScope | null,
  ) {
    super(context);
    Object.preventExtensions(this);
  }

  get _className(): string {
    return "TableCollection";
  }

  protected _compute(x: Execution): TableScope | null {
    return this._source(x);
  }

  protected _revalidate(scope: TableScope, x: Execution): TableScope {
    if (scope.sheet === null) return scope;
    const sheet = x.state.sheetById(scope.sheet.id);
    if (!sheet) throw officeError(ErrorCode.itemNotFound, "TableCollection");
    return { sheet };
  }

  protected _scalarNames(): readonly string[] {
    return ["count"];
  }

  protected _readScalar(name: string, scope: TableScope, x: Execution): unknown {
    if (name === "count") return this._entities(scope, x).length;
    throw invalidArgument("TableCollection.load", name);
  }

  private _entities(scope: TableScope, x: Execution): TableEntity[] {
    const sheets = scope.sheet ? [scope.sheet] : x.state.sheets;
    return sheets.flatMap((sheet) => sheet.tables.map((table) => ({ sheet, table })));
  }

  get items(): Table[] {
    return this._get("items");
  }

  get count(): number {
    return this._get("count");
  }

  override load(option?: LoadOption): this {
    const paths = parseLoadOption(option);
    this._enqueue({ location: "TableCollection.load", kind: "read", requestBytes: 0, run: (x) => this._readNow(x, paths) });
    return this;
  }

  override _readNow(x: Execution, paths: string[]): void {
    const scope = this._resolve(x);
    if (scope === null) return;
    const items = this._entities(scope, x).map((e) => new Table(this._context, () => e)._bind(e));
    readItems(this, x, items, paths);
  }

  /** Converts address (on this sheet, or sheet-qualified) into a table; Table1, Table2, … */
  add(address: Range | string, hasHeaders: boolean): Table {
    const location = "TableCollection.add";
    assertSameContext(this._context, address, location);
    let created: TableEntity | undefined;
    this._act(location, "write", jsonLength([typeof address === "string" ? address : null, hasHeaders]), (scope, x) => {
      const target = resolveRangeArg(x, address, scope.sheet, location, "address");
      if (scope.sheet && target.sheet !== scope.sheet) throw invalidArgument(location, "address");
      const { sheet } = target;
      let rect = target.rect;
      if (isUnbounded(rect)) throw invalidArgument(location, "address");
      assertUnprotected(sheet, location);
      if (sheet.tables.some((t) => rectsOverlap(t.rect, rect))) throw officeError(ErrorCode.mergedRangeConflict, location);
      if (!hasHeaders) {
        // "Excel will automatically generate a header and shift the data down by one row."
        for (const grid of [sheet.values, sheet.formulas, sheet.numberFormats]) grid.shiftDown(rect.row, rect.col, rect.col + rect.cols, 1);
        rect = { ...rect, rows: rect.rows + 1 };
        for (let j = 0; j < rect.cols; j++) sheet.values.set(rect.row, rect.col + j, undefined);
      }
      if (rect.rows === 1) rect = { ...rect, rows: 2 }; // a table always has a data row
      if (!withinGrid(rect)) throw invalidArgument(location, "address");
      const headerValues: unknown[] = [];
      for (let j = 0; j < rect.cols; j++) headerValues.push(sheet.values.get(rect.row, rect.col + j));
      uniqueHeaders(headerValues).forEach((h, j) => {
        sheet.values.set(rect.row, rect.col + j, h);
        sheet.formulas.set(rect.row, rect.col + j, undefined);
      });
      let name: string;
      do name = `Table${++x.state.tableCounter}`;
      while (nameTaken(x, name, null));
      const table: TableState = {
        id: x.state.newId("table"),
        name,
        sheetId: sheet.id,
        rect,
        showHeaders: true,
        showTotals: false,
        style: "TableStyleMedium2",
        showFilterButton: true,
        showBandedRows: true,
        showBandedColumns: false,
      };
      sheet.tables.push(table);
      sheet.touch();
      x.sheetChanged(sheet.id);
      created = { sheet, table };
    });
    return new Table(this._context, () => {
      if (!created) throw officeError(ErrorCode.invalidObjectPath, location);
      return created;
    });
  }

  getItem(key: string): Table {
    return new Table(this._context, (x) => {
      const found = this._find(x, key);
      if (!found) throw officeError(ErrorCode.itemNotFound, "TableCollection.getItem");
      return found;
    });
  }

  getItemOrNullObject(key: string): Table {
    return this._instantiate(new Table(this._context, (x) => this._find(x, key) ?? null), "TableCollection.getItemOrNullObject");
  }

  getItemAt(index: number): Table {
    return new Table(this._context, (x) => {
      const scope = this._resolve(x);
      if (scope === null) return null;
      const e = this._entities(scope, x)[index];
      if (!e) throw officeError(ErrorCode.itemNotFound, "TableCollection.getItemAt");
      return e;
    });
  }

  getCount(): ClientResult<number> {
    const result = new ClientResult<number>();
    this._act("TableCollection.getCount", "read", 0, (scope, x) => result._stage(x, this._entities(scope, x).length));
    return result;
  }

  private _find(x: Execution, key: string): TableEntity | null | undefined {
    const scope = this._resolve(x);
    if (scope === null) return null;
    const upper = String(key).toUpperCase();
    return this._entities(scope, x).find((e) => e.table.name.toUpperCase() === upper || e.table.id === key);
  }
}

export class Table extends ClientObject<TableEntity> {
  private _worksheet: Worksheet | undefined = undefined;

  constructor(
    context: RequestContext,
    private readonly _source: (x: Execution) => TableEntity | null,
  ) {
    super(context);
    Object.preventExtensions(this);
  }

  get _className(): string {
    return "Table";
  }

  protected _compute(x: Execution): TableEntity | null {
    return this._source(x);
  }

  protected _revalidate(e: TableEntity, x: Execution): TableEntity {
    const found = x.state.findTable(e.table.id);
    if (!found) throw officeError(ErrorCode.itemNotFound, "Table");
    return found;
  }

  protected _scalarNames(): readonly string[] {
    return ["id", "name", "style", "showHeaders", "showTotals", "showFilterButton", "showBandedRows", "showBandedColumns"];
  }

  protected _readScalar(name: string, e: TableEntity): unknown {
    const t = e.table;
    switch (name) {
      case "id":
        return t.id;
      case "name":
        return t.name;
      case "style":
        return t.style;
      case "showHeaders":
        return t.showHeaders;
      case "showTotals":
        return t.showTotals;
      case "showFilterButton":
        return t.showFilterButton;
      case "showBandedRows":
        return t.showBandedRows;
      case "showBandedColumns":
        return t.showBandedColumns;
      default:
        throw invalidArgument("Table.load", name);
    }
  }

  protected override _navigation(name: string): ClientObject | undefined {
    return name === "worksheet" ? this.worksheet : undefined;
  }

  get worksheet(): Worksheet {
    this._worksheet ??= new Worksheet(this._context, (x) => this._resolve(x)?.sheet ?? null);
    return this._worksheet;
  }

  get id(): string {
    return this._get("id");
  }

  get name(): string {
    return this._get("name");
  }
  set name(value: string) {
    this._set("name", value, (e, x) => {
      if (!isValidDefinedName(value)) throw invalidArgument("Table.name", "name");
      if (nameTaken(x, value, null, e.table.id)) throw officeError(ErrorCode.itemAlreadyExists, "Table.name");
      e.table.name = value;
      x.sheetChanged(e.sheet.id);
    });
  }

  get style(): string {
    return this._get("style");
  }
  set style(value: string) {
    this._set("style", value, (e, x) => {
      if (typeof value !== "string" || (value !== "" && !TABLE_STYLE.test(value))) throw invalidArgument("Table.style", "style");
      assertUnprotected(e.sheet, "Table.style");
      e.table.style = value;
      x.sheetChanged(e.sheet.id);
    });
  }

  private _flag(name: "showFilterButton" | "showBandedRows" | "showBandedColumns" | "showTotals", value: boolean): void {
    this._set(name, value, (e, x) => {
      if (typeof value !== "boolean") throw invalidArgument(`Table.${name}`, name);
      assertUnprotected(e.sheet, `Table.${name}`);
      e.table[name] = value;
      x.sheetChanged(e.sheet.id);
    });
  }

  get showHeaders(): boolean {
    return this._get("showHeaders");
  }
  get showTotals(): boolean {
    return this._get("showTotals");
  }
  set showTotals(value: boolean) {
    this._flag("showTotals", value);
  }
  get showFilterButton(): boolean {
    return this._get("showFilterButton");
  }
  set showFilterButton(value: boolean) {
    this._flag("showFilterButton", value);
  }
  get showBandedRows(): boolean {
    return this._get("showBandedRows");
  }
  set showBandedRows(value: boolean) {
    this._flag("showBandedRows", value);
  }
  get showBandedColumns(): boolean {
    return this._get("showBandedColumns");
  }
  set showBandedColumns(value: boolean) {
    this._flag("showBandedColumns", value);
  }

  private _part(location: string, rect: (r: Rect) => Rect | null): Range {
    return new Range(this._context, (x) => {
      const e = this._resolve(x);
      if (e === null) return null;
      const part = rect(e.table.rect);
      if (!part) throw officeError(ErrorCode.itemNotFound, location);
      return { sheet: e.sheet, rect: part };
    });
  }

  getRange(): Range {
    return this._part("Table.getRange", (r) => r);
  }

  getHeaderRowRange(): Range {
    return this._part("Table.getHeaderRowRange", (r) => ({ ...r, rows: 1 }));
  }

  getDataBodyRange(): Range {
    return this._part("Table.getDataBodyRange", (r) => ({ ...r, row: r.row + 1, rows: r.rows - 1 }));
  }

  /** Removes the table; its cells stay. */
  delete(): void {
    this._act("Table.delete", "write", 0, (e, x) => {
      assertUnprotected(e.sheet, "Table.delete");
      e.sheet.tables = e.sheet.tables.filter((t) => t.id !== e.table.id);
      x.sheetChanged(e.sheet.id);
    });
  }
}

// ---------------------------------------------------------------------------------------------
// Charts

interface ChartEntity {
  sheet: SheetState;
  chart: ChartState;
}

const CHART_TYPES = enumValues(ChartType);
const SERIES_BY = enumValues(ChartSeriesBy);

function cellAnchor(x: Execution, arg: unknown, sheet: SheetState, location: string): Rect {
  const t = resolveRangeArg(x, arg, sheet, location, "cell");
  if (t.sheet !== sheet) throw invalidArgument(location, "cell");
  return t.rect;
}

function offsetOf(sizes: (i: number) => number, index: number): number {
  let sum = 0;
  for (let i = 0; i < index; i++) sum += sizes(i);
  return sum;
}

export class ChartCollection extends ClientObject<SheetState> {
  constructor(
    context: RequestContext,
    private readonly _source: (x: Execution) => SheetState | null,
  ) {
    super(context);
    Object.preventExtensions(this);
  }

  get _className(): string {
    return "ChartCollection";
  }

  protected _compute(x: Execution): SheetState | null {
    return this._source(x);
  }

  protected _revalidate(sheet: SheetState, x: Execution): SheetState {
    const current = x.state.sheetById(sheet.id);
    if (!current) throw officeError(ErrorCode.itemNotFound, "ChartCollection");
    return current;
  }

  protected _scalarNames(): readonly string[] {
    return ["count"];
  }

  protected _readScalar(name: string, sheet: SheetState): unknown {
    if (name === "count") return sheet.charts.length;
    throw invalidArgument("ChartCollection.load", name);
  }

  get items(): Chart[] {
    return this._get("items");
  }

  get count(): number {
    return this._get("count");
  }

  override load(option?: LoadOption): this {
    const paths = parseLoadOption(option);
    this._enqueue({ location: "ChartCollection.load", kind: "read", requestBytes: 0, run: (x) => this._readNow(x, paths) });
    return this;
  }

  override _readNow(x: Execution, paths: string[]): void {
    const sheet = this._resolve(x);
    if (sheet === null) return;
    const items = sheet.charts.map((chart) => {
      const e = { sheet, chart };
      return new Chart(this._context, () => e)._bind(e);
    });
    readItems(this, x, items, paths);
  }

  /** Adds a chart of `type` over sourceData; named "Chart 1", "Chart 2", … on its sheet. */
  add(type: string, sourceData: Range, seriesBy?: string): Chart {
    const location = "ChartCollection.add";
    assertSameContext(this._context, sourceData, location);
    let created: ChartEntity | undefined;
    this._act(location, "write", jsonLength([type, null, seriesBy ?? null]), (sheet, x) => {
      if (typeof type !== "string" || type === "Invalid" || !CHART_TYPES.has(type)) throw invalidArgument(location, "type");
      const by = seriesBy ?? "Auto";
      if (typeof by !== "string" || !SERIES_BY.has(by)) throw invalidArgument(location, "seriesBy");
      if (!(sourceData instanceof Range)) throw invalidArgument(location, "sourceData");
      const source = sourceData._require(x, location);
      assertUnprotected(sheet, location);
      let n = sheet.charts.length + 1;
      while (sheet.charts.some((c) => c.name === `Chart ${n}`)) n++;
      const chart: ChartState = {
        id: x.state.newId("chart"),
        name: `Chart ${n}`,
        sheetId: sheet.id,
        chartType: type,
        seriesBy: by,
        source: { sheetId: source.sheet.id, rect: source.rect },
        title: { text: "", visible: false },
        position: null,
        top: 0,
        left: 0,
        width: 360,
        height: 216,
      };
      sheet.charts.push(chart);
      x.sheetChanged(sheet.id);
      created = { sheet, chart };
    });
    return new Chart(this._context, () => {
      if (!created) throw officeError(ErrorCode.invalidObjectPath, location);
      return created;
    });
  }

  getItem(name: string): Chart {
    return new Chart(this._context, (x) => {
      const found = this._find(x, name);
      if (!found) throw officeError(ErrorCode.itemNotFound, "ChartCollection.getItem");
      return found;
    });
  }

  getItemOrNullObject(name: string): Chart {
    return this._instantiate(new Chart(this._context, (x) => this._find(x, name) ?? null), "ChartCollection.getItemOrNullObject");
  }

  getItemAt(index: number): Chart {
    return new Chart(this._context, (x) => {
      const sheet = this._resolve(x);
      if (sheet === null) return null;
      const chart = sheet.charts[index];
      if (!chart) throw officeError(ErrorCode.itemNotFound, "ChartCollection.getItemAt");
      return { sheet, chart };
    });
  }

  getCount(): ClientResult<number> {
    const result = new ClientResult<number>();
    this._act("ChartCollection.getCount", "read", 0, (sheet, x) => result._stage(x, sheet.charts.length));
    return result;
  }

  private _find(x: Execution, name: string): ChartEntity | null | undefined {
    const sheet = this._resolve(x);
    if (sheet === null) return null;
    const chart = sheet.charts.find((c) => c.name === name || c.id === name);
    return chart ? { sheet, chart } : undefined;
  }
}

export class Chart extends ClientObject<ChartEntity> {
  private _title: ChartTitle | undefined = undefined;
  private _worksheet: Worksheet | undefined = undefined;

  constructor(
    context: RequestContext,
    private readonly _source: (x: Execution) => ChartEntity | null,
  ) {
    super(context);
    Object.preventExtensions(this);
  }

  get _className(): string {
    return "Chart";
  }

  protected _compute(x: Execution): ChartEntity | null {
    return this._source(x);
  }

  protected _revalidate(e: ChartEntity, x: Execution): ChartEntity {
    const found = x.state.findChart(e.chart.id);
    if (!found) throw officeError(ErrorCode.itemNotFound, "Chart");
    return found;
  }

  protected _scalarNames(): readonly string[] {
    return ["id", "name", "chartType", "top", "left", "width", "height"];
  }

  protected _readScalar(name: string, e: ChartEntity): unknown {
    switch (name) {
      case "id":
      case "name":
      case "chartType":
      case "top":
      case "left":
      case "width":
      case "height":
        return e.chart[name];
      default:
        throw invalidArgument("Chart.load", name);
    }
  }

  protected override _navigation(name: string): ClientObject | undefined {
    if (name === "title") return this.title;
    if (name === "worksheet") return this.worksheet;
    return undefined;
  }

  get title(): ChartTitle {
    this._title ??= new ChartTitle(this._context, this);
    return this._title;
  }

  get worksheet(): Worksheet {
    this._worksheet ??= new Worksheet(this._context, (x) => this._resolve(x)?.sheet ?? null);
    return this._worksheet;
  }

  get id(): string {
    return this._get("id");
  }

  get name(): string {
    return this._get("name");
  }
  set name(value: string) {
    this._set("name", value, (e, x) => {
      if (typeof value !== "string" || value.trim() === "") throw invalidArgument("Chart.name", "name");
      e.chart.name = value;
      x.sheetChanged(e.sheet.id);
    });
  }

  get chartType(): string {
    return this._get("chartType");
  }
  set chartType(value: string) {
    this._set("chartType", value, (e, x) => {
      if (typeof value !== "string" || value === "Invalid" || !CHART_TYPES.has(value)) throw invalidArgument("Chart.chartType", "chartType");
      assertUnprotected(e.sheet, "Chart.chartType");
      e.chart.chartType = value;
      x.sheetChanged(e.sheet.id);
    });
  }

  private _dimension(name: "top" | "left" | "width" | "height", value: number): void {
    this._set(name, value, (e, x) => {
      if (typeof value !== "number" || !Number.isFinite(value) || value < 0) throw invalidArgument(`Chart.${name}`, name);
      assertUnprotected(e.sheet, `Chart.${name}`);
      e.chart[name] = value;
      x.sheetChanged(e.sheet.id);
    });
  }

  get top(): number {
    return this._get("top");
  }
  set top(value: number) {
    this._dimension("top", value);
  }
  get left(): number {
    return this._get("left");
  }
  set left(value: number) {
    this._dimension("left", value);
  }
  get width(): number {
    return this._get("width");
  }
  set width(value: number) {
    this._dimension("width", value);
  }
  get height(): number {
    return this._get("height");
  }
  set height(value: number) {
    this._dimension("height", value);
  }

  /** Anchors the chart between two cells (top-left of startCell to bottom-right of endCell). */
  setPosition(startCell: Range | string, endCell?: Range | string): void {
    const location = "Chart.setPosition";
    assertSameContext(this._context, startCell, location);
    assertSameContext(this._context, endCell, location);
    const args = [typeof startCell === "string" ? startCell : null, typeof endCell === "string" ? endCell : null];
    this._act(location, "write", jsonLength(args), (e, x) => {
      assertUnprotected(e.sheet, location);
      const start = cellAnchor(x, startCell, e.sheet, location);
      const end = endCell === undefined || endCell === null ? null : cellAnchor(x, endCell, e.sheet, location);
      const sheet = e.sheet;
      const chart = e.chart;
      chart.position = {
        start: formatRect({ row: start.row, col: start.col, rows: 1, cols: 1 }),
        end: end ? formatRect({ row: end.row + end.rows - 1, col: end.col + end.cols - 1, rows: 1, cols: 1 }) : null,
      };
      chart.left = offsetOf((c) => sheet.columnWidth(c), start.col);
      chart.top = offsetOf((r) => sheet.rowHeight(r), start.row);
      if (end) {
        chart.width = offsetOf((c) => sheet.columnWidth(c), end.col + end.cols) - chart.left;
        chart.height = offsetOf((r) => sheet.rowHeight(r), end.row + end.rows) - chart.top;
      }
      x.sheetChanged(sheet.id);
    });
  }

  setData(sourceData: Range, seriesBy?: string): void {
    const location = "Chart.setData";
    assertSameContext(this._context, sourceData, location);
    this._act(location, "write", jsonLength([null, seriesBy ?? null]), (e, x) => {
      const by = seriesBy ?? "Auto";
      if (!SERIES_BY.has(by)) throw invalidArgument(location, "seriesBy");
      const source = sourceData._require(x, location);
      assertUnprotected(e.sheet, location);
      e.chart.source = { sheetId: source.sheet.id, rect: source.rect };
      e.chart.seriesBy = by;
      x.sheetChanged(e.sheet.id);
    });
  }

  delete(): void {
    this._act("Chart.delete", "write", 0, (e, x) => {
      assertUnprotected(e.sheet, "Chart.delete");
      e.sheet.charts = e.sheet.charts.filter((c) => c.id !== e.chart.id);
      x.sheetChanged(e.sheet.id);
    });
  }
}

export class ChartTitle extends ClientObject<ChartEntity> {
  constructor(
    context: RequestContext,
    private readonly _chart: Chart,
  ) {
    super(context);
    Object.preventExtensions(this);
  }

  get _className(): string {
    return "ChartTitle";
  }

  protected _compute(x: Execution): ChartEntity | null {
    return this._chart._resolve(x);
  }

  protected _revalidate(_e: ChartEntity, x: Execution): ChartEntity {
    return this._chart._resolve(x) as ChartEntity;
  }

  protected _scalarNames(): readonly string[] {
    return ["text", "visible"];
  }

  protected _readScalar(name: string, e: ChartEntity): unknown {
    if (name === "text") return e.chart.title.text;
    if (name === "visible") return e.chart.title.visible;
    throw invalidArgument("ChartTitle.load", name);
  }

  get text(): string {
    return this._get("text");
  }
  set text(value: string) {
    this._set("text", value, (e, x) => {
      if (typeof value !== "string") throw invalidArgument("ChartTitle.text", "text");
      assertUnprotected(e.sheet, "ChartTitle.text");
      e.chart.title = { text: value, visible: value !== "" ? true : e.chart.title.visible };
      x.sheetChanged(e.sheet.id);
    });
  }

  get visible(): boolean {
    return this._get("visible");
  }
  set visible(value: boolean) {
    this._set("visible", value, (e, x) => {
      if (typeof value !== "boolean") throw invalidArgument("ChartTitle.visible", "visible");
      assertUnprotected(e.sheet, "ChartTitle.visible");
      e.chart.title = { ...e.chart.title, visible: value };
      x.sheetChanged(e.sheet.id);
    });
  }
}

// ---------------------------------------------------------------------------------------------
// Defined names

interface NameScope {
  /** null: workbook scope. */
  sheet: SheetState | null;
}

/** Interprets the `reference` argument of names.add. */
function nameReference(x: Execution, reference: unknown, scope: SheetState | null, location: string): NameReference {
  if (reference instanceof Range) {
    const t = reference._require(x, location);
    return { kind: "range", sheetId: t.sheet.id, rect: t.rect };
  }
  if (typeof reference !== "string" || reference.trim() === "") throw invalidArgument(location, "reference");
  const text = reference.trim().startsWith("=") ? reference.trim().slice(1).trim() : reference.trim();
  const parsed = parseAddress(text);
  if (parsed) {
    const sheet = parsed.sheet !== undefined ? x.state.sheetByName(parsed.sheet) : (scope ?? x.state.activeSheet());
    if (!sheet) throw invalidArgument(location, "reference");
    return { kind: "range", sheetId: sheet.id, rect: parsed.rect };
  }
  if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text)) return { kind: "value", value: Number(text), formula: `=${text}` };
  if (/^(TRUE|FALSE)$/i.test(text)) return { kind: "value", value: text.toUpperCase() === "TRUE", formula: `=${text.toUpperCase()}` };
  const quoted = /^"((?:[^"]|"")*)"$/.exec(text);
  if (quoted) return { kind: "value", value: quoted[1].replace(/""/g, '"'), formula: `=${text}` };
  return { kind: "formula", formula: `=${text}` };
}

export class NamedItemCollection extends ClientObject<NameScope> {
  constructor(
    context: RequestContext,
    private readonly _source: (x: Execution) => NameScope | null,
  ) {
    super(context);
    Object.preventExtensions(this);
  }

  get _className(): string {
    return "NamedItemCollection";
  }

  protected _compute(x: Execution): NameScope | null {
    return this._source(x);
  }

  protected _revalidate(scope: NameScope, x: Execution): NameScope {
    if (scope.sheet === null) return scope;
    const sheet = x.state.sheetById(scope.sheet.id);
    if (!sheet) throw officeError(ErrorCode.itemNotFound, "NamedItemCollection");
    return { sheet };
  }

  protected _scalarNames(): readonly string[] {
    return [];
  }

  protected _readScalar(name: string): unknown {
    throw invalidArgument("NamedItemCollection.load", name);
  }

  get items(): NamedItem[] {
    return this._get("items");
  }

  override load(option?: LoadOption): this {
    const paths = parseLoadOption(option);
    this._enqueue({ location: "NamedItemCollection.load", kind: "read", requestBytes: 0, run: (x) => this._readNow(x, paths) });
    return this;
  }

  override _readNow(x: Execution, paths: string[]): void {
    const scope = this._resolve(x);
    if (scope === null) return;
    const items = x.state.namesInScope(scope.sheet ? scope.sheet.id : null).map((n) => new NamedItem(this._context, () => n)._bind(n));
    readItems(this, x, items, paths.filter((p) => p !== "count"));
  }

  /** Defines a name for a range (Range or "Sheet1!$A$1:$B$2") or a constant ("=5", '="text"'). */
  add(name: string, reference: Range | string, comment?: string): NamedItem {
    const location = "NamedItemCollection.add";
    assertSameContext(this._context, reference, location);
    let created: NameState | undefined;
    const args = [name, typeof reference === "string" ? reference : null, comment ?? null];
    this._act(location, "write", jsonLength(args), (scope, x) => {
      if (!isValidDefinedName(name)) throw invalidArgument(location, "name");
      const scopeId = scope.sheet ? scope.sheet.id : null;
      if (nameTaken(x, name, scopeId)) throw officeError(ErrorCode.itemAlreadyExists, location);
      if (comment !== undefined && comment !== null && typeof comment !== "string") throw invalidArgument(location, "comment");
      const ref = nameReference(x, reference, scope.sheet, location);
      created = { id: x.state.newId("name"), name, scopeSheetId: scopeId, ref, comment: comment ?? "", visible: true };
      x.state.names.push(created);
      x.namesChanged = true;
    });
    return new NamedItem(this._context, () => {
      if (!created) throw officeError(ErrorCode.invalidObjectPath, location);
      return created;
    });
  }

  getItem(name: string): NamedItem {
    return new NamedItem(this._context, (x) => {
      const found = this._find(x, name);
      if (!found) throw officeError(ErrorCode.itemNotFound, "NamedItemCollection.getItem");
      return found;
    });
  }

  getItemOrNullObject(name: string): NamedItem {
    return this._instantiate(new NamedItem(this._context, (x) => this._find(x, name) ?? null), "NamedItemCollection.getItemOrNullObject");
  }

  getCount(): ClientResult<number> {
    const result = new ClientResult<number>();
    this._act("NamedItemCollection.getCount", "read", 0, (scope, x) => result._stage(x, x.state.namesInScope(scope.sheet ? scope.sheet.id : null).length));
    return result;
  }

  private _find(x: Execution, name: string): NameState | null | undefined {
    const scope = this._resolve(x);
    if (scope === null) return null;
    return typeof name === "string" ? x.state.findName(name, scope.sheet ? scope.sheet.id : null) : undefined;
  }
}

export class NamedItem extends ClientObject<NameState> {
  constructor(
    context: RequestContext,
    private readonly _source: (x: Execution) => NameState | null,
  ) {
    super(context);
    Object.preventExtensions(this);
  }

  get _className(): string {
    return "NamedItem";
  }

  protected _compute(x: Execution): NameState | null {
    return this._source(x);
  }

  protected _revalidate(n: NameState, x: Execution): NameState {
    const found = x.state.nameById(n.id);
    if (!found) throw officeError(ErrorCode.itemNotFound, "NamedItem");
    return found;
  }

  protected _scalarNames(): readonly string[] {
    return ["name", "type", "value", "formula", "comment", "visible", "scope"];
  }

  protected _readScalar(name: string, n: NameState, x: Execution): unknown {
    switch (name) {
      case "name":
        return n.name;
      case "type":
        return x.state.nameType(n);
      case "value":
        return x.state.nameValue(n);
      case "formula":
        return x.state.nameFormula(n);
      case "comment":
        return n.comment;
      case "visible":
        return n.visible;
      case "scope":
        return n.scopeSheetId === null ? "Workbook" : "Worksheet";
      default:
        throw invalidArgument("NamedItem.load", name);
    }
  }

  get name(): string {
    return this._get("name");
  }
  get type(): string {
    return this._get("type");
  }
  get value(): unknown {
    return this._get("value");
  }
  get formula(): string {
    return this._get("formula");
  }
  get scope(): string {
    return this._get("scope");
  }

  get comment(): string {
    return this._get("comment");
  }
  set comment(value: string) {
    this._set("comment", value, (n, x) => {
      if (typeof value !== "string") throw invalidArgument("NamedItem.comment", "comment");
      n.comment = value;
      x.namesChanged = true;
    });
  }

  get visible(): boolean {
    return this._get("visible");
  }
  set visible(value: boolean) {
    this._set("visible", value, (n, x) => {
      if (typeof value !== "boolean") throw invalidArgument("NamedItem.visible", "visible");
      n.visible = value;
      x.namesChanged = true;
    });
  }

  delete(): void {
    this._act("NamedItem.delete", "write", 0, (n, x) => {
      x.state.names = x.state.names.filter((m) => m.id !== n.id);
      x.namesChanged = true;
    });
  }

  /** The range the name refers to; InvalidOperation when it is not a range. */
  getRange(): Range {
    return new Range(this._context, (x) => {
      const n = this._resolve(x);
      if (n === null) return null;
      const t = rangeOfName(x, n);
      if (!t) throw officeError(ErrorCode.invalidOperation, "NamedItem.getRange");
      return t;
    });
  }

  getRangeOrNullObject(): Range {
    return this._instantiate(
      new Range(this._context, (x) => {
        const n = this._resolve(x);
        return n === null ? null : rangeOfName(x, n);
      }),
      "NamedItem.getRangeOrNullObject",
    );
  }
}

