/**
 * Runs batches: each `context.sync()` hands its queued actions here. Actions run in order
 * against the workbook state; the first failure stops the batch with earlier actions applied
 * (the real API is not transactional). Every sync is counted and measured (request and response
 * JSON sizes), payload limits and injected failures are enforced, and observers are told what
 * changed.
 */
import { ErrorCode, OfficeExtensionError, officeError } from "./errors";
import { WorkbookModel } from "./state";

export type ActionKind =
  /** Loads properties; never changes the workbook. */
  | "read"
  /** Changes the workbook (blocked in read-only mode). */
  | "write"
  /** Changes only what the user sees (activate, select); allowed in read-only mode. */
  | "ui"
  /** Resolves an object or validates arguments (OrNullObject instantiation, array-size check). */
  | "check";

export interface Action {
  readonly location: string;
  readonly kind: ActionKind;
  /** JSON length of the data this action sends (values arrays, property values, arguments). */
  readonly requestBytes: number;
  run(x: Execution): void;
}

/** Something a batch resolved: the proxy learns isNullObject when the sync succeeds. */
export interface Resolvable {
  _commitResolved(isNull: boolean): void;
}

/** State of one running batch. */
/**
 * What office.js spends on each queued action beyond its arguments (the object path and the
 * action record), measured with office.js's own request builder (test/excel/officejs-harness):
 * loads 594 B, clears and restores 589 B, property sets 565 B. With it, every request over 100 kB
 * the adapter sends is within ±20 % of office.js's real body, so the 5 MB limit tests mean something.
 */
export const REQUEST_BYTES_PER_ACTION = 590;

export class Execution {
  responseBytes = 0;
  readonly commits: (() => void)[] = [];
  readonly resolved = new Map<Resolvable, boolean>();
  readonly changedSheets = new Set<string>();
  structureChanged = false;
  selectionChanged = false;

  constructor(
    readonly state: WorkbookModel,
    readonly coerceStrings: boolean,
  ) {}

  noteResolved(object: Resolvable, isNull: boolean): void {
    this.resolved.set(object, isNull);
  }

  /** Adds to the response size (JSON length of a loaded value). */
  respond(bytes: number): void {
    this.responseBytes += bytes;
  }

  sheetChanged(sheetId: string): void {
    this.changedSheets.add(sheetId);
  }

  get changed(): boolean {
    return this.changedSheets.size > 0 || this.structureChanged || this.selectionChanged;
  }
}

export interface SyncRecord {
  /** 1-based sync number since the double was created (or counters were reset). */
  index: number;
  requestBytes: number;
  responseBytes: number;
  /** Queued actions (writes, loads, checks) sent in this sync. */
  actions: number;
  /**
   * Actions that change the workbook or what the user sees (property sets, method calls,
   * activate/select). A values/formulas/numberFormat array of more than 1,500 cells counts once
   * per chunk of rows, as office.js sends it.
   */
  writes: number;
  loads: number;
  /** Writes applied before the batch ended (all of them when ok). */
  applied: number;
  ok: boolean;
  error?: { code: string; message: string; location?: string };
}

export interface FailAtSyncOptions {
  /** Apply the first k writes of the batch (see SyncRecord.writes), then fail: a half-applied batch. */
  afterApplying?: number;
  message?: string;
}

interface InjectedFailure extends FailAtSyncOptions {
  code: string;
}

export interface WorkbookChange {
  /** Sync number, or null for a change made through the double's control surface. */
  sync: number | null;
  /** Names of sheets whose cells, formats, tables, charts or settings changed. */
  sheets: string[];
  /** Sheets added, deleted, renamed, moved or hidden. */
  structureChanged: boolean;
  selectionChanged: boolean;
  sheetNames: string[];
  activeSheet: string;
  /** Sheet-qualified address of the selection. */
  selection: string;
}

export type ChangeListener = (change: WorkbookChange) => void;

export interface EngineOptions {
  payloadLimitBytes: number;
  latencyMs: number;
  coerceStrings: boolean;
  workbookName: string;
}

export class Engine {
  state: WorkbookModel;
  payloadLimitBytes: number;
  latencyMs: number;
  coerceStrings: boolean;
  workbookName: string;
  syncCount = 0;
  readonly syncLog: SyncRecord[] = [];
  private readonly failures = new Map<number, InjectedFailure>();
  private readonly listeners = new Set<ChangeListener>();
  /** Set by the double: turns an Execution into a WorkbookChange. */
  describeChange: (x: Execution | null, sync: number | null) => WorkbookChange = () => {
    throw new Error("describeChange not configured");
  };

