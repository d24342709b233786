/**
 * Predikat words as officers type them, read under a rule set (or none): the level, the label
 * and the expectation status. Every consumer (expectation, talent box, rewards, angka kredit,
 * distribution, the workbook) reads predikat words here, from the registry in aturan.ts.
 */
import { ATURAN, ATURAN_VALUES } from "./aturan";
import { invalid, ok, Result } from "./result";
import { Aturan, Ekspektasi, PredikatDef, PredikatLevel } from "./rule-set";
import { vocabulary } from "./words";

export type { Ekspektasi, PredikatLevel } from "./rule-set";

/** A predikat word read under a rule set: whose word it is, its level and expectation status. */
export interface PredikatTerbaca {
  readonly aturan: Aturan;
  readonly label: string;
  readonly level: PredikatLevel;
  readonly ekspektasi: Ekspektasi;
}

const spellings = (p: PredikatDef) => [p.label, ...(p.ejaan ?? [])];

const perAturan = Object.fromEntries(
  ATURAN_VALUES.map((a) => [a, vocabulary(ATURAN[a].predikat.map((p) => [p, spellings(p)] as const))]),
) as Record<Aturan, (text: string) => PredikatDef | undefined>;

/** Every rule set's word with the rule sets that own it, in registry order. */
const owners = vocabulary<readonly Aturan[]>(
  (() => {
    const byWord = new Map<string, { spellings: Set<string>; aturan: Aturan[] }>();
    for (const a of ATURAN_VALUES) {
      for (const p of ATURAN[a].predikat) {
        const entry = byWord.get(p.label) ?? { spellings: new Set<string>(), aturan: [] };
        spellings(p).forEach((s) => entry.spellings.add(s));
        entry.aturan.push(a);
        byWord.set(p.label, entry);
      }
    }
    return [...byWord.values()].map((e) => [e.aturan, [...e.spellings]] as const);
  })(),
);

/** One reading per rule set and word, shared: a million-row sheet holds two per row. */
const readings = new WeakMap<PredikatDef, Map<Aturan, PredikatTerbaca>>();
function terbaca(aturan: Aturan, p: PredikatDef): PredikatTerbaca {
  let byAturan = readings.get(p);
  if (!byAturan) readings.set(p, (byAturan = new Map()));
  let reading = byAturan.get(aturan);
  if (!reading) byAturan.set(aturan, (reading = Object.freeze({ aturan, label: p.label, level: p.level, ekspektasi: p.ekspektasi })));
  return reading;
}

/** All predikat words of all rule sets, for messages and help ("Sangat Baik", "Baik", "Cukup"…). */
export const PREDIKAT_WORDS: readonly string[] = [...new Set(ATURAN_VALUES.flatMap((a) => ATURAN[a].predikat.map((p) => p.label)))];

const PREDIKAT_WORDS_TEXT = `${PREDIKAT_WORDS.slice(0, -1).join(", ")} atau ${PREDIKAT_WORDS[PREDIKAT_WORDS.length - 1]}`;

/**
 * Reads a predikat word. Under a rule set, its own words take its reading; another rule set's word
 * is read as the chosen rule set says (`kataLain`): PermenPANRB 6/2022 reads Cukup, Kurang and
 * Buruk as its own words at that level; the others leave the word to the rule set that owns it.
 * Without a rule set, the first owner in registry order reads it: PP 30/2019 for the shared words,
 * PermenPANRB 6/2022 for Butuh Perbaikan and Kurang/Misconduct, PP 46/2011 for Buruk.
 */
export function bacaPredikat(text: string, aturan?: Aturan, argumentName = "predikat"): Result<PredikatTerbaca> {
  if (aturan) {
    const own = perAturan[aturan](text);
    if (own) return ok(terbaca(aturan, own));
  }
  const owning = owners(text);
  if (!owning) {
    return invalid(`${argumentName} "${text}" tidak dikenal. Gunakan ${PREDIKAT_WORDS_TEXT}.`);
  }
  const owner = owning[0];
  const def = perAturan[owner](text) as PredikatDef;
  if (aturan && ATURAN[aturan].kataLain === "level") {
    const same = ATURAN[aturan].predikat.find((p) => p.level === def.level);
    if (same) return ok(terbaca(aturan, same));
  }
  return ok(terbaca(owner, def));
}

/** Level of a predikat typed by a user, in any rule set's wording. */
export function parsePredikat(text: string, argumentName = "predikat"): Result<PredikatLevel> {
  const read = bacaPredikat(text, undefined, argumentName);
  return read.ok ? ok(read.value.level) : read;
}

export const EKSPEKTASI_VALUES: readonly Ekspektasi[] = ["Di Atas Ekspektasi", "Sesuai Ekspektasi", "Di Bawah Ekspektasi"];

const lookupEkspektasi = vocabulary<Ekspektasi>([
  ["Di Atas Ekspektasi", ["di atas ekspektasi", "diatas ekspektasi", "di atas", "diatas", "atas", "melampaui", "melebihi ekspektasi"]],
  ["Sesuai Ekspektasi", ["sesuai ekspektasi", "sesuai", "memenuhi"]],
  ["Di Bawah Ekspektasi", ["di bawah ekspektasi", "dibawah ekspektasi", "di bawah", "dibawah", "bawah"]],
]);

/**
 * Expectation status typed directly ("di atas", "Sesuai Ekspektasi"…) or read from a predikat
 * under a rule set (see bacaPredikat; without one, PP 30/2019's table for the shared words and
 * PermenPANRB 6/2022's reading for its own words).
 */
export function parseEkspektasi(text: string, argumentName: string, aturan?: Aturan): Result<Ekspektasi> {
  const direct = lookupEkspektasi(text);
  if (direct) return ok(direct);
  const read = bacaPredikat(text, aturan, argumentName);
  if (read.ok) return ok(read.value.ekspektasi);
  return invalid(
    `${argumentName} "${text}" tidak dikenal. Gunakan "di atas ekspektasi", "sesuai ekspektasi", "di bawah ekspektasi" atau sebuah predikat.`,
  );
}
