/** Assertions shared by the src/core tests (not a test file itself). */
import { FailureKind, Result } from "../../src/core/result";

/** Asserts a successful result and returns its value. */
export function okValue<T>(result: Result<T>): T {
  if (!result.ok) {
    throw new Error(`expected ok, got ${result.failure.kind}: ${result.failure.message}`);
  }
  expect(result.ok).toBe(true);
  return result.value;
}

/** Asserts a failure of the given kind whose message names the offending argument. */
export function expectFailure<T>(result: Result<T>, kind: FailureKind, argument: RegExp): void {
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.failure.kind).toBe(kind);
  expect(result.failure.message).toMatch(argument);
}
