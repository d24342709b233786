/**
 * DJP (Direktorat Jenderal Pajak) monthly tunjangan kinerja per peringkat jabatan and jabatan
 * (Perpres 37/2015; LAN "Kementerian Keuangan", Tabel 15–16), in rupiah.
 *
 * Readings (DOMAIN.md §7): a row printed with a blank peringkat belongs to the peringkat above
 * it; the separators are garbled, so every printed figure is read as rupiah with two decimals
 * ("81,940.000.00" = 81,940,000.00; "13.320.562,50" = 13,320,562.50). Jabatan names are the
 * printed ones with the misprints put right (the print is kept in `tertulis`): "Pranata Kompute
 * Utama", "Pejabat Eselon III" (peringkat 17, between the Eselon III rows of 18 and 16),
 * "Account Representatif"/"Respresentative", "TK II", "Pemeriksa Pajak muda". The table prints
 * "Penelaah Keberatan Tk IV" on peringkat 9 and 8, and "Pranata Komputer Pelaksana" and
 * "Account Representative" on 8 and 7: transcribed as printed, since a peringkat and a jabatan
 * together still name one row.
 * What is paid next year = amount × the DJP percentage by tax-revenue realisation (djp.ts).
 */
import { persenTukinDjp } from "./djp";
import { formatNumber, tidy } from "../numeric";
import { invalid, notFound, ok, Result } from "../result";
import { wordKey } from "../words";

export interface BarisTukinDjp {
  readonly peringkat: number;
  /** The jabatan as the add-in names it (the printed name with misprints put right). */
  readonly jabatan: string;
  /** The printed name, where it differs. */
  readonly tertulis?: string;
  /** Rupiah per month. */
  readonly nominal: number;
  /** The amount exactly as printed (garbled separators). */
  readonly nominalTertulis: string;
  readonly sumber: "LAN Tabel 15" | "LAN Tabel 16";
}

