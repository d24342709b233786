/**
 * The proxy model shared by every double object, after the real office.js runtime:
 * - methods return proxies at once; nothing touches the workbook until `context.sync()`;
 * - setting a property or calling a method queues an action (the local value is updated at once,
 *   as office.js does: reading a property you just set returns what you set);
 * - `load()` queues a read; reading a property that was neither loaded nor set throws
 *   PropertyNotLoaded with office.js's message; loaded values are snapshots;
 * - `isNullObject` is known after the sync that resolved the object;
 * - objects are resolved lazily, in batch order, and bound to what they resolved to.
 */
import type { RequestContext } from "./context";
import { Action, ActionKind, Execution, Resolvable } from "./engine";
import { ErrorCode, OfficeExtensionError, invalidArgument, officeError, propertyNotLoaded } from "./errors";
import { jsonLength } from "./json-size";

export type LoadOption = string | string[] | { select?: string | string[]; expand?: string | string[] };

/** Property paths from any load() argument form; [] means "all scalar properties". */
export function parseLoadOption(option: LoadOption | undefined): string[] {
  if (option === undefined || option === null) return [];
  const split = (v: string | string[] | undefined): string[] =>
    v === undefined ? [] : (Array.isArray(v) ? v : v.split(",")).map((p) => p.trim()).filter((p) => p !== "");
  if (typeof option === "string" || Array.isArray(option)) return split(option);
  return [...split(option.select), ...split(option.expand)];
}

export abstract class ClientObject<E = unknown> implements Resolvable {
  /** @internal */
  readonly _context: RequestContext;
  private _binding: { entity: E | null } | undefined = undefined;
  private _isNull: boolean | undefined = undefined;
  /** @internal Loaded (or locally set) property values. */
  readonly _values = new Map<string, unknown>();

  constructor(context: RequestContext) {
    this._context = context;
  }

  get context(): RequestContext {
    return this._context;
  }

  /** Type name used in error locations ("Range", "Worksheet", …). */
  abstract get _className(): string;

  /** Resolves the object in the running batch (first time) — null for a null object. */
  protected abstract _compute(x: Execution): E | null;

  /** Maps an entity bound in an earlier batch onto the current state; throws when it is gone. */
  protected abstract _revalidate(entity: E, x: Execution): E;

  /** Scalar properties `load()` without arguments loads. */
  protected abstract _scalarNames(): readonly string[];

  /** Reads one scalar property from the resolved entity (for load). */
  protected abstract _readScalar(name: string, entity: E, x: Execution): unknown;

  /** Navigation properties usable in load paths ("format/fill/color"). */
  protected _navigation(_name: string): ClientObject | undefined {
    return undefined;
  }

  get isNullObject(): boolean {
    if (this._isNull === undefined) throw propertyNotLoaded(this._className, "isNullObject");
    return this._isNull;
  }

  /** @internal */
  _commitResolved(isNull: boolean): void {
    this._isNull = isNull;
  }

  /** @internal Pre-binds an object created from a known entity (collection items, add()). */
  _bind(entity: E | null): this {
    this._binding = { entity };
    return this;
  }

  /** @internal */
  _resolve(x: Execution): E | null {
    let entity: E | null;
    if (this._binding) {
      entity = this._binding.entity === null ? null : this._revalidate(this._binding.entity, x);
    } else {
      entity = this._compute(x);
      this._binding = { entity };
    }
    x.noteResolved(this, entity === null);
    return entity;
  }

  /** @internal Like _resolve, but a null object is an error (for arguments). */
  _require(x: Execution, location: string): E {
    const e = this._resolve(x);
    if (e === null) throw officeError(ErrorCode.invalidArgument, location);
    return e;
  }

  protected _get<T>(name: string): T {
    if (this._values.has(name)) return this._values.get(name) as T;
    if (this._isNull === true) return undefined as T;
    throw propertyNotLoaded(this._className, name);
  }

  /** @internal */
  _enqueue(action: Action): void {
    this._context._enqueue(action);
  }

  /** Queues an action on this object; on a null object it does nothing (as in Excel). */
  protected _act(location: string, kind: ActionKind, requestBytes: number, run: (entity: E, x: Execution) => void): void {
    this._enqueue({
      location,
      kind,
      requestBytes,
      run: (x) => {
        const entity = this._resolve(x);
        if (entity !== null) run(entity, x);
      },
    });
  }

