import { checkNip, NIP_AS_NUMBER_MESSAGE, NipCheck, NipInfo } from "../../core/nip";
import { vocabulary } from "../../core/words";
import { arg, cellType, word } from "../args";
import { excelErrorCode, FunctionError, isBlank, valueError } from "../cell-values";
import { broadcast } from "../grid";
import { FunctionInfo } from "./types";

/**
 * An NIP cell checked: the NIP's parts, or what is wrong with it. A number has already lost
 * digits, so it is a wrong NIP; only an error cell or a TRUE/FALSE is not an NIP at all.
 */
function checkNipCell(value: unknown): NipCheck | FunctionError {
  const error = excelErrorCode(value);
  if (error) return valueError(`nip berisi error ${error}; perbaiki sel sumbernya.`);
  if (isBlank(value)) return { ok: false, problem: "kosong", message: "nip kosong; isi NIP 18 digit sebagai teks." };
  if (typeof value === "number") {
    return Number.isFinite(value) ? { ok: false, problem: "panjang", message: NIP_AS_NUMBER_MESSAGE } : valueError("nip harus teks 18 digit.");
  }
  if (typeof value !== "string") return valueError("nip harus teks 18 digit.");
  return checkNip(value);
}

/** An NIP cell checked (NIP_VALID, NIP_INFO's "alasan"). */
export const CHECKED_NIP = cellType<NipCheck>((value) => checkNipCell(value));

/** An NIP cell read for its parts: a wrong NIP is #VALUE! with the reason. */
function nipInfo(checked: NipCheck): NipInfo | FunctionError {
  return checked.ok ? checked.info : valueError(checked.message);
}

/** Days since 1899-12-30: the serial Excel shows as a date once the cell is formatted as one. */
export function excelDateSerial(year: number, month: number, day: number): number {
  return (Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86_400_000;
}

export const NIP_VALID: FunctionInfo = {
  name: "NIP_VALID",
  category: "NIP",
  description:
    "TRUE bila NIP 18 digit sah (tanggal lahir TTTTBBHH, TMT CPNS TTTTBB, digit jenis kelamin 1/2, nomor urut 3 digit bukan 000); FALSE bila salah dalam hal apa pun (panjang, bukan angka, tanggal mustahil, digit jenis kelamin, nomor urut 000, sel kosong, atau tersimpan sebagai angka sehingga digitnya hilang), sehingga bisa dipakai untuk filter dan COUNTIF. Alasannya: KINERJA.NIP_INFO(nip; \"alasan\"). #VALUE! hanya untuk sel berisi error atau TRUE/FALSE.",
  params: [{ name: "nip", description: "NIP sebagai teks (spasi antarbagian boleh, mis. \"19800101 200501 1 001\")." }],
  example: { args: ["198001012005011001"], result: "TRUE" },
  evaluate: (nip) =>
    broadcast([nip], [arg("nip", CHECKED_NIP)], (checked) => checked.ok),
};

type BagianNip = "lahir" | "tmt" | "kelamin" | "urut" | "alasan";

const parseBagian = vocabulary<BagianNip>([
  ["lahir", ["lahir", "tanggal lahir", "tgl lahir"]],
  ["tmt", ["tmt", "tmt cpns", "mulai kerja"]],
  ["kelamin", ["kelamin", "jenis kelamin", "jk", "gender"]],
  ["urut", ["urut", "nomor urut", "no urut"]],
  ["alasan", ["alasan", "cek", "status", "keterangan"]],
]);

const BAGIAN_WORDS = '"lahir" (tanggal), "tmt" (tanggal, hari pertama bulan TMT CPNS), "kelamin", "urut" atau "alasan" (mengapa NIP salah, atau "NIP sah")';

export const NIP_INFO: FunctionInfo = {
  name: "NIP_INFO",
  category: "NIP",
  description:
    "Bagian NIP: tanggal lahir, TMT CPNS (tanggal Excel; format sel sebagai tanggal), jenis kelamin (Laki-laki/Perempuan), nomor urut (teks 3 digit), atau alasan (teks: mengapa NIP salah, \"NIP sah\" bila benar). Untuk bagian selain alasan, NIP yang salah memberi #VALUE! dengan alasannya.",
  params: [
    { name: "nip", description: "NIP sebagai teks 18 digit." },
    { name: "bagian", description: `Bagian yang diambil: ${BAGIAN_WORDS}.` },
  ],
  example: { args: ["198001012005011001", "kelamin"], result: "Laki-laki" },
  evaluate: (nip, bagian) =>
    broadcast([nip, bagian], [arg("nip", CHECKED_NIP), arg("bagian", word<BagianNip>(parseBagian, BAGIAN_WORDS))], (checked, part) => {
      if (part === "alasan") return checked.ok ? "NIP sah" : checked.message;
      const i = nipInfo(checked);
      if ("error" in i) return i;
      switch (part) {
        case "lahir":
          return excelDateSerial(i.lahir.year, i.lahir.month, i.lahir.day);
        case "tmt":
          return excelDateSerial(i.tmt.year, i.tmt.month, 1);
        case "kelamin":
          return i.kelamin;
        case "urut":
          return i.urut;
      }
    }),
};
