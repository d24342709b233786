/**
 * The engine worker: checking and planning run here, off the pane's thread, so the pane keeps
 * drawing and "Batal" (which ends this worker) answers at once. Loaded from the add-in's own
 * origin, as the pane's CSP (`worker-src 'self'`) allows; it never calls Office.js.
 */
import { createEngineHost } from "./host";
import { EngineRequest, EngineResponse } from "./protocol";

const scope = self as unknown as { postMessage(message: EngineResponse): void; onmessage: ((event: MessageEvent<EngineRequest>) => void) | null };
const handle = createEngineHost((message) => scope.postMessage(message));
scope.onmessage = (event) => handle(event.data);
