/**
 * What every collection of the double shares (Excel.WorksheetCollection, TableCollection,
 * ChartCollection): `items` and `count` through load(), getItem / getItemOrNullObject by key,
 * getItemAt by position, getCount, and the proxy an add() returns. A collection says only where its entities are, how a
 * key finds one, and how an entity becomes an item proxy. (No import of range.ts: worksheet.ts
 * extends this class and range.ts imports worksheet.ts.)
 */
import type { RequestContext } from "./context";
import type { Execution } from "./engine";
import { ErrorCode, invalidArgument, officeError } from "./errors";
import { jsonLength } from "./json-size";
import { ClientObject, ClientResult, LoadOption, parseLoadOption } from "./proxy";

/** "items/name" → "name", "items" → all; on a collection, "name" also means the items' name. */
export function collectionItemPaths(paths: string[]): string[] {
  const out: string[] = [];
  for (const p of paths) {
    if (p === "items") continue;
    out.push(p.startsWith("items/") ? p.slice(6) : p);
  }
  return out;
}

export abstract class ItemCollection<Scope, Entity, Item extends ClientObject<Entity>> extends ClientObject<Scope> {
  constructor(
    context: RequestContext,
    private readonly _source: (x: Execution) => Scope | null,
  ) {
    super(context);
  }

  /** The entities of the collection, in Excel's order. */
  protected abstract _entities(scope: Scope, x: Execution): Entity[];

  /** Whether `key` (as passed to getItem) names this entity. */
  protected abstract _matches(entity: Entity, key: string): boolean;

  /** A proxy for the entity `source` resolves to (null: a null object). */
  protected abstract _item(source: (x: Execution) => Entity | null): Item;

  /** Whether the collection has a `count` property (WorksheetCollection has none). */
  protected _hasCount(): boolean {
    return true;
  }

  protected _compute(x: Execution): Scope | null {
    return this._source(x);
  }

  protected _scalarNames(): readonly string[] {
    return this._hasCount() ? ["count"] : [];
  }

  protected _readScalar(name: string, scope: Scope, x: Execution): unknown {
    if (name === "count" && this._hasCount()) return this._entities(scope, x).length;
    throw invalidArgument(`${this._className}.load`, name);
  }

  get items(): Item[] {
    return this._get("items");
  }

  override load(option?: LoadOption): this {
    const paths = parseLoadOption(option);
    this._enqueue({ location: `${this._className}.load`, kind: "read", requestBytes: 0, run: (x) => this._readNow(x, paths) });
    return this;
  }

  /** Loads the items (with their paths) and, when asked or by default, the count. */
  override _readNow(x: Execution, paths: string[]): void {
    const scope = this._resolve(x);
    if (scope === null) return;
    const items = this._entities(scope, x).map((e) => this._item(() => e)._bind(e));
    const wantsCount = this._hasCount() && (paths.length === 0 || paths.includes("count"));
    const itemPaths = collectionItemPaths(paths.filter((p) => p !== "count" || !this._hasCount()));
    if (paths.length === 0 || paths.some((p) => p !== "count" || !this._hasCount())) {
      for (const item of items) item._readNow(x, itemPaths);
      x.commits.push(() => this._values.set("items", items));
    }
    if (wantsCount) {
      x.respond(jsonLength(items.length));
      x.commits.push(() => this._values.set("count", items.length));
    }
  }

  getItem(key: string): Item {
    return this._item((x) => {
      const found = this._find(x, key);
      if (!found) throw officeError(ErrorCode.itemNotFound, `${this._className}.getItem`);
      return found;
    });
  }

  getItemOrNullObject(key: string): Item {
    return this._instantiate(
      this._item((x) => this._find(x, key) ?? null),
      `${this._className}.getItemOrNullObject`,
    );
  }

  /**
   * The item at a position. office.js itself addresses a loaded collection's items this way
   * (`items[i]` is the path GetItemAt(i)), so a request built by office.js needs it.
   */
  getItemAt(index: number): Item {
    return this._item((x) => {
      const scope = this._resolve(x);
      if (scope === null) return null;
      const entity = this._entities(scope, x)[index];
      if (!Number.isInteger(index) || !entity) throw officeError(ErrorCode.itemNotFound, `${this._className}.getItemAt`);
      return entity;
    });
  }

  getCount(): ClientResult<number> {
    const result = new ClientResult<number>();
    this._act(`${this._className}.getCount`, "read", 0, (scope, x) => result._stage(x, this._entities(scope, x).length));
    return result;
  }

  /** null: the collection itself is a null object; undefined: no such item. */
  protected _find(x: Execution, key: string): Entity | null | undefined {
    const scope = this._resolve(x);
    if (scope === null) return null;
    if (typeof key !== "string") return undefined;
    return this._entities(scope, x).find((e) => this._matches(e, key));
  }

  /** The proxy add() returns: the entity its queued write created. */
  protected _added(location: string, created: () => Entity | undefined): Item {
    return this._item(() => {
      const entity = created();
      if (!entity) throw officeError(ErrorCode.invalidObjectPath, location);
      return entity;
    });
  }
}
