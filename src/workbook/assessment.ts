/**
 * One employee row judged under the sheet's rule set: the score, the predikat it gives, the
 * expectation status, potential, talent box and reward eligibility. Validation rules compare the
 * sheet against this; the recommendation sheet is built from it. One place for these decisions;
 * what differs between rule sets comes from the registry (core/aturan.ts).
 */
import { ATURAN, combinedScore, predikatByAturan } from "../core/aturan";
import { ekspektasiDariRating } from "../core/permenpanrb-6-2022";
import { kelayakanPenghargaan, KelayakanPenghargaan } from "../core/penghargaan";
import { bacaPredikat, Ekspektasi, parseEkspektasi, PredikatTerbaca } from "../core/predikat";
import { KotakTalenta, kotakTalenta, parsePotensial, Potensial, potensialFromScore } from "../core/talenta";
import { parseTruth } from "../core/words";
import { SheetModel } from "./model";
import { Settings } from "./settings";
import { cellText, isBlankCell } from "./sheet-data";

/** Whether behaviour was rated 360° for this row: the sheet's column when present, else the setting. */
export function is360(model: SheetModel, row: number, settings: Settings): boolean {
  if (model.has("penilaian360")) {
    const truth = parseTruth(model.text(row, "penilaian360"));
    if (truth !== undefined) return truth;
  }
  return settings.penilaian360;
}

export interface RowAssessment {
  readonly score?: number;
  readonly scoreSource: "tertulis" | "dihitung" | "tidak-ada";
  readonly predikat?: PredikatTerbaca;
  readonly predikatSource: "dihitung" | "tertulis" | "tidak-ada";
  /** PermenPANRB 6/2022 ratings, when the sheet has both columns and both are readable. */
  readonly ratingHasilKerja?: Ekspektasi;
  readonly ratingPerilaku?: Ekspektasi;
  readonly ekspektasi?: Ekspektasi;
  /** Whether the expectation status follows the two ratings or the predikat alone. */
  readonly ekspektasiSource: "rating" | "predikat" | "tidak-ada";
  readonly potensial?: Potensial;
  readonly kotak?: KotakTalenta;
  readonly predikatTahunLalu?: PredikatTerbaca;
  readonly kelayakan?: KelayakanPenghargaan;
  /** Why the two-year eligibility could not be judged ("kolom Predikat Tahun Lalu tidak ada"), when it could not. */
  readonly kelayakanKosong?: string;
  /** Set when the row's errors withhold its talent box and rewards (flows/understood.ts): why. */
  readonly withheld?: string;
  /** Why something could not be judged, in Indonesian, for the sheet's "Catatan" column. */
  readonly notes: readonly string[];
}

function statedPredikat(model: SheetModel, row: number, key: "predikat" | "predikatTahunLalu", settings: Settings): PredikatTerbaca | undefined {
  const cell = model.cell(row, key);
  if (isBlankCell(cell)) return undefined;
  const read = bacaPredikat(cellText(cell), settings.aturan);
  return read.ok ? read.value : undefined;
}

function scoreOf(model: SheetModel, row: number, settings: Settings): { score?: number; source: RowAssessment["scoreSource"] } {
  const rule = ATURAN[settings.aturan];
  const max = rule.skala?.nilaiMaks;
  const stated = model.value(row, "nilaiKinerja");
  if (stated !== undefined && max !== undefined && stated >= 0 && stated <= max) return { score: stated, source: "tertulis" };
  // A blank (not a wrong) combined score is computed from its parts, as the regulation does.
  const statedBlank = !model.has("nilaiKinerja") || model.number(row, "nilaiKinerja").kind === "blank";
  if (statedBlank && rule.nilaiGabungan.ada) {
    const skp = model.value(row, "nilaiSkp");
    const perilaku = model.value(row, "nilaiPerilaku");
    if (skp !== undefined && perilaku !== undefined) {
      const combined = combinedScore(settings.aturan, skp, perilaku, is360(model, row, settings));
      if (combined.ok) return { score: combined.value, source: "dihitung" };
    }
  }
  return { source: "tidak-ada" };
}

