/**
 * Opening an agency's .xlsx file with a clear Indonesian reason when it cannot be used:
 * missing, empty, not an .xlsx, password-protected (encrypted) or corrupted.
 */
import ExcelJS from "exceljs";
import { readFile, stat } from "node:fs/promises";

export type OpenFailureReason = "tidak-ada" | "kosong" | "bukan-xlsx" | "terenkripsi" | "rusak" | "terlalu-besar";

export class UnusableFileError extends Error {
  constructor(
    readonly file: string,
    readonly reason: OpenFailureReason,
    message: string,
  ) {
    super(message);
  }
}

/** Larger files are refused before parsing: an agency recap is a few MB at most. */
export const MAX_FILE_BYTES = 200 * 1024 * 1024;

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
/** OLE compound file: an encrypted (password-protected) .xlsx, or a legacy .xls. */
const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(buffer: Buffer, signature: readonly number[]): boolean {
  return signature.every((byte, i) => buffer[i] === byte);
}

export async function readXlsxBuffer(file: string): Promise<Buffer> {
  let size: number;
  try {
    const info = await stat(file);
    if (!info.isFile()) throw new UnusableFileError(file, "tidak-ada", `${file}: bukan berkas.`);
    size = info.size;
  } catch (error) {
    if (error instanceof UnusableFileError) throw error;
    throw new UnusableFileError(file, "tidak-ada", `${file}: berkas tidak ditemukan.`);
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

export async function openWorkbook(file: string): Promise<ExcelJS.Workbook> {
  const buffer = await readXlsxBuffer(file);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new UnusableFileError(file, "rusak", `${file}: berkas .xlsx rusak dan tidak dapat dibaca (${detail}).`);
  }
  return workbook;
}
