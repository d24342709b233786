/**
 * office.js's own client library (the Excel-on-the-web build shipped in @microsoft/office-js) run in
 * jsdom, with a request executor of ours in place of the network: every request body office.js
 * builds for the adapter is captured and measured as it would travel, and answered by the Excel
 * test double, which applies the request's actions to its workbook. So the adapter runs its real
 * flow (reads see real values, later batches depend on them) while the request sizes are office.js's,
 * not the double's estimate.
 *
 * The wire format is office.js's RichApi message: `ObjectPaths` (1 global, 3 method, 4 property,
 * 5 indexer, 6 reference id) and `Actions` (1 instantiate, 2 query, 3 method, 4 set property).
 * Responses are `{ Results: [{ ActionId, Value }] }` with PascalCase property names, collections
 * under `_Items`, and a `_ReferenceId` for every object reached through a method, as Excel gives
 * one for ranges and added objects so that they stay usable after the sync.
 */
import { readFileSync } from "fs";
import { createWorkbookDouble, RequestContext as DoubleContext, WorkbookDouble } from "@kinerja/office-double";

/* eslint-disable @typescript-eslint/no-explicit-any */

interface PathInfo {
  Id: number;
  ObjectPathType: number;
  Name: string;
  ParentObjectPathId?: number;
  ArgumentInfo?: { Arguments?: unknown[]; ReferencedObjectPathIds?: number[] };
}
interface ActionInfo {
  Id: number;
  ActionType: number;
  Name: string;
  ObjectPathId: number;
  ArgumentInfo?: { Arguments?: unknown[]; ReferencedObjectPathIds?: number[] };
  QueryInfo?: { Select?: string[]; Expand?: string[] };
}
interface Body {
  Actions: ActionInfo[];
  ObjectPaths: Record<string, PathInfo>;
}

/** One request office.js sent: its body size as sent (UTF-8 bytes of the JSON) and the answer's. */
export interface CapturedRequest {
  readonly requestBytes: number;
  readonly responseBytes: number;
  readonly actions: number;
}

let loaded: any;

/**
 * Evaluates office.js once per test file (about half a second) in a jsdom window of its own (the
 * tests themselves run in Node) and returns its `Excel` namespace.
 */
export function officeJsExcel(): any {
  if (!loaded) {
    const source = readFileSync(require.resolve("@microsoft/office-js/dist/excel-web-16.00.debug.js"), "utf8");
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { JSDOM } = require("jsdom") as { JSDOM: new (html: string, options: object) => { window: any } };
    const { window } = new JSDOM("<!doctype html><html><head></head><body></body></html>", { runScripts: "outside-only", url: "https://localhost/" });
    window.eval(source);
    loaded = window.Excel;
    if (typeof loaded?.RequestContext !== "function") throw new Error("office.js did not define Excel.RequestContext");
  }
  return loaded;
}

const camel = (name: string) => name.charAt(0).toLowerCase() + name.slice(1);
const pascal = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);
const bytes = (text: string) => Buffer.byteLength(text, "utf8");

/** Answers office.js's requests from a workbook double, keeping objects alive across requests. */
class DoubleBackend {
  private readonly context: DoubleContext;
  private readonly references = new Map<string, any>();
  private nextReference = 1;

  constructor(double: WorkbookDouble) {
    this.context = new DoubleContext((double as any).engine);
  }

  private newReference(object: any): string {
    // Excel's reference ids look like this; their length counts in later requests.
    const id = `{00000000-0001-0000-0000-000000000000}{${this.nextReference++}}`;
    this.references.set(id, object);
    return id;
  }

