/**
 * What a KINERJA function can be handed from a sheet (or from `kinerja fungsi`'s JSON), as
 * fast-check arbitraries, and the checks every result must pass: a rectangular matrix of finite
 * numbers, text, booleans or a #VALUE!/#N/A whose message is plain Indonesian.
 */
import fc from "fast-check";
import { isFunctionError } from "../../src/functions/cell-values";

/** Every property in this folder runs with this seed, so a failure replays exactly. */
export const SEED = 20_260_824;

/** An Excel error value as a custom function receives it (CustomFunctions.Error carries `code`). */
class ExcelErrorValue {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

export const ERROR_INPUTS: readonly unknown[] = [
  { code: "#N/A" },
  { code: "#DIV/0!" },
  new ExcelErrorValue("#VALUE!", "dari sel lain"),
  new ExcelErrorValue("#REF!"),
  "#N/A",
  "#VALUE!",
  "#ref!",
  " #NUM! ",
  "#SPILL!",
  "#GETTING_DATA",
];

/** Text that is awkward on purpose: bidi overrides, emoji, zero-width, NUL, other scripts and digits. */
export const ODD_TEXT: readonly string[] = [
  "\u202Eabc",
  "\u202B95\u202C",
  "مرحبا",
  "שלום 95",
  "😀",
  "👨‍👩‍👧‍👦 keluarga",
  "Baik 👍🏽",
  "\u200B",
  "95\u200B",
  "\u200B95",
  "9\u200D5",
  "\uFEFF95",
  "\u0000",
  "95\u0000",
  "\u0000Baik",
  "\t95",
  "\r\n95",
  "９５",
  "٩٥",
  "95\u00A0%",
  "\uD800",
  "\uDFFF95",
  "e\u0301",
  "Ｓａｎｇａｔ Ｂａｉｋ",
  "SANGAT\u00A0BAIK",
  "x".repeat(10_000),
  "Sangat Baik".repeat(500),
  "=1+1",
  "+62 812",
  "-5",
  "@SUM(A1)",
  "'95",
];

/** Numbers typed as text, the Indonesian way and otherwise. */
export const NUMBER_TEXT: readonly string[] = [
  "1e308",
  "-1e308",
  "1e309",
  "1E-400",
  "95,5",
  "95%",
  "95,5%",
  "1.250.000",
  "1.250",
  "1.5",
  "Rp 2.575.000",
  "rp.4500000",
  "-0",
  "+95",
  " 95 ",
  "0x10",
  "Infinity",
  "-Infinity",
  "NaN",
  "1,5e3",
  "95,",
  ",5",
  "%",
  "95%%",
  "100 %",
  "120,00000000001",
];

/** Words of the catalogue's vocabularies, so that the success paths run too. */
export const DOMAIN_WORDS: readonly string[] = [
  "Sangat Baik",
  "sangat  baik",
  "Baik",
  "Cukup",
  "Butuh Perbaikan",
  "Kurang",
  "Kurang/Misconduct",
  "Sangat Kurang",
  "Buruk",
  "Istimewa",
  "maximize",
  "min",
  "stabil",
  "unit",
  "organisasi",
  "negara",
  "tinggi",
  "menengah",
  "rendah",
  "di atas ekspektasi",
  "sesuai",
  "di bawah",
  "A",
  "C",
  "E",
  "Ahli Muda",
  "Ahli Utama",
  "Terampil",
  "PP30",
  "PP46",
  "KEMENKEU",
  "POLRI",
  "PERMENPANRB6",
  "ya",
  "tidak",
  "TRUE",
  "false",
  "lahir",
  "tmt",
  "kelamin",
  "urut",
  "198001012005011001",
  "19800101 200501 1 001",
  "199002292015032002",
  "198013012005011001",
  "presiden, kapolda",
  "kode etik; pidana",
  "mabes,,",
];

/** Sheet numbers: any double (NaN, ±Infinity, -0, subnormals), whole numbers, scores near the bands, dates as serials. */
const numbers = fc.oneof(
  { weight: 3, arbitrary: fc.double() },
  { weight: 2, arbitrary: fc.double({ min: -10, max: 130, noNaN: true }) },
  { weight: 2, arbitrary: fc.integer({ min: -5, max: 5_000 }) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      0,
      -0,
      1,
      3,
      4,
      9,
      12,
      27,
      50,
      60,
      60.5,
      70,
      75,
      89.999,
      90,
      100,
      109.5,
      110,
      120,
      120.0000001,
      121,
      242,
      1500,
      4730,
      1e308,
      -1e308,
      Number.MAX_VALUE,
      Number.MIN_VALUE,
      Number.MAX_SAFE_INTEGER,
      Number.NaN,
      Number.POSITIVE_INFINITY,
      Number.NEGATIVE_INFINITY,
      45_292, // 2024-01-01 as an Excel date serial
      45_292.75,
      198_001_012_005_011_000,
    ),
  },
);

const blanks = fc.constantFrom<unknown>(null, undefined, "", "   ", "\t");

/** One cell as Excel (or the CLI's JSON) can hand it over. */
export const cell: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: numbers },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 2, arbitrary: blanks },
  { weight: 1, arbitrary: fc.constantFrom(...ERROR_INPUTS) },
  { weight: 2, arbitrary: fc.constantFrom(...ODD_TEXT) },
  { weight: 2, arbitrary: fc.constantFrom(...NUMBER_TEXT) },
  { weight: 4, arbitrary: fc.constantFrom(...DOMAIN_WORDS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 30, unit: "grapheme" }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 30, unit: "binary" }) },
  // Things no sheet holds but a JSON argument can: objects, nested arrays, symbols of other worlds.
  { weight: 1, arbitrary: fc.constantFrom<unknown>({}, { code: 5 }, [[1]], [], new Date(0), { valueOf: () => 95 }) },
);

