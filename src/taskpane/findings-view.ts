/**
 * How the findings list reads: the advice a rule's findings share is said once at the top of the
 * rule, and each finding keeps only what is its own (the value, the cell's numbers).
 */
import { Finding, Severity } from "../workbook";

/** Sentences of an engine message ("… teks. Ubah menjadi angka …" → two). Decimal commas and "S.Kom." stay inside. */
export function sentences(message: string): string[] {
  return message.split(/(?<=[.;])\s+(?=[A-Z])/).filter((s) => s.length > 0);
}

/** The trailing sentences every finding of a rule repeats (its advice), and each finding without them. */
export function sharedAdvice(messages: readonly string[]): { advice: string; own: string[] } {
  if (messages.length < 2) return { advice: "", own: [...messages] };
  const split = messages.map(sentences);
  let shared = 0;
  for (;;) {
    const tail = split[0][split[0].length - 1 - shared];
    // Keep at least one sentence of each finding its own.
    if (tail === undefined || split.some((s) => s.length - shared < 2 || s[s.length - 1 - shared] !== tail)) break;
    shared++;
  }
  if (shared === 0) return { advice: "", own: [...messages] };
  return { advice: split[0].slice(-shared).join(" "), own: split.map((s) => s.slice(0, -shared).join(" ")) };
}

export interface FindingFilter {
  readonly severity: Severity | "semua";
  readonly rule: string | "semua";
}

export function filterFindings(findings: readonly Finding[], filter: FindingFilter): Finding[] {
  return findings.filter((f) => (filter.severity === "semua" || f.severity === filter.severity) && (filter.rule === "semua" || f.code === filter.rule));
}

/** Findings in the order the list shows them: errors then warnings, rules in first-seen order, cells in sheet order. */
export function listOrder(findings: readonly Finding[]): Finding[] {
  const ruleOrder = new Map<string, number>();
  for (const f of findings) if (!ruleOrder.has(f.code)) ruleOrder.set(f.code, ruleOrder.size);
  const rank = (f: Finding) => (f.severity === "error" ? 0 : 1);
  return [...findings].sort((a, b) => rank(a) - rank(b) || ruleOrder.get(a.code)! - ruleOrder.get(b.code)!);
}
