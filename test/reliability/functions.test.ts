/**
 * Every KINERJA function, every input (issue 8). Random cells — numbers of any size, NaN,
 * ±Infinity, -0, date serials, booleans, blanks, Excel error values as objects and as text, odd
 * Unicode, Indonesian number text, misshapen arrays — go into all 32 functions with their arity.
 * Each call returns a rectangular matrix whose cells lie in the rule's range, or #VALUE!/#N/A with
 * a plain Indonesian message: never an exception, never NaN or Infinity. Scores that the rule
 * orders are monotone, and ranges keep their shape. Seeded (SEED) and bounded (numRuns).
 */
import fc from "fast-check";
import { CATALOGUE, findFunction, FunctionInfo } from "../../src/functions/catalogue";
import { isFunctionError } from "../../src/functions/cell-values";
import { main } from "../../src/cli/main";
import { parsePredikat } from "../../src/core/predikat";
import { argument, cell, DOMAIN_WORDS, range, rangeOf, resultProblem, scalarCell, SEED, shapeOf } from "./cells";

/** Runs per property; the totals are in the issue note. */
const RUNS = { everyInput: 400, misshapen: 150, shape: 120, cellwise: 120, monotone: 500, text: 300 } as const;

const fn = (name: string): FunctionInfo => {
  const found = findFunction(name);
  if (!found) throw new Error(`${name} is not in the catalogue`);
  return found;
};

const between = (min: number, max: number) => (v: unknown) => typeof v === "number" && v >= min && v <= max;
const whole = (min: number, max: number) => (v: unknown) => Number.isInteger(v) && (v as number) >= min && (v as number) <= max;
const oneOf = (...allowed: unknown[]) => (v: unknown) => allowed.includes(v);
const nonNegative = (v: unknown) => typeof v === "number" && v >= 0;
const text = (v: unknown) => typeof v === "string" && v.trim().length > 0;

const PREDIKAT_LABELS = ["Sangat Baik", "Baik", "Cukup", "Kurang", "Sangat Kurang", "Buruk"];
const KUADRAN_LABELS = ["Sangat Baik", "Baik", "Butuh Perbaikan", "Kurang/Misconduct", "Sangat Kurang"];
const JENIS = /^(Tidak Ada|)$|^[A-Z][\w ,/()-]+$/;

/** The range each rule's values fall in (regulation scales, vocabularies, table values). */
const RULE_RANGE: Readonly<Record<string, (v: unknown) => boolean>> = {
  IKU: between(0, 120),
  NILAI_TERTIMBANG: between(0, 120),
  CKP_TUGAS_BELAJAR: between(0, 120),
  NILAI_KINERJA: between(0, 120),
  PERILAKU_360: between(0, 120),
  NKP: between(0, 120),
  NSKP: between(0, 120),
  KREATIVITAS: oneOf(0, 3, 6, 12),
  NPKP: between(0, 120),
  PREDIKAT: oneOf(...PREDIKAT_LABELS),
  PREDIKAT_KUADRAN: oneOf(...KUADRAN_LABELS),
  CEK_DISTRIBUSI: text,
  EKSPEKTASI: oneOf("Di Atas Ekspektasi", "Sesuai Ekspektasi", "Di Bawah Ekspektasi"),
  STATUS_WARNA: oneOf("Hijau", "Kuning", "Merah"),
  PERINGKAT_DISTRIBUSI: (v) => typeof v === "string" && /^(Kinerja Terbaik|Kinerja Rata-rata|Kinerja di Bawah Rata-rata|Seri di batas: .+)$/.test(v),
  KOTAK_TALENTA: whole(1, 9),
  REKOMENDASI_TALENTA: text,
  PENGHARGAAN: oneOf("Prioritas Talent Pool", "Prioritas Pengembangan Kompetensi", "Tidak Ada"),
  JENIS_PENGHARGAAN: (v) => typeof v === "string" && JENIS.test(v),
  ANGKA_KREDIT: between(0, 75),
  KELAS_JABATAN: whole(1, 17),
  TUNJANGAN_KINERJA: nonNegative,
  TUKIN_KEMENKEU: (v) => Number.isInteger(v) && (v as number) > 0,
  PERSEN_TUKIN_DJP: oneOf(100, 90, 80, 70, 50),
  // Tabel 15–16 amounts (5.361.800 – 117.375.000), or half of one at the lowest realisation.
  TUKIN_DJP: between(2_680_900, 117_375_000),
  KPK_PERGESERAN: oneOf(true, false),
  INSENTIF_KPK: nonNegative,
  POLRI_FS: between(0, 100),
  POLRI_FG: between(0, 100),
  POLRI_NILAI: between(0, 100),
  NIP_VALID: oneOf(true),
  // A date serial (1900–2100), the sex, or the three-digit sequence number.
  NIP_INFO: (v) => whole(1, 73_051)(v) || v === "Laki-laki" || v === "Perempuan" || (typeof v === "string" && /^\d{3}$/.test(v)),
};

