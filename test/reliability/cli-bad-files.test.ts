/**
 * The command line on bad files (issue 8): a truncated zip, text and a PNG named .xlsx, a
 * password-protected (OLE compound) file, 0 bytes, a zip whose shared strings unpack to 120 MB,
 * more than 100 times their compressed size (declared honestly, and understated by a lying
 * directory), symbolic-link loops in a
 * folder, and an OUT that cannot be written. Each gives a clear Indonesian message and exit code
 * 2, nothing is thrown at the user, and `rekomendasi` leaves no OUT (nor a temporary file) behind.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as zlib from "node:zlib";
import { main } from "../../src/cli/main";
import { messageProblem } from "./cells";
import { employee, recap } from "./workbook";

const ROOT = join(__dirname, "..", "..");
let dir: string;

/** Runs the CLI, collecting what it prints. */
async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

// ---------------------------------------------------------------------------------------------
// A zip writer (stored central directory sizes can be set to lie).

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(data: Buffer): number {
  const native = (zlib as unknown as { crc32?: (b: Buffer) => number }).crc32;
  if (native) return native(data) >>> 0;
  let c = 0xffffffff;
  for (const byte of data) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

interface ZipEntry {
  readonly name: string;
  readonly data: Buffer;
  /** Uncompressed size to write in the headers instead of the real one (a lying directory). */
  readonly declaredSize?: number;
}

function zipOf(entries: readonly ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, "utf8");
    const packed = zlib.deflateRawSync(e.data, { level: 1 });
    const crc = crc32(e.data);
    const size = e.declaredSize ?? e.data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt16LE(0, 10);
    local.writeUInt16LE(0x21, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt16LE(0, 12);
    central.writeUInt16LE(0x21, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, packed);
    centrals.push(central, name);
    offset += local.length + name.length + packed.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

/** The parts of a real small workbook, with `replace` swapped in. */
async function partsOf(xlsx: Buffer, replace: Record<string, Buffer>, declared: Record<string, number> = {}): Promise<ZipEntry[]> {
  const zip = await JSZip.loadAsync(xlsx);
  const names = Object.keys(zip.files).filter((n) => !zip.files[n].dir);
  for (const n of Object.keys(replace)) if (!names.includes(n)) names.push(n);
  return Promise.all(names.map(async (name) => ({ name, data: replace[name] ?? (await zip.file(name)!.async("nodebuffer")), declaredSize: declared[name] })));
}

/** A shared strings table of `bytes` bytes (one string repeated). */
function hugeSharedStrings(bytes: number): Buffer {
  const head = Buffer.from('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">');
  const tail = Buffer.from("</sst>");
  const item = "<si><t>Pegawai Negeri Sipil</t></si>";
  const body = Buffer.alloc(Math.floor((bytes - head.length - tail.length) / item.length) * item.length, item);
  return Buffer.concat([head, body, tail]);
}

const files: Record<string, string> = {};

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "kinerja-cli-"));
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Rekap 2025");
  recap([0, 1, 2, 3].map((i) => employee(i))).forEach((row, r) => row.forEach((v, c) => (ws.getCell(r + 1, c + 1).value = v as ExcelJS.CellValue)));
  const good = Buffer.from(await wb.xlsx.writeBuffer());
  const put = (name: string, data: Buffer | string) => {
    files[name] = join(dir, name);
    writeFileSync(files[name], data);
  };
  put("baik.xlsx", good);
  put("terpotong.xlsx", good.subarray(0, Math.floor(good.length / 2)));
  put("terpotong-awal.xlsx", good.subarray(0, 40));
  put("teks.xlsx", "NIP;Nama;Nilai\n198001012005011001;Budi;95,5\n");
  put("gambar.xlsx", readFileSync(join(ROOT, "assets", "icon-16.png")));
  put("sandi.xlsx", Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(4096)]));
  put("kosong.xlsx", Buffer.alloc(0));
  const huge = hugeSharedStrings(120 * 1024 * 1024);
  put("string-raksasa.xlsx", zipOf(await partsOf(good, { "xl/sharedStrings.xml": huge })));
  // The directory claims 2 KB; the data unpacks to 120 MB.
  put("string-berbohong.xlsx", zipOf(await partsOf(good, { "xl/sharedStrings.xml": huge }, { "xl/sharedStrings.xml": 2048 })));
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The message a bad file gets: Indonesian, naming the file, no stack trace. */
function expectClear(text: string, file: string, reason: RegExp): void {
  expect(text).not.toMatch(/\n\s+at \S+|TypeError|RangeError|ENOENT|ELOOP/);
  // The line that names the file and gives the reason (the file's own name does not count).
  const line = text.split("\n").find((l) => l.includes(file) && reason.test(l.split(file).join("")));
  expect({ file, line }).toEqual({ file, line: expect.any(String) });
  expect(messageProblem(line!.split(file).join(""))).toBeUndefined();
}

