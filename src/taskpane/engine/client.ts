/**
 * The pane's side of the engine: checks and plans run in a Web Worker, so the pane's thread only
 * reads and writes the sheet (Office.js) and draws. Cancelling ends the worker at once (the next
 * request starts a fresh one; other requests waiting in it are sent again). Where no worker can be
 * started — jsdom, a host that refuses — the same engine code runs inline behind the same interface.
 */
import { CellValue, Finding, UserFacingError } from "../../workbook";
import type { EngineHost } from "./host";
import { CheckInput, EngineProgress, EngineRequest, EngineResponse, PaneBuild, PlainCheck, PlanInput } from "./protocol";
import { startEngineWorker } from "./worker-factory";

export class Cancelled extends UserFacingError {
  constructor() {
    super("Pemeriksaan dibatalkan. Lembar tidak diubah.", "cancelled");
  }
}

/** A failure inside the engine that is not one of its own Indonesian messages (a bug, or the worker died). */
export class EngineFailed extends UserFacingError {
  constructor(detail: string) {
    super(`Pemeriksaan gagal di latar belakang (${detail}). Lembar tidak diubah; coba periksa lagi.`, "input");
  }
}

/** The part of a Worker the client uses (a fake stands in for it in tests). */
export interface WorkerLike {
  postMessage(message: EngineRequest): void;
  terminate(): void;
  onmessage: ((event: { data: EngineResponse }) => void) | null;
  onerror: ((event: { message?: string; preventDefault?: () => void }) => void) | null;
}

export interface RunOptions {
  readonly onProgress?: (progress: EngineProgress) => void;
  /** Aborting ends the work at once with Cancelled; nothing was changed. */
  readonly signal?: AbortSignal;
}

/** A check as the pane keeps it: plain data, the key under which the engine keeps the full check, and what it was run on. */
export interface EngineCheck extends PlainCheck {
  readonly key: number;
  readonly input: CheckInput;
}

interface Job {
  request: EngineRequest;
  readonly options: RunOptions;
  findings: Finding[];
  rows: Map<number, (readonly CellValue[])[]>;
  /** For a plan: the check and plan together, sent when the engine no longer holds the check. */
  readonly retry?: EngineRequest;
  readonly resolve: (message: Extract<EngineResponse, { type: "done" }>, job: Job) => void;
  readonly reject: (error: unknown) => void;
}

export class EngineClient {
  private worker?: WorkerLike;
  /** Set once a worker could not be started or failed to load: the engine runs inline from then on. */
  private inline = false;
  /** Loaded only when needed: the worker path never brings the engine into the pane's own scripts. */
  private inlineHost?: Promise<EngineHost>;
  private heard = false;
  private readonly jobs = new Map<number, Job>();
  private nextId = 1;
  private nextKey = 1;

  constructor(private readonly startWorker: () => WorkerLike | undefined = startEngineWorker as () => WorkerLike | undefined) {}

  /** Whether the engine runs off the pane's thread (false: inline fallback). */
  get offThread(): boolean {
    return !this.inline;
  }

  check(input: CheckInput, options: RunOptions = {}): Promise<EngineCheck> {
    const key = this.nextKey++;
    return this.run({ type: "check", id: this.nextId++, key, input }, options, (done, job) => ({ ...withFindings(done.check!, job.findings), key, input }));
  }

  /** The recommendation from a check (undefined: no employee table), planned from the rows the engine kept. */
  plan(check: EngineCheck, plan: PlanInput, options: RunOptions = {}): Promise<PaneBuild | undefined> {
    return this.run({ type: "plan", id: this.nextId++, key: check.key, plan }, options, (done, job) => withRows(done.build, job.rows), check);
  }

  /** Ends everything running or waiting (the pane closing, or a test's cleanup). */
  dispose(): void {
    for (const job of this.jobs.values()) job.reject(new Cancelled());
    this.jobs.clear();
    this.stopWorker();
  }

