/** @jest-environment jsdom */
/**
 * The engine client: checks and plans through a worker (here a fake one that runs the real engine
 * host and delivers each answer as its own task, as a Worker does), progress counted in rows,
 * Batal ending the worker at once and a fresh worker after it, the engine's failures in
 * Indonesian, and the inline fallback where no worker can be started — through the client and
 * through the pane.
 */
import { act } from "@testing-library/react";
import { fakeService, readOf, renderApp, runCheck, screen, isDisabled } from "./support";
import { REKAP_BKPSDM } from "../fixtures/templates/rekap-bkpsdm-kabupaten";
import { checkSheet, DEFAULT_SETTINGS, EMPTY_STATE, planRecommendation, SheetData } from "../../src/workbook";
import { Cancelled, EngineClient, EngineFailed, replacePaneEngine, WorkerLike } from "../../src/taskpane/engine/client";
import { createEngineHost } from "../../src/taskpane/engine/host";
import { EngineProgress, EngineRequest, EngineResponse } from "../../src/taskpane/engine/protocol";
import { progressText } from "../../src/taskpane/progress";
import { STRINGS } from "../../src/taskpane/strings";
import { sheetRows } from "../../src/workbook";

/** REKAP_BKPSDM's title, header and column-number rows, then its 15 employees `times` times over. */
function bigSheet(times: number): SheetData {
  const head = sheetRows(REKAP_BKPSDM.values).slice(0, 6);
  const employees = sheetRows(REKAP_BKPSDM.values).slice(6, 21);
  const values = [...head];
  for (let i = 0; i < times; i++) for (const row of employees) values.push([values.length - 5, ...row.slice(1)]);
  return { ...REKAP_BKPSDM, values };
}

const EXISTING = { sheetNames: ["Rekap 2025"], ownSheets: [], tableNames: [] };
const TODAY = new Date("2026-03-01T00:00:00Z").getTime();

/**
 * A Worker stand-in: the real engine host behind postMessage, each answer delivered in its own
 * macrotask; after terminate() nothing more arrives. `hold` keeps answers back until released.
 */
class FakeWorker implements WorkerLike {
  static started: FakeWorker[] = [];
  onmessage: ((event: { data: EngineResponse }) => void) | null = null;
  onerror: ((event: { message?: string; preventDefault?: () => void }) => void) | null = null;
  terminated = false;
  readonly received: EngineRequest[] = [];
  private clock = 0;
  // Every progress report passes the host's 50 ms spacing: the clock moves 100 ms per look.
  private readonly host = createEngineHost((message) => this.outbox.push(message), () => (this.clock += 100));
  private readonly outbox: EngineResponse[] = [];
  private held = false;

  constructor(private readonly behaviour: { hold?: boolean; fail?: "message" | "crash" | "load" } = {}) {
    this.held = behaviour.hold ?? false;
    FakeWorker.started.push(this);
  }

  postMessage(message: EngineRequest): void {
    this.received.push(message);
    if (this.behaviour.fail === "load") {
      setTimeout(() => this.onerror?.({ message: "NetworkError", preventDefault: () => undefined }), 0);
      return;
    }
    if (this.behaviour.fail === "message") {
      // A sheet the engine cannot read: a bug-shaped failure inside it.
      this.host({ ...message, ...(message.type === "check" ? { input: { ...message.input, sheet: { ...message.input.sheet, values: null as never } } } : {}) } as EngineRequest);
    } else this.host(message);
    this.pump();
  }

  /** Keeps later answers back until released. */
  hold(): void {
    this.held = true;
  }

  /** Lets answers through (those held so far and every later one). */
  release(): void {
    this.held = false;
    this.pump();
  }

  /** Delivers the held answers one at a time up to and including the first that matches. */
  deliverUntil(match: (m: EngineResponse) => boolean): void {
    while (this.outbox.length > 0) {
      const message = this.outbox.shift()!;
      this.onmessage?.({ data: message });
      if (match(message)) return;
    }
  }

  crash(message: string): void {
    this.onerror?.({ message });
  }

  terminate(): void {
    this.terminated = true;
    this.outbox.length = 0;
  }

  private pump(): void {
    if (this.held) return;
    const next = () => {
      if (this.terminated || this.held || this.outbox.length === 0) return;
      this.onmessage?.({ data: this.outbox.shift()! });
      setTimeout(next, 0);
    };
    setTimeout(next, 0);
  }
}

beforeEach(() => {
  FakeWorker.started = [];
});

