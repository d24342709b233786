/**
 * Helpers for the functions-layer tests: calling a catalogue function the way Excel does (cells
 * or 2-D ranges), checking that every output is a cell Excel can show, and the behaviour every
 * broadcasting function shares (spills, broadcasting, blanks, Excel error inputs, shapes).
 */
import { findFunction, FunctionInfo } from "../../src/functions/catalogue";
import { CellOutput, FunctionError, isFunctionError } from "../../src/functions/cell-values";
import type { OutputMatrix } from "../../src/functions/grid";

/** An Excel error as a custom function receives it: CustomFunctions.Error carries `code` and `message`. */
export class ExcelErrorInput {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

export const NA_OBJECT = new ExcelErrorInput("#N/A");
export const NA_TEXT = "#N/A";

export function fn(name: string): FunctionInfo {
  const found = findFunction(name);
  if (!found) throw new Error(`${name} is not in the catalogue`);
  return found;
}

/** Why a result is not something Excel can show, or undefined when it is. */
export function malformed(out: unknown): string | undefined {
  if (!Array.isArray(out) || out.length === 0) return "not a non-empty matrix";
  const width = Array.isArray(out[0]) ? out[0].length : 0;
  if (width === 0) return "an empty row";
  for (let r = 0; r < out.length; r++) {
    const row: unknown = out[r];
    if (!Array.isArray(row) || row.length !== width) return `row ${r} is not ${width} cells wide`;
    for (let c = 0; c < width; c++) {
      const value: unknown = row[c];
      if (typeof value === "number") {
        if (!Number.isFinite(value)) return `cell ${r},${c} is ${value}`;
      } else if (isFunctionError(value)) {
        if (value.error !== "#VALUE!" && value.error !== "#N/A") return `cell ${r},${c} has error code ${value.error}`;
        if (typeof value.message !== "string" || value.message.length <= 5) return `cell ${r},${c} has no message`;
      } else if (typeof value !== "string" && typeof value !== "boolean") {
        return `cell ${r},${c} is ${typeof value}`;
      }
    }
  }
  return undefined;
}

/** Every output is a finite number, text, a boolean or a #VALUE!/#N/A with a message; rows are even. */
export function expectWellFormed(out: OutputMatrix): void {
  expect(malformed(out)).toBeUndefined();
}

/** Evaluates and checks the result is well formed. */
export function evaluate(name: string, ...args: unknown[]): OutputMatrix {
  const out = fn(name).evaluate(...args);
  expectWellFormed(out);
  return out;
}

/** The single cell of a 1×1 result. */
export function cell(name: string, ...args: unknown[]): CellOutput {
  const out = evaluate(name, ...args);
  expect(shape(out)).toEqual([1, 1]);
  return out[0][0];
}

export const col = (...values: unknown[]): unknown[][] => values.map((v) => [v]);
export const row = (...values: unknown[]): unknown[][] => [values];
export const shape = (m: readonly (readonly unknown[])[]): [number, number] => [m.length, m[0]?.length ?? 0];

/** The matrix with each error replaced by its code, for compact comparisons. */
export function shown(out: OutputMatrix): unknown[][] {
  return out.map((r) => r.map((c) => (isFunctionError(c) ? c.error : c)));
}

function expectError(value: CellOutput, code: FunctionError["error"], mentions: readonly (string | RegExp)[]): FunctionError {
  expect(isFunctionError(value)).toBe(true);
  const error = value as FunctionError;
  expect(error.error).toBe(code);
  for (const m of mentions) {
    if (typeof m === "string") expect(error.message).toContain(m);
    else expect(error.message).toMatch(m);
  }
  return error;
}

/** #VALUE! whose message contains every mention (argument names, allowed words…). */
export const expectValueError = (value: CellOutput, ...mentions: (string | RegExp)[]) => expectError(value, "#VALUE!", mentions);
/** #N/A ("not in the table") whose message contains every mention. */
export const expectNotAvailable = (value: CellOutput, ...mentions: (string | RegExp)[]) => expectError(value, "#N/A", mentions);

/** Numbers compared to 10 significant digits (the precision a cell shows), everything else exactly. */
export function expectCells(out: OutputMatrix, expected: readonly (readonly unknown[])[]): void {
  expect(shape(out)).toEqual(shape(expected));
  out.forEach((r, i) =>
    r.forEach((c, j) => {
      const e = expected[i][j];
      if (typeof e === "number" && typeof c === "number") expect(c).toBeCloseTo(e, 8);
      else if (typeof e === "string" && (e === "#VALUE!" || e === "#N/A")) expect(isFunctionError(c) ? c.error : c).toBe(e);
      else expect(c).toEqual(e);
    }),
  );
}

export interface BroadcastSpec {
  readonly name: string;
  /** Valid single-cell arguments (required ones at least) and the result they give. */
  readonly args: readonly unknown[];
  readonly result: CellOutput;
  /** A column for argument `arg`: three or more values, the results each gives, and one bad value. */
  readonly column: {
    readonly arg: number;
    readonly values: readonly unknown[];
    readonly results: readonly CellOutput[];
    readonly bad: unknown;
    /** What the bad value's #VALUE! (or #N/A) message names. */
    readonly badMentions: readonly string[];
    readonly badCode?: FunctionError["error"];
  };
  /** Optional arguments: the value a blank stands for (null when blank simply means "not given"). */
  readonly defaults?: Readonly<Record<string, unknown>>;
  /** Arguments whose blank has a documented meaning other than an error, with the result. */
  readonly blankMeans?: Readonly<Record<string, CellOutput>>;
}

const BLANKS: ReadonlyArray<[string, unknown]> = [
  ["null", null],
  ["empty text", ""],
  ["spaces", "   "],
];

/**
 * The behaviour every broadcasting KINERJA function shares: the regulation's single-cell answer,
 * a spilled column of the same shape, broadcasting single cells against a range, one bad cell
 * erroring only its own position, mismatched ranges, blanks, and Excel error inputs.
 */
export function describeBroadcastContract(spec: BroadcastSpec): void {
  const info = fn(spec.name);
  const params = info.params;
  const withArg = (i: number, value: unknown): unknown[] => {
    const args = [...spec.args];
    while (args.length < params.length) args.push(undefined);
    args[i] = value;
    return args;
  };
  const { column } = spec;

  describe(`${spec.name}: shared cell/range behaviour`, () => {
    it("gives the regulation's answer for single cells", () => {
      expect(cell(spec.name, ...spec.args)).toEqual(spec.result);
    });

    it(`spills a ${column.values.length}×1 column of ${params[column.arg].name} to a ${column.values.length}×1 result, the other arguments broadcasting`, () => {
      const out = evaluate(spec.name, ...withArg(column.arg, col(...column.values)));
      expectCells(out, col(...column.results));
    });

    it("keeps the shape of a row and of a 2×2 range", () => {
      const [a, b] = column.values;
      expectCells(evaluate(spec.name, ...withArg(column.arg, row(a, b))), row(column.results[0], column.results[1]));
      expectCells(
        evaluate(spec.name, ...withArg(column.arg, [[a, b], [b, a]])),
        [
          [column.results[0], column.results[1]],
          [column.results[1], column.results[0]],
        ],
      );
    });

    it("gives one bad cell of a range an error in its own position only", () => {
      const values = [column.values[0], column.bad, column.values[1]];
      const out = evaluate(spec.name, ...withArg(column.arg, col(...values)));
      expect(shape(out)).toEqual([3, 1]);
      expectCells([[out[0][0]], [out[2][0]]], [[column.results[0]], [column.results[1]]]);
      if (column.badCode === "#N/A") expectNotAvailable(out[1][0], ...column.badMentions);
      else expectValueError(out[1][0], ...column.badMentions);
    });

    if (params.length >= 2) {
      const other = column.arg === 0 ? 1 : 0;
      it(`broadcasts a 1×1 ${params[other].name} against a range of ${params[column.arg].name}, and a range against both`, () => {
        const args = withArg(column.arg, col(...column.values));
        args[other] = [[spec.args[other]]]; // an explicit 1×1 range, as Excel passes a single cell reference
        expectCells(evaluate(spec.name, ...args), col(...column.results));
        // Both arguments as equal-shaped ranges: position by position.
        args[other] = col(...column.values.map(() => spec.args[other]));
        expectCells(evaluate(spec.name, ...args), col(...column.results));
      });

      it("answers ranges of different shapes with a single #VALUE! naming both arguments", () => {
        const args = withArg(column.arg, col(...column.values));
        args[other] = col(spec.args[other], spec.args[other]);
        const out = evaluate(spec.name, ...args);
        expect(shape(out)).toEqual([1, 1]);
        expectValueError(out[0][0], params[column.arg].name, params[other].name);
      });
    }

    params.forEach((param, i) => {
      const documented = spec.blankMeans?.[param.name];
      if (param.optional) {
        it(`takes the default for a blank ${param.name}`, () => {
          const explicit = cell(spec.name, ...withArg(i, spec.defaults?.[param.name]));
          for (const [, blank] of BLANKS) expect(cell(spec.name, ...withArg(i, blank))).toEqual(explicit);
          // Omitted altogether: Excel passes nothing for trailing optional arguments.
          if (spec.args.slice(i + 1).every((a) => a === undefined || a === null)) {
            expect(cell(spec.name, ...spec.args.slice(0, i))).toEqual(explicit);
          }
        });
        if (!spec.defaults || !(param.name in spec.defaults)) {
          throw new Error(`${spec.name}: give the default of optional ${param.name} (null when blank means "not given")`);
        }
      } else if (documented !== undefined) {
        it(`reads a blank ${param.name} as documented in its help`, () => {
          for (const [, blank] of BLANKS) expect(cell(spec.name, ...withArg(i, blank))).toEqual(documented);
        });
      } else {
        it(`answers a blank required ${param.name} with #VALUE! naming it`, () => {
          for (const [, blank] of BLANKS) expectValueError(cell(spec.name, ...withArg(i, blank)), param.name);
          expectValueError(cell(spec.name, ...withArg(i, undefined)), param.name);
        });
      }

      it(`answers an Excel error in ${param.name} (CustomFunctions.Error or "#N/A" text) with #VALUE! naming it`, () => {
        for (const error of [NA_OBJECT, NA_TEXT, { code: "#DIV/0!" }, "#REF!"]) {
          const code = typeof error === "string" ? error : error.code;
          // "… berisi error #N/A; perbaiki sel sumbernya": the source cell's error, not an unknown word.
          expectValueError(cell(spec.name, ...withArg(i, error)), param.name, `error ${code}`);
        }
      });
    });
  });
}