/** The two ratings of PermenPANRB 6/2022, when the sheet has both and both are readable. */
function ratingsOf(model: SheetModel, row: number): { hasil: Ekspektasi; perilaku: Ekspektasi } | undefined {
  if (!model.has("ratingHasilKerja") || !model.has("ratingPerilaku")) return undefined;
  const hasil = parseEkspektasi(model.text(row, "ratingHasilKerja"), "rating hasil kerja");
  const perilaku = parseEkspektasi(model.text(row, "ratingPerilaku"), "rating perilaku");
  return hasil.ok && perilaku.ok ? { hasil: hasil.value, perilaku: perilaku.value } : undefined;
}

function potensialOf(model: SheetModel, row: number, settings: Settings): { potensial?: Potensial; note?: string } {
  if (!model.has("potensial")) return { note: "kolom potensial tidak ada" };
  const cell = model.cell(row, "potensial");
  if (isBlankCell(cell)) return { note: "potensial belum diisi" };
  const word = parsePotensial(cellText(cell));
  if (word) return { potensial: word };
  const n = model.number(row, "potensial");
  if (n.kind === "number") {
    const fromScore = potensialFromScore(n.value, settings.batasPotensial);
    return fromScore.ok ? { potensial: fromScore.value } : { note: "potensial berupa angka tanpa batas nilai di Pengaturan" };
  }
  return { note: `potensial "${cellText(cell)}" tidak dikenal` };
}

export function assessRow(model: SheetModel, row: number, settings: Settings): RowAssessment {
  const notes: string[] = [];
  const rule = ATURAN[settings.aturan];
  const { score, source } = scoreOf(model, row, settings);
  const ratings = ratingsOf(model, row);
  let predikat: PredikatTerbaca | undefined;
  let predikatSource: RowAssessment["predikatSource"] = "tidak-ada";

  if (rule.kuadran && ratings) {
    // The quadrant's own word, read under its rule set (level and expectation from the registry).
    const read = bacaPredikat(rule.kuadran(ratings.hasil, ratings.perilaku), settings.aturan);
    if (read.ok) {
      predikat = read.value;
      predikatSource = "dihitung";
    }
  } else if (score !== undefined) {
    const r = predikatByAturan(settings.aturan, score, model.hasInnovation(row) ?? false);
    const read = r.ok ? bacaPredikat(r.value.label, settings.aturan) : undefined;
    if (read?.ok) {
      predikat = read.value;
      predikatSource = "dihitung";
    }
  }
  if (!predikat) {
    predikat = statedPredikat(model, row, "predikat", settings);
    if (predikat) predikatSource = "tertulis";
    else notes.push("predikat tidak dapat ditentukan (nilai atau predikat kosong/tidak sah)");
  }

  // The officer's two ratings say the kinerja directly (PermenPANRB 6/2022); the predikat alone
  // is read by the rule set's table otherwise.
  const ekspektasi = ratings ? ekspektasiDariRating(ratings.hasil, ratings.perilaku) : predikat?.ekspektasi;
  const ekspektasiSource: RowAssessment["ekspektasiSource"] = ratings ? "rating" : predikat ? "predikat" : "tidak-ada";
  const pot = potensialOf(model, row, settings);
  if (pot.note && model.has("potensial")) notes.push(pot.note);
  const kotak = ekspektasi && pot.potensial ? kotakTalenta(ekspektasi, pot.potensial) : undefined;

  const predikatTahunLalu = statedPredikat(model, row, "predikatTahunLalu", settings);
  let kelayakan: KelayakanPenghargaan | undefined;
  let kelayakanKosong: string | undefined;
  if (predikat && predikatTahunLalu) kelayakan = kelayakanPenghargaan(predikat.level, predikatTahunLalu.level);
  else if (!predikat) kelayakanKosong = "predikat tahun ini tidak dapat ditentukan";
  else if (!model.has("predikatTahunLalu")) kelayakanKosong = "kolom Predikat Tahun Lalu tidak ada di lembar sumber";
  else {
    kelayakanKosong = isBlankCell(model.cell(row, "predikatTahunLalu")) ? "predikat tahun lalu kosong" : "predikat tahun lalu tidak sah";
    notes.push("predikat tahun lalu kosong/tidak sah");
  }

  return {
    score,
    scoreSource: source,
    predikat,
    predikatSource,
    ratingHasilKerja: ratings?.hasil,
    ratingPerilaku: ratings?.perilaku,
    ekspektasi,
    ekspektasiSource,
    potensial: pot.potensial,
    kotak,
    predikatTahunLalu,
    kelayakan,
    kelayakanKosong,
    notes: notes.length > 0 ? notes : NO_NOTES,
  };
}

