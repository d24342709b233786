/**
 * The baselines of the functions section: for each function a column is filled with, a plain
 * JavaScript loop over the column that calls the core rule directly — the same checks, the same
 * messages, the same output (one `[value]` row per cell, a FunctionError where a cell fails) —
 * with the one-cell arguments (rule set, polarity) read once and no broadcasting. The bench
 * asserts each loop's output equals the catalogue's cell for cell, so a baseline cannot drift
 * into doing less work than the function it is the yardstick for.
 *
 * Cells that are not the common case (text numbers, words, blanks, errors) go through the same
 * readers the catalogue uses: the loop saves only what a call adds around the rule.
 */
import { AturanNilai, parseAturan, predikatByAturan } from "../src/core/aturan";
import { indeksCapaianIkuOf, parsePolarisasi } from "../src/core/kemenkeu/iku";
import { npkp } from "../src/core/kemenkeu/nilai";
import { predikatKuadran } from "../src/core/permenpanrb-6-2022";
import { nilaiKinerja } from "../src/core/pp30-2019";
import { parseEkspektasi } from "../src/core/predikat";
import { kotakTalenta } from "../src/core/talenta";
import { fromResult, readNum } from "../src/functions/args";
import { CHECKED_NIP } from "../src/functions/catalogue/nip";
import { TEXT } from "../src/functions/catalogue/predikat";
import { POTENSIAL } from "../src/functions/catalogue/talenta";
import { CellOutput, isBlank, isFunctionError, readBoolean } from "../src/functions/cell-values";

type Column = readonly (readonly unknown[])[];
export type PlainOutput = CellOutput[][];

const isPlainNumber = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);

export function plainIku(realisasi: Column, target: Column, polarisasi: string): PlainOutput {
  const pol = parsePolarisasi(polarisasi);
  if (pol === undefined) throw new Error(`plain loop: polarisasi ${polarisasi}`);
  const out: PlainOutput = new Array(realisasi.length);
  for (let i = 0; i < realisasi.length; i++) {
    const r = realisasi[i][0];
    const t = target[i][0];
    const real = isPlainNumber(r) ? r : readNum(r, "realisasi");
    if (typeof real !== "number") {
      out[i] = [real];
      continue;
    }
    const tv = isPlainNumber(t) ? t : readNum(t, "target");
    if (typeof tv !== "number") {
      out[i] = [tv];
      continue;
    }
    const result = indeksCapaianIkuOf(real, tv, pol, undefined, undefined, undefined);
    out[i] = [result.ok ? result.value : fromResult(result)];
  }
  return out;
}

export function plainPredikat(nilai: Column, inovasi: Column, aturan: string): PlainOutput {
  const rule = parseAturan(aturan);
  if (rule === undefined || rule === "PERMENPANRB6") throw new Error(`plain loop: aturan ${aturan}`);
  const out: PlainOutput = new Array(nilai.length);
  for (let i = 0; i < nilai.length; i++) {
    const n = nilai[i][0];
    const x = isPlainNumber(n) ? n : readNum(n, "nilai");
    if (typeof x !== "number") {
      out[i] = [x];
      continue;
    }
    const b = inovasi[i][0];
    const innovation = typeof b === "boolean" ? b : isBlank(b) ? false : readBoolean(b, "inovasi");
    if (typeof innovation !== "boolean") {
      out[i] = [innovation];
      continue;
    }
    const result = predikatByAturan(rule as AturanNilai, x, innovation);
    out[i] = [result.ok ? result.value.label : fromResult(result)];
  }
  return out;
}

export function plainNilaiKinerja(skp: Column, perilaku: Column, penilaian360: Column): PlainOutput {
  const out: PlainOutput = new Array(skp.length);
  for (let i = 0; i < skp.length; i++) {
    const s = skp[i][0];
    const a = isPlainNumber(s) ? s : readNum(s, "skp");
    if (typeof a !== "number") {
      out[i] = [a];
      continue;
    }
    const p = perilaku[i][0];
    const b = isPlainNumber(p) ? p : readNum(p, "perilaku");
    if (typeof b !== "number") {
      out[i] = [b];
      continue;
    }
    const f = penilaian360[i][0];
    const c = typeof f === "boolean" ? f : isBlank(f) ? false : readBoolean(f, "penilaian_360");
    if (typeof c !== "boolean") {
      out[i] = [c];
      continue;
    }
    const result = nilaiKinerja(a, b, c);
    out[i] = [result.ok ? result.value : fromResult(result)];
  }
  return out;
}

export function plainNpkp(nskp: Column, np: Column): PlainOutput {
  const out: PlainOutput = new Array(nskp.length);
  for (let i = 0; i < nskp.length; i++) {
    const s = nskp[i][0];
    const a = isPlainNumber(s) ? s : readNum(s, "nskp");
    if (typeof a !== "number") {
      out[i] = [a];
      continue;
    }
    const n = np[i][0];
    const b = isPlainNumber(n) ? n : readNum(n, "np");
    if (typeof b !== "number") {
      out[i] = [b];
      continue;
    }
    const result = npkp(a, b);
    out[i] = [result.ok ? result.value : fromResult(result)];
  }
  return out;
}

/** An expectation status typed directly or as a predikat (PP 30/2019 for shared words, no rule set given). */
function ekspektasiCell(cell: unknown, name: string) {
  const text = TEXT.read(cell, name, []);
  return isFunctionError(text) ? text : fromResult(parseEkspektasi(text, name, undefined));
}

export function plainPredikatKuadran(hasilKerja: Column, perilaku: Column): PlainOutput {
  const out: PlainOutput = new Array(hasilKerja.length);
  for (let i = 0; i < hasilKerja.length; i++) {
    const a = ekspektasiCell(hasilKerja[i][0], "hasil_kerja");
    if (isFunctionError(a)) {
      out[i] = [a];
      continue;
    }
    const b = ekspektasiCell(perilaku[i][0], "perilaku");
    out[i] = [isFunctionError(b) ? b : predikatKuadran(a, b)];
  }
  return out;
}

export function plainEkspektasi(predikat: Column): PlainOutput {
  const out: PlainOutput = new Array(predikat.length);
  for (let i = 0; i < predikat.length; i++) out[i] = [ekspektasiCell(predikat[i][0], "predikat")];
  return out;
}

export function plainKotakTalenta(kinerja: Column, potensial: Column): PlainOutput {
  const out: PlainOutput = new Array(kinerja.length);
  for (let i = 0; i < kinerja.length; i++) {
    const a = ekspektasiCell(kinerja[i][0], "kinerja");
    if (isFunctionError(a)) {
      out[i] = [a];
      continue;
    }
    const b = POTENSIAL.read(potensial[i][0], "potensial", []);
    out[i] = [isFunctionError(b) ? b : kotakTalenta(a, b)];
  }
  return out;
}

export function plainNipValid(nip: Column): PlainOutput {
  const out: PlainOutput = new Array(nip.length);
  for (let i = 0; i < nip.length; i++) {
    const checked = CHECKED_NIP.read(nip[i][0], "nip", []);
    out[i] = [isFunctionError(checked) ? checked : checked.ok];
  }
  return out;
}
