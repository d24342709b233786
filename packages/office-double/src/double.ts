/**
 * The double's own control surface: build a workbook from plain data, drive the proxy API
 * (`double.run`, or the globals via installGlobals), inspect syncs, inject failures, take
 * snapshots and observe changes. Control-surface methods act immediately (no proxies, no sync)
 * and throw a plain Error on misuse.
 */
import { formatAddress, parseAddress } from "./address";
import { FixtureCell, SheetGrid, SheetState, Visibility, WorkbookSnapshot, WorkbookModel, sheetGrid, snapshotWorkbook } from "./state";
import { ChangeListener, Engine, Execution, FailAtSyncOptions, SyncRecord, WorkbookChange } from "./engine";
import {
  ActionHandler,
  Batch,
  CustomFunction,
  FunctionRegistry,
  Settings,
  SettingsStore,
  createCustomFunctionsNamespace,
  createExcelNamespace,
  createOfficeExtensionNamespace,
  createOfficeNamespace,
} from "./namespaces";
import { readValuesPlain } from "./sheet-ops";
import { removeSheet, sheetNameProblem } from "./worksheet";

export interface WorkbookDoubleOptions {
  /** Request/response limit per sync (Excel on the web: 5 MB). Default 5,000,000. */
  payloadLimitBytes?: number;
  /** Simulated round-trip time per sync in ms; 0 (default) resolves on a microtask. */
  latencyMs?: number;
  /** Coerce written strings like Excel ("123" → 123, "TRUE" → true). Default true. */
  coerceStrings?: boolean;
  /** Office.context.platform and onReady's platform. Default "OfficeOnline". */
  platform?: string;
  /** Office.context.displayLanguage. Default "en-US". */
  displayLanguage?: string;
  /** Office.context.officeTheme: Office's own light or dark theme. Default "light". */
  theme?: "light" | "dark";
  /** Workbook.name. Default "Book1.xlsx". */
  workbookName?: string;
  /** Requirement sets for which Office.context.requirements.isSetSupported returns false. */
  unsupportedRequirementSets?: string[];
  /** Initial workbook; default one empty "Sheet1". */
  fixture?: WorkbookFixture;
}

export interface SheetOptions {
  protected?: boolean;
  /** Top-left cell of `rows` (default "A1"). */
  origin?: string;
  visibility?: Visibility;
  /** Insert at this position instead of appending. */
  position?: number;
  frozenRows?: number;
  frozenColumns?: number;
  /** Make it the active sheet. */
  activate?: boolean;
  /** Column widths in points by letter ({ A: 80 }). */
  columnWidths?: Record<string, number>;
}

export interface SheetFixture extends SheetOptions {
  name: string;
  rows?: FixtureCell[][];
}

export interface WorkbookFixture {
  sheets: SheetFixture[];
  activeSheet?: string;
  /** Selection, e.g. "Data!B2" (default A1 of the active sheet). */
  selection?: string;
  readOnly?: boolean;
  structureProtected?: boolean;
  /** Saved document settings (Office.context.document.settings). */
  settings?: Record<string, unknown>;
}

export class WorkbookDouble {
  readonly Excel: ReturnType<typeof createExcelNamespace>;
  readonly Office: ReturnType<typeof createOfficeNamespace>;
  readonly OfficeExtension: ReturnType<typeof createOfficeExtensionNamespace>;
  readonly CustomFunctions: ReturnType<typeof createCustomFunctionsNamespace>;
  /** Functions registered with CustomFunctions.associate, by id (case-insensitive). */
  readonly customFunctions = new FunctionRegistry<CustomFunction>();
  /** Functions registered with Office.actions.associate. */
  readonly actions = new FunctionRegistry<ActionHandler>();
  private readonly engine: Engine;
  private readonly settingsStore: SettingsStore = { saved: {}, failNextSave: false };
  private readonly settingsApi: Settings;

