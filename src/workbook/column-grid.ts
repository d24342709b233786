/**
 * A worksheet's cells stored by column, for sheets read from files of any size. A million-row
 * recap held as one JavaScript array per row costs ~150 bytes a row before any text; here a
 * column of numbers is held in Float64Arrays (8 bytes a cell) and a column of text in Int32Arrays
 * of indices into a table of strings (4 bytes a cell) that the shared-strings part already holds.
 * The first rows (titles and headers, where every kind of value mixes) stay plain arrays.
 *
 * The grid answers exactly what the 2-D `values` would: `cell(r, c)` is the value (null when
 * blank) inside the used range and undefined outside it. Read it through sheet-data.ts's
 * accessors, never directly.
 */
import type { CellValue } from "./sheet-data";
import { SharedTexts, TextPool } from "./text-pool";

/** Rows kept as plain arrays at the top: the header is searched in the first 20 (detect-table.ts). */
export const GRID_HEAD_ROWS = 64;
/** Values of the other kind a column keeps in a map before it gets chunks of that kind too. */
const EXCEPTIONS_BEFORE_CHUNKS = 4096;
/** Rows per chunk: columns grow a chunk at a time, never copied, never sized by a row number. */
const CHUNK_BITS = 10;
const CHUNK = 1 << CHUNK_BITS;
const IN_CHUNK = CHUNK - 1;

const TRUE_CODE = -1;
const FALSE_CODE = -2;

type Chunk = Float64Array | Int32Array;

/**
 * One column below the head, in chunks of CHUNK rows. `nums` chunks hold a number unless NaN;
 * `codes` chunks hold 0 for nothing, k > 0 for text k-1 of the grid's table, -1/-2 for
 * TRUE/FALSE. A column gets chunks of the first kind it meets; the few cells of the other kind
 * (an "#N/A", a "95,5" typed as text) wait in `exceptions`, as they are, until they are many.
 * A chunk is made only while the column's chunks hold no more than twice its values (plus one
 * chunk), so a few cells far down a sheet cost a map entry each, not arrays sized by their row.
 */
class ColumnStore {
  readonly nums: (Float64Array | undefined)[] = [];
  readonly codes: (Int32Array | undefined)[] = [];
  private hasNums = false;
  private hasCodes = false;
  exceptions?: Map<number, CellValue>;
  private count = 0;
  private allocated = 0;

  get(i: number, texts: TextTable): CellValue {
    const c = i >>> CHUNK_BITS;
    const nums = this.nums[c];
    if (nums !== undefined) {
      const n = nums[i & IN_CHUNK];
      if (n === n) return n;
    }
    const codes = this.codes[c];
    if (codes !== undefined) {
      const k = codes[i & IN_CHUNK];
      if (k > 0) return texts.at(k - 1);
      if (k === TRUE_CODE) return true;
      if (k === FALSE_CODE) return false;
    }
    return this.exceptions?.get(i) ?? null;
  }

  /** True when the cell holds anything. */
  has(i: number): boolean {
    const c = i >>> CHUNK_BITS;
    const n = this.nums[c]?.[i & IN_CHUNK];
    if (n !== undefined && n === n) return true;
    if ((this.codes[c]?.[i & IN_CHUNK] ?? 0) !== 0) return true;
    return this.exceptions?.has(i) ?? false;
  }

  /** Text code of a cell, when it holds text from the table (0 otherwise). */
  code(i: number): number {
    const k = this.codes[i >>> CHUNK_BITS]?.[i & IN_CHUNK] ?? 0;
    return k > 0 ? k : 0;
  }

  /** Rows the chunks span (the last index that can hold a value, + 1). */
  get span(): number {
    return Math.max(this.nums.length, this.codes.length) * CHUNK;
  }

