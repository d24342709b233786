/**
 * Talent box (PermenPANRB 3/2020 Manajemen Talenta ASN, amended by PermenPANRB 20/2025; LAN
 * Gambar 27 and Tabel 28): box 1–9 from kinerja (expectation status) × potensial.
 */
import { Ekspektasi } from "./predikat";
import { formatNumber } from "./numeric";
import { invalid, ok, Result } from "./result";
import { vocabulary } from "./words";

export type Potensial = "Rendah" | "Menengah" | "Tinggi";

export const POTENSIAL_VALUES: readonly Potensial[] = ["Rendah", "Menengah", "Tinggi"];

export const parsePotensial = vocabulary<Potensial>([
  ["Rendah", ["rendah", "low"]],
  ["Menengah", ["menengah", "sedang", "medium", "middle"]],
  ["Tinggi", ["tinggi", "high"]],
]);

export type KotakTalenta = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;

/** Gambar 27: rows kinerja, columns potensial (rendah, menengah, tinggi). */
export const TALENT_BOX: Readonly<Record<Ekspektasi, Readonly<Record<Potensial, KotakTalenta>>>> = {
  "Di Atas Ekspektasi": { Rendah: 4, Menengah: 7, Tinggi: 9 },
  "Sesuai Ekspektasi": { Rendah: 2, Menengah: 5, Tinggi: 8 },
  "Di Bawah Ekspektasi": { Rendah: 1, Menengah: 3, Tinggi: 6 },
};

export function kotakTalenta(kinerja: Ekspektasi, potensial: Potensial): KotakTalenta {
  return TALENT_BOX[kinerja][potensial];
}

/** The kinerja and potensial a box stands for (the inverse of the table). */
export function kotakCoordinates(kotak: KotakTalenta): { kinerja: Ekspektasi; potensial: Potensial } {
  for (const kinerja of Object.keys(TALENT_BOX) as Ekspektasi[]) {
    for (const potensial of POTENSIAL_VALUES) {
      if (TALENT_BOX[kinerja][potensial] === kotak) return { kinerja, potensial };
    }
  }
  throw new Error(`kotak ${kotak} tidak ada`);
}

/** Tabel 28, in its own Indonesian wording. */
export const REKOMENDASI_KOTAK: Readonly<Record<KotakTalenta, { kategori: string; rekomendasi: readonly string[] }>> = {
  9: {
    kategori: "Kinerja di atas ekspektasi dan potensial tinggi",
    rekomendasi: ["Dipromosikan dan dipertahankan", "Masuk Kelompok Rencana Suksesi Instansi/Nasional", "Penghargaan"],
  },
  8: {
    kategori: "Kinerja sesuai ekspektasi dan potensial tinggi",
    rekomendasi: ["Dipertahankan", "Masuk Kelompok Rencana Suksesi Instansi", "Rotasi/Perluasan jabatan", "Bimbingan kinerja"],
  },
  7: {
    kategori: "Kinerja di atas ekspektasi dan potensial menengah",
    rekomendasi: ["Dipertahankan", "Masuk Kelompok Rencana Suksesi Instansi", "Rotasi/Pengayaan jabatan", "Pengembangan kompetensi"],
  },
  6: {
    kategori: "Kinerja di bawah ekspektasi dan potensial tinggi",
    rekomendasi: ["Penempatan yang sesuai", "Bimbingan kinerja", "Konseling kinerja"],
  },
  5: {
    kategori: "Kinerja sesuai ekspektasi dan potensial menengah",
    rekomendasi: ["Penempatan yang sesuai", "Bimbingan kinerja", "Pengembangan kompetensi"],
  },
  4: {
    kategori: "Kinerja di atas ekspektasi dan potensial rendah",
    rekomendasi: ["Rotasi", "Pengembangan kompetensi"],
  },
  3: {
    kategori: "Kinerja di bawah ekspektasi dan potensial menengah",
    rekomendasi: ["Bimbingan kinerja", "Konseling kinerja", "Pengembangan kompetensi", "Penempatan yang sesuai"],
  },
  2: {
    kategori: "Kinerja sesuai ekspektasi dan potensial rendah",
    rekomendasi: ["Bimbingan kinerja", "Pengembangan kompetensi", "Penempatan yang sesuai"],
  },
  1: {
    kategori: "Kinerja di bawah ekspektasi dan potensial rendah",
    rekomendasi: ["Diproses sesuai ketentuan peraturan perundangan"],
  },
};

export function parseKotak(value: number): Result<KotakTalenta> {
  if (!Number.isInteger(value) || value < 1 || value > 9) {
    return invalid(`kotak harus bilangan bulat 1–9 (tertulis ${formatNumber(value)}).`);
  }
  return ok(value as KotakTalenta);
}

export function rekomendasiTalenta(kotak: KotakTalenta): string {
  return REKOMENDASI_KOTAK[kotak].rekomendasi.join("; ");
}

/**
 * Numeric potential scores need cut-offs the agency sets: no regulation fixes them, so there is
 * no default. Score ≥ tinggi → Tinggi; ≥ menengah → Menengah; otherwise Rendah.
 */
export interface PotensialCutoffs {
  readonly menengah: number;
  readonly tinggi: number;
}

export function potensialFromScore(score: number, cutoffs: PotensialCutoffs | undefined): Result<Potensial> {
  if (!cutoffs) {
    return invalid(
      "Potensial berupa angka memerlukan batas nilai (menengah dan tinggi) yang ditetapkan instansi di Pengaturan; tidak ada batas baku dari regulasi.",
    );
  }
  if (!Number.isFinite(score)) return invalid("nilai potensial harus berupa angka.");
  if (!(cutoffs.menengah < cutoffs.tinggi)) return invalid("Batas potensial menengah harus lebih kecil dari batas tinggi.");
  if (score >= cutoffs.tinggi) return ok("Tinggi");
  if (score >= cutoffs.menengah) return ok("Menengah");
  return ok("Rendah");
}
