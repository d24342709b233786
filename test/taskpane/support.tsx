/**
 * Shared pieces of the task-pane component tests: the jsdom shims, SheetRead objects built from
 * the template fixtures, a fake WorkbookService of jest.fn()s, the Excel test double loaded with
 * a fixture sheet (for the real officeWorkbookService), and rendering <App>.
 */
import "./jsdom-shims";
import { configure, render, screen, within } from "@testing-library/react";
import userEvent, { PointerEventsCheckLevel } from "@testing-library/user-event";
import { App, AppProps } from "../../src/taskpane/App";
import { WorkbookService } from "../../src/taskpane/services/workbook-service";
import { SheetRead, WorkbookInfo } from "../../src/excel";
import { createWorkbookDouble, FixtureCell, installGlobals, uninstallGlobals, WorkbookDouble } from "@kinerja/office-double";
import { cellRef, EMPTY_STATE, SheetData, sheetRows, WorkbookState } from "../../src/workbook";

// Role queries skip the "is it hidden from the accessibility tree?" check unless a test asks for it
// with { hidden: false } (accessibility.test.tsx does): that check computes the style of every
// candidate and its ancestors, which jsdom does slowly with Fluent's stylesheets (about 5 s of the
// suite here). Names are still computed as a screen reader would.
// findBy…/waitFor wait up to 20 s instead of 1 s: CI runs on a busy 2-core machine where a render
// can take seconds; a passing test returns as soon as the element appears, so this costs nothing.
configure({ defaultHidden: true, asyncUtilTimeout: 20_000 });

/** What read() returns for `sheet`, as the adapter would in a workbook holding only it. */
export function readOf(sheet: SheetData, info: Partial<WorkbookInfo> = {}): SheetRead {
  return {
    sheet,
    info: { sheetNames: [sheet.name], activeSheet: sheet.name, ownSheets: [], tableNames: [], state: EMPTY_STATE, stateSheetExists: false, ...info },
    protected: false,
    syncs: 2,
  };
}

export type FakeService = { [K in keyof WorkbookService]: jest.Mock<ReturnType<WorkbookService[K]>, Parameters<WorkbookService[K]>> };

/**
 * A WorkbookService of jest.fn()s: read returns the reads in turn (the last one again when
 * they run out) carrying the workbook's current state; writes succeed; the state starts as the
 * first read's and updateState applies the update to it, as the state sheet would.
 */
export function fakeService(reads: SheetRead | SheetRead[], overrides: Partial<WorkbookService> = {}): FakeService {
  const queue = Array.isArray(reads) ? [...reads] : [reads];
  let state: WorkbookState = queue[0].info.state;
  let marked = 0;
  const service: FakeService = {
    read: jest.fn(async () => {
      const read = queue.length > 1 ? queue.shift()! : queue[0];
      return { ...read, info: { ...read.info, state } };
    }),
    select: jest.fn(async (_address: string) => undefined),
    mark: jest.fn(async (findings) => ({ marked: (marked = new Set(findings.map((f) => f.address)).size) })),
    unmark: jest.fn(async () => ({ restored: marked })),
    write: jest.fn(async (plan) => ({ sheetName: plan.sheetName, syncs: 1 })),
    activate: jest.fn(async (_sheet: string) => undefined),
    insertFormula: jest.fn(async (_formula: string) => "'Rekap 2025'!N3"),
    selectedAddress: jest.fn(async () => "'Rekap 2025'!H7"),
    readState: jest.fn(async () => state),
    updateState: jest.fn(async (update) => (state = update(state))),
  };
  for (const [key, fn] of Object.entries(overrides)) (service as unknown as Record<string, unknown>)[key] = jest.fn(fn as (...args: unknown[]) => unknown);
  return service;
}

/** A promise settled from outside, for reads that are still on their way. */
export function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void; reject: (error: unknown) => void } {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** The Excel test double holding the fixture sheets (the first one active), installed as the Office globals. */
export function installDouble(sheets: readonly SheetData[], active: string = sheets[0].name): WorkbookDouble {
  const double = createWorkbookDouble();
  for (const sheet of sheets) {
    double.addSheet(sheet.name, sheetRows(sheet.values) as unknown as FixtureCell[][], { origin: cellRef(sheet.startRow, sheet.startCol), activate: sheet.name === active });
  }
  double.removeSheet("Sheet1");
  installGlobals(globalThis, double);
  double.resetCounters();
  return double;
}

export function uninstallDouble(): void {
  uninstallGlobals(globalThis);
}

/** One sheet of the double's snapshot, as comparable JSON. */
export function sheetSnapshot(double: WorkbookDouble, name: string): string {
  const sheet = double.snapshot().sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return JSON.stringify(sheet);
}

/**
 * Renders the pane; `user` types and clicks like an officer. No artificial delay, and no
 * pointer-events check (it computes the style of every ancestor on each click, slow in jsdom
 * with Fluent's stylesheets; jsdom has no layout to hit-test anyway).
 */
export function renderApp(props: AppProps) {
  const user = userEvent.setup({ delay: null, pointerEventsCheck: PointerEventsCheckLevel.Never });
  const view = render(<App dark={false} {...props} />);
  return { user, ...view };
}

/** The summary line of a check ("15 baris diperiksa", error and warning badges). */
export async function findSummary(): Promise<HTMLElement> {
  return screen.findByText(/baris diperiksa|rows checked/).then((el) => el.closest("[role=status]") as HTMLElement);
}

/** The element whose text contains `text` (a message the adapter may follow with what became of the workbook). */
export function findMessage(text: string): Promise<HTMLElement> {
  return screen.findByText((_, el) => !!el && [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.includes(text)));
}

/** The open dialog and a button in it. */
export async function findDialog(): Promise<{ dialog: HTMLElement; button: (name: string) => HTMLElement }> {
  const dialog = await screen.findByRole("dialog");
  return { dialog, button: (name) => within(dialog).getByRole("button", { name }) };
}

export const dialogGone = (): boolean => screen.queryByRole("dialog", { hidden: true }) === null;

export async function runCheck(user: ReturnType<typeof userEvent.setup>): Promise<HTMLElement> {
  // The full tab (it replaces the first, light view once loaded; "Aturan pemeriksaan" is only in it),
  // so the click does not land on a button that is being replaced.
  await screen.findByRole("button", { name: "Aturan pemeriksaan" });
  await user.click(await screen.findByRole("button", { name: "Periksa lembar ini" }));
  return findSummary();
}

/** Disabled, either natively or Fluent's `disabledFocusable` (keeps focus on the control while work runs). */
export function isDisabled(el: HTMLElement): boolean {
  return el.hasAttribute("disabled") || el.getAttribute("aria-disabled") === "true";
}

export { screen, within };