/** Shared by the rows with nothing to note (most of a large sheet). */
const NO_NOTES: readonly string[] = Object.freeze([]);

/** Rows judged so far, by data row: what the recommendation reads back. */
export interface AssessedLookup {
  get(row: number): RowAssessment | undefined;
}

/**
 * The assessed rows of a sheet, by row index, in ~12 bytes a row: the score in a Float64Array
 * and everything else as one of a few distinct shapes (most rows of a large sheet share their
 * source, predikat, box, reward and notes and differ only in the score). A million rows keep a
 * few hundred objects instead of a million.
 */
export class AssessedRows implements AssessedLookup {
  private readonly scores: Float64Array;
  /** Shape index + 1 by row; 0 for a row not assessed. */
  private readonly shapeOf: Uint32Array;
  private readonly shapes: Omit<RowAssessment, "score">[] = [];
  private readonly shapeIndex = new Map<string, number>();

  /** `rows`: the sheet's row count, so the lists are made once at their size. */
  constructor(rows = 0) {
    this.scores = new Float64Array(rows);
    this.shapeOf = new Uint32Array(rows);
  }

  get(row: number): RowAssessment | undefined {
    const k = row >= 0 && row < this.shapeOf.length ? this.shapeOf[row] : 0;
    if (k === 0) return undefined;
    const score = this.scores[row];
    return withScore(this.shapes[k - 1], score === score ? score : undefined);
  }

  set(row: number, assessment: RowAssessment): void {
    // Only data rows are kept (the list is sized to them); another row is simply judged again.
    if (row < 0 || row >= this.shapeOf.length) return;
    const key = shapeKey(assessment);
    let k = this.shapeIndex.get(key);
    if (k === undefined) {
      const { score: _score, ...shape } = assessment;
      k = this.shapes.push(shape);
      this.shapeIndex.set(key, k);
    }
    this.shapeOf[row] = k;
    this.scores[row] = assessment.score ?? NaN;
  }
}

/** A stored shape with its row's score, in assessRow's field order. */
function withScore(shape: Omit<RowAssessment, "score">, score: number | undefined): RowAssessment {
  return {
    score,
    scoreSource: shape.scoreSource,
    predikat: shape.predikat,
    predikatSource: shape.predikatSource,
    ratingHasilKerja: shape.ratingHasilKerja,
    ratingPerilaku: shape.ratingPerilaku,
    ekspektasi: shape.ekspektasi,
    ekspektasiSource: shape.ekspektasiSource,
    potensial: shape.potensial,
    kotak: shape.kotak,
    predikatTahunLalu: shape.predikatTahunLalu,
    kelayakan: shape.kelayakan,
    kelayakanKosong: shape.kelayakanKosong,
    ...(shape.withheld !== undefined ? { withheld: shape.withheld } : {}),
    notes: shape.notes,
  };
}

const reading = (p: PredikatTerbaca | undefined) => (p ? `${p.aturan}/${p.label}/${p.level}/${p.ekspektasi}` : "");

/** Everything a judgement says but its score, as one text: two rows with the same key share a shape. */
function shapeKey(a: RowAssessment): string {
  return [
    a.scoreSource,
    reading(a.predikat),
    a.predikatSource,
    a.ratingHasilKerja ?? "",
    a.ratingPerilaku ?? "",
    a.ekspektasi ?? "",
    a.ekspektasiSource,
    a.potensial ?? "",
    a.kotak ?? "",
    reading(a.predikatTahunLalu),
    a.kelayakan ?? "",
    a.kelayakanKosong ?? "",
    a.withheld ?? "",
    a.notes.join("\u0001"),
  ].join("\u0002");
}
