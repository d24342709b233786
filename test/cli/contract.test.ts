/**
 * The stable command-line interface (DESIGN.md, "Stable command-line interface"; README, "Keluaran
 * --json dan kode keluar"): other tools parse `kinerja validasi --json` and act on exit codes, so
 * the shape, the text layout and the codes are pinned here. Runs in-process over the bundled
 * samples; a few child-process runs pin the exit codes a shell sees.
 */
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { EXIT_FINDINGS, EXIT_OK, EXIT_UNUSABLE } from "../../src/cli/shared";
import { CliRun as Run, kinerja } from "./run-kinerja";
import { GENERATED_MARKER, OWN_SHEET_MARKER, qualifiedRef, ruleInfo, STATE_SHEET_NAME } from "../../src/workbook";
import { loadWorkbookFile, openWorkbook } from "../../src/xlsx";
import { FILES, PLANTED_PROBLEMS, SAMPLE_YEAR, SHEETS } from "../../scripts/sample-data";
import { plainSheet } from "../workbook/helpers";

// Reading and writing a 320-employee workbook takes seconds on a busy shared machine.
jest.setTimeout(60_000);

const ROOT = join(__dirname, "..", "..");
const SAMPLES = join(ROOT, "samples");
const sample = (name: string) => join(SAMPLES, name);


const sha256 = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "kinerja-contract-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// ---------------------------------------------------------------------------------------------
// The --json shape, field by field (what the README documents).

interface JsonFinding {
  code: string;
  severity: "error" | "warning";
  sheet: string;
  cell: string;
  address: string;
  message: string;
}
interface JsonUnderstanding {
  headerRows: number[];
  fields: { field: string; label: string; column: string; header: string }[];
  unmapped: { column: string; header: string; note: string | null }[];
  skippedChecks: { check: string; message: string }[];
  year: { current: number; message: string } | null;
  hygiene: string[];
  rowsRead: number;
  rowsSkipped: { row: number; reason: string }[];
}
interface JsonSheet {
  sheet: string;
  kind: "pegawai" | "iku";
  rowsChecked: number;
  errors: number;
  warnings: number;
  findings: JsonFinding[];
  aturan: { aturan: string; nama: string; reason: string; source: "pengguna" | "buku kerja" | "terdeteksi" };
  understanding: JsonUnderstanding | null;
}
type JsonFile =
  | { file: string; status: "ok"; errors: number; warnings: number; sheets: JsonSheet[]; fileFindings: { code: string; severity: string; message: string }[] }
  | { file: string; status: "tidak-dapat-dibaca"; reason: string; message: string };
interface JsonReport {
  files: JsonFile[];
  summary: { files: number; errors: number; warnings: number; unusable: number };
}

function parseReport(run: Run): JsonReport {
  const report = JSON.parse(run.out) as JsonReport;
  expect(Object.keys(report)).toEqual(["files", "summary"]);
  expect(Object.keys(report.summary)).toEqual(["files", "errors", "warnings", "unusable"]);
  for (const f of report.files) {
    if (f.status === "ok") {
      expect(Object.keys(f)).toEqual(["file", "status", "errors", "warnings", "sheets", "fileFindings"]);
      for (const s of f.sheets) {
        expect(Object.keys(s)).toEqual(["sheet", "kind", "rowsChecked", "errors", "warnings", "findings", "aturan", "understanding"]);
        for (const finding of s.findings) expect(Object.keys(finding)).toEqual(["code", "severity", "sheet", "cell", "address", "message"]);
        expect(Object.keys(s.aturan)).toEqual(["aturan", "nama", "reason", "source"]);
        expect(["pengguna", "buku kerja", "terdeteksi"]).toContain(s.aturan.source);
        const u = s.understanding!;
        expect(Object.keys(u)).toEqual(["headerRows", "fields", "unmapped", "skippedChecks", "year", "hygiene", "rowsRead", "rowsSkipped"]);
        for (const field of u.fields) expect(Object.keys(field)).toEqual(["field", "label", "column", "header"]);
        for (const c of u.unmapped) expect(Object.keys(c)).toEqual(["column", "header", "note"]);
        for (const c of u.skippedChecks) expect(Object.keys(c)).toEqual(["check", "message"]);
        for (const r of u.rowsSkipped) expect(Object.keys(r)).toEqual(["row", "reason"]);
        expect(u.rowsRead).toBe(s.rowsChecked);
      }
    } else {
      expect(Object.keys(f)).toEqual(["file", "status", "reason", "message"]);
    }
  }
  return report;
}