  set(i: number, value: CellValue, texts: TextTable): void {
    this.clear(i);
    if (value === null) return;
    this.count++;
    if (typeof value === "number") {
      if (value !== value) this.except(i, value);
      else if (this.hasNums || !this.hasCodes || !this.fewExceptions()) this.putNumber(i, value, texts);
      else this.except(i, value);
      return;
    }
    if (this.hasCodes || !this.hasNums || !this.fewExceptions()) this.putCode(i, encode(value, texts), texts);
    else this.except(i, value);
  }

  /** A text already in the table (a shared string): `k` is its index + 1. */
  setCode(i: number, k: number, texts: TextTable): void {
    if (!this.hasCodes && this.hasNums) return this.set(i, texts.at(k - 1), texts);
    this.clear(i);
    this.count++;
    this.putCode(i, k, texts);
  }

  /** This column with the texts waiting aside put through `map` (sharing its chunks); itself when none changes. */
  mapExceptions(map: (value: CellValue) => CellValue): ColumnStore {
    const waiting = this.exceptions;
    if (!waiting || ![...waiting.values()].some((v) => map(v) !== v)) return this;
    const copy = Object.assign(Object.create(ColumnStore.prototype) as ColumnStore, this);
    copy.exceptions = new Map([...waiting].map(([i, v]) => [i, map(v)]));
    return copy;
  }

  clear(i: number): void {
    const c = i >>> CHUNK_BITS;
    const nums = this.nums[c];
    if (nums !== undefined) nums[i & IN_CHUNK] = NaN;
    const codes = this.codes[c];
    if (codes !== undefined) codes[i & IN_CHUNK] = 0;
    this.exceptions?.delete(i);
  }

  private fewExceptions(): boolean {
    return (this.exceptions?.size ?? 0) < EXCEPTIONS_BEFORE_CHUNKS;
  }

  private except(i: number, value: CellValue): void {
    (this.exceptions ??= new Map()).set(i, value);
  }

  private chunk<T extends Chunk>(chunks: (T | undefined)[], i: number, make: () => T): T | undefined {
    const c = i >>> CHUNK_BITS;
    const found = chunks[c];
    if (found !== undefined) return found;
    if (this.allocated + CHUNK > 2 * this.count + CHUNK) return undefined;
    this.allocated += CHUNK;
    while (chunks.length < c) chunks.push(undefined);
    return (chunks[c] = make());
  }

  private putNumber(i: number, n: number, texts: TextTable): void {
    const chunk = this.chunk(this.nums, i, newNums);
    if (!chunk) return this.except(i, n);
    chunk[i & IN_CHUNK] = n;
    if (!this.hasNums) {
      this.hasNums = true;
      if (this.hasCodes) this.moveExceptions(texts);
    }
  }

  private putCode(i: number, k: number, texts: TextTable): void {
    const chunk = this.chunk(this.codes, i, newCodes);
    if (!chunk) return this.except(i, decode(k, texts));
    chunk[i & IN_CHUNK] = k;
    if (!this.hasCodes) {
      this.hasCodes = true;
      if (this.hasNums) this.moveExceptions(texts);
    }
  }

  /** Once the column holds both kinds in chunks, the values waiting aside move in (a NaN stays). */
  private moveExceptions(texts: TextTable): void {
    const waiting = this.exceptions;
    if (!waiting) return;
    this.exceptions = undefined;
    for (const [i, v] of waiting) {
      if (typeof v === "number" && v === v) this.putNumber(i, v, texts);
      else if (v !== null && typeof v !== "number") this.putCode(i, encode(v, texts), texts);
      else this.except(i, v);
    }
  }
}

function decode(k: number, texts: TextTable): CellValue {
  return k === TRUE_CODE ? true : k === FALSE_CODE ? false : texts.at(k - 1);
}

function encode(value: Exclude<CellValue, number | null>, texts: TextTable): number {
  if (value === true) return TRUE_CODE;
  if (value === false) return FALSE_CODE;
  return texts.add(value) + 1;
}

const newNums = (): Float64Array => new Float64Array(CHUNK).fill(NaN);
const newCodes = (): Int32Array => new Int32Array(CHUNK);

