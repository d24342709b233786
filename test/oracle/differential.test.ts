/**
 * Differential test: the KINERJA functions against native Excel formulas evaluated by
 * HyperFormula (test/oracle/oracle.ts), 2,000 inputs per oracle — the first 2,000 of the
 * 100,000 that `npm run bench` compares, same seed. Every row agrees, or a documented difference
 * governs it and its exact expectation holds. Findings and classification: bench/README.md.
 */
import { EPSILON } from "../../src/core/numeric";
import {
  IKU_MAX,
  IKU_MIN,
  KOTAK_TALENTA,
  KPK_PERGESERAN,
  NILAI_KINERJA_60_40,
  NILAI_KINERJA_70_30,
  NPKP,
  Oracle,
  OracleReport,
  ORACLES,
  OUR_TOLERANCE,
  Out,
  pairs,
  PREDIKAT_DARI_NILAI,
  PREDIKAT_PP30,
  PREDIKAT_PP46,
  PREDIKAT_PP46_TABEL,
  PREDIKAT_POLRI,
  runOracle,
  same,
  show,
  TUKIN_DJP,
  type Cell,
} from "./oracle";

const INPUTS = 2_000;

const reports = new Map<string, OracleReport>();
function report(oracle: Oracle): OracleReport {
  let r = reports.get(oracle.id);
  if (!r) {
    r = runOracle(oracle, INPUTS);
    reports.set(oracle.id, r);
  }
  return r;
}

test("the oracle's tolerance is the engine's", () => {
  expect(OUR_TOLERANCE).toBe(EPSILON);
});

describe.each(ORACLES.map((o) => [o.id, o] as const))("%s", (_id, oracle) => {
  test(`agrees with the native formula on every input, or a documented difference explains it (${INPUTS} inputs)`, () => {
    const r = report(oracle);
    expect(r.inputs).toBe(INPUTS);
    expect(r.unexplained).toEqual([]);
    expect(r.violations).toEqual([]);
    const governed = r.differences.reduce((n, d) => n + d.applied, 0);
    expect(r.agree + r.differences.reduce((n, d) => n + d.differed, 0)).toBe(INPUTS);
    // Most inputs are plain in-domain values on which the two must simply agree.
    expect(INPUTS - governed).toBeGreaterThan(INPUTS / 2);
  });

  test.each(oracle.differences.map((d) => [d.id, d.explanation] as const))("documented difference %s is exercised by the inputs: %s", (id) => {
    const d = report(oracle).differences.find((x) => x.id === id)!;
    expect(d.applied).toBeGreaterThan(0);
    expect(d.violated).toBe(0);
  });
});

/** Named rows: [input, ours, native]; an Out given as a string "#VALUE!" is that error. */
type Row = readonly [readonly Cell[], Out, Out];
const err = (code: string): Out => ({ error: code });

function expectRows(oracle: Oracle, rows: readonly Row[]): void {
  const got = pairs(
    oracle,
    rows.map((r) => r[0]),
  );
  const mismatches = rows
    .map((r, i) => ({ input: r[0], expected: [show(r[1]), show(r[2])], got: [show(got[i].ours), show(got[i].native)], ok: same(got[i].ours, r[1]) && same(got[i].native, r[2]) }))
    .filter((m) => !m.ok);
  expect(mismatches).toEqual([]);
}

describe("the worked examples of DOMAIN.md §10 agree on both sides", () => {
  test("IKU, combined score, NPKP, predikat, talent box", () => {
    expectRows(IKU_MAX, [
      [[88, 80], 110, 110],
      [[200, 150], 120, 120],
    ]);
    expectRows(IKU_MIN, [
      [[9, 10, null], 110, 110],
      [[30, 10, null], 0, 0],
      [[5, 0, 20], 75, 75],
    ]);
    expectRows(NILAI_KINERJA_70_30, [[[105, 95], 102, 102]]);
    expectRows(NILAI_KINERJA_60_40, [[[105, 95], 101, 101]]);
    expectRows(PREDIKAT_DARI_NILAI, [[[105, 95, false], "Baik", "Baik"]]);
    expectRows(NPKP, [[[95, 90], 93, 93]]);
    expectRows(PREDIKAT_PP46, [[[93], "Sangat Baik", "Sangat Baik"]]);
    expectRows(KOTAK_TALENTA, [[["Sesuai Ekspektasi", "Tinggi"], 8, 8]]);
  });
});