const required = (f: FunctionInfo) => f.params.filter((p) => !p.optional).length;

function check(f: FunctionInfo, args: unknown[]): void {
  let out: unknown;
  try {
    out = f.evaluate(...args);
  } catch (error) {
    throw new Error(`${f.name}(${show(args)}) threw ${String(error)}`);
  }
  const problem = resultProblem(out, RULE_RANGE[f.name], args);
  if (problem) throw new Error(`${f.name}(${show(args)}): ${problem}\n${JSON.stringify(out)?.slice(0, 500)}`);
}

function show(args: unknown[]): string {
  return args.map((a) => (typeof a === "string" ? JSON.stringify(a.slice(0, 40)) : (JSON.stringify(a) ?? String(a))?.slice(0, 80))).join(", ");
}

describe("every KINERJA function, every input", () => {
  it("has a range for each of the 32 functions", () => {
    expect(CATALOGUE).toHaveLength(32);
    expect(Object.keys(RULE_RANGE).sort()).toEqual(CATALOGUE.map((f) => f.name).sort());
  });

  it.each(CATALOGUE.map((f) => [f.name, f] as const))("%s: cells and ranges of anything give a value in range or #VALUE!/#N/A in Indonesian", (_, f) => {
    fc.assert(
      fc.property(
        fc.integer({ min: required(f), max: f.params.length }).chain((n) => fc.array(argument, { minLength: n, maxLength: n })),
        (args) => check(f, args),
      ),
      { seed: SEED, numRuns: RUNS.everyInput },
    );
  });

  it.each(CATALOGUE.map((f) => [f.name, f] as const))("%s: misshapen arrays (empty rows, ragged rows, flat lists) are refused or read, never half a matrix", (_, f) => {
    const misshapen = fc.oneof(
      fc.constant([[]] as unknown[][]),
      fc.constant([[], []] as unknown[][]),
      fc.array(fc.array(cell, { minLength: 0, maxLength: 3 }), { minLength: 2, maxLength: 4 }),
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(cell, range, misshapen), { minLength: f.params.length, maxLength: f.params.length }), fc.nat(f.params.length - 1), misshapen, (args, at, odd) => {
        args[at] = odd;
        check(f, args);
      }),
      { seed: SEED, numRuns: RUNS.misshapen },
    );
  });

  it("names the argument whose range is not rectangular", () => {
    const out = fn("IKU").evaluate([[88, 90], [77]], 80);
    expect(shapeOf(out)).toEqual([1, 1]);
    expect(out[0][0]).toMatchObject({ error: "#VALUE!", message: expect.stringContaining("realisasi") });
    expect(fn("PREDIKAT").evaluate([[]])[0][0]).toMatchObject({ error: "#VALUE!", message: expect.stringMatching(/nilai.*persegi panjang/) });
    expect(fn("JENIS_PENGHARGAAN").evaluate([["Baik"], ["Baik", "Cukup"]])[0][0]).toMatchObject({ error: "#VALUE!" });
  });

  it("the command line answers the same inputs with JSON, and refuses a misshapen range with a usage message (exit 2)", async () => {
    const lines: string[] = [];
    const io = { out: (t: string) => lines.push(t), err: (t: string) => lines.push(t) };
    for (const args of [["PREDIKAT", "1e308"], ["PREDIKAT", "95,5"], ["PREDIKAT", "NaN"], ["IKU", "Infinity", "80"], ["KREATIVITAS", "\u0000"], ["NIP_INFO", "\u202E198001012005011001", "lahir"]]) {
      lines.length = 0;
      expect(await main(["fungsi", ...args], io)).toBe(0);
      const shown: unknown = JSON.parse(lines.join("\n"));
      expect(resultProblem([[typeof shown === "object" && shown !== null ? { error: (shown as { error: string }).error, message: (shown as { message: string }).message } : shown]], undefined, args)).toBeUndefined();
      expect(lines.join("\n")).not.toMatch(/\bat \S+\.ts/);
    }
    for (const args of [["IKU", "[[]]", "80"], ["NILAI_KINERJA", "[[105],[95,1]]", "90"], ["PREDIKAT", "[]"], ["PREDIKAT", "[[1]"]]) {
      lines.length = 0;
      expect(await main(["fungsi", ...args], io)).toBe(2);
      expect(lines.join("\n")).toMatch(/^Argumen rentang .*(persegi panjang|JSON)/);
    }
  });
});

