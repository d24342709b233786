/**
 * `Excel.RequestContext` of the double: holds the queue of pending actions and hands it to the
 * engine on `sync()`.
 */
import { Action, Engine } from "./engine";
import { invalidObjectPath } from "./errors";
import type { LoadOption } from "./proxy";
import type { ClientObject } from "./proxy";
import { Workbook } from "./workbook";

export class RequestContext {
  /** @internal */
  readonly _engine: Engine;
  /** @internal */
  _pending: Action[] = [];
  /** @internal Set when the Excel.run that created the context has finished. */
  _closed = false;
  readonly workbook: Workbook;
  requestHeaders: Record<string, string> = {};
  readonly traceMessages: string[] = [];
  readonly trackedObjects = {
    add(_object: ClientObject | ClientObject[]): void {
      /* objects stay valid for the life of the double */
    },
    remove(_object: ClientObject | ClientObject[]): void {
      /* nothing to release */
    },
  };

  constructor(engine: Engine) {
    this._engine = engine;
    this.workbook = new Workbook(this);
  }

  /** Sends the queued actions; resolves with passThroughValue, rejects with the batch's error. */
  sync<T>(passThroughValue?: T): Promise<T> {
    const actions = this._pending;
    this._pending = [];
    return this._engine.sync(actions).then(() => passThroughValue as T);
  }

  load(object: ClientObject, option?: LoadOption): void {
    object.load(option);
  }

  trace(message: string): void {
    this.traceMessages.push(message);
  }

  get debugInfo(): { pendingStatements: string[] } {
    return { pendingStatements: this._pending.map((a) => a.location) };
  }

  /** @internal */
  _enqueue(action: Action): void {
    if (this._closed) throw invalidObjectPath(action.location);
    this._pending.push(action);
  }
}
