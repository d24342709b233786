/**
 * Excel.Worksheet, WorksheetCollection, WorksheetFreezePanes and WorksheetProtection.
 */
import { MAX_COLUMNS, MAX_ROWS, Rect, parseAddress, sameSheetName, withinGrid } from "./address";
import type { RequestContext } from "./context";
import type { Execution } from "./engine";
import { SheetVisibility, enumValues } from "./enums";
import { ErrorCode, invalidArgument, officeError } from "./errors";
import { jsonLength } from "./json-size";
import { ChartCollection } from "./charts";
import { ItemCollection } from "./collection";
import { TableCollection } from "./tables";
import { ClientObject, ClientResult } from "./proxy";
import { Range } from "./range";
import type { RangeTarget } from "./sheet-ops";
import { SheetState, Visibility, WorkbookModel } from "./state";

const INVALID_SHEET_CHARS = /[:\\/?*[\]]/;

/** Why Excel refuses a sheet name, or null when it is acceptable. */
export function sheetNameProblem(name: unknown): string | null {
  if (typeof name !== "string" || name.trim() === "") return "empty";
  if (name.length > 31) return "longer than 31 characters";
  if (INVALID_SHEET_CHARS.test(name)) return "contains one of : \\ / ? * [ ]";
  if (name.startsWith("'") || name.endsWith("'")) return "starts or ends with an apostrophe";
  if (name.toLowerCase() === "history") return "reserved name";
  return null;
}

export function assertStructureEditable(state: WorkbookModel, location: string): void {
  if (state.structureProtected) throw officeError(ErrorCode.accessDenied, location);
}

function requireSheet(x: Execution, sheet: SheetState, location: string): SheetState {
  const current = x.state.sheetById(sheet.id);
  if (!current) throw officeError(ErrorCode.itemNotFound, location);
  return current;
}

/** The next "SheetN" name that is free. */
export function nextSheetName(state: WorkbookModel): string {
  for (let n = state.sheets.length + 1; ; n++) {
    const name = `Sheet${n}`;
    if (!state.sheetByName(name)) return name;
  }
}

/** Removes a sheet with everything that lives on it; fixes the active sheet. */
export function removeSheet(state: WorkbookModel, sheet: SheetState): void {
  const index = state.sheets.indexOf(sheet);
  if (index < 0) return;
  state.sheets.splice(index, 1);
  if (state.activeSheetId === sheet.id) {
    const visible = state.sheets.filter((s) => s.visibility === "Visible");
    const next = state.sheets.slice(index).find((s) => s.visibility === "Visible") ?? visible[visible.length - 1];
    state.activeSheetId = next ? next.id : (state.sheets[0]?.id ?? "");
  }
}

const VISIBILITIES = enumValues(SheetVisibility);

export class Worksheet extends ClientObject<SheetState> {
  private _freezePanes: WorksheetFreezePanes | undefined = undefined;
  private _protection: WorksheetProtection | undefined = undefined;
  private _tables: TableCollection | undefined = undefined;
  private _charts: ChartCollection | undefined = undefined;

  constructor(
    context: RequestContext,
    private readonly _source: (x: Execution) => SheetState | null,
  ) {
    super(context);
    Object.preventExtensions(this);
  }

  get _className(): string {
    return "Worksheet";
  }

  protected _compute(x: Execution): SheetState | null {
    return this._source(x);
  }

  protected _revalidate(sheet: SheetState, x: Execution): SheetState {
    return requireSheet(x, sheet, "Worksheet");
  }

  protected _scalarNames(): readonly string[] {
    return ["id", "name", "position", "visibility", "standardWidth", "standardHeight"];
  }

  protected _readScalar(name: string, sheet: SheetState, x: Execution): unknown {
    switch (name) {
      case "id":
        return sheet.id;
      case "name":
        return sheet.name;
      case "position":
        return x.state.sheets.indexOf(sheet);
      case "visibility":
        return sheet.visibility;
      case "standardWidth":
        return sheet.standardWidth;
      case "standardHeight":
        return sheet.standardHeight;
      default:
        throw invalidArgument("Worksheet.load", name);
    }
  }

  protected override _navigation(name: string): ClientObject | undefined {
    switch (name) {
      case "freezePanes":
        return this.freezePanes;
      case "protection":
        return this.protection;
      case "tables":
        return this.tables;
      case "charts":
        return this.charts;
      default:
        return undefined;
    }
  }