const BAD: readonly [string, RegExp, string][] = [
  ["terpotong.xlsx", /rusak|terpotong/, "rusak"],
  ["terpotong-awal.xlsx", /rusak|terpotong/, "rusak"],
  ["teks.xlsx", /bukan berkas \.xlsx/, "bukan-xlsx"],
  ["gambar.xlsx", /bukan berkas \.xlsx/, "bukan-xlsx"],
  ["sandi.xlsx", /dilindungi kata sandi/, "terenkripsi"],
  ["kosong.xlsx", /kosong \(0 byte\)/, "kosong"],
  // Refused by ratio (more than 100 times its compressed size), not by a fixed size.
  ["string-raksasa.xlsx", /terlalu besar.*xl\/sharedStrings\.xml.*lebih dari 100 kali.*bom zip/, "terlalu-besar"],
  ["string-berbohong.xlsx", /terlalu besar.*xl\/sharedStrings\.xml.*lebih dari 100 kali.*bom zip/, "terlalu-besar"],
];

describe("kinerja validasi on bad files", () => {
  it("reads the good file (the fixtures are right)", async () => {
    const r = await run("validasi", files["baik.xlsx"]);
    expect([0, 1]).toContain(r.code);
  });

  it.each(BAD)("%s: a clear message and exit 2", async (name, reason, code) => {
    const r = await run("validasi", files[name]);
    expect(r.code).toBe(2);
    expectClear(r.out + r.err, files[name], reason);
    const json = await run("validasi", files[name], "--json");
    expect(json.code).toBe(2);
    const parsed = JSON.parse(json.out) as { files: { status: string; reason: string; message: string }[] };
    expect(parsed.files[0]).toMatchObject({ status: "tidak-dapat-dibaca", reason: code, message: expect.stringMatching(reason) });
  });

  it("refuses the huge shared strings before unpacking them, with little memory", async () => {
    for (const name of ["string-raksasa.xlsx", "string-berbohong.xlsx"]) {
      const heap = process.memoryUsage().heapUsed;
      const r = await run("validasi", files[name]);
      expect(r.code).toBe(2);
      // ExcelJS would have built a 120-million-character string and a string table from it.
      expect(process.memoryUsage().heapUsed - heap).toBeLessThan(150 * 1024 * 1024);
    }
  });

  it("a folder with every bad file, symbolic-link loops and a good file: each named, exit 2, no hang", async () => {
    const folder = join(dir, "folder");
    mkdirSync(join(folder, "sub"), { recursive: true });
    for (const [name] of BAD) writeFileSync(join(folder, name), readFileSync(files[name]));
    writeFileSync(join(folder, "baik.xlsx"), readFileSync(files["baik.xlsx"]));
    symlinkSync("putar.xlsx", join(folder, "putar.xlsx")); // points at itself
    symlinkSync("b.xlsx", join(folder, "a.xlsx"));
    symlinkSync("a.xlsx", join(folder, "b.xlsx")); // a → b → a
    symlinkSync("..", join(folder, "sub", "kembali")); // a folder loop
    symlinkSync(folder, join(folder, "sub", "akar"));
    symlinkSync("tidak-ada.xlsx", join(folder, "hilang.xlsx")); // dangling
    const r = await run("validasi", folder);
    expect(r.code).toBe(2);
    for (const [name, reason] of BAD) expectClear(r.out, join(folder, name), reason);
    for (const name of ["putar.xlsx", "a.xlsx", "b.xlsx"]) expectClear(r.out, join(folder, name), /tautan simbolik \(symlink\) berputar/);
    expectClear(r.out, join(folder, "hilang.xlsx"), /tidak ditemukan/);
    expect(r.out).toContain(`${join(folder, "baik.xlsx")}\n  Lembar "Rekap 2025"`);
    // The good file is read once, not again through the looping folder links.
    expect(r.out.split(`Lembar "Rekap 2025"`)).toHaveLength(2);
    expect(r.out).toMatch(/Ringkasan:/);
  });

  it("a folder holding only symbolic-link loops: a clear message, exit 2", async () => {
    const folder = join(dir, "hanya-putaran");
    mkdirSync(folder);
    symlinkSync("x.xlsx", join(folder, "x.xlsx"));
    symlinkSync(".", join(folder, "diri"));
    const r = await run("validasi", folder);
    expect(r.code).toBe(2);
    expectClear(r.out, join(folder, "x.xlsx"), /tautan simbolik \(symlink\) berputar/);
  });

  it("a path that is itself a symbolic-link loop: a clear message, exit 2", async () => {
    const loop = join(dir, "lingkar.xlsx");
    symlinkSync("lingkar.xlsx", loop);
    const r = await run("validasi", loop);
    expect(r.code).toBe(2);
    expectClear(r.err, loop, /tautan simbolik \(symlink\) berputar/);
  });
});