describe("kinerja validasi --json", () => {
  it("a clean file: status ok, no findings, exit 0, nothing on stderr", async () => {
    const run = await kinerja("validasi", sample(FILES.dinasBersih), "--json");
    expect(run.code).toBe(EXIT_OK);
    expect(run.err).toBe("");
    const report = parseReport(run);
    expect(report.summary).toEqual({ files: 1, errors: 0, warnings: 0, unusable: 0 });
    const [file] = report.files;
    expect(file).toEqual({
      file: sample(FILES.dinasBersih),
      status: "ok",
      errors: 0,
      warnings: 0,
      sheets: [
        {
          sheet: SHEETS.dinas,
          kind: "pegawai",
          rowsChecked: 320,
          errors: 0,
          warnings: 0,
          findings: [],
          // Nothing saved and no --aturan: the sheet decides, and says why.
          aturan: { aturan: "PP30", nama: "PP 30/2019", reason: "tidak ada kolom rating, Nilai Prestasi Kerja/Sebutan, NPKP atau NRP; dipakai PP 30/2019", source: "terdeteksi" },
          understanding: expect.objectContaining({ headerRows: [4, 5], rowsRead: 320, hygiene: [] }) as unknown as JsonUnderstanding,
        },
      ],
      fileFindings: [],
    });
    const u = (file as { sheets: JsonSheet[] }).sheets[0].understanding!;
    expect(u.fields.slice(0, 2)).toEqual([
      { field: "nip", label: "NIP", column: "B", header: "NIP" },
      { field: "nama", label: "Nama", column: "C", header: "Nama" },
    ]);
  });

  it("a file with error-level findings: every planted problem once, with its cell, counts that add up, exit 1", async () => {
    const run = await kinerja("validasi", sample(FILES.dinasBermasalah), "--json");
    expect(run.code).toBe(EXIT_FINDINGS);
    const report = parseReport(run);
    const file = report.files[0];
    if (file.status !== "ok") throw new Error(`unexpected status ${file.status}`);
    const findings = file.sheets.flatMap((s) => s.findings);
    const key = (p: { sheet: string; cell: string; code: string }) => `${p.sheet}!${p.cell} ${p.code}`;
    expect(findings.map(key).sort()).toEqual(PLANTED_PROBLEMS.filter((p) => p.file === FILES.dinasBermasalah).map(key).sort());
    for (const f of findings) {
      expect(f.address).toBe(qualifiedRef(f.sheet, f.cell));
      expect(["error", "warning"]).toContain(f.severity);
      expect(ruleInfo(f.code)?.code).toBe(f.code);
      expect(f.message.length).toBeGreaterThan(0);
    }
    const errors = findings.filter((f) => f.severity === "error").length;
    expect(file.errors).toBe(errors);
    expect(file.warnings).toBe(findings.length - errors);
    for (const s of file.sheets) {
      expect(s.errors + s.warnings).toBe(s.findings.length);
      expect(s.errors).toBe(s.findings.filter((f) => f.severity === "error").length);
    }
    expect(report.summary).toEqual({ files: 1, errors, warnings: findings.length - errors, unusable: 0 });
  });

  it("a file that cannot be read is listed with its reason, and the run exits 2", async () => {
    const fake = join(dir, "bukan.xlsx");
    writeFileSync(fake, "ini teks biasa, bukan buku kerja");
    const run = await kinerja("validasi", fake, "--json");
    expect(run.code).toBe(EXIT_UNUSABLE);
    const report = parseReport(run);
    expect(report.files).toEqual([{ file: fake, status: "tidak-dapat-dibaca", reason: "bukan-xlsx", message: `${fake}: bukan berkas .xlsx.` }]);
    expect(report.summary).toEqual({ files: 1, errors: 0, warnings: 0, unusable: 1 });
  });

  it("a folder: one entry per .xlsx in name order; an unusable file outweighs findings (exit 2)", async () => {
    const folder = mkdtempSync(join(dir, "folder-"));
    copyFileSync(sample(FILES.dinasBermasalah), join(folder, "a.xlsx"));
    copyFileSync(sample(FILES.dinasBersih), join(folder, "b.xlsx"));
    writeFileSync(join(folder, "c.xlsx"), "");
    writeFileSync(join(folder, "catatan.txt"), "bukan buku kerja");
    const run = await kinerja("validasi", folder, "--json");
    expect(run.code).toBe(EXIT_UNUSABLE);
    const report = parseReport(run);
    expect(report.files.map((f) => [f.file, f.status])).toEqual([
      [join(folder, "a.xlsx"), "ok"],
      [join(folder, "b.xlsx"), "ok"],
      [join(folder, "c.xlsx"), "tidak-dapat-dibaca"],
    ]);
    expect(report.files[2]).toMatchObject({ reason: "kosong" });
    expect(report.summary.files).toBe(3);
    expect(report.summary.unusable).toBe(1);
    expect(report.summary.errors).toBeGreaterThan(0);
  });

  it("--aturan overrides the rule set stored in the file; each says where the rule set came from", async () => {
    // polri.xlsx stores POLRI; read under PP 30 its 0–100 scores and words do not fit.
    const stored = await kinerja("validasi", sample(FILES.polri), "--json");
    expect(stored.code).toBe(EXIT_OK);
    const storedSheet = (parseReport(stored).files[0] as { sheets: JsonSheet[] }).sheets[0];
    expect(storedSheet.aturan).toMatchObject({ aturan: "POLRI", source: "buku kerja" });
    const pp30 = await kinerja("validasi", sample(FILES.polri), "--json", "--aturan", "PP30");
    expect(pp30.code).toBe(EXIT_FINDINGS);
    expect((parseReport(pp30).files[0] as { sheets: JsonSheet[] }).sheets[0].aturan).toMatchObject({ aturan: "PP30", source: "pengguna" });
  });

  it("--kolom FIELD=COLUMN overrides detection: the field reads that column, the field detected there before is unread", async () => {
    const file = join(SAMPLES, "nyata", "ekinerja-rekap-penilaian.xlsx");
    const run = await kinerja("validasi", file, "--json", "--kolom", "nama=D", "--kolom", "Jabatan=C");
    const u = (parseReport(run).files[0] as { sheets: JsonSheet[] }).sheets[0].understanding!;
    expect(u.fields.filter((f) => f.field === "nama" || f.field === "jabatan")).toEqual([
      { field: "nama", label: "Nama", column: "D", header: "Jabatan" },
      { field: "jabatan", label: "Jabatan", column: "C", header: "Nama" },
    ]);
  });
});

