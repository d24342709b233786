/**
 * What holds for every KINERJA function whatever a sheet holds: no exception, no NaN/Infinity,
 * a rectangular result of cells Excel can show; and the shared machinery (grid, argument
 * readers, the mapping to CustomFunctions.Error) on its own.
 */
import fc from "fast-check";
import { CATALOGUE } from "../../src/functions/catalogue";
import { arg, bool, cellType, number, share, word } from "../../src/functions/args";
import { excelErrorText, isBlankValue } from "../../src/core/cell-value";
import { isFunctionError, valueError } from "../../src/functions/cell-values";
import { asMatrix, broadcast, flatten, safeOutput } from "../../src/functions/grid";

/** Reads a cell with a declared type, as broadcast does. */
const read = <T>(type: { read: (cell: unknown, name: string, cells: readonly unknown[]) => T }, cell: unknown, name: string): T => type.read(cell, name, [cell]);
const raw = cellType<unknown>((cell) => cell);
const args = (...names: string[]) => names.map((n) => arg(n, raw));
import { toExcel } from "../../src/functions/excel-output";
import * as entry from "../../src/functions/functions";
import { parsePolarisasi } from "../../src/core/kemenkeu/iku";
import { cell, col, evaluate, expectValueError, expectWellFormed, NA_OBJECT, NA_TEXT } from "./support";

const SAMPLE_WORDS = [
  "95,5", "95%", "1.250.000", "Rp 2.575.000", "#N/A", "#VALUE!", "sangat baik", "SANGAT  BAIK", "di atas", "diatas", "sesuai",
  "tinggi", "unit", "negara", "maximize", "min", "stabil", "PP46", "POLRI", "PERMENPANRB6", "Ahli Muda", "A", "lahir", "urut",
  "198001012005011001", "presiden, kapolda", "kode etik", "1e400", "-0", "ya", "benar", "", "   ",
];

