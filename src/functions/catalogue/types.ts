import { OutputMatrix } from "../grid";

export type Kategori =
  | "IKU & Konsolidasi"
  | "Nilai Kinerja"
  | "Predikat & Distribusi"
  | "Talenta & Penghargaan"
  | "Jabatan & Tunjangan"
  | "Polri"
  | "NIP";

export interface ParamInfo {
  /** Indonesian argument name as Excel shows it (snake_case, as in the catalogue). */
  readonly name: string;
  readonly description: string;
  readonly optional?: boolean;
}

export interface FunctionExample {
  /** Argument values as a cell would hold them (numbers, booleans, text). */
  readonly args: readonly unknown[];
  /** What the cell shows, as text. */
  readonly result: string;
}

export interface FunctionInfo {
  readonly name: string;
  readonly category: Kategori;
  readonly description: string;
  readonly params: readonly ParamInfo[];
  readonly example: FunctionExample;
  /** Each argument a cell (1×1) or a range; the result a value or a spilled array. */
  readonly evaluate: (...args: unknown[]) => OutputMatrix;
}