describe("kinerja validasi (text)", () => {
  it("a clean file: the file, one line per sheet with rows, errors and warnings; exit 0", async () => {
    const run = await kinerja("validasi", sample(FILES.dinasBersih));
    expect(run.code).toBe(EXIT_OK);
    const lines = run.out.split("\n");
    expect(lines.slice(0, 5)).toEqual([
      sample(FILES.dinasBersih),
      `  Lembar "${SHEETS.dinas}" (pegawai): 320 baris diperiksa, 0 kesalahan, 0 peringatan`,
      "    Aturan: PP 30/2019 (terdeteksi dari lembar: tidak ada kolom rating, Nilai Prestasi Kerja/Sebutan, NPKP atau NRP; dipakai PP 30/2019)",
      "    Baris judul: 4–5",
      "    Kolom dibaca:",
    ]);
    // Each field: column letter, the field's name with the key --kolom takes, the header as written.
    expect(lines[5]).toMatch(/^ {6}B {3}NIP \[nip\] +← "NIP"$/);
    expect(lines[lines.length - 1]).toBe("");
    expect(lines.some((l) => /[✖⚠]/.test(l))).toBe(false);
  });

  it("findings grouped by sheet and rule: the rule's title and code with a count, then ✖/⚠, the cell and the message", async () => {
    const run = await kinerja("validasi", sample(FILES.dinasBermasalah));
    expect(run.code).toBe(EXIT_FINDINGS);
    const lines = run.out.split("\n");
    expect(lines[0]).toBe(sample(FILES.dinasBermasalah));
    expect(lines).toContain(`  Lembar "${SHEETS.dinas}" (pegawai): 317 baris diperiksa, 25 kesalahan, 5 peringatan`);
    expect(lines.find((l) => l.startsWith(`  Lembar "${SHEETS.susulan}"`))).toMatch(/^ {2}Lembar "Susulan" \(pegawai\): \d+ baris diperiksa, 1 kesalahan, 0 peringatan$/);
    const ruleLine = lines.findIndex((l) => l === "    NIP kosong [NIP_KOSONG] — 1");
    expect(ruleLine).toBeGreaterThan(0);
    expect(lines[ruleLine + 1]).toBe("      ✖ B12     NIP kosong.");
    expect(lines.find((l) => l.startsWith("      ⚠ G105"))).toBeDefined();
    // Every planted problem appears as "<symbol> <cell>" under its sheet.
    for (const p of PLANTED_PROBLEMS.filter((q) => q.file === FILES.dinasBermasalah)) {
      expect(lines.some((l) => new RegExp(`^      [✖⚠] ${p.cell} +`).test(l))).toBe(true);
    }
    expect(lines.some((l) => l.startsWith("Ringkasan"))).toBe(false); // a single file has no summary table
  });

  it("a folder ends with the summary table: one row per file with its status", async () => {
    const folder = mkdtempSync(join(dir, "ringkasan-"));
    copyFileSync(sample(FILES.dinasBersih), join(folder, "bersih.xlsx"));
    copyFileSync(sample(FILES.dinasBermasalah), join(folder, "masalah.xlsx"));
    const run = await kinerja("validasi", folder);
    expect(run.code).toBe(EXIT_FINDINGS);
    const lines = run.out.split("\n");
    const at = lines.indexOf("Ringkasan:");
    expect(at).toBeGreaterThan(0);
    expect(lines[at + 1].trim().split(/\s{2,}/)).toEqual(["Berkas", "Lembar", "Baris", "Kesalahan", "Peringatan", "Status"]);
    expect(lines[at + 2]).toMatch(/^-+( +-+){5}$/);
    expect(lines[at + 3].trim().split(/\s{2,}/)).toEqual(["bersih.xlsx", "1", "320", "0", "0", "siap"]);
    expect(lines[at + 4].trim().split(/\s{2,}/)[0]).toBe("masalah.xlsx");
    expect(lines[at + 4].trim().endsWith("perlu perbaikan")).toBe(true);
  });

  it("an unusable file is named with TIDAK DAPAT DIBACA and its reason; exit 2", async () => {
    const run = await kinerja("validasi", join(dir, "tidak-ada.xlsx"));
    expect(run.code).toBe(EXIT_UNUSABLE);
    expect(run.out).toBe("");
    expect(run.err).toBe(`${join(dir, "tidak-ada.xlsx")}: berkas atau folder tidak ditemukan.`);
  });
});

