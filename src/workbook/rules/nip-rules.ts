/** NIP rules: present, stored as text, 18 digits with possible dates and gender digit, unique. */
import { checkNip, NIP_AS_NUMBER_MESSAGE, NipProblem } from "../../core/nip";
import { cellRef } from "../address";
import { cellText, isBlankCell, isCellError } from "../sheet-data";
import { RuleContext, ValidationRule } from "./context";

function nipRule(code: string, title: string, description: string, problems: readonly NipProblem[]): ValidationRule {
  return {
    code,
    severity: "error",
    title,
    description,
    appliesTo: "pegawai",
    check(ctx: RuleContext) {
      if (!ctx.model.has("nip")) return;
      for (const row of ctx.rows()) {
        const cell = ctx.model.cell(row, "nip");
        if (typeof cell !== "string" || cell.trim() === "") continue;
        const checked = checkNip(cell, ctx.today);
        if (!checked.ok && problems.includes(checked.problem)) ctx.at(code, "error", row, "nip", checked.message);
      }
    },
  };
}

export const NIP_KOSONG: ValidationRule = {
  code: "NIP_KOSONG",
  severity: "error",
  title: "NIP kosong",
  description: "Setiap pegawai harus memiliki NIP 18 digit.",
  appliesTo: "pegawai",
  check(ctx) {
    if (!ctx.model.has("nip")) return;
    for (const row of ctx.rows()) {
      if (isBlankCell(ctx.model.cell(row, "nip"))) ctx.at(this.code, this.severity, row, "nip", "NIP kosong.");
    }
  },
};

export const NIP_ANGKA: ValidationRule = {
  code: "NIP_ANGKA",
  severity: "error",
  title: "NIP tersimpan sebagai angka",
  description: "NIP 18 digit melebihi presisi angka Excel (15 digit): bila tersimpan sebagai angka, digit terakhirnya sudah hilang. Format kolom sebagai Teks dan ketik ulang.",
  appliesTo: "pegawai",
  check(ctx) {
    if (!ctx.model.has("nip")) return;
    for (const row of ctx.rows()) {
      const cell = ctx.model.cell(row, "nip");
      if (typeof cell === "number") ctx.at(this.code, this.severity, row, "nip", NIP_AS_NUMBER_MESSAGE);
      else if (isCellError(cell)) ctx.at(this.code, this.severity, row, "nip", `NIP berisi error ${cell.error}.`);
    }
  },
};

export const NIP_FORMAT = nipRule(
  "NIP_FORMAT",
  "NIP bukan 18 digit",
  "NIP terdiri atas 18 angka: tanggal lahir (8), TMT CPNS (6), jenis kelamin (1), nomor urut (3).",
  ["bukan-angka", "panjang", "urut"],
);

export const NIP_TANGGAL = nipRule(
  "NIP_TANGGAL",
  "Tanggal di NIP tidak mungkin",
  "Tanggal lahir (digit 1–8) harus tanggal yang ada dan sudah lewat; TMT CPNS (digit 9–14) harus bulan yang ada, setelah usia 18 tahun dan tidak di masa depan.",
  ["tanggal-lahir", "tmt"],
);

export const NIP_KELAMIN = nipRule("NIP_KELAMIN", "Digit jenis kelamin NIP salah", "Digit ke-15 NIP harus 1 (laki-laki) atau 2 (perempuan).", ["kelamin"]);

export const NIP_GANDA: ValidationRule = {
  code: "NIP_GANDA",
  severity: "error",
  title: "NIP ganda",
  description: "Satu NIP hanya boleh muncul sekali dalam satu lembar.",
  appliesTo: "pegawai",
  check(ctx) {
    if (!ctx.model.has("nip")) return;
    const nipOf = (row: number): string => {
      const cell = ctx.model.cell(row, "nip");
      return typeof cell === "string" ? cellText(cell).replace(/[\s.]/g, "") : "";
    };
    const first = new FirstRowByText(ctx.model.rows.dataRows.length, nipOf);
    for (const row of ctx.rows()) {
      const nip = nipOf(row);
      if (nip === "") continue;
      const earlier = first.claim(nip, row);
      if (earlier !== undefined) {
        const where = cellRef(ctx.model.sheetRow(earlier), ctx.model.sheetCol("nip"));
        ctx.at(this.code, this.severity, row, "nip", `NIP ${nip} sudah tercantum di ${where}.`);
      }
    }
  },
};

/**
 * The first row holding each text, for a million rows without a million map entries: an
 * open-addressing table of row numbers (4 bytes a slot) whose texts are read again from the
 * sheet when two hash alike.
 */
class FirstRowByText {
  private readonly slots: Int32Array;
  private readonly mask: number;

  constructor(
    rows: number,
    private readonly textOf: (row: number) => string,
  ) {
    let size = 16;
    while (size < rows * 2) size *= 2;
    this.slots = new Int32Array(size);
    this.mask = size - 1;
  }

  /** The row that already holds `text`, or undefined after recording `row` as its first. */
  claim(text: string, row: number): number | undefined {
    for (let i = hashText(text) & this.mask; ; i = (i + 1) & this.mask) {
      const held = this.slots[i];
      if (held === 0) {
        this.slots[i] = row + 1;
        return undefined;
      }
      if (this.textOf(held - 1) === text) return held - 1;
    }
  }
}

/** FNV-1a over the text's UTF-16 code units. */
function hashText(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