/**
 * The grid's texts: the workbook's shared strings (by their index, so a text read from them
 * costs no copy) followed by texts written in the cells themselves.
 */
class TextTable {
  private readonly own: CellValue[] = [];
  private readonly ownIndex = new Map<string, number>();

  constructor(readonly shared: SharedTexts) {}

  /** Shared string `k`, undefined for an index the table does not have (as `array[k]` would be). */
  sharedAt(k: number): CellValue | undefined {
    return Number.isInteger(k) && k >= 0 && k < this.shared.length ? this.shared.at(k) : undefined;
  }

  at(k: number): CellValue {
    return (k < this.shared.length ? this.shared.at(k) : this.own[k - this.shared.length]) ?? null;
  }

  get size(): number {
    return this.shared.length + this.own.length;
  }

  /** Index of a value written in a cell (texts and error objects; the same text gets one index). */
  add(value: CellValue): number {
    const key = typeof value === "string" ? value : undefined;
    if (key !== undefined) {
      const known = this.ownIndex.get(key);
      if (known !== undefined) return known;
    }
    const k = this.shared.length + this.own.length;
    this.own.push(value);
    if (key !== undefined && this.ownIndex.size < 65_536) this.ownIndex.set(key, k);
    return k;
  }

  /** A table whose every entry went through `map` (the same object when nothing changed). */
  mapped(map: (value: CellValue) => CellValue): TextTable {
    // Looked over first: a clean table (most files) costs no copy of a million entries.
    let changed = this.own.some((v) => map(v) !== v);
    for (let k = 0; !changed && k < this.shared.length; k++) {
      const v = this.at(k);
      changed = map(v) !== v;
    }
    if (!changed) return this;
    const shared = new TextPool();
    for (let k = 0; k < this.shared.length; k++) shared.push(map(this.at(k)));
    const table = new TextTable(shared.trim());
    table.own.push(...this.own.map(map));
    return table;
  }
}

export interface GridMerge {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** The read-only grid, in coordinates of its used range (row 0 = the first used row). */
export class ColumnGrid {
  constructor(
    private readonly head: readonly (readonly CellValue[] | undefined)[],
    /** Sheet row where the column stores start. */
    private readonly columnsFrom: number,
    private readonly columns: readonly (ColumnStore | undefined)[],
    private readonly texts: TextTable,
    private readonly firstRow: number,
    private readonly firstCol: number,
    readonly rowCount: number,
    readonly width: number,
  ) {}

  /** The value at a row and column of the used range: null when blank, undefined outside it. */
  cell(r: number, c: number): CellValue | undefined {
    if (r < 0 || r >= this.rowCount || c < 0 || c >= this.width) return undefined;
    const row = r + this.firstRow;
    const col = c + this.firstCol;
    if (row < this.columnsFrom) return this.head[row]?.[col] ?? null;
    const column = this.columns[col];
    if (column === undefined) return null;
    return column.get(row - this.columnsFrom, this.texts);
  }

  /** One row as an array of `width` cells (a copy). */
  row(r: number): CellValue[] | undefined {
    if (r < 0 || r >= this.rowCount) return undefined;
    const out = new Array<CellValue>(this.width);
    for (let c = 0; c < this.width; c++) out[c] = this.cell(r, c) as CellValue;
    return out;
  }