export const TABEL_TUKIN_DJP: readonly BarisTukinDjp[] = [
  { peringkat: 27, jabatan: "Pejabat Struktural Eselon I", nominal: 117_375_000, nominalTertulis: "117.375.000.00", sumber: "LAN Tabel 15" },
  { peringkat: 26, jabatan: "Pejabat Struktural Eselon I", nominal: 99_720_000, nominalTertulis: "99.720.000.00", sumber: "LAN Tabel 15" },
  { peringkat: 25, jabatan: "Pejabat Struktural Eselon I", nominal: 95_602_000, nominalTertulis: "95.602.000.00", sumber: "LAN Tabel 15" },
  { peringkat: 24, jabatan: "Pejabat Struktural Eselon I", nominal: 84_604_000, nominalTertulis: "84.604.000,00", sumber: "LAN Tabel 15" },
  { peringkat: 23, jabatan: "Pejabat Struktural Eselon II", nominal: 81_940_000, nominalTertulis: "81,940.000.00", sumber: "LAN Tabel 15" },
  { peringkat: 22, jabatan: "Pejabat Struktural Eselon II", nominal: 72_522_000, nominalTertulis: "72,522,000,00", sumber: "LAN Tabel 15" },
  { peringkat: 21, jabatan: "Pejabat Struktural Eselon II", nominal: 64_192_000, nominalTertulis: "64,192,000.00", sumber: "LAN Tabel 15" },
  { peringkat: 20, jabatan: "Pejabat Struktural Eselon II", nominal: 56_780_000, nominalTertulis: "56,780.000.00", sumber: "LAN Tabel 15" },
  { peringkat: 20, jabatan: "Pranata Komputer Utama", tertulis: "Pranata Kompute Utama", nominal: 42_585_000, nominalTertulis: "42.585.000.00", sumber: "LAN Tabel 15" },
  { peringkat: 19, jabatan: "Pejabat Struktural Eselon III", nominal: 46_478_000, nominalTertulis: "46.478.000.00", sumber: "LAN Tabel 15" },
  { peringkat: 18, jabatan: "Pejabat Struktural Eselon III", nominal: 42_058_000, nominalTertulis: "42.058.000.00", sumber: "LAN Tabel 15" },
  { peringkat: 18, jabatan: "Pemeriksa Pajak Madya", nominal: 34_172_125, nominalTertulis: "34,172.125.00", sumber: "LAN Tabel 15" },
  { peringkat: 18, jabatan: "Penilai PBB Madya", nominal: 28_914_000, nominalTertulis: "28.914.000.00", sumber: "LAN Tabel 15" },
  { peringkat: 17, jabatan: "Pejabat Struktural Eselon III", tertulis: "Pejabat Eselon III", nominal: 37_219_800, nominalTertulis: "37.219.800.00", sumber: "LAN Tabel 15" },
  { peringkat: 17, jabatan: "Pranata Komputer Madya", nominal: 27_914_850, nominalTertulis: "27.914.850,00", sumber: "LAN Tabel 15" },
  { peringkat: 16, jabatan: "Pejabat Struktural Eselon IV", nominal: 28_757_200, nominalTertulis: "28.757.200.00", sumber: "LAN Tabel 15" },
  { peringkat: 16, jabatan: "Pemeriksa Pajak Muda", tertulis: "Pemeriksa Pajak muda", nominal: 25_162_550, nominalTertulis: "25.162.550,00", sumber: "LAN Tabel 15" },
  { peringkat: 16, jabatan: "Penilai PBB Muda", nominal: 21_567_900, nominalTertulis: "21.567.900,00", sumber: "LAN Tabel 15" },
  { peringkat: 15, jabatan: "Pejabat Struktural Eselon IV", nominal: 25_411_600, nominalTertulis: "25.411.600,00", sumber: "LAN Tabel 16" },
  { peringkat: 15, jabatan: "Pemeriksa Pajak Penyelia", nominal: 22_235_150, nominalTertulis: "22.235.150,00", sumber: "LAN Tabel 16" },
  { peringkat: 15, jabatan: "Penilai PBB Penyelia", nominal: 19_058_700, nominalTertulis: "19.058,700,00", sumber: "LAN Tabel 16" },
  { peringkat: 14, jabatan: "Pejabat Struktural Eselon IV", nominal: 22_935_762, nominalTertulis: "22.935.762,00", sumber: "LAN Tabel 16" },
  { peringkat: 14, jabatan: "Pranata Komputer Muda", nominal: 21_586_600, nominalTertulis: "21,586.600,00", sumber: "LAN Tabel 16" },
  { peringkat: 13, jabatan: "Pemeriksa Pajak Pratama", nominal: 17_268_600, nominalTertulis: "17.268.600,00", sumber: "LAN Tabel 16" },
  { peringkat: 13, jabatan: "Pranata Komputer Penyelia", nominal: 16_189_312.5, nominalTertulis: "16.189.312,50", sumber: "LAN Tabel 16" },
  { peringkat: 13, jabatan: "Pranata Komputer Pertama", nominal: 16_189_312.5, nominalTertulis: "16.189.312,50", sumber: "LAN Tabel 16" },
  { peringkat: 13, jabatan: "Penilai PBB Pertama", nominal: 15_110_025, nominalTertulis: "15.110.025,00", sumber: "LAN Tabel 16" },
  { peringkat: 12, jabatan: "Pemeriksa Pajak Pelaksana Lanjutan", nominal: 15_417_937, nominalTertulis: "15,417.937,00", sumber: "LAN Tabel 16" },
  { peringkat: 12, jabatan: "Penilai PBB Pelaksana Lanjutan", nominal: 14_390_075, nominalTertulis: "14.390.075,00", sumber: "LAN Tabel 16" },
  { peringkat: 12, jabatan: "Penelaah Keberatan Tk I", nominal: 15_417_937, nominalTertulis: "15.417.937,00", sumber: "LAN Tabel 16" },
  { peringkat: 12, jabatan: "Pelaksana Lainnya", nominal: 11_306_467, nominalTertulis: "11.306.467,00", sumber: "LAN Tabel 16" },
  { peringkat: 11, jabatan: "Penelaah Keberatan Tk II", tertulis: "Penelaah Keberatan TK II", nominal: 14_684_812.5, nominalTertulis: "14.684.812,50", sumber: "LAN Tabel 16" },
  { peringkat: 11, jabatan: "Account Representative Tk I", tertulis: "Account Representatif Tk I", nominal: 14_684_812.5, nominalTertulis: "14,684.812,50", sumber: "LAN Tabel 16" },
  { peringkat: 11, jabatan: "Pelaksana Lainnya", nominal: 10_768_862, nominalTertulis: "10,768.862,00", sumber: "LAN Tabel 16" },
  { peringkat: 10, jabatan: "Pranata Komputer Lanjutan", nominal: 13_986_750, nominalTertulis: "13,986.750,00", sumber: "LAN Tabel 16" },
  { peringkat: 10, jabatan: "Penelaah Keberatan Tk III", nominal: 13_986_750, nominalTertulis: "13,986.750,00", sumber: "LAN Tabel 16" },
  { peringkat: 10, jabatan: "Account Representative Tk II", tertulis: "Account Representatif Tk II", nominal: 13_986_750, nominalTertulis: "13.986.750,00", sumber: "LAN Tabel 16" },
  { peringkat: 10, jabatan: "Pelaksana Lainnya", nominal: 10_256_950, nominalTertulis: "10,256.950,00", sumber: "LAN Tabel 16" },
  { peringkat: 9, jabatan: "Pemeriksa Pajak Pelaksana", nominal: 13_320_562.5, nominalTertulis: "13,320.562,50", sumber: "LAN Tabel 16" },
  { peringkat: 9, jabatan: "Penilai PBB Pelaksana", nominal: 12_432_525, nominalTertulis: "12,432,525,00", sumber: "LAN Tabel 16" },
  { peringkat: 9, jabatan: "Penelaah Keberatan Tk IV", nominal: 13_320_562, nominalTertulis: "13,320.562,00", sumber: "LAN Tabel 16" },
  { peringkat: 9, jabatan: "Account Representative Tk III", tertulis: "Account Representatif Tk III", nominal: 13_320_562, nominalTertulis: "13,320.562,00", sumber: "LAN Tabel 16" },
  { peringkat: 9, jabatan: "Pelaksana Lainnya", nominal: 9_768_412, nominalTertulis: "9,768.412,00", sumber: "LAN Tabel 16" },
  { peringkat: 8, jabatan: "Pranata Komputer Pelaksana", nominal: 12_686_250, nominalTertulis: "12.686.250,00", sumber: "LAN Tabel 16" },
  { peringkat: 8, jabatan: "Penelaah Keberatan Tk IV", nominal: 12_686_250, nominalTertulis: "12.686.250,00", sumber: "LAN Tabel 16" },
  { peringkat: 8, jabatan: "Account Representative", nominal: 12_686_250, nominalTertulis: "12.686.250,00", sumber: "LAN Tabel 16" },
  { peringkat: 8, jabatan: "Pelaksana Lainnya", nominal: 8_457_500, nominalTertulis: "8.457.500,00", sumber: "LAN Tabel 16" },
  { peringkat: 7, jabatan: "Pranata Komputer Pelaksana", nominal: 12_316_500, nominalTertulis: "12.316,500,00", sumber: "LAN Tabel 16" },
  { peringkat: 7, jabatan: "Account Representative", tertulis: "Account Respresentative", nominal: 12_316_500, nominalTertulis: "12,316,500,00", sumber: "LAN Tabel 16" },
  { peringkat: 7, jabatan: "Pelaksana Lainnya", nominal: 8_211_000, nominalTertulis: "8,211,000,00", sumber: "LAN Tabel 16" },
  { peringkat: 6, jabatan: "Pelaksana", nominal: 7_673_375, nominalTertulis: "7.673,375,00", sumber: "LAN Tabel 16" },
  { peringkat: 5, jabatan: "Pelaksana", nominal: 7_171_875, nominalTertulis: "7.171.875,00", sumber: "LAN Tabel 16" },
  { peringkat: 4, jabatan: "Pelaksana", nominal: 5_361_800, nominalTertulis: "5.361,800,00", sumber: "LAN Tabel 16" },
];

