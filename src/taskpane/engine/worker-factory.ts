/**
 * Starts the engine worker; undefined where the host cannot (no Worker, or it refuses). webpack 5
 * bundles engine.worker.ts as its own chunk from this `new URL(…, import.meta.url)` form and
 * serves it from the add-in's origin. Jest maps this module to a stub (no import.meta there).
 */
export function startEngineWorker(): Worker | undefined {
  if (typeof Worker === "undefined") return undefined;
  try {
    return new Worker(new URL("./engine.worker.ts", import.meta.url), { name: "mesin-kinerja" });
  } catch {
    return undefined;
  }
}