  /**
   * The grid with every text put through `map` from row `fromRow` down (rows above keep theirs),
   * sharing this grid's columns; `this` when nothing changed. Below the head, a text's cleaning
   * depends on the text alone, so it is done once per distinct text in the table.
   */
  mapTexts(map: (text: string) => CellValue, fromRow: number): ColumnGrid {
    const apply = (v: CellValue): CellValue => (typeof v === "string" ? map(v) : v);
    let head: (readonly CellValue[] | undefined)[] | undefined;
    const headEnd = Math.min(this.columnsFrom - this.firstRow, this.rowCount);
    for (let r = Math.max(0, fromRow); r < headEnd; r++) {
      const cells = this.head[r + this.firstRow];
      if (!cells) continue;
      let copy: CellValue[] | undefined;
      for (let c = 0; c < cells.length; c++) {
        const v = cells[c];
        const m = apply(v);
        if (m === v) continue;
        copy ??= [...cells];
        copy[c] = m;
      }
      if (copy) (head ??= [...this.head])[r + this.firstRow] = copy;
    }
    const texts = this.texts.mapped(apply);
    // Texts held aside in a column (a text among numbers) are cleaned as well.
    let columns: (ColumnStore | undefined)[] | undefined;
    this.columns.forEach((column, c) => {
      const mapped = column?.mapExceptions(apply);
      if (mapped !== column) (columns ??= [...this.columns])[c] = mapped;
    });
    if (!head && texts === this.texts && !columns) return this;
    return new ColumnGrid(head ?? this.head, this.columnsFrom, columns ?? this.columns, texts, this.firstRow, this.firstCol, this.rowCount, this.width);
  }

  /** Size of the text table: codes given to `forEachText` visitors are below it. */
  get textCount(): number {
    return this.texts.size + 1;
  }

  /**
   * Calls `visit(col, text, code)` for every text cell of the given rows from `fromRow` down,
   * with the text's table code (0 for a text held outside the table), so a visitor can judge
   * each distinct text once. Used to count what cleaning changed.
   */
  forEachText(rows: Iterable<number>, fromRow: number, visit: (col: number, text: string, code: number) => void): void {
    for (const r of rows) {
      if (r < fromRow || r < 0 || r >= this.rowCount) continue;
      const row = r + this.firstRow;
      if (row < this.columnsFrom) {
        const cells = this.head[row];
        if (!cells) continue;
        for (let c = 0; c < this.width; c++) {
          const v = cells[c + this.firstCol];
          if (typeof v === "string") visit(c, v, 0);
        }
        continue;
      }
      const i = row - this.columnsFrom;
      for (let c = 0; c < this.width; c++) {
        const column = this.columns[c + this.firstCol];
        if (column === undefined) continue;
        const k = column.code(i);
        if (k > 0) {
          const v = this.texts.at(k - 1);
          if (typeof v === "string") visit(c, v, k);
        } else {
          const v = column.exceptions?.get(i);
          if (typeof v === "string") visit(c, v, 0);
        }
      }
    }
  }
}

/**
 * Builds a ColumnGrid from cells arriving in sheet order (a streaming reader): set each cell once
 * in sheet coordinates, clear the merged cells, then `finish` cuts the grid to the used range.
 */
export class ColumnGridBuilder {
  private readonly head: (CellValue[] | undefined)[] = [];
  private headRowsSeen = 0;
  private lastHeadRow = -1;
  /** Sheet row where column storage starts, once GRID_HEAD_ROWS rows have been seen. */
  private columnsFrom = Infinity;
  private readonly columns: (ColumnStore | undefined)[] = [];
  private readonly texts: TextTable;
  private minRow = Infinity;
  private maxRow = -1;
  private minCol = Infinity;
  private maxCol = -1;
  /** A filled cell was cleared: the used range must be measured again at the end. */
  private shrunk = false;

  constructor(sharedStrings: SharedTexts = []) {
    this.texts = new TextTable(sharedStrings);
  }

  /** A value read from the cell itself. */
  set(row: number, col: number, value: CellValue): void {
    if (value === null) {
      this.clear(row, col);
      return;
    }
    this.extendTo(row, col);
    if (this.inHead(row)) {
      (this.head[row] ??= [])[col] = value;
      return;
    }
    (this.columns[col] ??= new ColumnStore()).set(row - this.columnsFrom, value, this.texts);
  }