describe("EngineClient through a worker", () => {
  it("checks and plans off the pane's thread with the same results as the engine run directly", async () => {
    const sheet = bigSheet(4);
    const client = new EngineClient(() => new FakeWorker());
    const check = await client.check({ sheet, state: EMPTY_STATE, settings: DEFAULT_SETTINGS });
    const direct = checkSheet(sheet, EMPTY_STATE, DEFAULT_SETTINGS);
    expect(client.offThread).toBe(true);
    expect(check.report).toEqual(direct.report);
    expect(check.layoutSource).toBe(direct.layoutSource);
    // Only plain data came back: no sheet model, no map of assessed rows.
    expect(check).not.toHaveProperty("model");
    expect(check).not.toHaveProperty("assessed");

    const build = await client.plan(check, { settings: DEFAULT_SETTINGS, existing: EXISTING, today: TODAY });
    const expected = planRecommendation(direct, DEFAULT_SETTINGS, EXISTING, new Date(TODAY))!;
    expect(build?.summary).toEqual(expected.summary);
    expect(build?.plan).toEqual(expected.plan);
    expect(FakeWorker.started).toHaveLength(1);
  });

  it("counts rows as it goes: each rule over the rows, then the recommendation's rows, then the findings received", async () => {
    const sheet = bigSheet(200); // 3,000 employees
    const client = new EngineClient(() => new FakeWorker());
    const seen: EngineProgress[] = [];
    const check = await client.check({ sheet, state: EMPTY_STATE, settings: DEFAULT_SETTINGS }, { onProgress: (p) => seen.push(p) });
    const validating = seen.filter((p) => p.stage === "validating");
    expect(validating.length).toBeGreaterThan(3);
    for (const p of validating) {
      expect(p.rows).toBe(3000);
      expect(p.row % 1000).toBe(0);
      expect(p.rule).toBeGreaterThanOrEqual(1);
      expect(p.rule).toBeLessThanOrEqual(p.rules);
    }
    expect(new Set(validating.map((p) => p.row))).toEqual(new Set([0, 1000, 2000]));
    const received = seen.filter((p) => p.stage === "receiving");
    expect(received[received.length - 1]).toEqual({ stage: "receiving", done: check.report!.findings.length, total: check.report!.findings.length });

    const planning: EngineProgress[] = [];
    await client.plan(check, { settings: DEFAULT_SETTINGS, existing: EXISTING, today: TODAY }, { onProgress: (p) => planning.push(p) });
    expect(planning.map((p) => (p.stage === "planning" ? `${p.row}/${p.rows}` : p.stage))).toEqual(["0/3000", "1000/3000", "2000/3000"]);
    expect(progressText(validating[1], (k) => STRINGS.id[k], "id")).toMatch(/^Memeriksa aturan \d+ dari \d+: baris [\d.]+ dari 3\.000$/);
    expect(progressText(planning[2], (k) => STRINGS.id[k], "id")).toBe("Menyusun baris rekomendasi 2.000 dari 3.000");
  });

  it("Batal ends the worker at once: Cancelled, late answers dropped, and the next check starts a fresh worker", async () => {
    const client = new EngineClient(() => new FakeWorker({ hold: FakeWorker.started.length === 0 }));
    const controller = new AbortController();
    const input = { sheet: bigSheet(100), state: EMPTY_STATE, settings: DEFAULT_SETTINGS };
    const seen: EngineProgress[] = [];
    const running = client.check(input, { signal: controller.signal, onProgress: (p) => seen.push(p) });
    const first = FakeWorker.started[0];
    first.deliverUntil((m) => m.type === "progress");
    expect(seen).toHaveLength(1);
    controller.abort();
    await expect(running).rejects.toBeInstanceOf(Cancelled);
    await expect(running).rejects.toThrow("Pemeriksaan dibatalkan. Lembar tidak diubah.");
    expect(first.terminated).toBe(true);
    first.deliverUntil(() => false);
    expect(seen).toHaveLength(1);

    const again = await client.check(input);
    expect(FakeWorker.started).toHaveLength(2);
    expect(again.report?.rowsChecked).toBe(1500);
  });

  it("a plan whose check the worker no longer holds (it was ended) checks again with it, same plan", async () => {
    const client = new EngineClient(() => new FakeWorker());
    const input = { sheet: bigSheet(2), state: EMPTY_STATE, settings: DEFAULT_SETTINGS };
    const check = await client.check(input);
    // Another check is cancelled: the worker holding the first check is ended.
    const controller = new AbortController();
    const cancelled = client.check(input, { signal: controller.signal });
    controller.abort();
    await expect(cancelled).rejects.toBeInstanceOf(Cancelled);
    const build = await client.plan(check, { settings: DEFAULT_SETTINGS, existing: EXISTING, today: TODAY });
    expect(build?.summary.total).toBe(30);
    const fresh = FakeWorker.started[1];
    expect(fresh.received.map((r) => r.type)).toEqual(["plan", "check"]);
  });

  it("a failure inside the engine is an Indonesian message, nothing half-done", async () => {
    const client = new EngineClient(() => new FakeWorker({ fail: "message" }));
    const attempt = client.check({ sheet: bigSheet(1), state: EMPTY_STATE, settings: DEFAULT_SETTINGS });
    await expect(attempt).rejects.toBeInstanceOf(EngineFailed);
    await expect(attempt).rejects.toThrow(/^Pemeriksaan gagal di latar belakang \(.+\)\. Lembar tidak diubah; coba periksa lagi\.$/);
  });

  it("a worker that dies mid-check rejects in Indonesian; one that never loads gives way to the inline engine", async () => {
    const dying = new EngineClient(() => new FakeWorker({ hold: true }));
    const attempt = dying.check({ sheet: bigSheet(1), state: EMPTY_STATE, settings: DEFAULT_SETTINGS });
    FakeWorker.started[0].deliverUntil((m) => m.type === "progress");
    FakeWorker.started[0].crash("out of memory");
    await expect(attempt).rejects.toThrow("Pemeriksaan gagal di latar belakang (out of memory). Lembar tidak diubah; coba periksa lagi.");

    const blocked = new EngineClient(() => new FakeWorker({ fail: "load" }));
    const check = await blocked.check({ sheet: bigSheet(1), state: EMPTY_STATE, settings: DEFAULT_SETTINGS });
    expect(check.report?.rowsChecked).toBe(15);
    expect(blocked.offThread).toBe(false);
  });

  it("falls back to the same engine inline where no worker can be started, behind the same interface", async () => {
    const client = new EngineClient(() => undefined);
    const sheet = bigSheet(2);
    const seen: EngineProgress[] = [];
    const check = await client.check({ sheet, state: EMPTY_STATE, settings: DEFAULT_SETTINGS }, { onProgress: (p) => seen.push(p) });
    expect(client.offThread).toBe(false);
    expect(check.report).toEqual(checkSheet(sheet, EMPTY_STATE, DEFAULT_SETTINGS).report);
    expect(seen.some((p) => p.stage === "validating")).toBe(true);
    const build = await client.plan(check, { settings: DEFAULT_SETTINGS, existing: EXISTING, today: TODAY });
    expect(build?.summary.total).toBe(30);
    // A cancel before the inline work starts: Cancelled, and the work never runs.
    const controller = new AbortController();
    const cancelled = client.check({ sheet, state: EMPTY_STATE, settings: DEFAULT_SETTINGS }, { signal: controller.signal });
    controller.abort();
    await expect(cancelled).rejects.toBeInstanceOf(Cancelled);
  });
});

