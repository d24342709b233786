/**
 * The five real agency layouts (samples/nyata, issue 11) through the CLI, in-process, with no
 * --aturan and no --kolom: `validasi` reports every planted problem at its cell and nothing else,
 * names the rule set the layout implies and what it understood; `rekomendasi` refuses while errors
 * remain and writes nothing; `rekomendasi --paksa` lists exactly the employees, each row with an
 * error noted and without talent box, succession line or reward.
 */
import ExcelJS from "exceljs";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { EXIT_FINDINGS, EXIT_OK } from "../../src/cli/shared";
import { kinerja } from "./run-kinerja";
import { cellText, cleanText, columnIndex } from "../../src/workbook";
import { realSamples } from "../../scripts/make-real-samples";

jest.setTimeout(120_000);

const DIR = join(__dirname, "../../samples/nyata");
const SAMPLES = realSamples();


let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), "kinerja-nyata-"));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

interface JsonSheet {
  sheet: string;
  findings: { code: string; severity: string; cell: string }[];
  aturan: { aturan: string; nama: string; reason: string; source: string };
  understanding: { headerRows: number[]; fields: { field: string; column: string; header: string }[]; rowsRead: number };
}

/** The recommendation table of OUT, one object per row keyed by header. */
async function recommendationTable(file: string): Promise<Record<string, string>[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.worksheets.find((w) => w.name.startsWith("Rekomendasi Penghargaan"))!;
  const header = (ws.getRow(5).values as unknown[]).slice(1, 30).map((v) => String(v ?? ""));
  const width = header.indexOf("Catatan") + 1;
  const rows: Record<string, string>[] = [];
  for (let r = 6; ws.getRow(r).getCell(1).value !== null && ws.getRow(r).getCell(1).value !== undefined; r++) {
    const values = ws.getRow(r).values as unknown[];
    rows.push(Object.fromEntries(header.slice(0, width).map((h, i) => [h, values[i + 1] === null || values[i + 1] === undefined ? "" : String(values[i + 1])])));
  }
  return rows;
}

describe.each(SAMPLES.map((s) => [s.family, s] as const))("%s", (_family, s) => {
  const input = join(DIR, s.file);

  test("validasi --json: every planted problem at its cell, nothing else, the implied rule set detected, what was understood", async () => {
    const run = await kinerja("validasi", input, "--json");
    expect(run.code).toBe(EXIT_FINDINGS);
    const file = JSON.parse(run.out).files[0] as { sheets: JsonSheet[] };
    for (const plan of s.sheets) {
      const sheet = file.sheets.find((x) => x.sheet === plan.name)!;
      const found = sheet.findings.map((f) => `${f.cell} ${f.code} ${f.severity}`).sort();
      expect(found).toEqual(s.plants.filter((p) => p.sheet === plan.name).map((p) => `${p.cell} ${p.code} ${p.severity}`).sort());
      expect(sheet.aturan).toMatchObject({ aturan: plan.aturan, source: "terdeteksi" });
      expect(sheet.aturan.reason.length).toBeGreaterThan(10);
      expect(sheet.understanding.rowsRead).toBe(plan.employeeRows.length);
      expect(sheet.understanding.fields.map((f) => f.field)).toEqual(expect.arrayContaining(["nama"]));
    }
  });

  test("validasi text names the rule set and why", async () => {
    const run = await kinerja("validasi", input);
    const detected = s.sheets[0];
    expect(run.out).toMatch(new RegExp(`Aturan: .+ \\(terdeteksi dari lembar: .+\\)`));
    expect(run.out).toContain(`Lembar "${detected.name}" (pegawai): ${detected.employeeRows.length} baris diperiksa`);
  });

  test.each(s.sheets.map((p) => [p.name, p] as const))("rekomendasi --lembar %s: refused with its errors (nothing written); --paksa lists exactly the employees, rows with errors noted and without box or reward", async (_name, plan) => {
    const out = join(tmp, `${s.file}-${plan.name}.xlsx`);
    const refused = await kinerja("rekomendasi", input, "-o", out, "--lembar", plan.name);
    const errors = s.plants.filter((p) => p.sheet === plan.name && p.severity === "error");
    expect(refused.code).toBe(EXIT_FINDINGS);
    expect(existsSync(out)).toBe(false);
    expect(refused.out).toContain(`masih memuat ${errors.length} kesalahan`);
    expect(refused.out).toContain(errors[0].cell);

    const forced = await kinerja("rekomendasi", input, "-o", out, "--lembar", plan.name, "--paksa");
    expect(forced.code).toBe(EXIT_OK);
    expect(forced.out).toContain(`${plan.employeeRows.length} pegawai:`);
    const rows = await recommendationTable(out);
    // Exactly the employees, in order: the names as written (cleaned of invisible characters).
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(input);
    const ws = wb.getWorksheet(plan.name)!;
    const json = JSON.parse((await kinerja("validasi", input, "--json")).out).files[0] as { sheets: JsonSheet[] };
    const namaCol = columnIndex(json.sheets.find((x) => x.sheet === plan.name)!.understanding.fields.find((f) => f.field === "nama")!.column) + 1;
    expect(rows.map((r) => r.Nama)).toEqual(plan.employeeRows.map((r) => cleanText(cellText(ws.getRow(r).getCell(namaCol).text))));

    const erroredRows = new Set(errors.map((p) => Number(/\d+$/.exec(p.cell)![0])));
    plan.employeeRows.forEach((excelRow, i) => {
      const row = rows[i];
      if (erroredRows.has(excelRow)) {
        const cells = errors.filter((p) => Number(/\d+$/.exec(p.cell)![0]) === excelRow).map((p) => p.cell);
        for (const cell of cells) expect(row.Catatan).toContain(`kesalahan ${cell}:`);
        expect([row["Kotak Talenta"], row["Rekomendasi Talenta (Tabel 28)"], row["Jenis Penghargaan (Tabel 31)"]]).toEqual(["", "", ""]);
        expect(row["Kelayakan Penghargaan (PP 30/2019 Ps. 53)"]).toMatch(/^Tidak diberikan: /);
      } else {
        expect(row.Catatan).not.toContain("kesalahan");
        // No prior-year predikat: the eligibility says why instead of staying silent.
        if (row["Predikat Tahun Lalu"] === "") expect(row["Kelayakan Penghargaan (PP 30/2019 Ps. 53)"]).toMatch(/^Tidak dapat ditentukan: /);
      }
      if (row.Predikat !== "" && row["Nilai Kinerja"] === "" && !row["Rating Hasil Kerja"]) expect(row.Catatan).toContain("predikat diambil dari lembar");
    });
  });
});
