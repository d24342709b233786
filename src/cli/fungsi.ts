/**
 * `kinerja fungsi NAMA [ARG ...]`: evaluates one KINERJA function without Excel.
 * Arguments: numbers, TRUE/FALSE, text, and ranges as JSON arrays ('[[90],[112]]').
 * Prints the value as JSON, or {"error":"#VALUE!","message":"…"} (exit 0: it evaluated).
 * Without a name it lists the functions by category with their arguments.
 */
import { CATALOGUE, findFunction, FunctionInfo } from "../functions/catalogue";
import { isFunctionError } from "../functions/cell-values";
import type { OutputMatrix } from "../functions/grid";
import { UsageError } from "./shared";

/** One command-line word as the cell value Excel would pass. */
export function parseCliArgument(raw: string): unknown {
  const text = raw.trim();
  if (text.startsWith("[")) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      throw new UsageError(`Argumen rentang bukan JSON yang sah: ${raw}. Contoh: '[[90],[112]]'.`);
    }
    if (!Array.isArray(parsed)) throw new UsageError(`Argumen rentang harus larik JSON: ${raw}.`);
    const rows = parsed.every((r) => Array.isArray(r)) ? (parsed as unknown[][]) : [parsed as unknown[]];
    const width = rows[0]?.length ?? 0;
    if (rows.length === 0 || width === 0 || rows.some((r) => r.length !== width)) {
      throw new UsageError(`Argumen rentang harus persegi panjang dan tidak kosong: ${raw}.`);
    }
    return rows;
  }
  if (/^(true|false)$/i.test(text)) return text.toLowerCase() === "true";
  if (text === "") return null;
  // More than 15 digits cannot be a cell number without losing digits (an 18-digit NIP): keep
  // it as text, as a text-formatted cell would hold it.
  if (/^[+-]?\d{16,}$/.test(text)) return raw;
  if (/^[+-]?\d+(\.\d+)?([eE][+-]?\d+)?$/.test(text)) return Number(text);
  return raw;
}

function jsonCell(cell: OutputMatrix[number][number]): unknown {
  return isFunctionError(cell) ? { error: cell.error, message: cell.message } : cell;
}

/** A 1×1 result prints as a single value, anything larger as a matrix. */
export function resultToJson(result: OutputMatrix): string {
  if (result.length === 1 && result[0].length === 1) return JSON.stringify(jsonCell(result[0][0]));
  return JSON.stringify(result.map((row) => row.map(jsonCell)));
}

export function runFungsi(name: string, rawArgs: readonly string[]): string {
  const fn = findFunction(name);
  if (!fn) {
    throw new UsageError(`Fungsi "${name}" tidak dikenal. Fungsi yang ada: ${CATALOGUE.map((f) => f.name).join(", ")}.`);
  }
  if (rawArgs.length > fn.params.length) {
    throw new UsageError(`${fn.name} menerima paling banyak ${fn.params.length} argumen (${fn.params.map((p) => p.name).join("; ")}).`);
  }
  const args = rawArgs.map(parseCliArgument);
  return resultToJson(fn.evaluate(...args));
}

/** How a function is called, as the pane and the help page write it: optional arguments in brackets. */
export function signature(fn: FunctionInfo): string {
  return `${fn.name}(${fn.params.map((p) => (p.optional ? `[${p.name}]` : p.name)).join("; ")})`;
}

/** Every function by category, with its arguments and what it does. */
export function listFunctions(): string {
  const lines = [`${CATALOGUE.length} fungsi KINERJA. Pemakaian: kinerja fungsi NAMA [ARG ...], mis. kinerja fungsi PREDIKAT 95.`];
  for (const category of [...new Set(CATALOGUE.map((f) => f.category))]) {
    lines.push("", `${category}:`);
    for (const fn of CATALOGUE.filter((f) => f.category === category)) lines.push(`  ${signature(fn)}`, `      ${fn.description}`);
  }
  return lines.join("\n");
}