/** Functions whose every argument broadcasts (a single cell against a range, cell by cell). */
const BROADCASTING = CATALOGUE.filter((f) => !["NILAI_TERTIMBANG", "KREATIVITAS", "CEK_DISTRIBUSI", "PERINGKAT_DISTRIBUSI", "JENIS_PENGHARGAAN"].includes(f.name));

describe("shape preservation", () => {
  it("lists 27 functions that broadcast every argument", () => {
    expect(BROADCASTING).toHaveLength(27);
  });

  /** rows × cols, and arguments of which at least one (the `forced`-th) is a rows × cols range, the others ranges or cells. */
  const shapedArgs = (f: FunctionInfo, maxRows: number, maxCols: number, item: fc.Arbitrary<unknown> = cell) =>
    fc
      .tuple(fc.integer({ min: 1, max: maxRows }), fc.integer({ min: 1, max: maxCols }), fc.nat(f.params.length - 1))
      .chain(([rows, cols, forced]) =>
        fc.tuple(
          fc.constant(rows),
          fc.constant(cols),
          fc.tuple(...f.params.map((_p, i) => (i === forced ? rangeOf(rows, cols, item) : fc.oneof(item, rangeOf(rows, cols, item))))),
        ),
      );

  it.each(BROADCASTING.map((f) => [f.name, f] as const))("%s: n×m ranges in give n×m out, single cells broadcast", (_, f) => {
    fc.assert(
      fc.property(shapedArgs(f, 6, 4), ([rows, cols, args]) => {
        const out = f.evaluate(...args);
        expect(resultProblem(out, RULE_RANGE[f.name], args)).toBeUndefined();
        expect(shapeOf(out)).toEqual([rows, cols]);
      }),
      { seed: SEED, numRuns: RUNS.shape },
    );
  });

  it.each(BROADCASTING.filter((f) => f.params.length >= 2).map((f) => [f.name, f] as const))("%s: two ranges of different shapes give one #VALUE! naming both", (_, f) => {
    const args: unknown[] = f.params.map(() => null);
    args[0] = [[1], [2]];
    args[1] = [[1, 2, 3]];
    const out = f.evaluate(...args);
    expect(shapeOf(out)).toEqual([1, 1]);
    expect(out[0][0]).toMatchObject({ error: "#VALUE!", message: expect.stringContaining(f.params[1].name) });
    expect((out[0][0] as { message: string }).message).toContain(f.params[0].name);
  });

  const isRange = (a: unknown, rows: number, cols: number): a is unknown[][] =>
    Array.isArray(a) && a.length === rows && a.every((row) => Array.isArray(row) && row.length === cols);

  it.each(BROADCASTING.map((f) => [f.name, f] as const))("%s: each cell of a spilled result is the single-cell answer for that position", (_, f) => {
    fc.assert(
      fc.property(shapedArgs(f, 4, 3, scalarCell), ([rows, cols, args]) => {
        const out = f.evaluate(...args);
        for (let r = 0; r < rows; r++) {
          for (let c = 0; c < cols; c++) {
            const single = f.evaluate(...args.map((a) => (isRange(a, rows, cols) ? a[r][c] : a)));
            expect(shapeOf(single)).toEqual([1, 1]);
            expect(out[r][c]).toEqual(single[0][0]);
          }
        }
      }),
      { seed: SEED, numRuns: RUNS.cellwise },
    );
  });

  it("JENIS_PENGHARGAAN spills one row per predikat, PERINGKAT_DISTRIBUSI keeps the shape of nkp, the aggregates answer in one cell", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...DOMAIN_WORDS, null, 95, "#N/A"), { minLength: 1, maxLength: 8 }), (words) => {
        const out = fn("JENIS_PENGHARGAAN").evaluate(words.map((w) => [w]));
        expect(resultProblem(out, RULE_RANGE.JENIS_PENGHARGAAN)).toBeUndefined();
        expect(out).toHaveLength(words.length);
      }),
      { seed: SEED, numRuns: RUNS.shape },
    );
    fc.assert(
      fc.property(rangeOf(3, 2, fc.double({ min: 0, max: 120, noNaN: true })), fc.array(fc.double({ min: 0, max: 120, noNaN: true }), { minLength: 1, maxLength: 6 }), (nkp, others) => {
        const all = [...nkp.flat(), ...others].map((v) => [v]);
        const out = fn("PERINGKAT_DISTRIBUSI").evaluate(nkp, all);
        expect(resultProblem(out, RULE_RANGE.PERINGKAT_DISTRIBUSI)).toBeUndefined();
        expect(shapeOf(out)).toEqual([3, 2]);
        expect(out.flat().every((v) => !isFunctionError(v))).toBe(true);
      }),
      { seed: SEED, numRuns: RUNS.shape },
    );
    for (const name of ["NILAI_TERTIMBANG", "KREATIVITAS", "CEK_DISTRIBUSI"]) {
      fc.assert(
        fc.property(range, range, (a, b) => {
          expect(shapeOf(fn(name).evaluate(a, b))).toEqual([1, 1]);
        }),
        { seed: SEED, numRuns: RUNS.shape },
      );
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Monotonicity

const num = (out: unknown[][]): number | undefined => (typeof out[0][0] === "number" ? out[0][0] : undefined);
const sortedPair = (lo: number, hi: number): fc.Arbitrary<readonly [number, number]> =>
  fc.tuple(fc.double({ min: lo, max: hi, noNaN: true }), fc.double({ min: lo, max: hi, noNaN: true })).map(([a, b]): readonly [number, number] => (a <= b ? [a, b] : [b, a]));

describe("monotonicity where the rule implies it", () => {
  it("IKU maximize: more realisasi never lowers the index for a fixed positive target, nor turns it into an error", () => {
    const iku = fn("IKU");
    fc.assert(
      fc.property(
        fc.oneof(fc.double({ min: 1e-6, max: 1e6, noNaN: true }), fc.constantFrom(1, 80, 100, 1e-300, 1e300)),
        fc.oneof(sortedPair(-1e6, 1e6), sortedPair(-1e308, 1e308)),
        fc.constantFrom(undefined, null, "", "maximize", "maks", "MAX"),
        (target, [low, high], polarisasi) => {
          const a = iku.evaluate(low, target, polarisasi);
          const b = iku.evaluate(high, target, polarisasi);
          const x = num(a);
          const y = num(b);
          expect(x).toBeDefined();
          expect(y).toBeDefined();
          expect(x!).toBeLessThanOrEqual(y!);
        },
      ),
      { seed: SEED, numRuns: RUNS.monotone },
    );
  });

  it("IKU minimize: more realisasi never raises the index for a fixed positive target", () => {
    const iku = fn("IKU");
    fc.assert(
      fc.property(fc.double({ min: 1e-6, max: 1e6, noNaN: true }), sortedPair(-1e6, 1e6), (target, [low, high]) => {
        const x = num(iku.evaluate(low, target, "minimize"));
        const y = num(iku.evaluate(high, target, "minimize"));
        expect(x).toBeDefined();
        expect(y).toBeDefined();
        expect(y!).toBeLessThanOrEqual(x!);
      }),
      { seed: SEED, numRuns: RUNS.monotone },
    );
  });

  const level = (out: unknown[][]): number | undefined => {
    const v = out[0][0];
    if (typeof v !== "string") return undefined;
    const parsed = parsePredikat(v);
    return parsed.ok ? parsed.value : undefined;
  };

  /** Pairs straddling the band edges of the four rule sets. */
  const EDGES: readonly (readonly [number, number])[] = [
    [49.99, 50],
    [50, 50.0001],
    [60, 60.01],
    [60.49, 60.5],
    [69.999, 70],
    [70.49, 70.5],
    [75, 75.0001],
    [80.49, 80.5],
    [89.5, 90],
    [90, 90.0001],
    [109.99, 110],
    [119.99, 120],
  ];

  it.each([
    ["PP30", 120],
    ["PP46", 120],
    ["KEMENKEU", 120],
    ["POLRI", 100],
  ] as const)("PREDIKAT under %s: a higher score never lowers the predikat level", (aturan, max) => {
    const predikat = fn("PREDIKAT");
    fc.assert(
      fc.property(fc.oneof(sortedPair(0, max), fc.constantFrom(...EDGES.filter(([, b]) => b <= max))), fc.boolean(), ([low, high], inovasi) => {
        const a = level(predikat.evaluate(low, inovasi, aturan));
        const b = level(predikat.evaluate(high, inovasi, aturan));
        expect(a).toBeDefined();
        expect(b).toBeDefined();
        expect(a!).toBeLessThanOrEqual(b!);
      }),
      { seed: SEED, numRuns: RUNS.monotone },
    );
  });

  it("PREDIKAT PP30: innovation never lowers the predikat", () => {
    const predikat = fn("PREDIKAT");
    fc.assert(
      fc.property(fc.double({ min: 0, max: 120, noNaN: true }), (score) => {
        expect(level(predikat.evaluate(score, false))!).toBeLessThanOrEqual(level(predikat.evaluate(score, true))!);
      }),
      { seed: SEED, numRuns: RUNS.monotone },
    );
  });

  /** Functions whose value the rule makes non-decreasing in each numeric argument (other arguments fixed and valid). */
  const NON_DECREASING: readonly { name: string; max: number; extra?: unknown[]; integerArgs?: number[] }[] = [
    { name: "NILAI_KINERJA", max: 120, extra: [false] },
    { name: "NILAI_KINERJA", max: 120, extra: [true] },
    { name: "PERILAKU_360", max: 120 },
    { name: "NKP", max: 120 },
    { name: "NPKP", max: 120 },
    { name: "POLRI_NILAI", max: 100 },
    { name: "POLRI_FS", max: 100, extra: [], integerArgs: [2] },
  ];

  it.each(NON_DECREASING.map((s) => [`${s.name}${s.extra?.length ? `(…, ${String(s.extra[0])})` : ""}`, s] as const))("%s is non-decreasing in each score", (_, spec) => {
    const f = fn(spec.name);
    const arity = spec.name === "POLRI_FS" ? 3 : 2;
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: spec.max, noNaN: true }), { minLength: arity, maxLength: arity }),
        fc.nat(arity - 1),
        sortedPair(0, spec.max),
        fc.integer({ min: 0, max: 30 }),
        (base, which, [low, high], count) => {
          for (const i of spec.integerArgs ?? []) base[i] = count;
          if ((spec.integerArgs ?? []).includes(which)) return;
          const lowArgs = [...base, ...(spec.extra ?? [])];
          const highArgs = [...base, ...(spec.extra ?? [])];
          lowArgs[which] = low;
          highArgs[which] = high;
          const x = num(f.evaluate(...lowArgs));
          const y = num(f.evaluate(...highArgs));
          expect(x).toBeDefined();
          expect(y).toBeDefined();
          expect(x!).toBeLessThanOrEqual(y!);
        },
      ),
      { seed: SEED, numRuns: RUNS.monotone },
    );
  });

  it("KELAS_JABATAN never gives a lower class to a higher job value (where the table has one)", () => {
    const kelas = fn("KELAS_JABATAN");
    fc.assert(
      fc.property(sortedPair(150, 5000), ([low, high]) => {
        const x = num(kelas.evaluate(low));
        const y = num(kelas.evaluate(high));
        if (x !== undefined && y !== undefined) expect(x).toBeLessThanOrEqual(y);
      }),
      { seed: SEED, numRuns: RUNS.monotone },
    );
  });
});

