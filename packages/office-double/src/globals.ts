/**
 * Puts the double where office.js would be: `Excel`, `Office`, `OfficeExtension` and
 * `CustomFunctions` on a global object (the browser window for the demo and end-to-end tests,
 * `globalThis` in Node tests).
 */
import { WorkbookDouble, createWorkbookDouble } from "./double";

const GLOBAL_NAMES = ["Excel", "Office", "OfficeExtension", "CustomFunctions"] as const;

const previous = new WeakMap<object, Map<string, PropertyDescriptor | undefined>>();

/** Defines the four namespaces on target (default globalThis); returns the double. */
export function installGlobals(target: object = globalThis, double: WorkbookDouble = createWorkbookDouble()): WorkbookDouble {
  if (!previous.has(target)) {
    const saved = new Map<string, PropertyDescriptor | undefined>();
    for (const name of GLOBAL_NAMES) saved.set(name, Object.getOwnPropertyDescriptor(target, name));
    previous.set(target, saved);
  }
  const values: Record<(typeof GLOBAL_NAMES)[number], unknown> = {
    Excel: double.Excel,
    Office: double.Office,
    OfficeExtension: double.OfficeExtension,
    CustomFunctions: double.CustomFunctions,
  };
  for (const name of GLOBAL_NAMES) {
    Object.defineProperty(target, name, { value: values[name], configurable: true, writable: true, enumerable: false });
  }
  return double;
}

/** Restores what the four globals were before installGlobals(target). */
export function uninstallGlobals(target: object = globalThis): void {
  const saved = previous.get(target);
  if (!saved) return;
  for (const name of GLOBAL_NAMES) {
    const descriptor = saved.get(name);
    if (descriptor) Object.defineProperty(target, name, descriptor);
    else delete (target as Record<string, unknown>)[name];
  }
  previous.delete(target);
}