describe("the pane with the engine in a worker", () => {
  afterEach(() => replacePaneEngine(undefined));

  it("shows the rows counted while the worker checks, and Batal ends it at once", async () => {
    replacePaneEngine(new EngineClient(() => new FakeWorker({ hold: true })));
    const service = fakeService(readOf(bigSheet(100)));
    const { user } = renderApp({ service });
    await user.click(await screen.findByRole("button", { name: "Periksa lembar ini" }));
    await screen.findByRole("progressbar", { name: "Memeriksa baris…" });
    const worker = FakeWorker.started[0];
    act(() => worker.deliverUntil((m) => m.type === "progress" && m.progress.stage === "validating" && m.progress.row === 1000));
    expect(await screen.findByText(/^Memeriksa aturan \d+ dari \d+: baris 1\.000 dari 1\.500$/)).toBeTruthy();
    expect(screen.getByRole("progressbar").getAttribute("aria-valuetext")).toMatch(/^Memeriksa aturan \d+ dari \d+: baris 1\.000 dari 1\.500$/);
    await user.click(screen.getByRole("button", { name: "Batal" }));
    expect(await screen.findByText("Pemeriksaan dibatalkan. Lembar tidak diubah.")).toBeTruthy();
    expect(worker.terminated).toBe(true);
    expect(screen.queryByRole("progressbar")).toBeNull();
    expect(isDisabled(screen.getByRole("button", { name: "Periksa lembar ini" }))).toBe(false);
    expect(service.write).not.toHaveBeenCalled();
  });

  it("an engine failure is shown in Indonesian and the sheet is left alone", async () => {
    replacePaneEngine(new EngineClient(() => new FakeWorker({ fail: "message" })));
    const service = fakeService(readOf(REKAP_BKPSDM));
    const { user } = renderApp({ service });
    await user.click(await screen.findByRole("button", { name: "Periksa lembar ini" }));
    expect(await screen.findByText(/^Pemeriksaan gagal di latar belakang \(.+\)\. Lembar tidak diubah; coba periksa lagi\.$/)).toBeTruthy();
    expect(service.write).not.toHaveBeenCalled();
    expect(service.mark).not.toHaveBeenCalled();
  });

  it("Rekomendasi: Batal while the sheet is checked again and planned writes nothing and says so", async () => {
    replacePaneEngine(new EngineClient(() => new FakeWorker()));
    const service = fakeService(readOf(REKAP_BKPSDM));
    const { user } = renderApp({ service });
    await runCheck(user);
    await user.click(screen.getByRole("tab", { name: "Rekomendasi" }));
    await screen.findByText(/· 15 pegawai$/);
    const worker = FakeWorker.started[0];
    worker.hold();
    await user.click(screen.getByRole("button", { name: "Buat lembar rekomendasi" }));
    await user.click(await screen.findByRole("button", { name: "Batal" }));
    expect(await screen.findByText("Pembuatan lembar rekomendasi dibatalkan. Buku kerja tidak diubah.")).toBeTruthy();
    expect(worker.terminated).toBe(true);
    expect(service.write).not.toHaveBeenCalled();
    expect(screen.queryByRole("button", { name: "Batal" })).toBeNull();
  });
});
