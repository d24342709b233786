/**
 * A workbook's shared strings held compactly: a million NIPs as JavaScript strings take ~56 MB of
 * the garbage-collected heap; as bytes in one pool they take ~22 MB outside it. Texts whose
 * characters all fit in one byte (NIPs, names, units, predikat words) go to the pool; anything
 * else (other scripts, long texts, errors, blanks) is kept as it is. `at(k)` gives the same
 * value either way, read through a small cache so repeated texts are not decoded again.
 */
import type { CellValue } from "./sheet-data";

/** What a grid needs of its shared strings: a plain array is one too. */
export interface SharedTexts {
  readonly length: number;
  at(index: number): CellValue | undefined;
}

/** Longer texts stay strings: decoding them again would cost more than it saves. */
const MAX_POOLED_LENGTH = 256;
const CACHE_BITS = 12;

export class TextPool implements SharedTexts {
  private bytes = new Uint8Array(1 << 16);
  private used = 0;
  /** Start of text k in `bytes`; text k ends where k + 1 starts. */
  private starts = new Int32Array(1 << 12);
  private count = 0;
  private readonly others = new Map<number, CellValue>();
  private readonly cacheKeys = new Int32Array(1 << CACHE_BITS).fill(-1);
  private readonly cacheValues: string[] = new Array<string>(1 << CACHE_BITS).fill("");

  get length(): number {
    return this.count;
  }

  push(value: CellValue): void {
    const k = this.count;
    if (this.starts.length < k + 2) this.starts = grow(this.starts, k + 2);
    this.starts[k] = this.used;
    if (typeof value === "string" && value.length <= MAX_POOLED_LENGTH && oneByte(value)) {
      if (this.bytes.length < this.used + value.length) this.bytes = grow(this.bytes, this.used + value.length);
      for (let i = 0; i < value.length; i++) this.bytes[this.used + i] = value.charCodeAt(i);
      this.used += value.length;
    } else this.others.set(k, value);
    this.count = k + 1;
    this.starts[k + 1] = this.used;
  }

  at(k: number): CellValue | undefined {
    if (!(k >= 0 && k < this.count && (k | 0) === k)) return undefined;
    const start = this.starts[k];
    const end = this.starts[k + 1];
    if (start === end) {
      const other = this.others.get(k);
      if (other !== undefined || this.others.has(k)) return other;
      return "";
    }
    const slot = k & ((1 << CACHE_BITS) - 1);
    if (this.cacheKeys[slot] === k) return this.cacheValues[slot];
    const text = String.fromCharCode.apply(null, this.bytes.subarray(start, end) as unknown as number[]);
    this.cacheKeys[slot] = k;
    this.cacheValues[slot] = text;
    return text;
  }

  /** Gives back the room grown past the last text (the pool grows by doubling). */
  trim(): this {
    this.bytes = this.bytes.slice(0, this.used);
    this.starts = this.starts.slice(0, this.count + 1);
    return this;
  }
}

function oneByte(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0xff) return false;
  return true;
}

function grow<T extends Uint8Array | Int32Array>(array: T, needed: number): T {
  let size = array.length * 2;
  while (size < needed) size *= 2;
  const grown = new (array.constructor as new (n: number) => T)(size);
  grown.set(array);
  return grown;
}