describe("exit code 2 for bad usage, with an Indonesian message on stderr", () => {
  it.each([
    ["an unknown rule set", ["validasi", "samples/dinas-bersih.xlsx", "--aturan", "PP99"], /Aturan "PP99" tidak dikenal/],
    ["no file", ["validasi"], /^Argumen <berkas> belum diberikan\. Lihat: kinerja validasi --help$/],
    ["an unknown option", ["validasi", "samples/dinas-bersih.xlsx", "--tidak-ada"], /^Opsi --tidak-ada tidak dikenal\. Lihat: kinerja validasi --help$/],
    ["rekomendasi without -o", ["rekomendasi", "samples/dinas-bersih.xlsx"], /^Opsi wajib -o, --output <OUT> belum diberikan\./],
    ["an unknown command", ["periksa"], /^Perintah "periksa" tidak dikenal; gunakan fungsi, validasi atau rekomendasi\./],
    ["an unknown function", ["fungsi", "TIDAK_ADA"], /Fungsi "TIDAK_ADA" tidak dikenal/],
    ["--kolom with an unknown field", ["validasi", "samples/dinas-bersih.xlsx", "--kolom", "nilai=F"], /--kolom: bidang "nilai" tidak dikenal; gunakan salah satu dari nip, nrp, nama/],
    ["--kolom without a column letter", ["validasi", "samples/dinas-bersih.xlsx", "--kolom", "nilaiSkp"], /--kolom "nilaiSkp" tidak dapat dibaca; tulis BIDANG=KOLOM/],
    ["--kolom outside the table", ["validasi", "samples/dinas-bersih.xlsx", "--kolom", "nilaiSkp=ZZ"], /kolom ZZ di luar tabel lembar "Rekap Kinerja 2025"/],
    ["--kolom naming a field twice", ["rekomendasi", "samples/dinas-bersih.xlsx", "-o", "x.xlsx", "--kolom", "nip=B", "--kolom", "nip=C"], /bidang nip diberikan dua kali/],
  ])("%s", async (_what, argv, message) => {
    const run = await kinerja(...argv);
    expect(run.code).toBe(EXIT_UNUSABLE);
    expect(run.err).toMatch(message);
  });
});

