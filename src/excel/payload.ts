/**
 * Keeping each Excel request under the Excel-on-the-web payload limit (about 5 MB for requests
 * and responses alike). Desktop Excel has no such limit, so there everything goes in one request.
 */

/**
 * "A range is limited to 5,000,000 cells for read operations" (Microsoft, "Resource limits and
 * performance optimization for Office Add-ins", Excel add-ins; not only on the web), so every
 * get is chunked or refused under it.
 */
export const MAX_GET_CELLS = 5_000_000;

/** A margin under the 5 MB web limit for request envelopes and property names. */
export const WEB_PAYLOAD_BUDGET = 4_000_000;

export function payloadBudget(): number {
  const platform = typeof Office !== "undefined" ? Office.context?.platform : undefined;
  const desktop = String(platform) === "PC" || String(platform) === "Mac";
  return desktop ? Number.POSITIVE_INFINITY : WEB_PAYLOAD_BUDGET;
}

/** JSON size of a value as it travels in a request, without building the string. */
export function jsonSize(value: unknown): number {
  if (value === null || value === undefined) return 4;
  if (typeof value === "number") return Number.isFinite(value) ? String(value).length : 4;
  if (typeof value === "boolean") return value ? 4 : 5;
  if (typeof value === "string") {
    let n = 2;
    for (let i = 0; i < value.length; i++) {
      const c = value.charCodeAt(i);
      n += c === 34 || c === 92 ? 2 : c < 32 ? 6 : 1;
    }
    return n;
  }
  if (Array.isArray(value)) {
    let n = 2 + Math.max(0, value.length - 1);
    for (const v of value) n += jsonSize(v);
    return n;
  }
  return JSON.stringify(value).length;
}

/** Splits rows into consecutive chunks whose JSON size stays under the budget. */
export function chunkRows<T>(rows: readonly (readonly T[])[], budget: number): { start: number; rows: readonly (readonly T[])[] }[] {
  if (!Number.isFinite(budget)) return rows.length ? [{ start: 0, rows }] : [];
  const chunks: { start: number; rows: readonly (readonly T[])[] }[] = [];
  let start = 0;
  let size = 2;
  for (let i = 0; i < rows.length; i++) {
    const rowSize = jsonSize(rows[i]) + 1;
    if (i > start && size + rowSize > budget) {
      chunks.push({ start, rows: rows.slice(start, i) });
      start = i;
      size = 2;
    }
    size += rowSize;
  }
  if (start < rows.length) chunks.push({ start, rows: rows.slice(start) });
  return chunks;
}

/**
 * Request bytes office.js spends on one cell-sized range action — loading a cell's fill, setting
 * or clearing it — measured with office.js's own request builder (test/excel/officejs-harness:
 * 593–605 bytes per cell in batches of 10,000, the range, format and fill object paths and the
 * action itself), with a margin for longer object ids in bigger batches.
 */
export const REQUEST_BYTES_PER_CELL_ACTION = 680;

/** How many cell-sized actions one request may carry, after `reserved` bytes for the rest of it. */
export function cellActionsPerRequest(budget: number, reserved = 0): number {
  if (!Number.isFinite(budget)) return Number.POSITIVE_INFINITY;
  return Math.max(1, Math.floor((budget - reserved) / REQUEST_BYTES_PER_CELL_ACTION));
}

/**
 * Queues `queue(item, i)` for every item, syncing after each `perRequest` items so that no request
 * carries more; the last chunk stays queued for the caller's own sync. Returns the syncs made.
 */
export async function queueInChunks<T>(context: { sync(): Promise<unknown> }, items: readonly T[], perRequest: number, queue: (item: T, index: number) => void): Promise<number> {
  let syncs = 0;
  for (let i = 0; i < items.length; i++) {
    if (i > 0 && i % perRequest === 0) {
      await context.sync();
      syncs++;
    }
    queue(items[i], i);
  }
  return syncs;
}