  get id(): string {
    return this._get("id");
  }
  get standardWidth(): number {
    return this._get("standardWidth");
  }
  get standardHeight(): number {
    return this._get("standardHeight");
  }

  get name(): string {
    return this._get("name");
  }
  set name(value: string) {
    this._set("name", value, (sheet, x) => {
      const location = "Worksheet.name";
      assertStructureEditable(x.state, location);
      if (sheetNameProblem(value) !== null) throw invalidArgument(location, "name");
      const other = x.state.sheetByName(value);
      if (other && other !== sheet) throw officeError(ErrorCode.itemAlreadyExists, location);
      if (sheet.name !== value) {
        sheet.name = value;
        x.structureChanged = true;
      }
    });
  }

  get position(): number {
    return this._get("position");
  }
  set position(value: number) {
    this._set("position", value, (sheet, x) => {
      const location = "Worksheet.position";
      assertStructureEditable(x.state, location);
      const sheets = x.state.sheets;
      if (typeof value !== "number" || !Number.isInteger(value) || value < 0 || value >= sheets.length) throw invalidArgument(location, "position");
      const from = sheets.indexOf(sheet);
      if (from === value) return;
      sheets.splice(from, 1);
      sheets.splice(value, 0, sheet);
      x.structureChanged = true;
    });
  }

  get visibility(): Visibility {
    return this._get("visibility");
  }
  set visibility(value: Visibility) {
    this._set("visibility", value, (sheet, x) => {
      const location = "Worksheet.visibility";
      assertStructureEditable(x.state, location);
      if (typeof value !== "string" || !VISIBILITIES.has(value)) throw invalidArgument(location, "visibility");
      if (sheet.visibility === value) return;
      if (value !== "Visible") {
        const visible = x.state.sheets.filter((s) => s.visibility === "Visible");
        // A workbook must keep at least one visible sheet.
        if (visible.length === 1 && visible[0] === sheet) throw officeError(ErrorCode.invalidOperation, location);
      }
      sheet.visibility = value;
      if (value !== "Visible" && x.state.activeSheetId === sheet.id) {
        const index = x.state.sheets.indexOf(sheet);
        const next =
          x.state.sheets.slice(index + 1).find((s) => s.visibility === "Visible") ??
          [...x.state.sheets.slice(0, index)].reverse().find((s) => s.visibility === "Visible");
        if (next) x.state.activeSheetId = next.id;
        x.selectionChanged = true;
      }
      x.structureChanged = true;
    });
  }

  get freezePanes(): WorksheetFreezePanes {
    this._freezePanes ??= new WorksheetFreezePanes(this._context, this);
    return this._freezePanes;
  }

  get protection(): WorksheetProtection {
    this._protection ??= new WorksheetProtection(this._context, this);
    return this._protection;
  }

  get tables(): TableCollection {
    this._tables ??= new TableCollection(this._context, (x) => {
      const sheet = this._resolve(x);
      return sheet === null ? null : { sheet };
    });
    return this._tables;
  }

  get charts(): ChartCollection {
    this._charts ??= new ChartCollection(this._context, (x) => this._resolve(x));
    return this._charts;
  }

  activate(): void {
    this._act("Worksheet.activate", "ui", 0, (sheet, x) => {
      if (sheet.visibility !== "Visible") throw officeError(ErrorCode.invalidOperation, "Worksheet.activate");
      if (x.state.activeSheetId !== sheet.id) {
        x.state.activeSheetId = sheet.id;
        x.selectionChanged = true;
      }
    });
  }

  delete(): void {
    this._act("Worksheet.delete", "write", 0, (sheet, x) => {
      const location = "Worksheet.delete";
      assertStructureEditable(x.state, location);
      if (sheet.visibility === "VeryHidden") throw officeError(ErrorCode.invalidOperation, location);
      const visible = x.state.sheets.filter((s) => s.visibility === "Visible");
      if (visible.length === 1 && visible[0] === sheet) throw officeError(ErrorCode.invalidOperation, location);
      const wasActive = x.state.activeSheetId === sheet.id;
      removeSheet(x.state, sheet);
      x.structureChanged = true;
      if (wasActive) x.selectionChanged = true;
    });
  }

