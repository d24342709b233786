/**
 * Outcome of a rule. A rule never returns a plausible number for input outside its domain:
 * it returns a failure with an Indonesian message that names the offending input.
 *
 * - `invalid`  → the input is outside the rule's domain (Excel shows #VALUE!)
 * - `notFound` → the input is well-formed but not in the regulation's table (Excel shows #N/A)
 */
export type FailureKind = "invalid" | "notFound";

export interface RuleFailure {
  readonly kind: FailureKind;
  readonly message: string;
}

export type Result<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly failure: RuleFailure };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });

export const invalid = (message: string): { ok: false; failure: RuleFailure } => ({
  ok: false,
  failure: { kind: "invalid", message },
});

export const notFound = (message: string): { ok: false; failure: RuleFailure } => ({
  ok: false,
  failure: { kind: "notFound", message },
});

/** Value of a result the caller already knows is ok; throws otherwise (tests and data tables). */
export function unwrap<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(result.failure.message);
  return result.value;
}

/** Chains a rule on the value of another; a failure passes through unchanged. */
export function andThen<T, U>(result: Result<T>, next: (value: T) => Result<U>): Result<U> {
  return result.ok ? next(result.value) : result;
}
