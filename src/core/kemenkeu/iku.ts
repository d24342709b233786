/**
 * Indeks Capaian IKU — Kemenkeu KMK 467/2014 (LAN "Kementerian Keuangan", Gambar 22).
 * Every index is floored at 0 and capped at 120 (PP 30/2019: realisation above target counts at
 * most 120; LAN Tabel 26).
 */
import { clamp, formatNumber, tidy } from "../numeric";
import { invalid, ok, Result } from "../result";
import { vocabulary } from "../words";

export type Polarisasi = "maximize" | "minimize" | "stabilize";

export const IKU_INDEX_MIN = 0;
export const IKU_INDEX_MAX = 120;

export const POLARISASI_SPELLINGS: ReadonlyArray<readonly [Polarisasi, readonly string[]]> = [
  ["maximize", ["maximize", "maximise", "max", "maks", "maksimal", "maksimalkan", "maksimum", "naik"]],
  ["minimize", ["minimize", "minimise", "min", "minimal", "minimalkan", "minimum", "turun"]],
  ["stabilize", ["stabilize", "stabilise", "stabil", "stabilkan", "rentang"]],
];

export const parsePolarisasi = vocabulary(POLARISASI_SPELLINGS);

export interface IkuInput {
  readonly realisasi: number;
  readonly target: number;
  readonly polarisasi: Polarisasi;
  /** Realisasi terburuk (worst tolerable value) for minimize with target 0; stated in the IKU manual. */
  readonly terburuk?: number;
  /** Band for stabilize: realisation inside [batasBawah, batasAtas] scores 100. */
  readonly batasBawah?: number;
  readonly batasAtas?: number;
}

const bounded = (raw: number): Result<number> => ok(clamp(tidy(raw), IKU_INDEX_MIN, IKU_INDEX_MAX));

/** Higher is better: R/T×100; for a negative target [1 + (1 − R/T)]×100. */
function maximizeIndex(realisasi: number, target: number, targetName: string): Result<number> {
  if (target === 0) {
    return invalid(`${targetName} 0 tidak bisa dipakai untuk polarisasi maximize (pembagian dengan nol). Isi target selain 0.`);
  }
  const ratio = realisasi / target;
  return bounded(target > 0 ? ratio * 100 : (1 + (1 - ratio)) * 100);
}

/** Lower is better: [1 + (1 − R/T)]×100, negative results count as 0; T = 0 uses the conversion scale. */
function minimizeIndex(realisasi: number, target: number, terburuk: number | undefined, targetName: string): Result<number> {
  if (target < 0) {
    return invalid(
      `${targetName} negatif untuk polarisasi minimize tidak diatur KMK 467/2014; periksa target IKU (tertulis ${formatNumber(target)}).`,
    );
  }
  if (target === 0) return conversionScaleIndex(realisasi, terburuk);
  return bounded((1 + (1 - realisasi / target)) * 100);
}

/**
 * Conversion scale for minimize with target 0: realisation 0 ↔ 100, worst tolerable W ↔ 0,
 * linear between: (W − R) / W × 100.
 */
function conversionScaleIndex(realisasi: number, terburuk: number | undefined): Result<number> {
  if (terburuk === undefined) {
    return invalid(
      "Target 0 dengan polarisasi minimize memerlukan terburuk (realisasi terburuk yang dapat ditoleransi, dari manual IKU).",
    );
  }
  if (!Number.isFinite(terburuk) || terburuk <= 0) {
    return invalid(`terburuk harus lebih dari 0 (tertulis ${formatNumber(terburuk)}).`);
  }
  if (realisasi <= 0) return ok(100);
  if (realisasi >= terburuk) return ok(0);
  return bounded(((terburuk - realisasi) / terburuk) * 100);
}

/**
 * Best inside a band [L, U]: inside → 100; above U → U as a minimize target; below L → L as a
 * maximize target. KMK 467/2014's own stabilize text was not available; this is the range-target
 * rule of PermenPANRB 8/2021 ("batas atas bila realisasi di atas, batas bawah bila di bawah").
 * Without a band the target itself is the band (a band of width 0).
 */
function stabilizeIndex(realisasi: number, batasBawah: number, batasAtas: number): Result<number> {
  if (!Number.isFinite(batasBawah) || !Number.isFinite(batasAtas) || batasBawah <= 0 || batasAtas < batasBawah) {
    return invalid(
      `Rentang stabilize tidak sah: batas_bawah harus lebih dari 0 dan tidak melebihi batas_atas (tertulis ${formatNumber(batasBawah)}–${formatNumber(batasAtas)}).`,
    );
  }
  if (realisasi > batasAtas) return minimizeIndex(realisasi, batasAtas, undefined, "batas_atas");
  if (realisasi < batasBawah) return maximizeIndex(realisasi, batasBawah, "batas_bawah");
  return ok(100);
}

export function indeksCapaianIku(input: IkuInput): Result<number> {
  return indeksCapaianIkuOf(input.realisasi, input.target, input.polarisasi, input.terburuk, input.batasBawah, input.batasAtas);
}

/** indeksCapaianIku with positional arguments: a spilled range calls it once per cell without building an input object. */
export function indeksCapaianIkuOf(
  realisasi: number,
  target: number,
  polarisasi: Polarisasi,
  terburuk: number | undefined,
  batasBawah: number | undefined,
  batasAtas: number | undefined,
): Result<number> {
  if (!Number.isFinite(realisasi)) return invalid("realisasi harus berupa angka.");
  if (polarisasi === "stabilize" && (batasBawah !== undefined || batasAtas !== undefined)) {
    if (batasBawah === undefined || batasAtas === undefined) {
      return invalid("Polarisasi stabilize memerlukan batas_bawah dan batas_atas sekaligus (atau keduanya kosong agar target menjadi rentangnya).");
    }
    return stabilizeIndex(realisasi, batasBawah, batasAtas);
  }
  if (!Number.isFinite(target)) return invalid("target harus berupa angka.");
  if (polarisasi === "stabilize") {
    if (target <= 0) return invalid(`target harus lebih dari 0 untuk stabilize tanpa rentang (tertulis ${formatNumber(target)}); isi batas_bawah dan batas_atas.`);
    return stabilizeIndex(realisasi, target, target);
  }
  if (polarisasi === "minimize") return minimizeIndex(realisasi, target, terburuk, "target");
  return maximizeIndex(realisasi, target, "target");
}
