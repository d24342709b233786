/**
 * A formula built from the officer's own arguments: cell references picked from the selection,
 * numbers with a decimal comma, BENAR/SALAH, text. Shown as an Indonesian Excel shows it (";",
 * BENAR) and written in the invariant form Office.js expects (",", TRUE).
 */
import { NAMESPACE } from "../functions/catalogue";

const REF = /^(('[^']+'|[A-Za-z0-9_.]+)!)?\$?[A-Za-z]{1,3}\$?\d+(:\$?[A-Za-z]{1,3}\$?\d+)?$/;

/** One argument as typed or picked, in the given form; "" stays empty (an omitted optional argument). */
export function argumentText(raw: string, style: "id" | "invariant"): string {
  const text = raw.trim();
  if (text === "") return "";
  if (REF.test(text)) return text;
  const upper = text.toUpperCase();
  if (upper === "BENAR" || upper === "TRUE") return style === "id" ? "BENAR" : "TRUE";
  if (upper === "SALAH" || upper === "FALSE") return style === "id" ? "SALAH" : "FALSE";
  if (/^-?\d+([.,]\d+)?$/.test(text)) return style === "id" ? text.replace(".", ",") : text.replace(",", ".");
  if (/^".*"$/.test(text)) return text;
  return `"${text.replace(/"/g, '""')}"`;
}

/** A picked address without its sheet when it is on the sheet the formula goes to (shorter, as Excel writes it). */
export function localAddress(address: string, targetSheet?: string): string {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return address;
  const sheet = address.slice(0, bang).replace(/^'(.*)'$/, "$1").replace(/''/g, "'");
  return targetSheet !== undefined && sheet === targetSheet ? address.slice(bang + 1) : address;
}

export function builtFormula(name: string, args: readonly string[], style: "id" | "invariant"): string {
  const parts = args.map((a) => argumentText(a, style));
  while (parts.length > 0 && parts[parts.length - 1] === "") parts.pop();
  return `=${NAMESPACE}.${name}(${parts.join(style === "id" ? "; " : ",")})`;
}