  private run<T>(request: EngineRequest, options: RunOptions, finish: (done: Extract<EngineResponse, { type: "done" }>, job: Job) => T, check?: EngineCheck): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      if (options.signal?.aborted) return reject(new Cancelled());
      const job: Job = {
        request,
        options,
        // A plan the engine no longer holds the check for (a fresh worker) is checked again with it.
        retry: check && request.type === "plan" ? { type: "check", id: request.id, key: check.key, input: check.input, plan: request.plan } : undefined,
        findings: [],
        rows: new Map(),
        resolve: (done, j) => {
          try {
            resolve(finish(done, j));
          } catch (error) {
            reject(error);
          }
        },
        reject,
      };
      this.jobs.set(request.id, job);
      options.signal?.addEventListener("abort", () => this.abort(request.id), { once: true });
      this.send(job.request);
    });
  }

  private abort(id: number): void {
    const job = this.jobs.get(id);
    if (!job) return;
    this.jobs.delete(id);
    job.reject(new Cancelled());
    if (this.inline) return; // inline work is one task: it has either not started or already ended
    // Ending the worker is the only way to stop it mid-check; what else waited in it goes to a fresh one.
    this.stopWorker();
    for (const other of this.jobs.values()) {
      other.findings = [];
      other.rows = new Map();
      this.send(other.request);
    }
  }

  private send(request: EngineRequest): void {
    if (!this.inline && !this.worker) this.worker = this.start();
    if (this.worker) return this.worker.postMessage(request);
    this.inlineHost ??= import("./host").then(({ createEngineHost }) => createEngineHost((message) => this.receive(message)));
    // Later than the caller's promise, so a cancel can land before the work starts.
    void this.inlineHost.then((host) =>
      setTimeout(() => {
        if (this.jobs.has(request.id)) host(request);
      }, 0),
    );
  }

  private start(): WorkerLike | undefined {
    const worker = this.startWorker();
    if (!worker) {
      this.inline = true;
      return undefined;
    }
    this.heard = false;
    worker.onmessage = (event) => {
      this.heard = true;
      this.receive(event.data);
    };
    worker.onerror = (event) => {
      event.preventDefault?.();
      if (!this.heard) {
        // The worker never ran (blocked or missing script): the same engine runs inline instead.
        this.stopWorker();
        this.inline = true;
        for (const job of this.jobs.values()) this.send(job.request);
        return;
      }
      this.stopWorker();
      const jobs = [...this.jobs.values()];
      this.jobs.clear();
      for (const job of jobs) job.reject(new EngineFailed(event.message || "mesin pemeriksa berhenti"));
    };
    return worker;
  }

  private stopWorker(): void {
    this.worker?.terminate();
    this.worker = undefined;
  }

  private receive(message: EngineResponse): void {
    const job = this.jobs.get(message.id);
    if (!job) return; // cancelled: its late answers are dropped
    switch (message.type) {
      case "progress":
        job.options.onProgress?.(message.progress);
        return;
      case "findings":
        for (const f of message.findings) job.findings.push(f);
        job.options.onProgress?.({ stage: "receiving", done: job.findings.length, total: message.total });
        return;
      case "rows": {
        const rows = job.rows.get(message.block) ?? [];
        for (const r of message.rows) rows.push(r);
        job.rows.set(message.block, rows);
        return;
      }
      case "missing": {
        const retry = job.retry;
        if (!retry || job.request === retry) return this.fail(message.id, new EngineFailed("hasil pemeriksaan tidak ada"));
        job.request = retry;
        return this.send(retry);
      }
      case "error":
        return this.fail(message.id, message.kind ? new UserFacingError(message.message, message.kind) : new EngineFailed(message.message));
      case "done":
        this.jobs.delete(message.id);
        job.resolve(message, job);
    }
  }

  private fail(id: number, error: unknown): void {
    const job = this.jobs.get(id);
    this.jobs.delete(id);
    job?.reject(error);
  }
}

function withFindings(check: PlainCheck, findings: Finding[]): PlainCheck {
  return check.report ? { ...check, report: { ...check.report, findings } } : check;
}

function withRows(build: PaneBuild | null | undefined, rows: Map<number, (readonly CellValue[])[]>): PaneBuild | undefined {
  if (!build) return undefined;
  return { ...build, plan: { ...build.plan, blocks: build.plan.blocks.map((b, i) => ({ ...b, values: rows.get(i) ?? [] })) } };
}

let shared: EngineClient | undefined;

/** The pane's one engine (its worker is started at the first check, not at load). */
export function paneEngine(): EngineClient {
  return (shared ??= new EngineClient());
}

/** Puts another engine in its place (tests drive the pane with a fake worker); the old one is ended. */
export function replacePaneEngine(engine: EngineClient | undefined): void {
  shared?.dispose();
  shared = engine;
}
