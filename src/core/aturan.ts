/**
 * The rule sets a score can be judged by. Each maps a numeric score to a predikat label and its
 * shared level (see predikat.ts). PermenPANRB 6/2022 has no numeric scale: its predikat comes from
 * the quadrant of two ratings (permenpanrb-6-2022.ts).
 */
import { PredikatLevel } from "./predikat";
import { POLRI_LEVEL, POLRI_MAX, predikatPolri } from "./polri";
import { PP30_LEVEL, PP30_MAX_SCORE, predikatPp30 } from "./pp30-2019";
import { PP46_LEVEL, PP46_MAX_SCORE, predikatPp46 } from "./pp46-2011";
import { statusNpkp } from "./kemenkeu/status";
import { ok, Result } from "./result";
import { vocabulary } from "./words";

export type AturanNilai = "PP30" | "PP46" | "KEMENKEU" | "POLRI";
export type Aturan = AturanNilai | "PERMENPANRB6";

export interface AturanInfo {
  readonly nama: string;
  readonly sumber: string;
  /** Highest valid score; scores run from 0. Absent for rule sets without a numeric scale. */
  readonly nilaiMaks?: number;
}

export const ATURAN_INFO: Readonly<Record<Aturan, AturanInfo>> = {
  PP30: { nama: "PP 30/2019", sumber: "PP 30/2019 Pasal 41 ayat (5)", nilaiMaks: PP30_MAX_SCORE },
  PP46: { nama: "PP 46/2011", sumber: "PP 46/2011 Pasal 17", nilaiMaks: PP46_MAX_SCORE },
  KEMENKEU: { nama: "Kemenkeu (NPKP)", sumber: "KMK 467/2014, LAN Tabel 24", nilaiMaks: PP46_MAX_SCORE },
  POLRI: { nama: "Polri", sumber: "Perkap 99/2020, Rentang Nilai", nilaiMaks: POLRI_MAX },
  PERMENPANRB6: { nama: "PermenPANRB 6/2022", sumber: "PermenPANRB 6/2022, kuadran kinerja; SE MenPANRB 03/2023" },
};

export const ATURAN_VALUES = Object.keys(ATURAN_INFO) as Aturan[];

export const parseAturan = vocabulary<Aturan>([
  ["PP30", ["PP30", "PP 30/2019", "PP 30 2019", "PP30/2019", "30/2019"]],
  ["PP46", ["PP46", "PP 46/2011", "PP 46 2011", "PP46/2011", "46/2011"]],
  ["KEMENKEU", ["KEMENKEU", "KMK", "KMK 467/2014", "NPKP", "Kementerian Keuangan"]],
  ["POLRI", ["POLRI", "Perkap", "Kepolisian"]],
  ["PERMENPANRB6", ["PERMENPANRB6", "PermenPANRB 6/2022", "6/2022", "KUADRAN", "PERMENPAN6", "e-Kinerja", "ekinerja"]],
]);

export interface PredikatResult {
  readonly label: string;
  readonly level: PredikatLevel;
}

/** Predikat of a numeric score under a rule set; `inovasi` matters only for PP 30/2019's Sangat Baik. */
export function predikatByAturan(aturan: AturanNilai, nilai: number, inovasi: boolean): Result<PredikatResult> {
  switch (aturan) {
    case "PP30": {
      const r = predikatPp30(nilai, inovasi);
      return r.ok ? ok({ label: r.value, level: PP30_LEVEL[r.value] }) : r;
    }
    case "PP46": {
      const r = predikatPp46(nilai);
      return r.ok ? ok({ label: r.value, level: PP46_LEVEL[r.value] }) : r;
    }
    case "KEMENKEU": {
      const r = statusNpkp(nilai);
      return r.ok ? ok({ label: r.value, level: PP46_LEVEL[r.value] }) : r;
    }
    case "POLRI": {
      const r = predikatPolri(nilai);
      return r.ok ? ok({ label: r.value, level: POLRI_LEVEL[r.value] }) : r;
    }
  }
}
