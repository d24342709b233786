import { NIP_AS_NUMBER_MESSAGE, NipInfo, parseNip } from "../../core/nip";
import { vocabulary } from "../../core/words";
import { arg, cellType, fromResult, word } from "../args";
import { excelErrorCode, isBlank, valueError } from "../cell-values";
import { broadcast } from "../grid";
import { FunctionInfo } from "./types";

/** An NIP cell: text only; a number has already lost digits. */
const NIP = cellType<NipInfo>((value, name) => {
  const error = excelErrorCode(value);
  if (error) return valueError(`${name} berisi error ${error}; perbaiki sel sumbernya.`);
  if (isBlank(value)) return valueError(`${name} kosong; isi NIP 18 digit sebagai teks.`);
  if (typeof value === "number") return valueError(NIP_AS_NUMBER_MESSAGE);
  if (typeof value !== "string") return valueError(`${name} harus teks 18 digit.`);
  return fromResult(parseNip(value));
});

/** Days since 1899-12-30: the serial Excel shows as a date once the cell is formatted as one. */
export function excelDateSerial(year: number, month: number, day: number): number {
  return (Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86_400_000;
}

export const NIP_VALID: FunctionInfo = {
  name: "NIP_VALID",
  category: "NIP",
  description:
    "TRUE bila NIP 18 digit sah (tanggal lahir TTTTBBHH, TMT CPNS TTTTBB, digit jenis kelamin 1/2, nomor urut 3 digit); bila tidak, #VALUE! dengan alasannya. NIP yang tersimpan sebagai angka sudah kehilangan digit: simpan NIP sebagai teks.",
  params: [{ name: "nip", description: "NIP sebagai teks (spasi antarbagian boleh, mis. \"19800101 200501 1 001\")." }],
  example: { args: ["198001012005011001"], result: "TRUE" },
  evaluate: (nip) =>
    broadcast([nip], [arg("nip", NIP)], () => true),
};

type BagianNip = "lahir" | "tmt" | "kelamin" | "urut";

const parseBagian = vocabulary<BagianNip>([
  ["lahir", ["lahir", "tanggal lahir", "tgl lahir"]],
  ["tmt", ["tmt", "tmt cpns", "mulai kerja"]],
  ["kelamin", ["kelamin", "jenis kelamin", "jk", "gender"]],
  ["urut", ["urut", "nomor urut", "no urut"]],
]);

const BAGIAN_WORDS = '"lahir" (tanggal), "tmt" (tanggal, hari pertama bulan TMT CPNS), "kelamin" atau "urut"';

export const NIP_INFO: FunctionInfo = {
  name: "NIP_INFO",
  category: "NIP",
  description:
    "Bagian NIP: tanggal lahir, TMT CPNS (tanggal Excel; format sel sebagai tanggal), jenis kelamin (Laki-laki/Perempuan) atau nomor urut (teks 3 digit).",
  params: [
    { name: "nip", description: "NIP sebagai teks 18 digit." },
    { name: "bagian", description: `Bagian yang diambil: ${BAGIAN_WORDS}.` },
  ],
  example: { args: ["198001012005011001", "kelamin"], result: "Laki-laki" },
  evaluate: (nip, bagian) =>
    broadcast([nip, bagian], [arg("nip", NIP), arg("bagian", word<BagianNip>(parseBagian, BAGIAN_WORDS))], (i, part) => {
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
