/** Jest's stand-in for src/taskpane/engine/worker-factory.ts (import.meta cannot run under CommonJS): no worker, so the engine runs inline. */
export function startEngineWorker(): undefined {
  return undefined;
}
