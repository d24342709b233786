/**
 * What Fluent UI v9 expects from a browser and jsdom does not provide. Imported by the task-pane
 * tests only (the project's jest environment stays node for everything else).
 */
/** jsdom's window has no structuredClone (the settings schema clones its default curve with it). */
function cloneValue<T>(value: T): T {
  if (value === null || typeof value !== "object") return value;
  if (value instanceof Date) return new Date(value.getTime()) as T;
  if (value instanceof Map) return new Map([...value].map(([k, v]) => [cloneValue(k), cloneValue(v)])) as T;
  if (value instanceof Set) return new Set([...value].map(cloneValue)) as T;
  if (Array.isArray(value)) return value.map(cloneValue) as T;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, cloneValue(v)])) as T;
}
if (typeof globalThis.structuredClone !== "function") {
  Object.defineProperty(globalThis, "structuredClone", { value: cloneValue, configurable: true, writable: true });
}

if (typeof window !== "undefined") {
  if (!window.matchMedia) {
    window.matchMedia = (query: string): MediaQueryList =>
      ({
        matches: false,
        media: query,
        onchange: null,
        addListener: () => undefined,
        removeListener: () => undefined,
        addEventListener: () => undefined,
        removeEventListener: () => undefined,
        dispatchEvent: () => false,
      }) as MediaQueryList;
  }
  if (!("ResizeObserver" in window)) {
    class ResizeObserverShim {
      observe(): void {}
      unobserve(): void {}
      disconnect(): void {}
    }
    Object.defineProperty(window, "ResizeObserver", { value: ResizeObserverShim, configurable: true, writable: true });
  }
  if (!Element.prototype.scrollIntoView) Element.prototype.scrollIntoView = () => undefined;
  // jsdom has no layout: offsetParent is always null and every rectangle is empty. Tabster (Fluent's
  // focus manager) reads that as display:none / a hidden iframe and finds nothing to move focus to.
  // Give the body the size of the task pane, and rendered elements a parent.
  HTMLBodyElement.prototype.getBoundingClientRect = () => ({ x: 0, y: 0, left: 0, top: 0, right: 360, bottom: 800, width: 360, height: 800, toJSON: () => ({}) }) as DOMRect;
  Object.defineProperty(HTMLElement.prototype, "offsetParent", {
    configurable: true,
    get(this: HTMLElement) {
      return this.closest("[hidden]") ? null : this.parentElement;
    },
  });
}