// ---------------------------------------------------------------------------------------------
// rekomendasi

async function sheetsOf(file: string): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb.worksheets.map((w) => w.name);
}

describe("kinerja rekomendasi", () => {
  const expectedSheet = `Rekomendasi Penghargaan ${SAMPLE_YEAR}`;

  it("writes a copy with the recommendation sheet, marked and recorded as the add-in's own; the input is untouched", async () => {
    const input = join(dir, "sumber.xlsx");
    copyFileSync(sample(FILES.dinasBersih), input);
    const before = sha256(input);
    const out = join(dir, "hasil.xlsx");
    const run = await kinerja("rekomendasi", input, "-o", out);
    expect(run.code).toBe(EXIT_OK);
    expect(run.err).toBe("");
    const lines = run.out.split("\n");
    expect(lines[0]).toBe(`Lembar "${expectedSheet}" dibuat dari lembar "${SHEETS.dinas}" dan ditulis ke ${out}.`);
    expect(lines[1]).toMatch(/^Aturan: PP 30\/2019 \(tidak ada kolom rating, .*\)\.$/);
    expect(lines[2]).toMatch(/^320 pegawai: Sangat Baik \d+, Baik \d+, Cukup \d+, Kurang \d+, Sangat Kurang \d+\.$/);
    expect(lines[3]).toMatch(/^Prioritas talent pool: \d+ · prioritas pengembangan kompetensi: \d+\.$/);
    expect(sha256(input)).toBe(before);

    const inputLoaded = await loadWorkbookFile(input);
    const loaded = await loadWorkbookFile(out);
    expect(loaded.ownSheets).toEqual([expectedSheet]);
    expect(loaded.state.generatedSheets).toEqual([expectedSheet]);
    // Every sheet of the input is in the copy with the same values.
    expect(loaded.sheets.map(plainSheet)).toEqual(inputLoaded.sheets.map(plainSheet));
    const { workbook } = await openWorkbook(out);
    const ws = workbook.getWorksheet(expectedSheet)!;
    expect(String(ws.getCell(OWN_SHEET_MARKER.address).value)).toMatch(new RegExp(`^${GENERATED_MARKER}`));
    expect(workbook.getWorksheet(STATE_SHEET_NAME)?.state).toBe("veryHidden");
  });

  it("run on its own output: the add-in's sheet is replaced, not duplicated", async () => {
    const first = join(dir, "pertama.xlsx");
    expect((await kinerja("rekomendasi", sample(FILES.dinasBersih), "-o", first)).code).toBe(EXIT_OK);
    const second = join(dir, "kedua.xlsx");
    const run = await kinerja("rekomendasi", first, "-o", second);
    expect(run.code).toBe(EXIT_OK);
    expect(run.out).toContain("Lembar rekomendasi lama buatan add-in diganti.");
    expect((await sheetsOf(second)).filter((n) => n.startsWith("Rekomendasi"))).toEqual([expectedSheet]);
  });

  it("refuses an existing OUT without --timpa (exit 2, OUT unchanged); --timpa overwrites it", async () => {
    const out = join(dir, "ada.xlsx");
    writeFileSync(out, "isi lama");
    const refused = await kinerja("rekomendasi", sample(FILES.dinasBersih), "-o", out);
    expect(refused.code).toBe(EXIT_UNUSABLE);
    expect(refused.err).toBe(`${out} sudah ada. Pilih nama lain atau tambahkan --timpa.`);
    expect(readFileSync(out, "utf8")).toBe("isi lama");
    const forced = await kinerja("rekomendasi", sample(FILES.dinasBersih), "-o", out, "--timpa");
    expect(forced.code).toBe(EXIT_OK);
    expect(await sheetsOf(out)).toContain(expectedSheet);
  });

  it.each([
    ["OUT is the input", (input: string) => ["-o", input], /OUT tidak boleh sama dengan berkas masukan/],
    ["the named sheet does not exist", (_: string) => ["-o", join(dir, "lembar.xlsx"), "--lembar", "Tidak Ada"], /Lembar "Tidak Ada" tidak ada atau tidak berisi tabel penilaian pegawai/],
    ["the OUT folder does not exist", (_: string) => ["-o", join(dir, "tidak", "ada", "hasil.xlsx")], /Tidak dapat menulis .*foldernya tidak ada/],
  ])("refuses when %s: exit 2, input untouched, no OUT", async (_what, args, message) => {
    const input = join(dir, `masukan-${Math.random().toString(36).slice(2)}.xlsx`);
    copyFileSync(sample(FILES.dinasBersih), input);
    const before = sha256(input);
    const argv = args(input);
    const run = await kinerja("rekomendasi", input, ...argv);
    expect(run.code).toBe(EXIT_UNUSABLE);
    expect(run.err).toMatch(message);
    expect(run.out).toBe("");
    expect(sha256(input)).toBe(before);
    const out = argv[argv.indexOf("-o") + 1];
    if (out !== input) expect(existsSync(out)).toBe(false);
  });

  it("refuses while error-level findings remain: exit 1, nothing written, the first five and the count; --paksa writes (exit 0) and says so", async () => {
    const out = join(dir, "bermasalah-hasil.xlsx");
    const refused = await kinerja("rekomendasi", sample(FILES.dinasBermasalah), "-o", out);
    expect(refused.code).toBe(EXIT_FINDINGS);
    expect(existsSync(out)).toBe(false);
    const lines = refused.out.split("\n");
    expect(lines[0]).toBe(`Rekomendasi TIDAK dibuat; ${out} tidak ditulis.`);
    expect(lines[1]).toMatch(new RegExp(`^Lembar "${SHEETS.dinas}" masih memuat (\\d+) kesalahan \\(B12 NIP_KOSONG, .*, dan \\d+ lainnya\\)\\.`));
    expect(lines.filter((l) => l.startsWith("  ✖ "))).toHaveLength(5);
    // A message that already starts with its rule's title is not prefixed with it again.
    expect(lines).toContain("  ✖ B12     NIP kosong.");
    expect(lines.find((l) => l.startsWith("  ✖ B18"))).toMatch(/^ {2}✖ B18 {5}NIP tersimpan sebagai angka sehingga/);
    expect(lines[lines.length - 1]).toBe("Perbaiki kesalahannya, atau tambahkan --paksa untuk tetap membuatnya.");
    const forced = await kinerja("rekomendasi", sample(FILES.dinasBermasalah), "-o", out, "--paksa");
    expect(forced.code).toBe(EXIT_OK);
    expect(forced.out).toMatch(/PERHATIAN \(--paksa\): lembar sumber masih memuat \d+ kesalahan; \d+ baris berisi kesalahan diberi catatan/);
    expect(existsSync(out)).toBe(true);
  });

  it("--kolom in rekomendasi: the sheet is read with the officer's columns, and the copy keeps that mapping for the pane", async () => {
    const out = join(dir, "kolom-hasil.xlsx");
    const input = join(SAMPLES, "nyata", "ekinerja-rekap-penilaian.xlsx");
    const run = await kinerja("rekomendasi", input, "-o", out, "--paksa", "--kolom", "jabatan=A");
    expect(run.code).toBe(EXIT_OK);
    const loaded = await loadWorkbookFile(out);
    expect(loaded.state.mappings.get("Rekap Penilaian")?.columns.jabatan).toBe(0);
    const ws = (await openWorkbook(out)).workbook.worksheets.find((w) => w.name.startsWith("Rekomendasi Penghargaan"))!;
    const header = (ws.getRow(5).values as unknown[]).slice(1);
    // Column A holds the row numbers: they are now what the sheet says the jabatan is.
    expect(ws.getRow(6).getCell(header.indexOf("Jabatan") + 1).value).toBe("1");
  });

  it("refuses a workbook without an employee table (IKU only): exit 2, no OUT", async () => {
    const out = join(dir, "iku-hasil.xlsx");
    const run = await kinerja("rekomendasi", sample(FILES.iku), "-o", out);
    expect(run.code).toBe(EXIT_UNUSABLE);
    expect(run.err).toBe(`${sample(FILES.iku)}: tidak ada lembar berisi tabel penilaian pegawai (NIP, Nama, nilai …).`);
    expect(existsSync(out)).toBe(false);
  });
});