export const PERINGKAT_DJP = { min: 4, max: 27 } as const;

const ROMAN = ["i", "ii", "iii", "iv"];

/**
 * The key a jabatan is matched by: free of case, spaces and punctuation, with the spellings
 * officers use folded together — "Pejabat Struktural Eselon II" = "Eselon II" = "Eselon 2",
 * "Tingkat I" = "Tk I" = "Tk 1", "Account Representatif" = "Account Representative" = "AR".
 */
export function jabatanKey(text: string): string {
  return wordKey(text)
    .replace(/^pejabat(struktural)?(?=eselon)/, "")
    .replace(/tingkat/g, "tk")
    .replace(/accountres?presentati(f|ve)/, "accountrepresentative")
    .replace(/^ar(?=tk|$)/, "accountrepresentative")
    .replace(/(eselon|tk)([1-4])$/, (_, w: string, d: string) => w + ROMAN[Number(d) - 1]);
}

const BY_PERINGKAT = new Map<number, BarisTukinDjp[]>();
for (const row of TABEL_TUKIN_DJP) {
  const rows = BY_PERINGKAT.get(row.peringkat) ?? [];
  rows.push(row);
  BY_PERINGKAT.set(row.peringkat, rows);
}

/** The rows of one peringkat, in the table's order. */
export function barisPeringkatDjp(peringkat: number): readonly BarisTukinDjp[] {
  return BY_PERINGKAT.get(peringkat) ?? [];
}