  private _rangeOf(location: string, compute: (sheet: SheetState, x: Execution) => Rect | null): Range {
    return new Range(this._context, (x) => {
      const sheet = this._resolve(x);
      if (sheet === null) return null;
      const rect = compute(sheet, x);
      if (rect === null) return null;
      if (!withinGrid(rect)) throw invalidArgument(location);
      return { sheet, rect };
    });
  }

  /** A1 address ("B2:D10", "A:A", "1:1", "'Sheet'!A1" for this sheet) or a defined name; no address = whole sheet. */
  getRange(address?: string): Range {
    return new Range(this._context, (x): RangeTarget | null => {
      const sheet = this._resolve(x);
      if (sheet === null) return null;
      if (address === undefined || address === null || address === "") {
        return { sheet, rect: { row: 0, col: 0, rows: MAX_ROWS, cols: MAX_COLUMNS } };
      }
      if (typeof address !== "string") throw invalidArgument("Worksheet.getRange", "address");
      const parsed = parseAddress(address);
      if (parsed) {
        if (parsed.sheet !== undefined && !sameSheetName(parsed.sheet, sheet.name)) throw invalidArgument("Worksheet.getRange", "address");
        return { sheet, rect: parsed.rect };
      }
      throw invalidArgument("Worksheet.getRange", "address");
    });
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): Range {
    return this._rangeOf("Worksheet.getRangeByIndexes", () => ({ row: startRow, col: startColumn, rows: rowCount, cols: columnCount }));
  }

  getCell(row: number, column: number): Range {
    return this._rangeOf("Worksheet.getCell", () => ({ row, col: column, rows: 1, cols: 1 }));
  }

  /** The used range; the top-left cell when the sheet is blank (documented). */
  getUsedRange(valuesOnly?: boolean): Range {
    return this._rangeOf("Worksheet.getUsedRange", (sheet) => sheet.usedRect(valuesOnly === true) ?? { row: 0, col: 0, rows: 1, cols: 1 });
  }

  /** The used range; a null object when the sheet is blank (documented). */
  getUsedRangeOrNullObject(valuesOnly?: boolean): Range {
    return this._instantiate(
      this._rangeOf("Worksheet.getUsedRangeOrNullObject", (sheet) => sheet.usedRect(valuesOnly === true)),
      "Worksheet.getUsedRangeOrNullObject",
    );
  }
}

export class WorksheetCollection extends ItemCollection<WorkbookModel, SheetState, Worksheet> {
  constructor(context: RequestContext) {
    super(context, (x) => x.state);
    Object.preventExtensions(this);
  }

  get _className(): string {
    return "WorksheetCollection";
  }

  protected _revalidate(_state: WorkbookModel, x: Execution): WorkbookModel {
    return x.state;
  }

  protected override _hasCount(): boolean {
    return false;
  }

  protected _entities(state: WorkbookModel): SheetState[] {
    return state.sheets;
  }

  /** By name (case-insensitive) or by id. */
  protected _matches(sheet: SheetState, key: string): boolean {
    return sheet.name.toLocaleUpperCase() === key.toLocaleUpperCase() || sheet.id === key;
  }

  protected _item(source: (x: Execution) => SheetState | null): Worksheet {
    return new Worksheet(this._context, source);
  }

  getActiveWorksheet(): Worksheet {
    return new Worksheet(this._context, (x) => x.state.activeSheet() ?? null);
  }

  override getCount(visibleOnly?: boolean): ClientResult<number> {
    const result = new ClientResult<number>();
    this._act("WorksheetCollection.getCount", "read", 0, (state, x) => {
      result._stage(x, visibleOnly ? state.sheets.filter((s) => s.visibility === "Visible").length : state.sheets.length);
    });
    return result;
  }

  /** Adds a sheet at the end (not activated); the name defaults to the next free "SheetN". */
  add(name?: string): Worksheet {
    let created: SheetState | undefined;
    this._act("WorksheetCollection.add", "write", jsonLength(name === undefined ? [] : [name]), (state, x) => {
      const location = "WorksheetCollection.add";
      assertStructureEditable(state, location);
      const sheetName = name === undefined || name === null ? nextSheetName(state) : name;
      if (sheetNameProblem(sheetName) !== null) throw invalidArgument(location, "name");
      if (state.sheetByName(sheetName)) throw officeError(ErrorCode.itemAlreadyExists, location);
      created = new SheetState(state.newId("sheet"), sheetName);
      state.sheets.push(created);
      x.structureChanged = true;
    });
    return this._added("WorksheetCollection.add", () => created);
  }
}