describe("numbers typed as text mean the same number", () => {
  const twoDecimals = fc.integer({ min: 0, max: 12_000 }).map((n) => n / 100);
  const indonesian = (x: number) => String(x).replace(".", ",");

  it.each(["PREDIKAT", "STATUS_WARNA", "NILAI_KINERJA", "NKP", "IKU", "POLRI_NILAI"])("%s: 95,5 and \"95.5\" are 95.5; \"95%%\" is 95 points", (name) => {
    const f = fn(name);
    const extra = name === "IKU" || name === "NILAI_KINERJA" || name === "NKP" || name === "POLRI_NILAI" ? [90] : [];
    fc.assert(
      fc.property(twoDecimals, (x) => {
        const expected = f.evaluate(x, ...extra);
        expect(f.evaluate(indonesian(x), ...extra)).toEqual(expected);
        expect(f.evaluate(String(x), ...extra)).toEqual(expected);
        expect(f.evaluate(` ${indonesian(x)} `, ...extra)).toEqual(expected);
        if (Number.isInteger(x)) expect(f.evaluate(`${x}%`, ...extra)).toEqual(expected);
      }),
      { seed: SEED, numRuns: RUNS.text },
    );
  });

  it("a number too large for a double, written as text, is #VALUE!, not Infinity", () => {
    for (const f of CATALOGUE) {
      const args = f.params.map(() => "1e309");
      expect(resultProblem(f.evaluate(...args), RULE_RANGE[f.name])).toBeUndefined();
    }
    expect(fn("PREDIKAT").evaluate("1e309")[0][0]).toMatchObject({ error: "#VALUE!" });
    expect(fn("PREDIKAT").evaluate("1e308")[0][0]).toMatchObject({ error: "#VALUE!", message: expect.stringContaining("antara 0 dan 120") });
  });
});
