/**
 * The global namespaces the double provides in place of office.js: `Excel` (run,
 * RequestContext, enums), `OfficeExtension` (Error, ErrorCodes, ClientResult), `Office`
 * (onReady, context.document.settings, actions.associate, requirements) and `CustomFunctions`
 * (associate, Error, ErrorCode).
 */
import { RequestContext } from "./context";
import type { Engine } from "./engine";
import {
  AsyncResultStatus,
  ChartSeriesBy,
  ChartType,
  ClearApplyTo,
  CustomFunctionsErrorCode,
  ExcelErrorCodes,
  HorizontalAlignment,
  HostType,
  OfficeExtensionErrorCodes,
  PlatformType,
  RangeValueType,
  SheetVisibility,
} from "./enums";
import { ErrorCode, OfficeExtensionError, invalidArgument, officeError } from "./errors";
import { Chart, ChartCollection, ChartTitle } from "./charts";
import { Table, TableCollection } from "./tables";
import { ClientObject, ClientResult } from "./proxy";
import { Range, RangeFill, RangeFont, RangeFormat } from "./range";
import { Workbook, WorkbookProtection } from "./workbook";
import { Worksheet, WorksheetCollection, WorksheetFreezePanes, WorksheetProtection } from "./worksheet";

// ---------------------------------------------------------------------------------------------
// Excel

export type Batch<T> = (context: RequestContext) => Promise<T>;

interface RunOptions {
  previousObjects?: ClientObject | ClientObject[] | RequestContext;
  delayForCellEdit?: boolean;
}

function contextOf(previous: unknown): RequestContext | null {
  if (previous instanceof RequestContext) return previous;
  if (previous instanceof ClientObject) return previous.context;
  if (Array.isArray(previous)) {
    if (previous.length === 0 || !previous.every((o) => o instanceof ClientObject)) return null;
    const ctx = (previous[0] as ClientObject).context;
    if (previous.some((o: ClientObject) => o.context !== ctx)) throw officeError(ErrorCode.invalidRequestContext, "Excel.run");
    return ctx;
  }
  return null;
}

export function createExcelNamespace(engine: Engine) {
  /** `new Excel.RequestContext()` talks to this double. */
  class ExcelRequestContext extends RequestContext {
    constructor(_url?: string) {
      super(engine);
    }
  }

  /**
   * Excel.run(batch) / run(object | objects | context, batch) / run(options, batch).
   * Like office.js: the batch must return a promise (RunMustReturnPromise otherwise); actions
   * still queued when it resolves are sent in a final sync; objects of a context created by run
   * cannot be used after it ends (InvalidObjectPath).
   */
  function run<T>(...args: unknown[]): Promise<T> {
    return Promise.resolve().then(async () => {
      if (args.length < 1 || args.length > 2) throw invalidArgument("Excel.run");
      const batch = args[args.length - 1];
      if (typeof batch !== "function") throw invalidArgument("Excel.run");
      let ctx: RequestContext | null = null;
      let owned = true;
      if (args.length === 2) {
        const first = args[0];
        const previous = first !== null && typeof first === "object" && !Array.isArray(first) && !(first instanceof ClientObject) && !(first instanceof RequestContext) ? (first as RunOptions).previousObjects : first;
        if (previous !== undefined) {
          ctx = contextOf(previous);
          if (!ctx) throw invalidArgument("Excel.run");
          owned = false;
        }
      }
      const context = ctx ?? new ExcelRequestContext();
      try {
        const result = (batch as Batch<T>)(context) as unknown;
        if (result === null || result === undefined || typeof (result as { then?: unknown }).then !== "function") {
          throw officeError(ErrorCode.runMustReturnPromise, "Excel.run");
        }
        const value = await (result as Promise<T>);
        if (context._pending.length > 0) await context.sync();
        return value;
      } finally {
        if (owned) context._closed = true;
      }
    });
  }

  return {
    run,
    RequestContext: ExcelRequestContext,
    ErrorCodes: ExcelErrorCodes,
    SheetVisibility,
    ClearApplyTo,
    RangeValueType,
    HorizontalAlignment,
    ChartType,
    ChartSeriesBy,
    Workbook,
    WorkbookProtection,
    Worksheet,
    WorksheetCollection,
    WorksheetFreezePanes,
    WorksheetProtection,
    Range,
    RangeFormat,
    RangeFill,
    RangeFont,
    Table,
    TableCollection,
    Chart,
    ChartCollection,
    ChartTitle,
  };
}