  /** Entry `index` of the shared strings given to the constructor. */
  setShared(row: number, col: number, index: number): void {
    const value = this.texts.sharedAt(index);
    if (value === null || value === undefined) {
      this.clear(row, col);
      return;
    }
    if (this.inHead(row)) {
      this.set(row, col, value);
      return;
    }
    this.extendTo(row, col);
    (this.columns[col] ??= new ColumnStore()).setCode(row - this.columnsFrom, index + 1, this.texts);
  }

  /** Shared string `index` as given to the constructor (undefined when there is none). */
  sharedAt(index: number): CellValue | undefined {
    return this.texts.sharedAt(index);
  }

  /** Blanks a cell (the other cells of a merged area), if it was set. */
  clear(row: number, col: number): void {
    if (row < this.columnsFrom) {
      const cells = this.head[row];
      if (cells && cells[col] !== undefined && cells[col] !== null) {
        cells[col] = null;
        this.shrunk = true;
      }
      return;
    }
    const column = this.columns[col];
    const i = row - this.columnsFrom;
    if (column?.has(i)) {
      column.clear(i);
      this.shrunk = true;
    }
  }

  finish(merges: readonly GridMerge[]): { grid: ColumnGrid; startRow: number; startCol: number } {
    for (const m of merges) this.clearArea(m);
    if (this.shrunk) this.measure();
    for (const m of merges) {
      if (!this.filled(m.top, m.left)) continue;
      this.extendTo(m.top, m.left);
      this.extendTo(m.bottom, m.right);
    }
    const empty = this.maxRow < 0;
    const firstRow = empty ? 0 : this.minRow;
    const firstCol = empty ? 0 : this.minCol;
    const rowCount = empty ? 0 : this.maxRow - this.minRow + 1;
    const width = empty ? 0 : this.maxCol - this.minCol + 1;
    return { grid: new ColumnGrid(this.head, this.columnsFrom, this.columns, this.texts, firstRow, firstCol, rowCount, width), startRow: firstRow, startCol: firstCol };
  }

  /** Blanks the cells of a merged area but its first, visiting only cells that can hold a value. */
  private clearArea(m: GridMerge): void {
    const lastRow = Math.min(m.bottom, this.maxRow);
    for (let r = m.top; r <= lastRow; r++) {
      const lastCol = Math.min(m.right, r < this.columnsFrom ? (this.head[r]?.length ?? 0) - 1 : this.columns.length - 1);
      for (let c = m.left; c <= lastCol; c++) if (r !== m.top || c !== m.left) this.clear(r, c);
    }
  }

  private inHead(row: number): boolean {
    if (row < this.columnsFrom) {
      if (row > this.lastHeadRow) {
        this.lastHeadRow = row;
        if (++this.headRowsSeen > GRID_HEAD_ROWS) {
          this.columnsFrom = row;
          return false;
        }
      }
      return true;
    }
    return false;
  }

  private filled(row: number, col: number): boolean {
    if (row < this.columnsFrom) {
      const v = this.head[row]?.[col];
      return v !== undefined && v !== null;
    }
    return this.columns[col]?.has(row - this.columnsFrom) ?? false;
  }

  private extendTo(row: number, col: number): void {
    if (row < this.minRow) this.minRow = row;
    if (row > this.maxRow) this.maxRow = row;
    if (col < this.minCol) this.minCol = col;
    if (col > this.maxCol) this.maxCol = col;
  }

  /** The used range from the cells themselves (after merged cells were blanked). */
  private measure(): void {
    this.minRow = this.minCol = Infinity;
    this.maxRow = this.maxCol = -1;
    this.head.forEach((cells, r) => cells?.forEach((v, c) => v !== null && v !== undefined && this.extendTo(r, c)));
    this.columns.forEach((column, c) => {
      if (!column) return;
      for (let i = 0; i < column.span; i++) if (column.has(i)) this.extendTo(i + this.columnsFrom, c);
      column.exceptions?.forEach((_, i) => this.extendTo(i + this.columnsFrom, c));
    });
  }
}