describe("kinerja fungsi", () => {
  it("prints the value as JSON, or {error, message}; both exit 0", async () => {
    expect(await kinerja("fungsi", "PREDIKAT", "112", "TRUE")).toEqual({ code: EXIT_OK, out: '"Sangat Baik"', err: "" });
    expect(await kinerja("fungsi", "PREDIKAT", "[[90],[112]]", "TRUE")).toEqual({ code: EXIT_OK, out: '[["Baik"],["Sangat Baik"]]', err: "" });
    const failed = await kinerja("fungsi", "PREDIKAT", "121");
    expect(failed.code).toBe(EXIT_OK);
    const value = JSON.parse(failed.out) as Record<string, string>;
    expect(Object.keys(value)).toEqual(["error", "message"]);
    expect(value.error).toBe("#VALUE!");
  });
});

// ---------------------------------------------------------------------------------------------
// A real process, as a shell or another tool runs it.

function runProcess(...argv: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile("npx", ["tsx", "src/cli/run.ts", ...argv], { cwd: ROOT, env: { ...process.env, CI: "1" }, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === "number" ? error.code : -1) : 0;
      resolve({ code, out: stdout, err: stderr });
    });
  });
}

describe("as a child process (npx tsx src/cli/run.ts)", () => {
  it("exit 1 with the --json report on stdout for findings; exit 2 with the message on stderr for a missing file", async () => {
    const findings = await runProcess("validasi", "samples/dinas-bermasalah.xlsx", "--json");
    expect(findings.code).toBe(EXIT_FINDINGS);
    expect(findings.err).toBe("");
    const report = JSON.parse(findings.out) as JsonReport;
    expect(report.summary.errors).toBeGreaterThan(0);

    const missing = await runProcess("validasi", "samples/tidak-ada.xlsx");
    expect(missing.code).toBe(EXIT_UNUSABLE);
    expect(missing.out).toBe("");
    expect(missing.err.trim()).toBe("samples/tidak-ada.xlsx: berkas atau folder tidak ditemukan.");
  }, 180_000);

  it("exit 0 for a clean file", async () => {
    const clean = await runProcess("validasi", "samples/dinas-bersih.xlsx");
    expect(clean.code).toBe(EXIT_OK);
    expect(clean.out).toContain("0 kesalahan, 0 peringatan");
  }, 120_000);

  it("a --json report of megabytes reaches a pipe whole (the process does not end before stdout is written)", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Rekap");
    ws.addRow(["No", "NIP", "Nama", "Nilai SKP", "Nilai Perilaku", "Nilai Kinerja", "Predikat"]);
    // Every row breaks the NIP (17 digits) and states a predikat its score does not give.
    for (let i = 1; i <= 12_000; i++) ws.addRow([i, String(19800101200501100 + i).slice(0, 17), `Pegawai ${i}`, 90, 90, 90, "Kurang"]);
    const file = join(dir, "besar.xlsx");
    await wb.xlsx.writeFile(file);
    const run = await runProcess("validasi", file, "--json");
    expect(run.code).toBe(EXIT_FINDINGS);
    expect(run.out.length).toBeGreaterThan(1_000_000);
    const report = JSON.parse(run.out) as JsonReport;
    expect(report.summary.errors).toBeGreaterThanOrEqual(24_000);
  }, 180_000);
});
