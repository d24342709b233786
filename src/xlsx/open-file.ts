/**
 * Opening an agency's .xlsx file with a clear Indonesian reason when it cannot be used:
 * missing, empty, not an .xlsx, password-protected (encrypted), corrupted, or a decompression
 * bomb (a few hundred kilobytes of zip can unpack to gigabytes of XML; see zip-read.ts).
 */
import type ExcelJS from "exceljs";
import { readFile, stat } from "node:fs/promises";
import { UserFacingError } from "../workbook/errors";
import { bufferSource, EXPANSION_RATIO, ExpansionBudget, ExpansionError, fileSource, readDirectory, ZipEntry, ZipSource } from "./zip-read";

export type OpenFailureReason = "tidak-ada" | "kosong" | "bukan-xlsx" | "terenkripsi" | "rusak" | "terlalu-besar";

export class UnusableFileError extends UserFacingError {
  constructor(
    readonly file: string,
    readonly reason: OpenFailureReason,
    message: string,
  ) {
    super(message, "input");
  }
}

const mb = (bytes: number) => (bytes >= 1048576 ? `${Math.round(bytes / 1048576)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`);

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
/** OLE compound file: an encrypted (password-protected) .xlsx, or a legacy .xls. */
const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(buffer: Buffer, signature: readonly number[]): boolean {
  return signature.every((byte, i) => buffer[i] === byte);
}

/** Why a path cannot be opened, from the file system's error code. */
export function whyUnreachable(error: unknown): string {
  switch ((error as NodeJS.ErrnoException | undefined)?.code) {
    case "ELOOP":
      return "tautan simbolik (symlink) berputar: tautan ini menunjuk ke dirinya sendiri atau ke tautan yang kembali kepadanya, sehingga tidak ada berkas yang dapat dibuka.";
    case "EACCES":
    case "EPERM":
      return "tidak dapat dibuka karena izin ditolak.";
    case "ENAMETOOLONG":
      return "nama atau jalur berkas terlalu panjang.";
    default:
      return "berkas tidak ditemukan.";
  }
}

/** The file's size, refusing what is not a file or is empty. */
async function usableSize(file: string): Promise<number> {
  let size: number;
  try {
    const info = await stat(file);
    if (!info.isFile()) throw new UnusableFileError(file, "tidak-ada", `${file}: bukan berkas.`);
    size = info.size;
  } catch (error) {
    if (error instanceof UnusableFileError) throw error;
    throw new UnusableFileError(file, "tidak-ada", `${file}: ${whyUnreachable(error)}`);
  }
  if (size === 0) throw new UnusableFileError(file, "kosong", `${file}: berkas kosong (0 byte).`);
  return size;
}

/** Refuses by the first bytes: a password-protected or legacy file, or anything not a zip. */
function checkSignature(file: string, head: Buffer): void {
  if (startsWith(head, CFB_SIGNATURE)) {
    throw new UnusableFileError(
      file,
      "terenkripsi",
      `${file}: berkas dilindungi kata sandi (terenkripsi) atau berformat .xls lama. Buka di Excel, hapus kata sandinya, lalu simpan sebagai .xlsx.`,
    );
  }
  if (!startsWith(head, ZIP_SIGNATURE)) throw new UnusableFileError(file, "bukan-xlsx", `${file}: bukan berkas .xlsx.`);
}

/** The whole file in memory (for `rekomendasi`, which grafts onto exactly these bytes). */
export async function readXlsxBuffer(file: string): Promise<Buffer> {
  await usableSize(file);
  const buffer = await readFile(file);
  checkSignature(file, buffer);
  return buffer;
}

/**
 * The package to read part by part: from `bytes` when given (already read), else from the file
 * in ranges, so validating holds no more of the file than the part being read.
 */
export async function openPackage(file: string, bytes?: Buffer): Promise<{ source: ZipSource; entries: ZipEntry[]; budget: ExpansionBudget }> {
  let source: ZipSource;
  if (bytes) source = bufferSource(bytes);
  else {
    await usableSize(file);
    try {
      source = await fileSource(file);
    } catch (error) {
      throw new UnusableFileError(file, "tidak-ada", `${file}: ${whyUnreachable(error)}`);
    }
    try {
      checkSignature(file, await source.read(0, 8));
    } catch (error) {
      await source.close();
      throw error;
    }
  }
  try {
    const entries = await readDirectory(source);
    const budget = new ExpansionBudget(source.size);
    budget.checkDeclared(entries);
    return { source, entries, budget };
  } catch (error) {
    await source.close();
    throw readFailure(file, error);
  }
}

/** The clear reason for a failure while reading a package (others are passed on unchanged). */
export function readFailure(file: string, error: unknown): unknown {
  if (error instanceof UnusableFileError) return error;
  if (error instanceof ExpansionError) return tooLarge(file, error);
  // The file system failed (it went away, a disk error): say so, as for a file that cannot be opened.
  if ((error as NodeJS.ErrnoException | undefined)?.syscall !== undefined) return new UnusableFileError(file, "tidak-ada", `${file}: ${whyUnreachable(error)}`);
  // Anything else thrown while reading the package comes from its content (a directory entry
  // pointing past the end, a malformed target): a damaged file, as ExcelJS's failures were.
  if (typeof (error as Error | undefined)?.message === "string") {
    return new UnusableFileError(file, "rusak", `${file}: berkas .xlsx rusak atau terpotong; isinya tidak dapat dibaca (${(error as Error).message}).`);
  }
  return error;
}

function tooLarge(file: string, e: ExpansionError): UnusableFileError {
  const what = e.whole ? `seluruh isinya mengembang menjadi lebih dari ${mb(e.unpacked)} dari berkas ${mb(e.compressed)}` : `bagian ${e.part} mengembang menjadi lebih dari ${mb(e.unpacked)} dari ${mb(e.compressed)} terkemas`;
  return new UnusableFileError(
    file,
    "terlalu-besar",
    `${file}: berkas terlalu besar untuk dibaca: ${what} (lebih dari ${EXPANSION_RATIO} kali), ciri "bom zip" yang dibuat untuk menghabiskan memori. ` +
      `Rekap dari Excel mengembang hanya 3–15 kali, berapa pun jumlah barisnya; periksa apakah ini berkas rekap yang benar.`,
  );
}

export interface OpenedWorkbook {
  readonly workbook: ExcelJS.Workbook;
  /** Paths of the package's parts, e.g. "xl/charts/chart1.xml". */
  readonly partNames: readonly string[];
  /** The file as read: the package a copy is grafted onto (see package-graft.ts). */
  readonly bytes: Buffer;
}

/**
 * ExcelJS's whole in-memory model of the file (for tests and scripts that inspect a written
 * copy; the CLI reads through load-workbook.ts instead), after the same bomb guard.
 */
export async function openWorkbook(file: string): Promise<OpenedWorkbook> {
  const buffer = await readXlsxBuffer(file);
  const { entries } = await openPackage(file, buffer);
  const { default: ExcelJS } = await import("exceljs");
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new UnusableFileError(file, "rusak", `${file}: berkas .xlsx rusak dan tidak dapat dibaca (${detail}).`);
  }
  return { workbook, partNames: entries.map((e) => e.name), bytes: buffer };
}