describe("the documented differences, on named inputs", () => {
  test("out of domain: ours #VALUE!, the nested IF a plausible label", () => {
    expectRows(PREDIKAT_PP30, [
      [[125, true], err("#VALUE!"), "Sangat Baik"],
      [[120.01, false], err("#VALUE!"), "Baik"],
      [[-5, false], err("#VALUE!"), "Sangat Kurang"],
      [[120 + 5e-10, true], "Sangat Baik", "Sangat Baik"], // within our tolerance of 120: accepted
    ]);
    expectRows(PREDIKAT_POLRI, [[[100.01], err("#VALUE!"), "Sangat Baik"]]);
    expectRows(NPKP, [[[121, 90], err("#VALUE!"), 108.6]]);
    expectRows(IKU_MIN, [
      [[12, -10, null], err("#VALUE!"), 120],
      [[5, 0, null], err("#VALUE!"), 0],
      [[0, 0, null], err("#VALUE!"), 100],
    ]);
  });

  test("empty cell: ours #VALUE!, the sheet computes with 0", () => {
    expectRows(PREDIKAT_PP30, [[[null, true], err("#VALUE!"), "Sangat Kurang"]]);
    expectRows(NILAI_KINERJA_70_30, [[[null, 100], err("#VALUE!"), 30]]);
    expectRows(IKU_MAX, [
      [[null, 80], err("#VALUE!"), 0],
      [[80, null], err("#VALUE!"), err("#DIV/0!")],
    ]);
  });

  test("NPKP's NP cap is written with IF: MIN would skip an empty NP cell and count it as 100", () => {
    expectRows(NPKP, [[[90, null], err("#VALUE!"), 54]]);
  });

  test("both refuse with different codes", () => {
    expectRows(IKU_MAX, [[[50, 0], err("#VALUE!"), err("#DIV/0!")]]);
    expectRows(KOTAK_TALENTA, [
      [["Luar Biasa", "Tinggi"], err("#VALUE!"), err("#N/A")],
      [["Di Atas Ekspektasi", 80], err("#VALUE!"), err("#N/A")],
      [[null, "Tinggi"], err("#VALUE!"), err("#N/A")],
    ]);
  });

  test("a hair from a cut point: ours reads the cut point (1e-9), HyperFormula compares to relative 1e-13", () => {
    expectRows(PREDIKAT_PP30, [
      [[110 - 1e-10, true], "Sangat Baik", "Baik"],
      [[90 - 5e-10, false], "Baik", "Cukup"],
      [[110 - 1e-12, true], "Sangat Baik", "Sangat Baik"], // inside HyperFormula's tolerance too
      [[110 - 2e-9, true], "Baik", "Baik"], // outside both
      [[109.99, true], "Baik", "Baik"],
    ]);
    expectRows(PREDIKAT_PP46, [
      [[90 + 1e-10], "Baik", "Sangat Baik"],
      [[90.01], "Sangat Baik", "Sangat Baik"],
    ]);
    expectRows(PREDIKAT_POLRI, [
      [[80.5 - 1e-8], "Sangat Baik", "Baik"],
      [[80.5], "Sangat Baik", "Sangat Baik"],
      [[80.49], "Baik", "Baik"],
    ]);
    expectRows(PREDIKAT_DARI_NILAI, [
      [[69.9999999995, 70, false], "Cukup", "Kurang"],
      [[71, 1, false], "Kurang", "Kurang"], // 49.99999999999999 in binary: both read 50
    ]);
  });

  test("the whole-number PP 46/2011 table leaves decimals between rows: ours reads > 90, the copied table >= 91", () => {
    expectRows(PREDIKAT_PP46_TABEL, [
      [[90.5], "Sangat Baik", "Baik"],
      [[75.01], "Baik", "Cukup"],
      [[91], "Sangat Baik", "Sangat Baik"],
      [[90], "Baik", "Baik"],
    ]);
  });

  test("other spellings: ours maps them to the table word, MATCH needs the exact word", () => {
    expectRows(KOTAK_TALENTA, [
      [["Baik", "sedang"], 7, err("#N/A")],
      [["di atas", "Tinggi"], 9, err("#N/A")],
      [["Di Atas Ekspektasi", "Tinggi "], 9, err("#N/A")],
      [["sesuai ekspektasi", "tinggi"], 8, 8], // MATCH ignores case, like ours
    ]);
  });
});

describe("the seed's remaining tables against INDEX/MATCH over the printed table", () => {
  test("DJP Tabel 15–16: printed pairs agree; an empty jabatan of a one-row peringkat and other spellings are ours only; a pair not in the table is #N/A on both sides", () => {
    expectRows(TUKIN_DJP, [
      [[9, "Pemeriksa Pajak Pelaksana"], 13_320_562.5, 13_320_562.5],
      [[20, "Pranata Kompute Utama"], 42_585_000, 42_585_000],
      [[16, "PEMERIKSA PAJAK MUDA"], 25_162_550, 25_162_550],
      [[9, "Pelaksana"], err("#N/A"), err("#N/A")],
      [[28, "Pejabat Struktural Eselon I"], err("#N/A"), err("#N/A")],
      [[27, null], 117_375_000, err("#N/A")],
      [[22, "Eselon 2"], 72_522_000, err("#N/A")],
      [[12, null], err("#VALUE!"), err("#N/A")],
    ]);
  });

  test("KPK Tabel 10–13: the printed minimum passes in either order, one grade short fails, on both sides", () => {
    expectRows(KPK_PERGESERAN, [
      [["B", "A", "Sekretaris Jenderal/Deputi", "Pemula"], true, true],
      [["B", "B", "Sekretaris Jenderal/Deputi", "Pemula"], false, false],
      [["A", "C", "Direktorat/Biro", "Dasar"], false, false],
      [["C", "B", "Fungsional Madya", "Dasar"], true, true],
      [["A", "B", "Direktorat/Biro", "Ahli"], err("#VALUE!"), err("#N/A")],
      [["A", "B", "Sekjen", "Dasar"], true, err("#N/A")],
    ]);
  });
});