  async execute(body: Body): Promise<{ Results: { ActionId: number; Value: unknown }[] }> {
    const objects = new Map<number, any>();
    // Objects that may be null objects: reached through an ...OrNullObject method, or under one.
    const nullable = new Set<any>();
    const rows = new Map<any, { of: any; row: number }>();
    const args = (info: ActionInfo["ArgumentInfo"]) =>
      (info?.Arguments ?? []).map((a, i) => {
        const ref = info?.ReferencedObjectPathIds?.[i];
        return ref ? resolve(ref) : a;
      });
    const resolve = (id: number): any => {
      if (objects.has(id)) return objects.get(id);
      const p = body.ObjectPaths[String(id)];
      if (!p) throw new Error(`harness: unknown object path ${id}`);
      let o: any;
      switch (p.ObjectPathType) {
        case 1:
          o = this.context.workbook;
          break;
        case 4:
          o = resolve(p.ParentObjectPathId!)[camel(p.Name)];
          break;
        case 3: {
          const parent = resolve(p.ParentObjectPathId!);
          if (p.Name === "GetBoundingRect") {
            // office.js splits a large values write into row blocks: R.getRow(i).getBoundingRect(R.getRow(j)).
            const [a, b] = [rows.get(parent), rows.get(args(p.ArgumentInfo)[0])];
            if (!a || !b || a.of !== b.of) throw new Error("harness: GetBoundingRect only between rows of one range");
            o = a.of.getRow(Math.min(a.row, b.row)).getResizedRange(Math.abs(b.row - a.row), 0);
            break;
          }
          if (typeof parent[camel(p.Name)] !== "function") throw new Error(`harness: method ${p.Name} not on the double ${JSON.stringify(p)} ${JSON.stringify(body.ObjectPaths[String(p.ParentObjectPathId)])}`);
          o = parent[camel(p.Name)](...args(p.ArgumentInfo));
          if (p.Name === "GetRow") rows.set(o, { of: parent, row: args(p.ArgumentInfo)[0] as number });
          break;
        }
        case 5:
          o = resolve(p.ParentObjectPathId!).getItem(...args(p.ArgumentInfo));
          break;
        case 6:
          o = this.references.get(p.Name);
          break;
        default:
          throw new Error(`harness: object path type ${p.ObjectPathType} (${p.Name}) not handled`);
      }
      if (o === undefined) throw new Error(`harness: ${p.Name} resolved to nothing`);
      if (p.Name.endsWith("OrNullObject") || (p.ParentObjectPathId !== undefined && nullable.has(objects.get(p.ParentObjectPathId)))) nullable.add(o);
      objects.set(id, o);
      return o;
    };

    const answers: { actionId: number; answer: () => unknown }[] = [];
    for (const a of body.Actions) {
      const target = resolve(a.ObjectPathId);
      const path = body.ObjectPaths[String(a.ObjectPathId)];
      switch (a.ActionType) {
        case 1: {
          if (path.ObjectPathType !== 3) break;
          const maybeNull = path.Name.endsWith("OrNullObject");
          if (maybeNull) target.load(path.Name === "GetUsedRangeOrNullObject" ? "address" : "name");
          answers.push({ actionId: a.Id, answer: () => (maybeNull && target.isNullObject ? null : { _ReferenceId: this.newReference(target) }) });
          break;
        }
        case 2: {
          const select = a.QueryInfo?.Select ?? [];
          const isCollection = Array.isArray((target as any)._items) || "items" in Object.getPrototypeOf(target);
          if (isCollection) target.load(select.length ? select.map((s) => `items/${s}`).join(",") : "items");
          else target.load(select.join(","));
          answers.push({
            actionId: a.Id,
            answer: () => {
              if (nullable.has(target) && target.isNullObject === true) return null;
              const pick = (o: any) => Object.fromEntries(select.map((s) => [pascal(s), o[s]]));
              return isCollection ? { _Items: target.items.map(pick) } : pick(target);
            },
          });
          break;
        }
        case 3: {
          // Excel's own checks ahead of a write (e.g. _ValidateArraySize): nothing for the double to do.
          if (a.Name.startsWith("_")) break;
          if (typeof target[camel(a.Name)] !== "function") throw new Error(`harness: method ${a.Name} not on the double`);
          const result = target[camel(a.Name)](...args(a.ArgumentInfo));
          if (result !== undefined && typeof result !== "object") answers.push({ actionId: a.Id, answer: () => result });
          break;
        }
        case 4:
          target[camel(a.Name)] = args(a.ArgumentInfo)[0];
          break;
        default:
          throw new Error(`harness: action type ${a.ActionType} (${a.Name}) not handled`);
      }
    }
    await this.context.sync();
    if (process.env.HARNESS_DEBUG === "all") console.log(JSON.stringify(body).slice(0, 3000), JSON.stringify(answers.map(({ actionId, answer }) => ({ ActionId: actionId, Value: answer() }))).slice(0, 2000));
    return { Results: answers.map(({ actionId, answer }) => ({ ActionId: actionId, Value: answer() })) };
  }
}

/**
 * Installs `Excel` (office.js's, with a `run` that hands the batch a real office.js RequestContext
 * whose requests go to `double`) and returns the list every request is recorded in.
 */
export function installOfficeJs(double: WorkbookDouble): CapturedRequest[] {
  const Excel = officeJsExcel();
  const captured: CapturedRequest[] = [];
  const run = async <T>(batch: (context: any) => Promise<T>): Promise<T> => {
    const context = new Excel.RequestContext();
    const backend = new DoubleBackend(double);
    context._requestExecutor = {
      async executeAsync(_custom: unknown, _flags: unknown, message: { Body: Body }) {
        const requestBytes = bytes(JSON.stringify(message.Body));
        try {
          const body = await backend.execute(message.Body);
          captured.push({ requestBytes, responseBytes: bytes(JSON.stringify(body)), actions: message.Body.Actions.length });
          return { ErrorCode: null, ErrorMessage: null, Headers: {}, HttpStatusCode: 200, Body: body };
        } catch (error) {
          if (process.env.HARNESS_DEBUG) console.log("harness error", error, JSON.stringify(message.Body).slice(0, 3000));
          captured.push({ requestBytes, responseBytes: 0, actions: message.Body.Actions.length });
          const code = (error as { code?: string }).code ?? "GeneralException";
          return { ErrorCode: code, ErrorMessage: String((error as Error).message), Headers: {}, HttpStatusCode: 400, Body: { Error: { Code: code, Message: String((error as Error).message) } } };
        }
      },
    };
    return batch(context);
  };
  Object.defineProperty(globalThis, "Excel", { value: { ...Excel, run }, configurable: true, writable: true });
  return captured;
}

export function newDouble(): WorkbookDouble {
  return createWorkbookDouble();
}