export type ExcelNamespace = ReturnType<typeof createExcelNamespace>;

export function createOfficeExtensionNamespace() {
  return {
    Error: OfficeExtensionError,
    ErrorCodes: OfficeExtensionErrorCodes,
    ClientObject,
    ClientRequestContext: RequestContext,
    ClientResult,
    Promise,
    config: { extendedErrorLogging: false },
  };
}

export type OfficeExtensionNamespace = ReturnType<typeof createOfficeExtensionNamespace>;

// ---------------------------------------------------------------------------------------------
// Office

export interface AsyncResult<T = unknown> {
  status: "succeeded" | "failed";
  value: T;
  error: { code: number; name: string; message: string } | null;
  asyncContext: unknown;
}

type AsyncCallback = (result: AsyncResult) => void;

/** Where the settings live; `saved` is what the document keeps after saveAsync. */
export interface SettingsStore {
  saved: Record<string, unknown>;
  failNextSave: boolean;
}

function jsonClone<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}

/** `Office.context.document.settings`: in-memory until saveAsync persists them. */
export class Settings {
  private current: Record<string, unknown>;

  constructor(private readonly store: SettingsStore) {
    this.current = jsonClone(store.saved);
  }

  get(name: string): unknown {
    return Object.prototype.hasOwnProperty.call(this.current, name) ? this.current[name] : null;
  }

  set(name: string, value: unknown): void {
    // Settings are stored as JSON: values must be serializable.
    JSON.stringify(value);
    this.current[name] = value;
  }

  remove(name: string): void {
    delete this.current[name];
  }

  saveAsync(optionsOrCallback?: { asyncContext?: unknown } | AsyncCallback, callback?: AsyncCallback): void {
    const cb = typeof optionsOrCallback === "function" ? optionsOrCallback : callback;
    const asyncContext = typeof optionsOrCallback === "object" && optionsOrCallback !== null ? optionsOrCallback.asyncContext : undefined;
    const fail = this.store.failNextSave;
    this.store.failNextSave = false;
    if (!fail) this.store.saved = jsonClone(this.current);
    setTimeout(() => {
      cb?.({
        status: fail ? "failed" : "succeeded",
        value: undefined,
        error: fail ? { code: 5001, name: "Internal Error", message: "An internal error has occurred." } : null,
        asyncContext,
      });
    }, 0);
  }

  refreshAsync(callback?: (result: AsyncResult<Settings>) => void): void {
    this.current = jsonClone(this.store.saved);
    setTimeout(() => callback?.({ status: "succeeded", value: this, error: null, asyncContext: undefined }), 0);
  }

  /** @internal Forget unsaved changes (reload of the document). */
  _reload(): void {
    this.current = jsonClone(this.store.saved);
  }
}

/** A function registered with Office.actions.associate (ribbon / keyboard commands). */
export type ActionHandler = (event: ActionEvent) => unknown;

export interface ActionEvent {
  source: { id: string };
  completed(options?: unknown): void;
}

export class FunctionRegistry<F extends (...args: never[]) => unknown> {
  private readonly map = new Map<string, { id: string; fn: F }>();

  register(id: string, fn: F): void {
    if (typeof id !== "string" || id === "") throw new TypeError("associate: id must be a non-empty string");
    if (typeof fn !== "function") throw new TypeError(`associate: "${id}" must be associated with a function`);
    this.map.set(id.toUpperCase(), { id, fn });
  }

