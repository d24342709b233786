/** Tables of the double (Excel.TableCollection, Excel.Table): what the recommendation sheet uses. */
import { MAX_ROWS, columnIndex, isUnbounded, rectsOverlap, withinGrid } from "./address";
import { ItemCollection } from "./collection";
import { assertSameContext, resolveRangeArg } from "./range-args";
import type { RequestContext } from "./context";
import type { Execution } from "./engine";
import { ErrorCode, invalidArgument, officeError } from "./errors";
import { jsonLength } from "./json-size";
import { ClientObject } from "./proxy";
import { Range } from "./range";
import { assertUnprotected } from "./sheet-ops";
import { SheetState, TableState } from "./state";
import { Worksheet } from "./worksheet";

const NAME_PATTERN = /^[A-Za-z_\\\u00C0-\uFFFF][A-Za-z0-9_.\\\u00C0-\uFFFF]*$/;

/** Excel's rule for table names (the rule for defined names). */
export function isValidTableName(name: unknown): name is string {
  if (typeof name !== "string" || name.length === 0 || name.length > 255) return false;
  if (!NAME_PATTERN.test(name)) return false;
  const a1 = /^([A-Za-z]{1,3})([0-9]+)$/.exec(name);
  if (a1 && columnIndex(a1[1]) >= 0 && Number(a1[2]) >= 1 && Number(a1[2]) <= MAX_ROWS) return false;
  if (/^[Rr][0-9]*([Cc][0-9]*)?$|^[Cc][0-9]*$/.test(name)) return false;
  return true;
}

function tableNameTaken(x: Execution, name: string, except?: string): boolean {
  const upper = name.toUpperCase();
  return x.state.allTables().some((t) => t.id !== except && t.name.toUpperCase() === upper);
}

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

export class TableCollection extends ItemCollection<TableScope, TableEntity, Table> {
  constructor(context: RequestContext, source: (x: Execution) => TableScope | null) {
    super(context, source);
    Object.preventExtensions(this);
  }

  get _className(): string {
    return "TableCollection";
  }

  protected _revalidate(scope: TableScope, x: Execution): TableScope {
    if (scope.sheet === null) return scope;
    const sheet = x.state.sheetById(scope.sheet.id);
    if (!sheet) throw officeError(ErrorCode.itemNotFound, "TableCollection");
    return { sheet };
  }

  protected _entities(scope: TableScope, x: Execution): TableEntity[] {
    const sheets = scope.sheet ? [scope.sheet] : x.state.sheets;
    return sheets.flatMap((sheet) => sheet.tables.map((table) => ({ sheet, table })));
  }

  protected _matches(e: TableEntity, key: string): boolean {
    return e.table.name.toUpperCase() === key.toUpperCase() || e.table.id === key;
  }

  protected _item(source: (x: Execution) => TableEntity | null): Table {
    return new Table(this._context, source);
  }

  get count(): number {
    return this._get("count");
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
      while (tableNameTaken(x, name));
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
    return this._added(location, () => created);
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
      if (!isValidTableName(value)) throw invalidArgument("Table.name", "name");
      if (tableNameTaken(x, value, e.table.id)) throw officeError(ErrorCode.itemAlreadyExists, "Table.name");
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

  get showHeaders(): boolean {
    return this._get("showHeaders");
  }
  get showTotals(): boolean {
    return this._get("showTotals");
  }
  get showFilterButton(): boolean {
    return this._get("showFilterButton");
  }
  get showBandedRows(): boolean {
    return this._get("showBandedRows");
  }
  get showBandedColumns(): boolean {
    return this._get("showBandedColumns");
  }

  getRange(): Range {
    return new Range(this._context, (x) => {
      const e = this._resolve(x);
      return e === null ? null : { sheet: e.sheet, rect: e.table.rect };
    });
  }

  /** Removes the table object; its cells keep their values (regenerating a sheet in place). */
  delete(): void {
    this._act("Table.delete", "write", 0, (e, x) => {
      assertUnprotected(e.sheet, "Table.delete");
      e.sheet.tables = e.sheet.tables.filter((t) => t.id !== e.table.id);
      x.sheetChanged(e.sheet.id);
    });
  }
}

