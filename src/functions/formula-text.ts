/**
 * Example formulas as text: the Indonesian form officers read ("=KINERJA.PREDIKAT(112; BENAR)")
 * and the invariant form Office.js writes into a cell (`range.formulas`, English separators).
 */
import { NAMESPACE } from "./catalogue";
import type { FunctionInfo } from "./catalogue";

export type FormulaStyle = "id" | "invariant";

function literal(value: unknown, style: FormulaStyle): string {
  if (typeof value === "boolean") return style === "id" ? (value ? "BENAR" : "SALAH") : value ? "TRUE" : "FALSE";
  if (typeof value === "number") return style === "id" ? String(value).replace(".", ",") : String(value);
  if (Array.isArray(value)) {
    // An array constant: rows separated by ";", columns by "," (invariant) or "\" (Indonesian).
    const colSep = style === "id" ? "\\" : ",";
    return `{${value.map((row: unknown[]) => row.map((v) => literal(v, style)).join(colSep)).join(";")}}`;
  }
  if (value === "" || value === null || value === undefined) return "";
  return `"${String(value).replace(/"/g, '""')}"`;
}

export function exampleFormula(fn: FunctionInfo, style: FormulaStyle = "id"): string {
  const sep = style === "id" ? "; " : ",";
  const args = [...fn.example.args];
  while (args.length > 0 && (args[args.length - 1] === "" || args[args.length - 1] === undefined)) args.pop();
  return `=${NAMESPACE}.${fn.name}(${args.map((a) => literal(a, style)).join(sep)})`;
}