const listJabatan = (rows: readonly BarisTukinDjp[]) => rows.map((r) => `"${r.jabatan}"`).join(", ");

/** The table row for a peringkat and jabatan; jabatan may be left out where the peringkat has one row. */
export function barisTukinDjp(peringkat: number, jabatan: string | undefined): Result<BarisTukinDjp> {
  if (!Number.isFinite(peringkat) || !Number.isInteger(peringkat)) {
    return invalid(`peringkat harus bilangan bulat ${PERINGKAT_DJP.min}–${PERINGKAT_DJP.max} (tertulis ${formatNumber(peringkat)}).`);
  }
  const rows = barisPeringkatDjp(peringkat);
  if (rows.length === 0) {
    return notFound(`peringkat ${peringkat} tidak ada di tabel tunjangan kinerja DJP (peringkat ${PERINGKAT_DJP.min}–${PERINGKAT_DJP.max}, LAN Tabel 15–16).`);
  }
  if (jabatan === undefined || jabatan.trim() === "") {
    if (rows.length === 1) return ok(rows[0]);
    return invalid(`peringkat ${peringkat} memiliki ${rows.length} jabatan; isi jabatan: ${listJabatan(rows)}.`);
  }
  const key = jabatanKey(jabatan);
  // The printed spelling ("Pranata Kompute Utama") is found too: officers copy it from the table.
  const row = rows.find((r) => jabatanKey(r.jabatan) === key || (r.tertulis !== undefined && jabatanKey(r.tertulis) === key));
  if (!row) {
    const text = jabatan.trim();
    const shown = text.length > 40 ? `${text.slice(0, 40)}…` : text;
    return notFound(`jabatan "${shown}" tidak ada pada peringkat ${peringkat} di tabel DJP (LAN Tabel 15–16); jabatan peringkat ${peringkat}: ${listJabatan(rows)}.`);
  }
  return ok(row);
}

/**
 * Monthly tunjangan kinerja of the table; with the tax-revenue realisation (percent points),
 * the amount paid next year (× 100 %, 90 %, 80 %, 70 % or 50 %).
 */
export function tukinDjp(peringkat: number, jabatan: string | undefined, realisasiPersen?: number): Result<number> {
  const row = barisTukinDjp(peringkat, jabatan);
  if (!row.ok) return row;
  if (realisasiPersen === undefined) return ok(row.value.nominal);
  const persen = persenTukinDjp(realisasiPersen);
  if (!persen.ok) return persen;
  return ok(tidy((row.value.nominal * persen.value) / 100));
}
