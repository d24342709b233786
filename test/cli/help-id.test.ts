/**
 * The command line speaks Indonesian: help, usage errors, --version, and `kinerja fungsi` without a
 * name lists the catalogue. commander's English words must not reach the officer.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { CATALOGUE } from "../../src/functions/catalogue";
import { EXIT_OK, EXIT_UNUSABLE } from "../../src/cli/shared";
import { kinerja } from "./run-kinerja";


const ENGLISH = /Usage|Options|Arguments|Commands|display help|output the version|error:|missing|unknown|Did you mean|\[options\]|\[command\]/;

describe("help in Indonesian", () => {
  it.each([[["--help"]], [["-h"]], [["validasi", "--help"]], [["rekomendasi", "--help"]], [["fungsi", "--help"]], [["help", "rekomendasi"]]])("%j", async (argv) => {
    const run = await kinerja(...argv);
    expect(run.code).toBe(EXIT_OK);
    expect(run.err).toBe("");
    expect(run.out).toMatch(/^Pemakaian: kinerja/);
    expect(run.out).toMatch(/\nOpsi:\n/);
    expect(run.out).toContain("tampilkan bantuan");
    expect(run.out).not.toMatch(ENGLISH);
  });

  it("lists the three commands and the exit codes", async () => {
    const run = await kinerja("--help");
    expect(run.out).toMatch(/\nPerintah:\n/);
    for (const command of ["fungsi [nama] [argumen...]", "validasi [opsi] <berkas>", "rekomendasi [opsi] <berkas>"]) expect(run.out).toContain(command);
    expect(run.out).toContain("Kode keluar: 0");
  });

  it("--version and -V print the package's version", async () => {
    const { version } = JSON.parse(readFileSync(join(__dirname, "..", "..", "package.json"), "utf8")) as { version: string };
    for (const flag of ["--version", "-V"]) {
      const run = await kinerja(flag);
      expect(run).toEqual({ code: EXIT_OK, out: version, err: "" });
    }
  });
});

describe("usage errors in Indonesian, exit 2, pointing to the command's help", () => {
  it.each([
    [["validasi"], "Argumen <berkas> belum diberikan. Lihat: kinerja validasi --help"],
    [["validasi", "a.xlsx", "--jsn"], "Opsi --jsn tidak dikenal. Mungkin maksud Anda --json? Lihat: kinerja validasi --help"],
    [["validasi", "a.xlsx", "--aturan"], "Opsi --aturan <aturan> memerlukan nilai. Lihat: kinerja validasi --help"],
    [["validasi", "a.xlsx", "b.xlsx"], "Terlalu banyak argumen untuk validasi: diharapkan 1, diberikan 2. Lihat: kinerja validasi --help"],
    [["rekomendasi", "a.xlsx"], "Opsi wajib -o, --output <OUT> belum diberikan. Lihat: kinerja rekomendasi --help"],
    [["periksa"], 'Perintah "periksa" tidak dikenal; gunakan fungsi, validasi atau rekomendasi. Lihat: kinerja --help'],
    [["validasii"], 'Perintah "validasii" tidak dikenal; gunakan fungsi, validasi atau rekomendasi. Mungkin maksud Anda validasi? Lihat: kinerja --help'],
  ])("%j", async (argv, message) => {
    const run = await kinerja(...argv);
    expect(run.code).toBe(EXIT_UNUSABLE);
    expect(run.out).toBe("");
    expect(run.err).toBe(message);
  });

  it("no command at all shows the help on stderr and says a command is missing", async () => {
    const run = await kinerja();
    expect(run.code).toBe(EXIT_UNUSABLE);
    expect(run.err).toMatch(/^Pemakaian: kinerja/);
    expect(run.err).toMatch(/Perintah belum diberikan\. Lihat: kinerja --help$/);
    expect(run.err).not.toMatch(ENGLISH);
  });
});

describe("kinerja fungsi without a name", () => {
  it("lists every function once, under its category, with its arguments", async () => {
    const run = await kinerja("fungsi");
    expect(run.code).toBe(EXIT_OK);
    const lines = run.out.split("\n");
    expect(lines[0]).toBe(`${CATALOGUE.length} fungsi KINERJA. Pemakaian: kinerja fungsi NAMA [ARG ...], mis. kinerja fungsi PREDIKAT 95.`);
    const headings = lines.filter((l) => /^\S.*:$/.test(l)).map((l) => l.slice(0, -1));
    expect(headings).toEqual([...new Set(CATALOGUE.map((f) => f.category))]);
    const signatures = lines.filter((l) => /^ {2}\S/.test(l)).map((l) => l.trim());
    expect(signatures).toHaveLength(CATALOGUE.length);
    expect(signatures).toContain("PREDIKAT(nilai; [inovasi]; [aturan])");
    expect(signatures).toContain("IKU(realisasi; target; [polarisasi]; [terburuk]; [batas_bawah]; [batas_atas])");
    // Each function sits under its own category heading.
    const predikat = lines.indexOf("  PREDIKAT(nilai; [inovasi]; [aturan])");
    const heading = lines.slice(0, predikat).filter((l) => /^\S.*:$/.test(l)).pop();
    expect(heading).toBe("Predikat & Distribusi:");
  });
});