  constructor(options: WorkbookDoubleOptions = {}) {
    this.engine = new Engine(new WorkbookModel(), {
      payloadLimitBytes: options.payloadLimitBytes ?? 5_000_000,
      latencyMs: options.latencyMs ?? 0,
      coerceStrings: options.coerceStrings ?? true,
      workbookName: options.workbookName ?? "Book1.xlsx",
    });
    this.engine.describeChange = (x, sync) => this.describe(x, sync);
    this.settingsApi = new Settings(this.settingsStore);
    this.Excel = createExcelNamespace(this.engine);
    this.OfficeExtension = createOfficeExtensionNamespace();
    this.Office = createOfficeNamespace(this.settingsApi, this.actions, {
      platform: options.platform ?? "OfficeOnline",
      displayLanguage: options.displayLanguage ?? "en-US",
      theme: options.theme ?? "light",
      unsupportedRequirementSets: options.unsupportedRequirementSets ?? [],
    });
    this.CustomFunctions = createCustomFunctionsNamespace(this.customFunctions);
    this.loadFixture(options.fixture ?? { sheets: [{ name: "Sheet1" }] }, { silent: true });
  }

  private get state(): WorkbookModel {
    return this.engine.state;
  }

  // --- running batches -------------------------------------------------------------------------

  /** Excel.run against this double, typed with the real office.js types. */
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    return this.Excel.run<T>(batch as unknown as Batch<T>);
  }

  /** A request context of this double (like `new Excel.RequestContext()`). */
  createContext(): Excel.RequestContext {
    return new this.Excel.RequestContext() as unknown as Excel.RequestContext;
  }

  // --- syncs ---------------------------------------------------------------------------------

  /** Number of context.sync() calls (Excel.run's final flush counts only when it sends something). */
  get syncCount(): number {
    return this.engine.syncCount;
  }

  /** One record per sync: sizes, counts, outcome. */
  get syncLog(): readonly SyncRecord[] {
    return this.engine.syncLog;
  }

  /** Syncs that carried at least one action (real round trips). */
  get roundTrips(): number {
    return this.engine.syncLog.filter((r) => r.actions > 0).length;
  }

  get payloadLimitBytes(): number {
    return this.engine.payloadLimitBytes;
  }
  set payloadLimitBytes(bytes: number) {
    this.engine.payloadLimitBytes = bytes;
  }

  get latencyMs(): number {
    return this.engine.latencyMs;
  }
  set latencyMs(ms: number) {
    this.engine.latencyMs = ms;
  }

  /**
   * Makes the n-th sync from now (1-based) reject with `code` (default GeneralException) without
   * applying anything — or, with { afterApplying: k }, after applying the batch's first k writes.
   */
  failAtSync(n: number, code?: string, options?: FailAtSyncOptions): void {
    this.engine.failAtSync(n, code, options);
  }

  clearFailures(): void {
    this.engine.clearFailures();
  }

  /** Resets syncCount, syncLog and pending failures. */
  resetCounters(): void {
    this.engine.resetCounters();
  }

  // --- workbook setup ------------------------------------------------------------------------

  /** Replaces the whole workbook (sheets, flags, saved settings). */
  loadFixture(fixture: WorkbookFixture, options: { silent?: boolean } = {}): this {
    if (!fixture.sheets || fixture.sheets.length === 0) throw new Error("loadFixture: a workbook needs at least one sheet");
    const state = new WorkbookModel();
    this.engine.state = state;
    for (const sheet of fixture.sheets) this.putSheet(sheet.name, sheet.rows ?? [], sheet);
    state.activeSheetId = (fixture.activeSheet ? this.sheet(fixture.activeSheet) : state.sheets.find((s) => s.visibility === "Visible"))?.id ?? state.sheets[0].id;
    if (fixture.selection) this.applySelection(fixture.selection);
    state.readOnly = fixture.readOnly ?? false;
    state.structureProtected = fixture.structureProtected ?? false;
    this.settingsStore.saved = JSON.parse(JSON.stringify(fixture.settings ?? {})) as Record<string, unknown>;
    this.settingsApi._reload();
    if (!options.silent) this.emitControl({ structure: true, selection: true, sheets: state.sheets.map((s) => s.name) });
    return this;
  }

  /** Adds a sheet holding rows (strings are stored as text, { formula }, { error: "#N/A" }, formats). */
  addSheet(name: string, rows: FixtureCell[][] = [], options: SheetOptions = {}): this {
    this.putSheet(name, rows, options);
    this.emitControl({ structure: true, sheets: [name], selection: options.activate === true });
    return this;
  }

  private putSheet(name: string, rows: FixtureCell[][], options: SheetOptions): SheetState {
    const problem = sheetNameProblem(name);
    if (problem) throw new Error(`Invalid sheet name "${name}": ${problem}`);
    if (this.state.sheetByName(name)) throw new Error(`A sheet named "${name}" already exists`);
    const sheet = new SheetState(this.state.newId("sheet"), name);
    const origin = options.origin ? parseAddress(options.origin) : null;
    if (options.origin && !origin) throw new Error(`Invalid origin "${options.origin}"`);
    this.writeFixtureRows(sheet, origin ? origin.rect.row : 0, origin ? origin.rect.col : 0, rows);
    sheet.protected = options.protected ?? false;
    sheet.visibility = options.visibility ?? "Visible";
    sheet.frozenRows = options.frozenRows ?? 0;
    sheet.frozenColumns = options.frozenColumns ?? 0;
    for (const [letter, width] of Object.entries(options.columnWidths ?? {})) {
      const parsed = parseAddress(`${letter}:${letter}`);
      if (!parsed) throw new Error(`Invalid column "${letter}"`);
      sheet.columnWidths[parsed.rect.col] = width;
    }
    if (options.position !== undefined) this.state.sheets.splice(options.position, 0, sheet);
    else this.state.sheets.push(sheet);
    if (options.activate || !this.state.activeSheetId) this.state.activeSheetId = sheet.id;
    return sheet;
  }

  private writeFixtureRows(sheet: SheetState, row0: number, col0: number, rows: FixtureCell[][]): void {
    rows.forEach((cells, i) => cells.forEach((cell, j) => sheet.putFixtureCell(row0 + i, col0 + j, cell)));
    sheet.touch();
  }

  /** Writes fixture cells into an existing sheet starting at origin ("B2"). */
  setCells(sheetName: string, origin: string, rows: FixtureCell[][]): this {
    const sheet = this.sheet(sheetName);
    const parsed = parseAddress(origin);
    if (!parsed) throw new Error(`Invalid origin "${origin}"`);
    this.writeFixtureRows(sheet, parsed.rect.row, parsed.rect.col, rows);
    this.emitControl({ sheets: [sheet.name] });
    return this;
  }

  /** Defines a workbook-scoped name for a range ("'Sheet'!A6:C9"): an officer's reference to a sheet. */
  addName(name: string, reference: string): this {
    const parsed = parseAddress(reference.replace(/^=/, ""));
    if (!parsed || parsed.sheet === undefined) throw new Error(`Reference "${reference}" must name a sheet and a range`);
    this.state.references.push({ name, sheetId: this.sheet(parsed.sheet).id, rect: parsed.rect });
    return this;
  }

  removeSheet(name: string): this {
    const sheet = this.sheet(name);
    if (this.state.sheets.length === 1) throw new Error("removeSheet: a workbook needs at least one sheet");
    removeSheet(this.state, sheet);
    this.emitControl({ structure: true, selection: true });
    return this;
  }

  /** Protects (or unprotects) a sheet: writes to it fail with AccessDenied. */
  setSheetProtected(name: string, isProtected = true): this {
    this.sheet(name).protected = isProtected;
    this.emitControl({ sheets: [name] });
    return this;
  }

  /** Workbook structure protection: adding, deleting, renaming, moving, hiding sheets fail with AccessDenied. */
  setWorkbookProtected(isProtected = true): this {
    this.state.structureProtected = isProtected;
    this.emitControl({ structure: true });
    return this;
  }

  /** Read-only workbook: every write fails with AccessDenied (activate/select still work). */
  setReadOnly(readOnly = true): this {
    this.state.readOnly = readOnly;
    this.emitControl({});
    return this;
  }

  activateSheet(name: string): this {
    this.state.activeSheetId = this.sheet(name).id;
    this.emitControl({ selection: true });
    return this;
  }

  /** Selects an address ("Data!B2:C5", or unqualified on the active sheet) as the user would. */
  select(address: string): this {
    this.applySelection(address);
    this.emitControl({ selection: true });
    return this;
  }

  private applySelection(address: string): void {
    const parsed = parseAddress(address);
    if (!parsed) throw new Error(`Invalid address "${address}"`);
    const sheet = parsed.sheet !== undefined ? this.sheet(parsed.sheet) : this.state.activeSheet();
    sheet.selection = { ...parsed.rect };
    this.state.activeSheetId = sheet.id;
  }

  // --- reading -------------------------------------------------------------------------------

  /** Deep, JSON-comparable picture of the whole workbook (compare with toEqual). */
  snapshot(): WorkbookSnapshot {
    return snapshotWorkbook(this.state);
  }

  /** Values, text, fills and bold flags of a sheet from A1 to the end of its used range (for rendering). */
  getSheetGrid(name: string, options: { startRow?: number; maxRows?: number } = {}): SheetGrid {
    return sheetGrid(this.state, this.sheet(name), options.startRow ?? 0, options.maxRows ?? Number.POSITIVE_INFINITY);
  }

  /** Values of an address ("Data!A1:C3", or on the active sheet), blanks as "". */
  readValues(address: string): (string | number | boolean)[][] {
    const parsed = parseAddress(address);
    if (!parsed) throw new Error(`Invalid address "${address}"`);
    const sheet = parsed.sheet !== undefined ? this.sheet(parsed.sheet) : this.state.activeSheet();
    return readValuesPlain({ sheet, rect: parsed.rect });
  }

  sheetNames(): string[] {
    return this.state.sheets.map((s) => s.name);
  }

  get activeSheet(): string {
    return this.state.activeSheet().name;
  }

  /** Sheet-qualified selection address. */
  get selection(): string {
    const sheet = this.state.activeSheet();
    return formatAddress(sheet.name, sheet.selection);
  }

  // --- observers -----------------------------------------------------------------------------

  /** Called after every sync that changed the workbook, and after control-surface changes. */
  onChange(listener: ChangeListener): () => void {
    return this.engine.onChange(listener);
  }

  // --- settings, custom functions, actions ---------------------------------------------------

  /** Settings as saved in the document by Office.context.document.settings.saveAsync. */
  get settings(): Record<string, unknown> {
    return JSON.parse(JSON.stringify(this.settingsStore.saved)) as Record<string, unknown>;
  }

  /** The next settings.saveAsync reports failure and saves nothing. */
  failNextSettingsSave(): this {
    this.settingsStore.failNextSave = true;
    return this;
  }

  /** Calls a function registered with CustomFunctions.associate (awaiting its result). */
  async invokeCustomFunction(id: string, ...args: unknown[]): Promise<unknown> {
    const fn = this.customFunctions.get(id);
    if (!fn) throw new Error(`No custom function "${id}" is associated`);
    return await fn(...args);
  }

  /** Runs an Office.actions.associate handler; resolves when it calls event.completed(). */
  invokeAction(id: string): Promise<void> {
    const fn = this.actions.get(id);
    if (!fn) return Promise.reject(new Error(`No action "${id}" is associated`));
    return new Promise<void>((resolve, reject) => {
      try {
        const result = fn({ source: { id }, completed: () => resolve() });
        if (result && typeof (result as Promise<unknown>).then === "function") (result as Promise<unknown>).catch(reject);
      } catch (e) {
        reject(e);
      }
    });
  }

  // --- internals -----------------------------------------------------------------------------

  private sheet(name: string): SheetState {
    const sheet = this.state.sheetByName(name);
    if (!sheet) throw new Error(`No sheet named "${name}"`);
    return sheet;
  }

  private describe(x: Execution | null, sync: number | null): WorkbookChange {
    const state = this.state;
    const active = state.activeSheet();
    return {
      sync,
      sheets: x ? [...x.changedSheets].map((id) => state.sheetById(id)?.name).filter((n): n is string => n !== undefined) : [],
      structureChanged: x ? x.structureChanged : false,
      selectionChanged: x ? x.selectionChanged : false,
      sheetNames: state.sheets.map((s) => s.name),
      activeSheet: active.name,
      selection: formatAddress(active.name, active.selection),
    };
  }

  private emitControl(what: { sheets?: string[]; structure?: boolean; selection?: boolean }): void {
    const change = this.describe(null, null);
    change.sheets = what.sheets ?? [];
    change.structureChanged = what.structure ?? false;
    change.selectionChanged = what.selection ?? false;
    this.engine.emit(change);
  }
}

/** A fresh double: one empty "Sheet1" unless options.fixture says otherwise. */
export function createWorkbookDouble(options: WorkbookDoubleOptions = {}): WorkbookDouble {
  return new WorkbookDouble(options);
}