const cellValue = fc.oneof(
  fc.double(),
  fc.integer({ min: -200, max: 5000 }),
  fc.constantFrom(0, -0, 1e308, -1e308, 5e-324, Number.MAX_SAFE_INTEGER, NaN, Infinity, -Infinity, 50, 70, 90, 110, 120, 120.5),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.string({ maxLength: 12 }),
  fc.constantFrom(...SAMPLE_WORDS),
  fc.constant(NA_OBJECT),
  fc.constant({ code: "#DIV/0!" }),
  fc.constant({}),
);
const range = fc
  .tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 3 }))
  .chain(([rows, cols]) => fc.array(fc.array(cellValue, { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows }));
const argument = fc.oneof(cellValue, range);

describe("every KINERJA function, whatever the cells hold", () => {
  it.each(CATALOGUE.map((f) => [f.name, f] as const))("%s never throws and never shows NaN or Infinity", (_, fn) => {
    fc.assert(
      fc.property(fc.array(argument, { minLength: 0, maxLength: fn.params.length }), (args) => {
        expectWellFormed(fn.evaluate(...args));
      }),
      { numRuns: 300, seed: 20240601 },
    );
  });

  it.each(CATALOGUE.map((f) => [f.name, f] as const))("%s answers a non-finite number in its first argument with #VALUE!, not a number", (_, fn) => {
    for (const bad of [NaN, Infinity, -Infinity]) {
      const args: unknown[] = [...fn.example.args];
      args[0] = Array.isArray(args[0]) ? (args[0] as unknown[][]).map((r) => r.map(() => bad)) : bad;
      const out = fn.evaluate(...args);
      expectWellFormed(out);
      expectValueError(out[0][0], new RegExp(fn.params[0].name, "i"));
    }
  });

  it("turns an overflowing result into #VALUE! instead of Infinity", () => {
    expectValueError(cell("TUNJANGAN_KINERJA", 1500, 1e308), "bukan angka yang sah");
    expectValueError(cell("INSENTIF_KPK", "A", 1e308), "bukan angka yang sah");
  });

  it("formats numbers in messages the Indonesian way", () => {
    expectValueError(cell("TUKIN_KEMENKEU", 1.5), "1,5");
    expect((cell("KELAS_JABATAN", 5000) as { message: string }).message).toContain("5.000");
    expectValueError(cell("STATUS_WARNA", 1234.567), "1.234,57");
  });

  it("reads words right after more distinct unknown spellings than the lookup remembers", () => {
    const noise = Array.from({ length: 1100 }, (_, i) => `kebijakan ${i}`);
    const out = evaluate("IKU", 88, 80, col("MIN", ...noise, "maximize", "MIN", "Maks"));
    expect(out.slice(1, 1101).every((r) => isFunctionError(r[0]))).toBe(true);
    expect([out[0][0], ...out.slice(1101).map((r) => r[0])]).toEqual([90, 110, 90, 110]);
    expect(parsePolarisasi("kebijakan 1")).toBeUndefined();
    expect(parsePolarisasi("  MINIMIZE ")).toBe("minimize");
  });
});

describe("grid", () => {
  it("treats an omitted argument, an empty array and a single value as one cell", () => {
    expect(asMatrix(undefined)).toEqual([[null]]);
    expect(asMatrix(null)).toEqual([[null]]);
    expect(asMatrix([])).toEqual([[null]]);
    expect(asMatrix(5)).toEqual([[5]]);
    expect(asMatrix("Baik")).toEqual([["Baik"]]);
  });

  it("reads a flat list as a column and leaves Excel's 2-D ranges as they are", () => {
    expect(asMatrix([1, 2, 3])).toEqual([[1], [2], [3]]);
    const excelRange = [[1], [2]];
    expect(asMatrix(excelRange)).toBe(excelRange);
    expect(excelRange).toEqual([[1], [2]]);
  });

  it("broadcasts single cells against ranges and names both arguments when shapes differ", () => {
    const add = (a: unknown, b: unknown) => (a as number) + (b as number);
    expect(broadcast([[[1], [2]], 10], args("a", "b"), add)).toEqual([[11], [12]]);
    expect(broadcast([[[1, 2]], [[10, 20]]], args("a", "b"), add)).toEqual([[11, 22]]);
    const mismatch = broadcast([[[1], [2]], [[1, 2]]], args("kiri", "kanan"), add);
    expect(mismatch).toHaveLength(1);
    expectValueError(mismatch[0][0], "kiri", "kanan", "2×1", "1×2");
  });

  it("passes every argument, also beyond six, with nothing past the ones given", () => {
    const seen: unknown[][] = [];
    const out = broadcast([1, 2, 3, 4, 5, 6, [[7], [70]]], args("a", "b", "c", "d", "e", "f", "g"), (...cells: unknown[]) => {
      seen.push(cells);
      return cells.reduce<number>((s, c) => s + (c as number), 0);
    });
    expect(out).toEqual([[28], [91]]);
    expect(seen[0]).toEqual([1, 2, 3, 4, 5, 6, 7]);
    const calls: unknown[][] = [];
    broadcast([1, [[2], [3]]], args("a", "b"), (...cells: unknown[]) => {
      calls.push(cells.slice(0, 2));
      expect(cells.slice(2).every((c) => c === undefined)).toBe(true);
      return 0;
    });
    expect(calls).toEqual([
      [1, 2],
      [1, 3],
    ]);
  });

  it("never lets a non-finite number reach a cell", () => {
    expect(broadcast([[[1], [0]]], [arg("x", number())], (x) => 1 / x)).toEqual([[1], [valueError("Hasil perhitungan bukan angka yang sah.")]]);
    expect(isFunctionError(safeOutput(NaN))).toBe(true);
    expect(safeOutput(5)).toBe(5);
    expect(safeOutput("Baik")).toBe("Baik");
  });

  it("flattens a range row by row", () => {
    expect(flatten([[1, 2], [3, 4]])).toEqual([1, 2, 3, 4]);
  });
});

describe("argument readers", () => {
  it("num: numbers as they are, text numbers parsed, blanks to the fallback or an error naming the argument", () => {
    expect(read(number(), 95.5, "nilai")).toBe(95.5);
    expect(read(number(), "95,5", "nilai")).toBe(95.5);
    expect(read(number(), "95%", "nilai")).toBe(95);
    expect(read(number(12), null, "nilai")).toBe(12);
    expect(read(number(0), "", "nilai")).toBe(0);
    expectValueError(read(number(), null, "nilai") as never, "nilai", "kosong");
    expectValueError(read(number(), NaN, "nilai") as never, "nilai");
    expectValueError(read(number(), true, "nilai") as never, "nilai", "TRUE");
    expectValueError(read(number(), NA_OBJECT, "nilai") as never, "nilai", "error #N/A");
    expectValueError(read(number(), NA_TEXT, "nilai") as never, "nilai", "error #N/A");
  });

  it("share: 70, 70% and 0,7 are all 70%; above 100% is an error", () => {
    for (const v of [70, "70%", "0,7", 0.7]) expect(read(share(), v, "bobot")).toBeCloseTo(0.7, 12);
    expect(read(share(0.15), null, "bobot")).toBe(0.15);
    expectValueError(read(share(), 150, "bobot") as never, "bobot");
    expectValueError(read(share(), "150%", "bobot") as never, "bobot");
  });

  it("bool: TRUE/FALSE, 1/0, ya/benar/tidak/salah", () => {
    for (const v of [true, 1, "ya", "BENAR", "true"]) expect(read(bool(), v, "inovasi")).toBe(true);
    for (const v of [false, 0, "tidak", "Salah"]) expect(read(bool(), v, "inovasi")).toBe(false);
    expect(read(bool(false), undefined, "inovasi")).toBe(false);
    expectValueError(read(bool(), 2, "inovasi") as never, "inovasi");
  });

  it("word: a vocabulary lookup with the allowed spellings in the message", () => {
    expect(read(word(parsePolarisasi, "maximize/minimize"), " Maks ", "polarisasi")).toBe("maximize");
    expect(read(word(parsePolarisasi, "maximize/minimize", "maximize"), "", "polarisasi")).toBe("maximize");
    expectValueError(read(word(parsePolarisasi, "maximize/minimize"), "zig", "polarisasi") as never, "polarisasi", "zig", "maximize/minimize");
    expectValueError(read(word(parsePolarisasi, "maximize/minimize"), NA_OBJECT, "polarisasi") as never, "polarisasi", "error #N/A");
  });

  it("broadcast: the first error in argument order is the cell's result, a leading argument's error before all others", () => {
    const seen: unknown[][] = [];
    const sum = (...values: unknown[]) => {
      seen.push(values.slice(0, 3));
      return 0;
    };
    const specs = [arg("a", number()), arg("b", number()), arg("c", word(parsePolarisasi, "maximize/minimize"))] as const;
    expectValueError(broadcast(["x", "y", "zig"], specs, sum)[0][0], "a");
    expectValueError(broadcast([1, "y", "zig"], specs, sum)[0][0], "b");
    const led = [specs[0], specs[1], arg("c", word(parsePolarisasi, "maximize/minimize"), { leads: true })] as const;
    expectValueError(broadcast(["x", "y", "zig"], led, sum)[0][0], "c", "zig");
    expect(seen).toEqual([]);
    // The function receives typed values only: "95,5" arrives as 95.5, "maks" as "maximize".
    expect(broadcast([[["95,5"], [2]], 1, "maks"], specs, sum)).toEqual([[0], [0]]);
    expect(seen).toEqual([
      [95.5, 1, "maximize"],
      [2, 1, "maximize"],
    ]);
  });

  it("one definition of a blank cell and of Excel's error text, for every reader", () => {
    for (const blank of [null, undefined, "", "   "]) expect(isBlankValue(blank)).toBe(true);
    for (const value of [0, false, "x", " 0 "]) expect(isBlankValue(value)).toBe(false);
    expect(excelErrorText(" #n/a ")).toBe("#N/A");
    expect(excelErrorText("#DIV/0!")).toBe("#DIV/0!");
    expect(excelErrorText("#N/A lagi")).toBeUndefined();
    expectValueError(read(number(), "#ref!", "nilai") as never, "nilai", "error #REF!");
  });
});

describe("the Excel path: CustomFunctions.Error in failed positions", () => {
  class StubError {
    constructor(
      readonly code: string,
      readonly message?: string,
    ) {}
  }
  const globals = globalThis as unknown as { CustomFunctions?: unknown };
  beforeAll(() => {
    globals.CustomFunctions = { Error: StubError, ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A" } };
  });
  afterAll(() => {
    delete globals.CustomFunctions;
  });

  it("maps #VALUE! and #N/A to CustomFunctions.Error with the message, and leaves values alone", () => {
    const out = toExcel([[110, valueError("target kosong"), { error: "#N/A", message: "tidak ada di tabel" }, "Baik", true]]);
    expect(out[0][0]).toBe(110);
    expect(out[0][1]).toBeInstanceOf(StubError);
    expect(out[0][1]).toEqual(new StubError("#VALUE!", "target kosong"));
    expect(out[0][2]).toEqual(new StubError("#N/A", "tidak ada di tabel"));
    expect(out[0].slice(3)).toEqual(["Baik", true]);
  });

  it("copies only the rows that hold an error and leaves the catalogue's result unchanged", () => {
    const clean = [95, "Baik"];
    const failed = [valueError("nilai kosong"), "Baik"];
    const result = [clean, failed];
    const out = toExcel(result);
    expect(out[0]).toBe(clean);
    expect(out[1]).not.toBe(failed);
    expect(out[1][0]).toEqual(new StubError("#VALUE!", "nilai kosong"));
    expect(result[1][0]).toEqual(valueError("nilai kosong"));
  });

  it("the generated entry point spills through the same catalogue code", () => {
    const out = entry.predikat([[112], [90], [121]], [[true]]);
    expect(out[0][0]).toBe("Sangat Baik");
    expect(out[1][0]).toBe("Baik");
    expect(out[2][0]).toBeInstanceOf(StubError);
    expect((out[2][0] as StubError).code).toBe("#VALUE!");
    expect(entry.kelasJabatan([[242]])[0][0]).toEqual(expect.objectContaining({ code: "#N/A" }));
    expect(entry.iku([[88]], [[80]])).toEqual([[110]]);
  });
});