  /** Registered ids as they were given. */
  ids(): string[] {
    return [...this.map.values()].map((e) => e.id);
  }

  has(id: string): boolean {
    return this.map.has(id.toUpperCase());
  }

  /** The function for id (case-insensitive), or undefined. */
  get(id: string): F | undefined {
    return this.map.get(id.toUpperCase())?.fn;
  }

  clear(): void {
    this.map.clear();
  }
}

export interface OfficeNamespaceOptions {
  platform: string;
  displayLanguage: string;
  theme: "light" | "dark";
  unsupportedRequirementSets: readonly string[];
}

export function createOfficeNamespace(settings: Settings, actions: FunctionRegistry<ActionHandler>, options: OfficeNamespaceOptions) {
  const info = { host: HostType.Excel, platform: options.platform };
  return {
    HostType,
    PlatformType,
    AsyncResultStatus,
    /** Resolves with { host: "Excel", platform } and calls callback with the same. */
    onReady(callback?: (info: { host: string; platform: string }) => void): Promise<{ host: string; platform: string }> {
      return Promise.resolve().then(() => {
        callback?.({ ...info });
        return { ...info };
      });
    },
    context: {
      host: HostType.Excel,
      platform: options.platform,
      displayLanguage: options.displayLanguage,
      contentLanguage: options.displayLanguage,
      diagnostics: { host: HostType.Excel, platform: options.platform, version: "16.0.0000.1000" },
      requirements: {
        isSetSupported(name: string, _minVersion?: string | number): boolean {
          return !options.unsupportedRequirementSets.includes(name);
        },
      },
      document: { settings },
      /** Office.context.officeTheme (the colours of Office's own theme). */
      officeTheme:
        options.theme === "dark"
          ? { bodyBackgroundColor: "#292929", bodyForegroundColor: "#FFFFFF", controlBackgroundColor: "#363636", controlForegroundColor: "#FFFFFF" }
          : { bodyBackgroundColor: "#FFFFFF", bodyForegroundColor: "#000000", controlBackgroundColor: "#F3F3F3", controlForegroundColor: "#262626" },
    },
    actions: {
      associate(actionId: string, handler: ActionHandler): void {
        actions.register(actionId, handler);
      },
    },
  };
}

export type OfficeNamespace = ReturnType<typeof createOfficeNamespace>;

// ---------------------------------------------------------------------------------------------
// CustomFunctions

/** `CustomFunctions.Error`, as in the custom-functions runtime (code defaults to #VALUE!). */
export class CustomFunctionError extends Error {
  readonly code: string;
  readonly type = "Error";

  constructor(errorCode?: string, errorMessage?: string) {
    super(errorMessage ?? "");
    Object.setPrototypeOf(this, new.target.prototype);
    this.code = errorCode || CustomFunctionsErrorCode.invalidValue;
  }

  toJSON(): { valueType: string; code: string; type: string; message: string | undefined } {
    return { valueType: "CustomFunctionError", code: this.code, type: this.type, message: this.message === "" ? undefined : this.message };
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type CustomFunction = (...args: any[]) => unknown;

export function createCustomFunctionsNamespace(registry: FunctionRegistry<CustomFunction>) {
  return {
    Error: CustomFunctionError,
    ErrorCode: CustomFunctionsErrorCode,
    /** associate(id, fn) or associate({ ID: fn, … }). */
    associate(idOrMappings: string | Record<string, CustomFunction>, fn?: CustomFunction): void {
      if (typeof idOrMappings === "string") {
        registry.register(idOrMappings, fn as CustomFunction);
        return;
      }
      for (const [id, f] of Object.entries(idOrMappings)) registry.register(id, f);
    },
  };
}

export type CustomFunctionsNamespace = ReturnType<typeof createCustomFunctionsNamespace>;