export class WorksheetFreezePanes extends ClientObject<SheetState> {
  constructor(
    context: RequestContext,
    private readonly _sheet: Worksheet,
  ) {
    super(context);
    Object.preventExtensions(this);
  }

  get _className(): string {
    return "WorksheetFreezePanes";
  }

  protected _compute(x: Execution): SheetState | null {
    return this._sheet._resolve(x);
  }

  protected _revalidate(sheet: SheetState, x: Execution): SheetState {
    return requireSheet(x, sheet, "WorksheetFreezePanes");
  }

  protected _scalarNames(): readonly string[] {
    return [];
  }

  protected _readScalar(name: string): unknown {
    throw invalidArgument("WorksheetFreezePanes.load", name);
  }

  private _freeze(location: string, rows: number | undefined, cols: number | undefined): void {
    this._act(location, "write", jsonLength([rows ?? cols ?? null]), (sheet, x) => {
      const check = (n: number | undefined, max: number): number => {
        if (n === undefined) return 0;
        if (typeof n !== "number" || !Number.isInteger(n) || n < 0 || n >= max) throw invalidArgument(location, "count");
        return n;
      };
      sheet.frozenRows = check(rows, MAX_ROWS);
      sheet.frozenColumns = check(cols, MAX_COLUMNS);
      x.sheetChanged(sheet.id);
    });
  }

  /** Freezes the top rows (default 1); 0 unfreezes. Like Excel's "Freeze Top Row", columns are released. */
  freezeRows(count?: number): void {
    this._freeze("WorksheetFreezePanes.freezeRows", count ?? 1, undefined);
  }

  /** Releases frozen rows and columns (regenerating in place starts from an unfrozen sheet). */
  unfreeze(): void {
    this._act("WorksheetFreezePanes.unfreeze", "write", 0, (sheet, x) => {
      sheet.frozenRows = 0;
      sheet.frozenColumns = 0;
      x.sheetChanged(sheet.id);
    });
  }
}

export class WorksheetProtection extends ClientObject<SheetState> {
  constructor(
    context: RequestContext,
    private readonly _sheet: Worksheet,
  ) {
    super(context);
    Object.preventExtensions(this);
  }

  get _className(): string {
    return "WorksheetProtection";
  }

  protected _compute(x: Execution): SheetState | null {
    return this._sheet._resolve(x);
  }

  protected _revalidate(sheet: SheetState, x: Execution): SheetState {
    return requireSheet(x, sheet, "WorksheetProtection");
  }

  protected _scalarNames(): readonly string[] {
    return ["protected", "isPasswordProtected"];
  }

  protected _readScalar(name: string, sheet: SheetState): unknown {
    if (name === "protected") return sheet.protected;
    if (name === "isPasswordProtected") return sheet.protected && sheet.protectionPassword !== undefined;
    throw invalidArgument("WorksheetProtection.load", name);
  }

  get protected(): boolean {
    return this._get("protected");
  }

  get isPasswordProtected(): boolean {
    return this._get("isPasswordProtected");
  }

  /** Protects the sheet; InvalidOperation if it already is (documented). */
  protect(_options?: unknown, password?: string): void {
    this._act("WorksheetProtection.protect", "write", jsonLength([password ?? null]), (sheet, x) => {
      if (sheet.protected) throw officeError(ErrorCode.invalidOperation, "WorksheetProtection.protect");
      sheet.protected = true;
      sheet.protectionPassword = password === undefined || password === "" ? undefined : password;
      x.sheetChanged(sheet.id);
    });
  }

  unprotect(password?: string): void {
    this._act("WorksheetProtection.unprotect", "write", jsonLength([password ?? null]), (sheet, x) => {
      if (!sheet.protected) return;
      if (sheet.protectionPassword !== undefined && sheet.protectionPassword !== password) {
        throw invalidArgument("WorksheetProtection.unprotect", "password");
      }
      sheet.protected = false;
      sheet.protectionPassword = undefined;
      x.sheetChanged(sheet.id);
    });
  }
}
