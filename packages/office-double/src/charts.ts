/** Charts of the double (Excel.ChartCollection, Chart, ChartTitle): what the recommendation sheet uses. */
import { Rect, formatRect } from "./address";
import { ItemCollection } from "./collection";
import { assertSameContext, resolveRangeArg } from "./range-args";
import type { RequestContext } from "./context";
import type { Execution } from "./engine";
import { ChartSeriesBy, ChartType, enumValues } from "./enums";
import { ErrorCode, invalidArgument, officeError } from "./errors";
import { jsonLength } from "./json-size";
import { ClientObject } from "./proxy";
import { Range } from "./range";
import { assertUnprotected } from "./sheet-ops";
import { ChartState, SheetState } from "./state";
import { Worksheet } from "./worksheet";

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

export class ChartCollection extends ItemCollection<SheetState, ChartEntity, Chart> {
  constructor(context: RequestContext, source: (x: Execution) => SheetState | null) {
    super(context, source);
    Object.preventExtensions(this);
  }

  get _className(): string {
    return "ChartCollection";
  }

  protected _revalidate(sheet: SheetState, x: Execution): SheetState {
    const current = x.state.sheetById(sheet.id);
    if (!current) throw officeError(ErrorCode.itemNotFound, "ChartCollection");
    return current;
  }

  protected _entities(sheet: SheetState): ChartEntity[] {
    return sheet.charts.map((chart) => ({ sheet, chart }));
  }

  protected _matches(e: ChartEntity, key: string): boolean {
    return e.chart.name === key || e.chart.id === key;
  }

  protected _item(source: (x: Execution) => ChartEntity | null): Chart {
    return new Chart(this._context, source);
  }

  get count(): number {
    return this._get("count");
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
    return this._added(location, () => created);
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
  get chartType(): string {
    return this._get("chartType");
  }
  get top(): number {
    return this._get("top");
  }
  get left(): number {
    return this._get("left");
  }
  get width(): number {
    return this._get("width");
  }
  get height(): number {
    return this._get("height");
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

  /** Removes the chart (regenerating a sheet in place). */
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
