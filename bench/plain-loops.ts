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
import { NIP_AS_NUMBER_MESSAGE, parseNip } from "../src/core/nip";
import { predikatKuadran } from "../src/core/permenpanrb-6-2022";
import { nilaiKinerja } from "../src/core/pp30-2019";
import { ekspektasiFromLevel, parseEkspektasi, parsePredikat } from "../src/core/predikat";
import { kotakTalenta, parsePotensial, Potensial } from "../src/core/talenta";
import { bool, fromResult, num, parsed, word } from "../src/functions/args";
import { POTENSIAL_NUMBER_MESSAGE, POTENSIAL_WORDS } from "../src/functions/catalogue/talenta";
import { CellOutput, excelErrorCode, isBlank, valueError } from "../src/functions/cell-values";

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
    const real = isPlainNumber(r) ? r : num(r, "realisasi");
    if (typeof real !== "number") {
      out[i] = [real];
      continue;
    }
    const tv = isPlainNumber(t) ? t : num(t, "target");
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
    const x = isPlainNumber(n) ? n : num(n, "nilai");
    if (typeof x !== "number") {
      out[i] = [x];
      continue;
    }
    const b = inovasi[i][0];
    const innovation = typeof b === "boolean" ? b : bool(b, "inovasi", false);
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
    const a = isPlainNumber(s) ? s : num(s, "skp");
    if (typeof a !== "number") {
      out[i] = [a];
      continue;
    }
    const p = perilaku[i][0];
    const b = isPlainNumber(p) ? p : num(p, "perilaku");
    if (typeof b !== "number") {
      out[i] = [b];
      continue;
    }
    const f = penilaian360[i][0];
    const c = typeof f === "boolean" ? f : bool(f, "penilaian_360", false);
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
    const a = isPlainNumber(s) ? s : num(s, "nskp");
    if (typeof a !== "number") {
      out[i] = [a];
      continue;
    }
    const n = np[i][0];
    const b = isPlainNumber(n) ? n : num(n, "np");
    if (typeof b !== "number") {
      out[i] = [b];
      continue;
    }
    const result = npkp(a, b);
    out[i] = [result.ok ? result.value : fromResult(result)];
  }
  return out;
}

export function plainPredikatKuadran(hasilKerja: Column, perilaku: Column): PlainOutput {
  const out: PlainOutput = new Array(hasilKerja.length);
  for (let i = 0; i < hasilKerja.length; i++) {
    const a = parsed(hasilKerja[i][0], "hasil_kerja", (t) => parseEkspektasi(t, "hasil_kerja"));
    if (typeof a === "object") {
      out[i] = [a];
      continue;
    }
    const b = parsed(perilaku[i][0], "perilaku", (t) => parseEkspektasi(t, "perilaku"));
    out[i] = [typeof b === "object" ? b : predikatKuadran(a, b)];
  }
  return out;
}

export function plainEkspektasi(predikat: Column): PlainOutput {
  const out: PlainOutput = new Array(predikat.length);
  for (let i = 0; i < predikat.length; i++) {
    const level = parsed(predikat[i][0], "predikat", (t) => parsePredikat(t));
    out[i] = [typeof level === "object" ? level : ekspektasiFromLevel(level)];
  }
  return out;
}

export function plainKotakTalenta(kinerja: Column, potensial: Column): PlainOutput {
  const out: PlainOutput = new Array(kinerja.length);
  for (let i = 0; i < kinerja.length; i++) {
    const a = parsed(kinerja[i][0], "kinerja", (t) => parseEkspektasi(t, "kinerja"));
    if (typeof a === "object") {
      out[i] = [a];
      continue;
    }
    const p = potensial[i][0];
    if (typeof p === "number") {
      out[i] = [valueError(POTENSIAL_NUMBER_MESSAGE)];
      continue;
    }
    const b = word<Potensial>(p, "potensial", parsePotensial, POTENSIAL_WORDS);
    out[i] = [typeof b === "object" ? b : kotakTalenta(a, b)];
  }
  return out;
}

export function plainNipValid(nip: Column): PlainOutput {
  const out: PlainOutput = new Array(nip.length);
  for (let i = 0; i < nip.length; i++) {
    const v = nip[i][0];
    const error = excelErrorCode(v);
    let cell: CellOutput;
    if (error) cell = valueError(`nip berisi error ${error}; perbaiki sel sumbernya.`);
    else if (isBlank(v)) cell = valueError("nip kosong; isi NIP 18 digit sebagai teks.");
    else if (typeof v === "number") cell = valueError(NIP_AS_NUMBER_MESSAGE);
    else if (typeof v !== "string") cell = valueError("nip harus teks 18 digit.");
    else {
      const result = parseNip(v);
      cell = result.ok ? true : fromResult(result);
    }
    out[i] = [cell];
  }
  return out;
}
