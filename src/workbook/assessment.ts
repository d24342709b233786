/**
 * One employee row judged under the chosen rule set: the score, the predikat it gives, the
 * expectation status, potential, talent box and reward eligibility. Validation rules compare the
 * sheet against this; the recommendation sheet is built from it. One place for these decisions.
 */
import { ATURAN_INFO, AturanNilai, predikatByAturan, PredikatResult } from "../core/aturan";
import { npkp } from "../core/kemenkeu/nilai";
import { KUADRAN_LABEL_BY_LEVEL, KUADRAN_LEVEL, predikatKuadran } from "../core/permenpanrb-6-2022";
import { kelayakanPenghargaan, KelayakanPenghargaan } from "../core/penghargaan";
import { nilaiKinerja } from "../core/pp30-2019";
import { Ekspektasi, ekspektasiFromLevel, parseEkspektasi, parsePredikat, PredikatLevel } from "../core/predikat";
import { Result } from "../core/result";
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

/** The combined score the rule set computes from SKP and behaviour (PP 30: 70/30 or 60/40; PP 46/Kemenkeu: NPKP 60/40). */
export function combinedScore(aturan: AturanNilai, skp: number, perilaku: number, penilaian360: boolean): Result<number> | undefined {
  if (aturan === "PP30") return nilaiKinerja(skp, perilaku, penilaian360);
  if (aturan === "PP46" || aturan === "KEMENKEU") return npkp(skp, perilaku);
  return undefined; // Polri's final score comes from FS/FG, not from these columns.
}

export interface RowAssessment {
  readonly score?: number;
  readonly scoreSource: "tertulis" | "dihitung" | "tidak-ada";
  readonly predikat?: PredikatResult;
  readonly predikatSource: "dihitung" | "tertulis" | "tidak-ada";
  readonly ekspektasi?: Ekspektasi;
  readonly potensial?: Potensial;
  readonly kotak?: KotakTalenta;
  readonly predikatTahunLalu?: PredikatLevel;
  readonly kelayakan?: KelayakanPenghargaan;
  /** Why something could not be judged, in Indonesian, for the sheet's "Catatan" column. */
  readonly notes: readonly string[];
}

function statedLevel(model: SheetModel, row: number, key: "predikat" | "predikatTahunLalu"): PredikatLevel | undefined {
  const cell = model.cell(row, key);
  if (isBlankCell(cell)) return undefined;
  const parsed = parsePredikat(cellText(cell));
  return parsed.ok ? parsed.value : undefined;
}

function scoreOf(model: SheetModel, row: number, settings: Settings): { score?: number; source: RowAssessment["scoreSource"] } {
  const info = ATURAN_INFO[settings.aturan];
  const stated = model.value(row, "nilaiKinerja");
  const inRange = (x: number | undefined) => x !== undefined && info.nilaiMaks !== undefined && x >= 0 && x <= info.nilaiMaks;
  if (inRange(stated)) return { score: stated, source: "tertulis" };
  // A blank (not a wrong) combined score is computed from its parts, as the regulation does.
  const statedBlank = !model.has("nilaiKinerja") || model.number(row, "nilaiKinerja").kind === "blank";
  if (statedBlank && settings.aturan !== "PERMENPANRB6") {
    const skp = model.value(row, "nilaiSkp");
    const perilaku = model.value(row, "nilaiPerilaku");
    if (skp !== undefined && perilaku !== undefined) {
      const combined = combinedScore(settings.aturan, skp, perilaku, is360(model, row, settings));
      if (combined?.ok) return { score: combined.value, source: "dihitung" };
    }
  }
  return { source: "tidak-ada" };
}

/** PermenPANRB 6/2022: the quadrant of the two ratings. */
function quadrantPredikat(model: SheetModel, row: number): PredikatResult | undefined {
  if (!model.has("ratingHasilKerja") || !model.has("ratingPerilaku")) return undefined;
  const hasil = parseEkspektasi(model.text(row, "ratingHasilKerja"), "rating hasil kerja");
  const perilaku = parseEkspektasi(model.text(row, "ratingPerilaku"), "rating perilaku");
  if (!hasil.ok || !perilaku.ok) return undefined;
  const label = predikatKuadran(hasil.value, perilaku.value);
  return { label, level: KUADRAN_LEVEL[label] };
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
  const { score, source } = scoreOf(model, row, settings);
  let predikat: PredikatResult | undefined;
  let predikatSource: RowAssessment["predikatSource"] = "tidak-ada";

  if (settings.aturan === "PERMENPANRB6") {
    predikat = quadrantPredikat(model, row);
    if (predikat) predikatSource = "dihitung";
  } else if (score !== undefined) {
    const innovation = model.hasInnovation(row) ?? false;
    const r = predikatByAturan(settings.aturan, score, innovation);
    if (r.ok) {
      predikat = r.value;
      predikatSource = "dihitung";
    }
  }
  if (!predikat) {
    const level = statedLevel(model, row, "predikat");
    if (level !== undefined) {
      const label = settings.aturan === "PERMENPANRB6" ? KUADRAN_LABEL_BY_LEVEL[level] : model.text(row, "predikat");
      predikat = { label, level };
      predikatSource = "tertulis";
    } else {
      notes.push("predikat tidak dapat ditentukan (nilai atau predikat kosong/tidak sah)");
    }
  }

  const ekspektasi = predikat ? ekspektasiFromLevel(predikat.level) : undefined;
  const pot = potensialOf(model, row, settings);
  if (pot.note && model.has("potensial")) notes.push(pot.note);
  const kotak = ekspektasi && pot.potensial ? kotakTalenta(ekspektasi, pot.potensial) : undefined;

  const predikatTahunLalu = statedLevel(model, row, "predikatTahunLalu");
  let kelayakan: KelayakanPenghargaan | undefined;
  if (predikat && predikatTahunLalu !== undefined) kelayakan = kelayakanPenghargaan(predikat.level, predikatTahunLalu);
  else if (predikat && model.has("predikatTahunLalu")) notes.push("predikat tahun lalu kosong/tidak sah");

  return { score, scoreSource: source, predikat, predikatSource, ekspektasi, potensial: pot.potensial, kotak, predikatTahunLalu, kelayakan, notes };
}
