/**
 * Synthetic agency recaps for the workbook and CLI benches: n employees laid out like the
 * kabupaten BKPSDM template (title rows, a two-row merged header, a column-number row, units, a
 * Jumlah row, a blank row and a signature block). Rows are consistent under PP 30/2019 except for
 * a few planted problems (about one row in a thousand: NIP stored as a number, 17-digit NIP,
 * duplicate NIP, wrong predikat, "95,5" as text, #N/A, blank name, wrong talent box).
 * Deterministic: row i is a function of i alone (`offset` shifts i, so CLI workbooks differ).
 */
import { bacaPredikat, PredikatLevel } from "../src/core/predikat";
import { unwrap } from "../src/core/result";
import { predikatPp30 } from "../src/core/pp30-2019";
import { kotakTalenta, Potensial } from "../src/core/talenta";
import { tidy } from "../src/core/numeric";
import { CellValue, SheetData } from "../src/workbook";

export const WIDTH = 13;
export const SHEET_NAME = "Rekap 2025";

const UNITS = Array.from({ length: 40 }, (_, i) =>
  i === 0 ? "Sekretariat" : i < 10 ? `Bidang ${["Mutasi", "Pengembangan", "Informasi", "Disiplin", "Pensiun", "Formasi", "Diklat", "Kesejahteraan", "Penilaian"][i - 1]}` : `UPT Wilayah ${i - 9}`,
);
const JABATAN = ["Analis SDM Aparatur", "Pengelola Kepegawaian", "Pranata Komputer", "Pengadministrasi Umum", "Bendahara", "Kepala Seksi", "Kepala Bidang", "Arsiparis"];
const NAMES = ["Ahmad", "Siti", "Budi", "Dewi", "Rudi", "Sri", "Agus", "Nur", "Hendra", "Putri", "Yoga", "Lia", "Fajar", "Rina", "Dedi", "Maya"];
const SURNAMES = ["Fauzi", "Wahyuni", "Hartono", "Lestari", "Saputra", "Setiawan", "Aini", "Priyono", "Nugroho", "Rahmawati", "Kurniawan", "Pratama"];
const POTENSIAL: readonly Potensial[] = ["Rendah", "Menengah", "Tinggi"];
const LABEL_BY_LEVEL: Record<PredikatLevel, string> = { 5: "Sangat Baik", 4: "Baik", 3: "Cukup", 2: "Kurang", 1: "Sangat Kurang" };

const pad = (n: number, width: number) => String(n).padStart(width, "0");

/** A valid, unique NIP for employee i (birth 1965–1999, TMT 23–27 years later, sequence by block). */
function nipOf(i: number): string {
  const year = 1965 + (i % 35);
  const month = 1 + (Math.floor(i / 35) % 12);
  const day = 1 + (Math.floor(i / 420) % 28);
  const tmtYear = year + 23 + (i % 5);
  const tmtMonth = 1 + (i % 12);
  const gender = 1 + (i % 2);
  const seq = 1 + Math.floor(i / 11_760);
  return `${year}${pad(month, 2)}${pad(day, 2)}${tmtYear}${pad(tmtMonth, 2)}${gender}${pad(seq, 3)}`;
}

export function employee(i: number): CellValue[] {
  const skp = 40 + ((i * 7) % 81); // 40–120
  const perilaku = 50 + ((i * 13) % 71); // 50–120
  const nilai = tidy(skp * 0.7 + perilaku * 0.3);
  const inovasi = i % 3 === 0 ? "Ya" : "";
  const predikatResult = predikatPp30(nilai, inovasi !== "");
  const predikat = predikatResult.ok ? predikatResult.value : "Baik";
  const potensial = POTENSIAL[i % 3];
  const kotak = kotakTalenta(unwrap(bacaPredikat(predikat, "PP30")).ekspektasi, potensial);
  const lastYear = LABEL_BY_LEVEL[(1 + ((i * 5) % 5)) as PredikatLevel];
  return [
    i + 1,
    nipOf(i),
    `${NAMES[i % NAMES.length]} ${SURNAMES[(i * 7) % SURNAMES.length]}`,
    JABATAN[i % JABATAN.length],
    UNITS[Math.floor(i / 50) % UNITS.length],
    skp,
    perilaku,
    nilai,
    predikat,
    inovasi,
    potensial,
    kotak,
    lastYear,
  ];
}

/** About one row in a thousand gets one of the problems officers actually submit. */
function plant(row: CellValue[], i: number, planted: Map<string, number>): void {
  if (i === 0 || i % 1_000 !== 500) return;
  const kinds = ["nip-angka", "nip-17", "nip-ganda", "predikat", "teks-angka", "error", "nama-kosong", "kotak"] as const;
  const kind = kinds[Math.floor(i / 1_000) % kinds.length];
  planted.set(kind, (planted.get(kind) ?? 0) + 1);
  switch (kind) {
    case "nip-angka":
      row[1] = Number(row[1]);
      break;
    case "nip-17":
      row[1] = String(row[1]).slice(0, 17);
      break;
    case "nip-ganda":
      row[1] = nipOf(i - 1);
      break;
    case "predikat":
      row[8] = row[8] === "Cukup" ? "Baik" : "Cukup";
      break;
    case "teks-angka":
      row[6] = String(row[6]).replace(".", ",") + ",0";
      break;
    case "error":
      row[5] = { error: "#N/A" };
      break;
    case "nama-kosong":
      row[2] = "";
      break;
    case "kotak":
      row[11] = row[11] === 9 ? 8 : 9;
      break;
  }
}

function blank(): CellValue[] {
  return new Array<CellValue>(WIDTH).fill("");
}

/**
 * The recap's rows one at a time (title, headers, employees, footer), so a million-row file can
 * be written without holding it.
 */
export function* syntheticRowStream(n: number, offset = 0, planted = new Map<string, number>()): Generator<CellValue[]> {
  yield ["REKAPITULASI PENILAIAN KINERJA PNS TAHUN 2025", ...blank().slice(1)];
  yield ["BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA KABUPATEN SUKAMAJU", ...blank().slice(1)];
  yield blank();
  yield ["No", "NIP", "Nama", "Jabatan", "Unit Kerja", "Nilai", "", "Nilai Kinerja", "Predikat", "Inovasi", "Potensial", "Kotak Talenta", "Predikat Tahun Lalu"];
  yield ["", "", "", "", "", "SKP", "Perilaku", "", "", "", "", "", ""];
  yield Array.from({ length: WIDTH }, (_, c) => c + 1);
  for (let k = 0; k < n; k++) {
    const i = offset + k;
    const row = employee(i);
    plant(row, i, planted);
    yield row;
  }
  yield ["Jumlah", "", "", "", "", "", "", "", "", "", "", "", ""];
  yield blank();
  for (const line of ["Sukamaju, 15 Januari 2026", "Mengetahui,", "Kepala Badan", "", "Drs. H. MUHAMMAD YUSUF, M.Si.", "NIP. 19700101 199503 1 001"]) {
    const row = blank();
    row[9] = line;
    yield row;
  }
}

export function syntheticRows(n: number, offset = 0): { values: CellValue[][]; planted: Map<string, number> } {
  const planted = new Map<string, number>();
  const values = [...syntheticRowStream(n, offset, planted)];
  return { values, planted };
}

export function syntheticSheet(n: number, offset = 0): { sheet: SheetData; planted: Map<string, number> } {
  const { values, planted } = syntheticRows(n, offset);
  return { sheet: { name: SHEET_NAME, startRow: 0, startCol: 0, values }, planted };
}

