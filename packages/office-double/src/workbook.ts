/**
 * Excel.Workbook and WorkbookProtection of the double.
 */
import type { RequestContext } from "./context";
import type { Execution } from "./engine";
import { ErrorCode, invalidArgument, officeError } from "./errors";
import { jsonLength } from "./json-size";
import { TableCollection } from "./tables";
import { ClientObject } from "./proxy";
import { Range } from "./range";
import { WorkbookModel } from "./state";
import { WorksheetCollection } from "./worksheet";

export class Workbook extends ClientObject<WorkbookModel> {
  private _worksheets: WorksheetCollection | undefined = undefined;
  private _tables: TableCollection | undefined = undefined;
  private _protection: WorkbookProtection | undefined = undefined;

  constructor(context: RequestContext) {
    super(context);
    Object.preventExtensions(this);
  }

  get _className(): string {
    return "Workbook";
  }

  protected _compute(x: Execution): WorkbookModel {
    return x.state;
  }

  protected _revalidate(_state: WorkbookModel, x: Execution): WorkbookModel {
    return x.state;
  }

  protected _scalarNames(): readonly string[] {
    return ["name", "readOnly"];
  }

  protected _readScalar(name: string, state: WorkbookModel): unknown {
    if (name === "name") return this._context._engine.workbookName;
    if (name === "readOnly") return state.readOnly;
    throw invalidArgument("Workbook.load", name);
  }

  protected override _navigation(name: string): ClientObject | undefined {
    switch (name) {
      case "worksheets":
        return this.worksheets;
      case "tables":
        return this.tables;
      case "protection":
        return this.protection;
      default:
        return undefined;
    }
  }

  get name(): string {
    return this._get("name");
  }

  get readOnly(): boolean {
    return this._get("readOnly");
  }

  get worksheets(): WorksheetCollection {
    this._worksheets ??= new WorksheetCollection(this._context);
    return this._worksheets;
  }

  get tables(): TableCollection {
    this._tables ??= new TableCollection(this._context, () => ({ sheet: null }));
    return this._tables;
  }

  get protection(): WorkbookProtection {
    this._protection ??= new WorkbookProtection(this._context);
    return this._protection;
  }

  /** The selection of the active sheet (resolved when first used in a batch). */
  getSelectedRange(): Range {
    return new Range(this._context, (x) => {
      const sheet = x.state.activeSheet();
      return { sheet, rect: { ...sheet.selection } };
    });
  }

  /** The top-left cell of the selection. */
  getActiveCell(): Range {
    return new Range(this._context, (x) => {
      const sheet = x.state.activeSheet();
      return { sheet, rect: { row: sheet.selection.row, col: sheet.selection.col, rows: 1, cols: 1 } };
    });
  }
}

export class WorkbookProtection extends ClientObject<WorkbookModel> {
  constructor(context: RequestContext) {
    super(context);
    Object.preventExtensions(this);
  }

  get _className(): string {
    return "WorkbookProtection";
  }

  protected _compute(x: Execution): WorkbookModel {
    return x.state;
  }

  protected _revalidate(_state: WorkbookModel, x: Execution): WorkbookModel {
    return x.state;
  }

  protected _scalarNames(): readonly string[] {
    return ["protected"];
  }

  protected _readScalar(name: string, state: WorkbookModel): unknown {
    if (name === "protected") return state.structureProtected;
    throw invalidArgument("WorkbookProtection.load", name);
  }

  /** Workbook structure protection: sheets cannot be added, deleted, renamed, moved or hidden. */
  get protected(): boolean {
    return this._get("protected");
  }

  protect(password?: string): void {
    this._act("WorkbookProtection.protect", "write", jsonLength([password ?? null]), (state, x) => {
      if (state.structureProtected) throw officeError(ErrorCode.invalidOperation, "WorkbookProtection.protect");
      state.structureProtected = true;
      state.structurePassword = password === undefined || password === "" ? undefined : password;
      x.structureChanged = true;
    });
  }

  unprotect(password?: string): void {
    this._act("WorkbookProtection.unprotect", "write", jsonLength([password ?? null]), (state, x) => {
      if (!state.structureProtected) return;
      if (state.structurePassword !== undefined && state.structurePassword !== password) throw invalidArgument("WorkbookProtection.unprotect", "password");
      state.structureProtected = false;
      state.structurePassword = undefined;
      x.structureChanged = true;
    });
  }
}
