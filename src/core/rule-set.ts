/**
 * What a rule set (aturan) must say about itself. One module per rule set fills this in
 * (pp30-2019.ts, pp46-2011.ts, kemenkeu/npkp.ts, polri.ts, permenpanrb-6-2022.ts); aturan.ts
 * lists them in a Record<Aturan, RuleSet>, so a rule set missing from the registry, or a module
 * missing a piece, does not compile. Everything else (parsing predikat words, expectation,
 * summaries, help texts, validation) reads these descriptions instead of switching on the name.
 */
import { Result } from "./result";

export type Aturan = "PP30" | "PP46" | "KEMENKEU" | "POLRI" | "PERMENPANRB6";

/**
 * The five predikat levels every rule set shares, from highest (5) to lowest (1). Rule sets name
 * the levels differently; the position is what rewards, angka kredit and the distribution curve use
 * (one year's PP 30 predikat and the next year's e-Kinerja predikat compare by level).
 */
export type PredikatLevel = 1 | 2 | 3 | 4 | 5;

/** Expectation status (PP 30/2019 penjelasan Pasal 41(8); the ratings of PermenPANRB 6/2022). */
export type Ekspektasi = "Di Atas Ekspektasi" | "Sesuai Ekspektasi" | "Di Bawah Ekspektasi";

export interface PredikatDef<L extends string = string> {
  readonly label: L;
  readonly level: PredikatLevel;
  /** The expectation status this rule set reads from the predikat alone. */
  readonly ekspektasi: Ekspektasi;
  /** Further spellings officers type (the label itself is always accepted). */
  readonly ejaan?: readonly string[];
}

/** A numeric scale from 0 and its predikat table. */
export interface Skala<L extends string = string> {
  readonly nilaiMaks: number;
  /** Predikat of a score; `inovasi` matters only where the rule set says so (PP 30/2019). */
  readonly predikat: (nilai: number, inovasi: boolean) => Result<L>;
  /** The table in words, for help texts and the rules reference. */
  readonly bacaan: string;
}

/** The combined score a rule set computes from the SKP and behaviour columns, or why it has none. */
export type NilaiGabungan =
  | {
      readonly ada: true;
      readonly hitung: (skp: number, perilaku: number, penilaian360: boolean) => Result<number>;
      /** Weights in words ("70/30 (atasan saja)"). */
      readonly bobot: (penilaian360: boolean) => string;
      /** Whether a 360° behaviour rating changes the weights (so the other weighting is worth a warning). */
      readonly bergantung360: boolean;
    }
  | { readonly ada: false; readonly alasan: string };

export interface RuleSet<L extends string = string> {
  readonly id: Aturan;
  readonly nama: string;
  readonly sumber: string;
  /** Names officers give the rule set ("PP 30/2019", "KMK 467/2014"…). */
  readonly sebutan: readonly string[];
  /** Predikat words, highest first. */
  readonly predikat: readonly PredikatDef<L>[];
  /** Numeric scale, or null when the predikat does not come from a score (PermenPANRB 6/2022). */
  readonly skala: Skala<L> | null;
  readonly nilaiGabungan: NilaiGabungan;
  /** Predikat from the two ratings (hasil kerja × perilaku), or null when the rule set has none. */
  readonly kuadran: ((hasilKerja: Ekspektasi, perilaku: Ekspektasi) => L) | null;
  /**
   * How a predikat word of another rule set is read under this one: "level" — as this rule set's
   * word at the same level (PermenPANRB 6/2022 renamed Cukup and Kurang); "pemilik" — as the rule
   * set that owns the word reads it.
   */
  readonly kataLain: "level" | "pemilik";
  /** The expectation reading in words, for help texts and the rules reference. */
  readonly bacaanEkspektasi: string;
}