  /** Sets a property: local value now, the change at the next sync. */
  protected _set(name: string, value: unknown, run: (entity: E, x: Execution) => void): void {
    this._values.set(name, value);
    this._act(`${this._className}.${name}`, "write", jsonLength(value), run);
  }

  /** Registers an *OrNullObject result: resolved (and isNullObject known) at the next sync. */
  protected _instantiate<T extends ClientObject>(object: T, location: string): T {
    object._enqueue({ location, kind: "check", requestBytes: 0, run: (x) => void object._resolve(x) });
    return object;
  }

  load(option?: LoadOption): this {
    const paths = parseLoadOption(option);
    this._enqueue({ location: `${this._className}.load`, kind: "read", requestBytes: 0, run: (x) => this._readNow(x, paths) });
    return this;
  }

  /** @internal Reads the given paths now (inside a batch) and stages the values. */
  _readNow(x: Execution, paths: string[]): void {
    const entity = this._resolve(x);
    if (entity === null) return;
    const scalars: string[] = [];
    const nested = new Map<string, string[]>();
    const known = this._scalarNames();
    if (paths.length === 0) scalars.push(...known);
    for (const path of paths) {
      const slash = path.indexOf("/");
      const head = (slash < 0 ? path : path.slice(0, slash)).trim();
      const rest = slash < 0 ? "" : path.slice(slash + 1).trim();
      if (head === "isNullObject" || head === "*") {
        if (head === "*") scalars.push(...known);
        continue;
      }
      const nav = this._navigation(head);
      if (nav) {
        const list = nested.get(head) ?? [];
        if (rest !== "") list.push(rest);
        nested.set(head, list);
      } else if (rest === "" && known.includes(head)) {
        scalars.push(head);
      } else {
        throw invalidArgument(`${this._className}.load`, head);
      }
    }
    const staged: [string, unknown][] = [];
    for (const name of new Set(scalars)) {
      const value = this._readScalar(name, entity, x);
      x.respond(jsonLength(value));
      staged.push([name, value]);
    }
    x.commits.push(() => {
      for (const [name, value] of staged) this._values.set(name, value);
    });
    for (const [name, sub] of nested) this._navigation(name)?._readNow(x, sub);
  }

  toJSON(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const [k, v] of this._values) out[k] = v;
    return out;
  }

  track(): this {
    return this;
  }

  untrack(): this {
    return this;
  }

  /**
   * `object.set({...})`: assigns each property through its setter; nested plain objects go to
   * navigation properties (range.set({ format: { fill: { color } } })).
   */
  set(properties: Record<string, unknown>, options?: { throwOnReadOnly?: boolean }): void {
    const throwOnReadOnly = options?.throwOnReadOnly ?? true;
    for (const [key, value] of Object.entries(properties)) {
      const nav = this._navigation(key);
      if (nav && value !== null && typeof value === "object" && !Array.isArray(value)) {
        nav.set(value as Record<string, unknown>, options);
        continue;
      }
      const descriptor = findSetter(this, key);
      if (!descriptor) {
        if (throwOnReadOnly) throw new OfficeExtensionError({ code: ErrorCode.invalidArgument, message: `Cannot set read-only property '${key}'.`, errorLocation: `${this._className}.set` });
        continue;
      }
      descriptor.call(this, value);
    }
  }
}

function findSetter(object: object, key: string): ((v: unknown) => void) | undefined {
  let proto: object | null = Object.getPrototypeOf(object);
  while (proto && proto !== Object.prototype) {
    const d = Object.getOwnPropertyDescriptor(proto, key);
    if (d) return d.set;
    proto = Object.getPrototypeOf(proto);
  }
  return undefined;
}

/** `OfficeExtension.ClientResult<T>`: value readable after the sync that computed it. */
export class ClientResult<T> {
  private _loaded = false;
  private _value: T | undefined;

  get value(): T {
    if (!this._loaded) throw officeError(ErrorCode.valueNotLoaded, "ClientResult.value");
    return this._value as T;
  }

  /** @internal */
  _stage(x: Execution, value: T): void {
    x.respond(jsonLength(value));
    x.commits.push(() => {
      this._value = value;
      this._loaded = true;
    });
  }
}
