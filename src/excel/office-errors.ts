/**
 * Office errors as plain Indonesian messages with what to do — never a stack trace.
 * Codes are OfficeExtension.ErrorCodes / Excel.ErrorCodes values.
 */
import { UserFacingError } from "../workbook/errors";

export class ExcelActionError extends UserFacingError {
  constructor(
    message: string,
    readonly code: string,
    /** What the workbook looks like after the failure, told to the user. */
    readonly outcome?: string,
  ) {
    super(message, "excel");
  }
}

const MESSAGES: Record<string, string> = {
  AccessDenied:
    "Excel menolak perubahan: lembar atau buku kerja diproteksi, atau buku kerja dibuka hanya-baca. Buka proteksinya (Tinjau → Buka Proteksi Lembar) atau simpan salinan yang dapat diedit, lalu coba lagi.",
  InvalidOperationInCellEditMode:
    "Excel sedang dalam mode edit sel. Tekan Enter atau Esc untuk selesai mengedit sel, lalu coba lagi.",
  ItemNotFound: "Lembar atau rentang yang dicari tidak ada lagi (mungkin dihapus atau diganti namanya). Periksa ulang lembar ini.",
  ItemAlreadyExists: "Nama lembar atau tabel sudah dipakai. Coba lagi; add-in akan memilih nama lain.",
  RequestPayloadSizeLimitExceeded:
    "Data terlalu besar untuk satu permintaan Excel di web. Coba lagi; bila tetap gagal, bagi lembar menjadi beberapa lembar lebih kecil atau gunakan Excel desktop.",
  ResponsePayloadSizeLimitExceeded:
    "Data terlalu besar untuk satu permintaan Excel di web. Coba lagi; bila tetap gagal, bagi lembar menjadi beberapa lembar lebih kecil atau gunakan Excel desktop.",
  InvalidArgument: "Excel menolak isian yang dikirim add-in. Laporkan ke pengelola add-in beserta nama lembarnya.",
  Unauthenticated: "Sesi Excel berakhir. Muat ulang buku kerja lalu coba lagi.",
  WorkbookReadOnly: "Buku kerja dibuka hanya-baca. Simpan salinan yang dapat diedit, lalu coba lagi.",
};

export function errorCode(error: unknown): string {
  if (typeof error === "object" && error !== null && "code" in error && typeof (error as { code: unknown }).code === "string") {
    return (error as { code: string }).code;
  }
  return "GeneralException";
}

/** An Indonesian message for any error thrown by Excel.run / context.sync. */
export function describeOfficeError(error: unknown): string {
  if (error instanceof UserFacingError) return error.message;
  const code = errorCode(error);
  return MESSAGES[code] ?? `Excel tidak dapat menyelesaikan permintaan (${code}). Coba lagi; bila berulang, simpan buku kerja dan buka ulang.`;
}