  constructor(state: WorkbookModel, options: EngineOptions) {
    this.state = state;
    this.payloadLimitBytes = options.payloadLimitBytes;
    this.latencyMs = options.latencyMs;
    this.coerceStrings = options.coerceStrings;
    this.workbookName = options.workbookName;
  }

  failAtSync(n: number, code: string = ErrorCode.generalException, options: FailAtSyncOptions = {}): void {
    if (!Number.isInteger(n) || n < 1) throw new Error(`failAtSync: n must be a positive integer, got ${n}`);
    if (options.afterApplying !== undefined && (!Number.isInteger(options.afterApplying) || options.afterApplying < 0)) {
      throw new Error(`failAtSync: afterApplying must be a non-negative integer`);
    }
    this.failures.set(this.syncCount + n, { code, ...options });
  }

  clearFailures(): void {
    this.failures.clear();
  }

  resetCounters(): void {
    this.syncCount = 0;
    this.syncLog.length = 0;
    this.failures.clear();
  }

  onChange(listener: ChangeListener): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  emit(change: WorkbookChange): void {
    for (const listener of [...this.listeners]) listener(change);
  }

  /** One context.sync(): counted now, executed after the (simulated) round trip. */
  sync(actions: Action[]): Promise<void> {
    const index = ++this.syncCount;
    const failure = this.failures.get(index);
    this.failures.delete(index);
    const run = (): void => this.execute(index, actions, failure);
    if (this.latencyMs > 0) {
      return new Promise<void>((resolve, reject) => {
        setTimeout(() => {
          try {
            run();
            resolve();
          } catch (e) {
            reject(e);
          }
        }, this.latencyMs);
      });
    }
    return Promise.resolve().then(run);
  }

  private execute(index: number, actions: Action[], failure: InjectedFailure | undefined): void {
    let requestBytes = 0;
    let writes = 0;
    let loads = 0;
    let hasMutation = false;
    for (const a of actions) {
      requestBytes += a.requestBytes + REQUEST_BYTES_PER_ACTION;
      if (a.kind === "read") loads++;
      if (a.kind === "write" || a.kind === "ui") {
        hasMutation = true;
        writes++;
      }
    }
    const record: SyncRecord = { index, requestBytes, responseBytes: 0, actions: actions.length, writes, loads, applied: 0, ok: false };
    const x = new Execution(this.state, this.coerceStrings);
    try {
      if (requestBytes > this.payloadLimitBytes) throw officeError(ErrorCode.requestPayloadSizeLimitExceeded);
      if (failure && failure.afterApplying === undefined) throw officeError(failure.code, undefined, failure.message);
      // Loads and writes in one batch: keep a copy so an oversized response can apply nothing.
      const backup = loads > 0 && hasMutation ? this.state.clone() : null;
      for (const a of actions) {
        const mutating = a.kind === "write" || a.kind === "ui";
        if (mutating && failure && failure.afterApplying !== undefined && record.applied >= failure.afterApplying) {
          throw officeError(failure.code, a.location, failure.message);
        }
        if (a.kind === "write" && x.state.readOnly) throw officeError(ErrorCode.accessDenied, a.location);
        a.run(x);
        if (mutating) record.applied++;
      }
      if (failure) throw officeError(failure.code, undefined, failure.message);
      record.responseBytes = x.responseBytes;
      if (x.responseBytes > this.payloadLimitBytes) {
        if (backup) {
          this.state = backup;
          record.applied = 0;
        }
        throw officeError(ErrorCode.responsePayloadSizeLimitExceeded);
      }
      for (const [object, isNull] of x.resolved) object._commitResolved(isNull);
      for (const commit of x.commits) commit();
      record.ok = true;
    } catch (error) {
      if (error instanceof OfficeExtensionError) {
        record.error = { code: error.code, message: error.message, location: error.debugInfo.errorLocation };
      } else {
        record.error = { code: "Exception", message: String(error) };
      }
      throw error;
    } finally {
      record.responseBytes = record.responseBytes || x.responseBytes;
      this.syncLog.push(record);
      if (record.applied > 0 && x.changed) this.emit(this.describeChange(x, index));
    }
  }
}
