/** Helpers shared by the Office.js double tests (not a test file itself). */
import { OfficeExtensionError } from "../src";

/** Awaits a promise that must reject with an OfficeExtension.Error of the given code. */
export async function rejectsWith(promise: Promise<unknown>, code: string, errorLocation?: string): Promise<OfficeExtensionError> {
  let caught: unknown;
  try {
    await promise;
  } catch (e) {
    caught = e;
  }
  expect(caught).toBeInstanceOf(OfficeExtensionError);
  const error = caught as OfficeExtensionError;
  expect(error.code).toBe(code);
  expect(error.debugInfo.code).toBe(code);
  if (errorLocation !== undefined) expect(error.debugInfo.errorLocation).toBe(errorLocation);
  return error;
}

/** Runs fn and returns the OfficeExtension.Error it throws synchronously. */
export function throwsWith(fn: () => unknown, code: string): OfficeExtensionError {
  let caught: unknown;
  try {
    fn();
  } catch (e) {
    caught = e;
  }
  expect(caught).toBeInstanceOf(OfficeExtensionError);
  expect((caught as OfficeExtensionError).code).toBe(code);
  return caught as OfficeExtensionError;
}

/** Rows × cols of numbers (row-major counter), as a values array. */
export function numberMatrix(rows: number, cols: number, start = 0): number[][] {
  const out: number[][] = [];
  for (let r = 0; r < rows; r++) {
    const row: number[] = [];
    for (let c = 0; c < cols; c++) row.push(start + r * cols + c);
    out.push(row);
  }
  return out;
}