describe("kinerja rekomendasi on bad files: exit 2 and no OUT", () => {
  const leftovers = (folder: string) => readdirSync(folder).filter((n) => n.endsWith(".tmp"));

  it("writes OUT for the good file (the fixtures are right)", async () => {
    const out = join(dir, "hasil-baik.xlsx");
    const r = await run("rekomendasi", files["baik.xlsx"], "-o", out);
    expect(r.code).toBe(0);
    expect(existsSync(out)).toBe(true);
  });

  it.each(BAD)("%s: a clear message, exit 2, OUT does not exist afterwards", async (name, reason) => {
    const out = join(dir, `hasil-${name}`);
    const r = await run("rekomendasi", files[name], "-o", out);
    expect(r.code).toBe(2);
    expectClear(r.err, files[name], reason);
    expect(existsSync(out)).toBe(false);
    expect(leftovers(dir)).toEqual([]);
  });

  it("a symbolic-link loop as input: exit 2, no OUT", async () => {
    const loop = join(dir, "putar-rekomendasi.xlsx");
    symlinkSync("putar-rekomendasi.xlsx", loop);
    const out = join(dir, "hasil-putar.xlsx");
    const r = await run("rekomendasi", loop, "-o", out);
    expect(r.code).toBe(2);
    expectClear(r.err, loop, /tautan simbolik \(symlink\) berputar/);
    expect(existsSync(out)).toBe(false);
  });

  it("an OUT that cannot be written (no such folder, a folder of that name): exit 2, nothing left behind", async () => {
    const missing = join(dir, "tidak-ada", "hasil.xlsx");
    let r = await run("rekomendasi", files["baik.xlsx"], "-o", missing);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^Tidak dapat menulis .*hasil\.xlsx: foldernya tidak ada\. Tidak ada berkas yang dibuat/);
    expect(existsSync(missing)).toBe(false);

    const folderOut = join(dir, "sebuah-folder.xlsx");
    mkdirSync(folderOut);
    r = await run("rekomendasi", files["baik.xlsx"], "-o", folderOut, "--timpa");
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/Tidak dapat menulis .*sebuah-folder\.xlsx: nama itu sudah dipakai sebuah folder/);
    expect(readdirSync(folderOut)).toEqual([]);
    expect(leftovers(dir)).toEqual([]);
  });
});
