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