/** A rectangular range rows × cols. */
export function rangeOf(rows: number, cols: number, item: fc.Arbitrary<unknown> = cell): fc.Arbitrary<unknown[][]> {
  return fc.array(fc.array(item, { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows });
}

export const range: fc.Arbitrary<unknown[][]> = fc
  .tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 3 }))
  .chain(([rows, cols]) => rangeOf(rows, cols));

/** Ranges no Excel produces but JSON can: empty rows, rows of different lengths, flat lists, no rows. */
export const misshapen: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant([[]]),
  fc.constant([[], []]),
  fc.constant([]),
  fc.array(fc.array(cell, { minLength: 0, maxLength: 3 }), { minLength: 2, maxLength: 4 }),
  fc.array(cell, { minLength: 1, maxLength: 4 }),
  fc.tuple(cell, fc.array(cell, { maxLength: 3 })).map(([a, row]) => [a, row]),
);

/** A cell as Excel hands it: never itself an array. */
export const scalarCell: fc.Arbitrary<unknown> = cell.filter((v) => !Array.isArray(v));

export const argument: fc.Arbitrary<unknown> = fc.oneof({ weight: 5, arbitrary: cell }, { weight: 3, arbitrary: range }, { weight: 1, arbitrary: misshapen });

// ---------------------------------------------------------------------------------------------
// Checks

/**
 * Words that appear in every Indonesian message the catalogue writes (one at least), and
 * English or broken-template giveaways that must never appear.
 */
const INDONESIAN = /\b(harus|kosong|tidak|bukan|berisi|isi|gunakan|dan|atau|untuk|dengan|yang|tertulis|ada|sel|rentang|angka|nilai|dikenal|perbaiki|sah|antara|lebih|memerlukan|diatur|dipakai|ukuran|sama|hasil|baris|persegi|panjang)\b/i;
const GIVEAWAYS = /\b(undefined|NaN|null|must|should|invalid|cannot|expected|TypeError|RangeError)\b|\[object |Error:/;

/** Every text an input holds (cells of ranges too), as a message may echo it, longest first. */
export function echoesOf(args: readonly unknown[]): string[] {
  const out = new Set<string>();
  const visit = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (typeof v === "string" && v.length > 0) {
      for (const s of [v, v.trim(), v.slice(0, 40), v.trim().slice(0, 40)]) if (s.length > 0) out.add(s);
    }
  };
  args.forEach(visit);
  return [...out].sort((a, b) => b.length - a.length);
}

/**
 * Why an error message is not a plain Indonesian message, or undefined when it is. `echoes` are
 * the inputs' texts: a message may quote them, and they must not decide the verdict either way.
 */
export function messageProblem(message: unknown, echoes: readonly string[] = []): string | undefined {
  if (typeof message !== "string" || message.trim().length < 6) return `message ${JSON.stringify(message)} is empty`;
  let template = message;
  // Messages quote what the cell held ("…", cut at 40 characters with an ellipsis).
  for (const e of echoes) template = template.split(`"${e}"`).join('""').split(`"${e}…"`).join('""');
  if (!INDONESIAN.test(template)) return `message ${JSON.stringify(message)} does not read as Indonesian`;
  const giveaway = GIVEAWAYS.exec(template);
  if (giveaway) return `message ${JSON.stringify(message)} contains "${giveaway[0]}"`;
  return undefined;
}

/**
 * Why `out` is not something Excel can show, or undefined: a non-empty rectangular matrix of
 * finite numbers, text, booleans, or #VALUE!/#N/A with an Indonesian message. `inRange` checks
 * each value against the rule's own range.
 */
export function resultProblem(out: unknown, inRange: (value: number | string | boolean) => boolean = () => true, args: readonly unknown[] = []): string | undefined {
  const echoes = echoesOf(args);
  if (!Array.isArray(out) || out.length === 0) return "not a non-empty matrix";
  const width = Array.isArray(out[0]) ? out[0].length : -1;
  if (width <= 0) return "first row is empty or not an array";
  for (let r = 0; r < out.length; r++) {
    const row: unknown = out[r];
    if (!Array.isArray(row) || row.length !== width) return `row ${r} is not ${width} cells wide`;
    for (let c = 0; c < width; c++) {
      const v: unknown = row[c];
      if (isFunctionError(v)) {
        if (v.error !== "#VALUE!" && v.error !== "#N/A") return `cell ${r},${c} has error code ${String(v.error)}`;
        const problem = messageProblem(v.message, echoes);
        if (problem) return `cell ${r},${c}: ${problem}`;
        continue;
      }
      if (typeof v === "number") {
        if (!Number.isFinite(v)) return `cell ${r},${c} is ${v}`;
      } else if (typeof v !== "string" && typeof v !== "boolean") {
        return `cell ${r},${c} is ${typeof v}`;
      }
      if (!inRange(v as number | string | boolean)) return `cell ${r},${c} = ${JSON.stringify(v)} is outside the rule's range`;
    }
  }
  return undefined;
}

export const shapeOf = (m: readonly (readonly unknown[])[]): [number, number] => [m.length, m[0]?.length ?? 0];
