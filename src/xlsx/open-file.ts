/**
 * Opening an agency's .xlsx file with a clear Indonesian reason when it cannot be used:
 * missing, empty, not an .xlsx, password-protected (encrypted), corrupted, or too large once
 * unpacked (a few hundred kilobytes of zip can unpack to gigabytes of XML).
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { readFile, stat } from "node:fs/promises";
import { UserFacingError } from "../workbook/errors";

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

/** Larger files are refused before parsing: an agency recap is a few MB at most. */
export const MAX_FILE_BYTES = 200 * 1024 * 1024;

/**
 * Limits on the unpacked parts, checked from the zip's central directory before ExcelJS reads
 * anything: 100 MB for any one part (a sheet's XML, the shared strings table) and 300 MB for all
 * parts together. ExcelJS turns each part into one string and then into cell objects several
 * times its size, so a 100 MB part already needs gigabytes; an agency recap of 50,000 employees
 * unpacks to some 30 MB. A part whose compressed data could unpack beyond what its directory
 * entry says is unpacked once, counting, and abandoned at the limit.
 */
export const MAX_PART_BYTES = 100 * 1024 * 1024;
export const MAX_UNPACKED_BYTES = 300 * 1024 * 1024;
/** DEFLATE cannot expand data more than about 1,032 times. */
const MAX_DEFLATE_RATIO = 1032;

const mb = (bytes: number) => `${Math.round(bytes / 1048576)} MB`;

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

export async function readXlsxBuffer(file: string): Promise<Buffer> {
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
  if (size > MAX_FILE_BYTES) {
    throw new UnusableFileError(file, "terlalu-besar", `${file}: berkas ${Math.round(size / 1048576)} MB melebihi batas ${MAX_FILE_BYTES / 1048576} MB.`);
  }
  const buffer = await readFile(file);
  if (startsWith(buffer, CFB_SIGNATURE)) {
    throw new UnusableFileError(
      file,
      "terenkripsi",
      `${file}: berkas dilindungi kata sandi (terenkripsi) atau berformat .xls lama. Buka di Excel, hapus kata sandinya, lalu simpan sebagai .xlsx.`,
    );
  }
  if (!startsWith(buffer, ZIP_SIGNATURE)) throw new UnusableFileError(file, "bukan-xlsx", `${file}: bukan berkas .xlsx.`);
  return buffer;
}

/** Size fields of a loaded entry (JSZip keeps the central directory's sizes on `_data`). */
interface EntrySizes {
  readonly compressedSize?: number;
  readonly uncompressedSize?: number;
}

function tooLarge(file: string, what: string, part: string, bytes: number, limit: number): UnusableFileError {
  return new UnusableFileError(
    file,
    "terlalu-besar",
    `${file}: berkas terlalu besar untuk dibaca: ${what} ${part} berisi ${mb(bytes)} setelah dibuka, melebihi batas ${mb(limit)}. ` +
      "Rekap instansi biasanya hanya beberapa MB; periksa apakah ini berkas rekap yang benar, atau bagi datanya menjadi beberapa berkas.",
  );
}

/** Bytes a part unpacks to, counted while unpacking and abandoned past `limit`. */
function unpackedBytes(entry: JSZip.JSZipObject, limit: number): Promise<number> {
  return new Promise((resolve, reject) => {
    let total = 0;
    const stream = entry.nodeStream("nodebuffer") as NodeJS.ReadableStream & { destroy?: () => void };
    stream.on("data", (chunk: Buffer) => {
      total += chunk.length;
      if (total > limit) {
        stream.removeAllListeners("data");
        stream.pause();
        stream.destroy?.();
        resolve(total);
      }
    });
    stream.on("end", () => resolve(total));
    stream.on("error", reject);
  });
}

/**
 * Refuses a zip whose parts unpack beyond MAX_PART_BYTES / MAX_UNPACKED_BYTES, from the sizes its
 * central directory declares and, where the compressed data could hold more than declared, from
 * the bytes actually unpacked — before any part is parsed.
 */
export async function checkUnpackedSize(file: string, buffer: Buffer): Promise<JSZip> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(buffer);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new UnusableFileError(file, "rusak", `${file}: berkas .xlsx rusak atau terpotong; daftar isinya tidak dapat dibaca (${detail}).`);
  }
  const entries = Object.values(zip.files).filter((e) => !e.dir);
  const sizes = entries.map((e) => (e as unknown as { _data?: EntrySizes })._data ?? {});
  let total = 0;
  entries.forEach((entry, i) => {
    const declared = sizes[i].uncompressedSize ?? 0;
    if (declared > MAX_PART_BYTES) throw tooLarge(file, "bagian", entry.name, declared, MAX_PART_BYTES);
    total += declared;
  });
  if (total > MAX_UNPACKED_BYTES) throw tooLarge(file, "seluruh isi", "berkas", total, MAX_UNPACKED_BYTES);
  // A directory entry can understate its part: unpack and count whatever could hold more than declared.
  let counted = 0;
  for (let i = 0; i < entries.length; i++) {
    const declared = sizes[i].uncompressedSize ?? 0;
    const couldHold = (sizes[i].compressedSize ?? Number.POSITIVE_INFINITY) * MAX_DEFLATE_RATIO;
    if (couldHold <= declared || couldHold <= 64 * 1024) {
      counted += declared;
      continue;
    }
    const limit = Math.min(MAX_PART_BYTES, MAX_UNPACKED_BYTES - counted);
    let actual: number;
    try {
      actual = await unpackedBytes(entries[i], limit);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      throw new UnusableFileError(file, "rusak", `${file}: berkas .xlsx rusak; bagian ${entries[i].name} tidak dapat dibuka (${detail}).`);
    }
    if (actual > limit) throw tooLarge(file, "bagian", entries[i].name, actual, limit);
    counted += actual;
  }
  return zip;
}

export interface OpenedWorkbook {
  readonly workbook: ExcelJS.Workbook;
  /** Paths of the package's parts, e.g. "xl/charts/chart1.xml". */
  readonly partNames: readonly string[];
}

/** Reads the file once: its bytes, its zip directory (size limits, part names), then ExcelJS. */
export async function openWorkbook(file: string): Promise<OpenedWorkbook> {
  const buffer = await readXlsxBuffer(file);
  const zip = await checkUnpackedSize(file, buffer);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new UnusableFileError(file, "rusak", `${file}: berkas .xlsx rusak dan tidak dapat dibaca (${detail}).`);
  }
  return { workbook, partNames: Object.keys(zip.files) };
}
