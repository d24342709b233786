/**
 * NIP (Nomor Induk Pegawai), 18 digits: YYYYMMDD birth date · YYYYMM start of service (TMT CPNS)
 * · 1 gender digit (1 male, 2 female) · 3-digit sequence.
 */
import { invalid, ok, Result } from "./result";

export type JenisKelamin = "Laki-laki" | "Perempuan";

export interface NipInfo {
  readonly nip: string;
  readonly lahir: { readonly year: number; readonly month: number; readonly day: number };
  readonly tmt: { readonly year: number; readonly month: number };
  readonly kelamin: JenisKelamin;
  readonly urut: string;
}

/** Minimum age for CPNS appointment (UU ASN). */
const MIN_AGE_AT_TMT = 18;

/**
 * An NIP stored as a number has already lost its last digits: 18 digits exceed what a spreadsheet
 * number holds (15–16 significant digits).
 */
export const NIP_AS_NUMBER_MESSAGE =
  "NIP tersimpan sebagai angka sehingga digit terakhirnya sudah hilang (Excel hanya menyimpan 15 digit angka). Format kolom NIP sebagai Teks, lalu ketik ulang NIP dari dokumen sumber.";

function isCalendarDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= lastDay;
}

/** What is wrong with an NIP, for validation rules that report each kind separately. */
export type NipProblem = "kosong" | "bukan-angka" | "panjang" | "tanggal-lahir" | "tmt" | "kelamin" | "urut";

export type NipCheck =
  | { readonly ok: true; readonly info: NipInfo }
  | { readonly ok: false; readonly problem: NipProblem; readonly message: string };

const problem = (p: NipProblem, message: string): NipCheck => ({ ok: false, problem: p, message });

/**
 * Checks an NIP typed as text. Spaces and dots between groups ("19800101 200501 1 001") are
 * accepted. `today` bounds dates that cannot have happened yet.
 */
export function checkNip(raw: string, today: Date = new Date()): NipCheck {
  const nip = raw.replace(/[\s.]/g, "");
  if (nip === "") return problem("kosong", "NIP kosong.");
  if (!/^\d+$/.test(nip)) return problem("bukan-angka", `NIP hanya boleh berisi angka (tertulis "${raw}").`);
  if (nip.length !== 18) return problem("panjang", `NIP harus 18 digit (tertulis ${nip.length} digit).`);

  const year = Number(nip.slice(0, 4));
  const month = Number(nip.slice(4, 6));
  const day = Number(nip.slice(6, 8));
  if (!isCalendarDate(year, month, day)) {
    return problem("tanggal-lahir", `Tanggal lahir di NIP tidak ada: ${nip.slice(6, 8)}-${nip.slice(4, 6)}-${nip.slice(0, 4)} (digit 1–8, TTTTBBHH).`);
  }
  const thisYear = today.getUTCFullYear();
  if (year < 1900 || Date.UTC(year, month - 1, day) > today.getTime()) {
    return problem("tanggal-lahir", `Tanggal lahir di NIP tidak mungkin: ${day}-${month}-${year}.`);
  }

  const tmtYear = Number(nip.slice(8, 12));
  const tmtMonth = Number(nip.slice(12, 14));
  if (tmtMonth < 1 || tmtMonth > 12) {
    return problem("tmt", `Bulan TMT CPNS di NIP tidak ada: ${nip.slice(12, 14)} (digit 9–14, TTTTBB).`);
  }
  if (tmtYear * 12 + tmtMonth < (year + MIN_AGE_AT_TMT) * 12 + month) {
    return problem("tmt", `TMT CPNS ${tmtMonth}-${tmtYear} di NIP terjadi sebelum pegawai berusia ${MIN_AGE_AT_TMT} tahun (lahir ${year}).`);
  }
  if (tmtYear > thisYear + 1) return problem("tmt", `TMT CPNS ${tmtMonth}-${tmtYear} di NIP belum terjadi.`);

  const genderDigit = nip[14];
  if (genderDigit !== "1" && genderDigit !== "2") {
    return problem("kelamin", `Digit ke-15 NIP (jenis kelamin) harus 1 (laki-laki) atau 2 (perempuan); tertulis ${genderDigit}.`);
  }
  const urut = nip.slice(15);
  if (urut === "000") return problem("urut", "Nomor urut NIP (3 digit terakhir) tidak boleh 000.");

  return {
    ok: true,
    info: {
      nip,
      lahir: { year, month, day },
      tmt: { year: tmtYear, month: tmtMonth },
      kelamin: genderDigit === "1" ? "Laki-laki" : "Perempuan",
      urut,
    },
  };
}

/** Parses and checks an NIP typed as text (see checkNip). */
export function parseNip(raw: string, today: Date = new Date()): Result<NipInfo> {
  const checked = checkNip(raw, today);
  return checked.ok ? ok(checked.info) : invalid(checked.message);
}
