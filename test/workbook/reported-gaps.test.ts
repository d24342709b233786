/** Cases found while building the samples: each once wrong, now pinned down. */
import { SheetData, validateSheet, DEFAULT_SETTINGS, SettingsSchema } from "../../src/workbook";

const TODAY = new Date("2026-11-24T00:00:00Z");
const sheet = (values: SheetData["values"], extra: Partial<SheetData> = {}): SheetData => ({ name: "Data", startRow: 0, startCol: 0, values, ...extra });

describe("an Excel error in a word column", () => {
  it("is reported once, as SEL_ERROR, not again as an unknown word", () => {
    const s = sheet([
      ["NIP", "Nama", "Nilai Kinerja", "Predikat", "Potensial"],
      ["198001012005011001", "Ani", 95, { error: "#N/A" }, { error: "#N/A" }],
    ]);
    expect(validateSheet(s, { today: TODAY }).findings.map((f) => `${f.code} ${f.cell}`)).toEqual(["SEL_ERROR D2", "SEL_ERROR E2"]);
  });
});

describe("Polri personnel identified by NRP", () => {
  it("recognises the NRP column and does not ask for a NIP", () => {
    const s = sheet([
      ["NRP", "Nama", "Pangkat", "Satuan", "Nilai Akhir", "Predikat"],
      ["87050123", "Bripka Ahmad", "Bripka", "Polres A", 80.5, "Sangat Baik"],
      ["", "Brigpol Sari", "Brigpol", "Polres A", 70.4, "Cukup"],
    ]);
    const report = validateSheet(s, { settings: SettingsSchema.parse({ aturan: "POLRI" }), today: TODAY });
    expect(report.layout?.columns).toMatchObject({ nrp: 0, nama: 1, unit: 3, nilaiKinerja: 4, predikat: 5 });
    expect(report.findings.map((f) => `${f.code} ${f.cell}`)).toEqual(["WAJIB_KOSONG A3"]);
  });
});

describe("vertically merged cells in the data", () => {
  it("read as their merged area's value, so four IKU under one merged SS count as four", () => {
    const values = [
      ["Kode SS", "IKU", "Polarisasi", "Target", "Realisasi", "Bobot", "Pemilik"],
      ["SS1", "IKU a", "maximize", 100, 100, 25, "Kanwil"],
      [null, "IKU b", "maximize", 100, 100, 25, "Kanwil"],
      [null, "IKU c", "maximize", 100, 100, 25, "Kanwil"],
      [null, "IKU d", "maximize", 100, 100, 25, "Kanwil"],
    ];
    const merged = validateSheet(sheet(values, { merges: [{ row: 1, col: 0, rows: 4, cols: 1 }] }), { settings: DEFAULT_SETTINGS, today: TODAY });
    expect(merged.findings.map((f) => `${f.code} ${f.cell}`)).toEqual(["IKU_JUMLAH_SS A5"]);
    // Without the merge the blanks are just blanks: nothing to count.
    expect(validateSheet(sheet(values), { today: TODAY }).findings.map((f) => f.code)).toEqual([]);
  });
});
