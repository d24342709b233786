/**
 * Reading an .xlsx package part by part without holding it: the zip's central directory, then
 * each part inflated as a stream (node's zlib) and handed on in chunks. Memory stays bounded
 * whatever the file's size; the file itself is read in ranges, or from bytes already in memory
 * when `rekomendasi` needs them anyway.
 *
 * The guard against decompression bombs ("zip bombs") is by ratio, not by a fixed size: a part
 * may unpack to at most EXPANSION_RATIO times its compressed bytes (plus a small allowance for
 * small parts), and the whole package to at most EXPANSION_RATIO times the file's size (plus an
 * allowance). Both are checked first from the sizes the directory declares, then again on the
 * bytes actually unpacked, so a lying directory is caught as soon as the data outgrows its
 * share. Real workbooks unpack 3–15 times; a zip bomb's parts approach DEFLATE's limit of about
 * 1,000. Reading time grows with the unpacked bytes, so the same cap bounds it by the input.
 */
import { createReadStream } from "node:fs";
import { open } from "node:fs/promises";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { createInflateRaw } from "node:zlib";

/**
 * A part may unpack to at most this many times its compressed size. 100 is Apache POI's
 * default (ZipSecureFile's minimum inflate ratio of 1 %), the well-known limit for office files.
 */
export const EXPANSION_RATIO = 100;
/** What any one part may unpack to whatever its ratio (tiny parts compress extremely well). */
export const PART_ALLOWANCE_BYTES = 4 * 1024 * 1024;
/** What the whole package may unpack to beyond EXPANSION_RATIO × the file's size. */
export const PACKAGE_ALLOWANCE_BYTES = 16 * 1024 * 1024;

export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  readonly localHeaderOffset: number;
  readonly encrypted: boolean;
}

/** Where a package's bytes come from: the file read in ranges, or bytes already in memory. */
export interface ZipSource {
  readonly size: number;
  read(position: number, length: number): Promise<Buffer>;
  stream(start: number, end: number): Readable;
  close(): Promise<void>;
}

export async function fileSource(path: string): Promise<ZipSource> {
  const handle = await open(path, "r");
  const { size } = await handle.stat();
  return {
    size,
    async read(position, length) {
      const buffer = Buffer.alloc(length);
      const { bytesRead } = await handle.read(buffer, 0, length, position);
      return buffer.subarray(0, bytesRead);
    },
    stream: (start, end) => (end > start ? createReadStream(path, { start, end: end - 1, highWaterMark: 256 * 1024 }) : Readable.from([])),
    close: () => handle.close(),
  };
}

export function bufferSource(bytes: Buffer): ZipSource {
  return {
    size: bytes.length,
    read: async (position, length) => bytes.subarray(position, position + length),
    // Handed on in slices, so inflating never sees more than one slice at a time.
    stream: (start, end) =>
      Readable.from(
        (function* () {
          for (let at = start; at < end; at += 256 * 1024) yield bytes.subarray(at, Math.min(end, at + 256 * 1024));
        })(),
      ),
    close: async () => undefined,
  };
}

/** The package's structure is unreadable (not a zip, truncated, unsupported). */
export class ZipFormatError extends Error {}

/** A part unpacked beyond what its compressed size allows. */
export class ExpansionError extends Error {
  constructor(
    readonly part: string,
    readonly unpacked: number,
    readonly compressed: number,
    readonly whole: boolean,
  ) {
    super(`${part}: ${unpacked} byte dari ${compressed} byte`);
  }
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

function u64(buffer: Buffer, at: number): number {
  return Number(buffer.readBigUInt64LE(at));
}

/** The central directory's entries, in directory order. */
export async function readDirectory(source: ZipSource): Promise<ZipEntry[]> {
  const tailLength = Math.min(source.size, 22 + 65535);
  const tail = await source.read(source.size - tailLength, tailLength);
  let at = -1;
  for (let i = tail.length - 22; i >= 0; i--) {
    if (tail.readUInt32LE(i) === EOCD) {
      at = i;
      break;
    }
  }
  if (at < 0) throw new ZipFormatError("akhir daftar isi zip tidak ditemukan");
  let count = tail.readUInt16LE(at + 10);
  let cdSize = tail.readUInt32LE(at + 12);
  let cdOffset = tail.readUInt32LE(at + 16);
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    const locatorAt = at - 20;
    if (locatorAt < 0 || tail.readUInt32LE(locatorAt) !== ZIP64_LOCATOR) throw new ZipFormatError("daftar isi ZIP64 tidak ditemukan");
    const record = await source.read(u64(tail, locatorAt + 8), 56);
    if (record.length < 56 || record.readUInt32LE(0) !== ZIP64_EOCD) throw new ZipFormatError("daftar isi ZIP64 rusak");
    count = u64(record, 32);
    cdSize = u64(record, 40);
    cdOffset = u64(record, 48);
  }
  if (cdOffset + cdSize > source.size) throw new ZipFormatError("daftar isi zip melewati akhir berkas");
  const cd = await source.read(cdOffset, cdSize);
  const entries: ZipEntry[] = [];
  let p = 0;
  for (let n = 0; n < count; n++) {
    if (p + 46 > cd.length || cd.readUInt32LE(p) !== CENTRAL) throw new ZipFormatError("daftar isi zip rusak");
    const flags = cd.readUInt16LE(p + 8);
    const method = cd.readUInt16LE(p + 10);
    let compressedSize = cd.readUInt32LE(p + 20);
    let uncompressedSize = cd.readUInt32LE(p + 24);
    const nameLength = cd.readUInt16LE(p + 28);
    const extraLength = cd.readUInt16LE(p + 30);
    const commentLength = cd.readUInt16LE(p + 32);
    let localHeaderOffset = cd.readUInt32LE(p + 42);
    const name = cd.toString("utf8", p + 46, p + 46 + nameLength);
    // ZIP64 extra field: the 64-bit values, in this order, for those whose 32-bit field is full.
    let e = p + 46 + nameLength;
    const extraEnd = e + extraLength;
    while (e + 4 <= extraEnd) {
      const id = cd.readUInt16LE(e);
      const length = cd.readUInt16LE(e + 2);
      if (id === 0x0001) {
        let q = e + 4;
        if (uncompressedSize === 0xffffffff) {
          uncompressedSize = u64(cd, q);
          q += 8;
        }
        if (compressedSize === 0xffffffff) {
          compressedSize = u64(cd, q);
          q += 8;
        }
        if (localHeaderOffset === 0xffffffff) localHeaderOffset = u64(cd, q);
      }
      e += 4 + length;
    }
    entries.push({ name, method, compressedSize, uncompressedSize, localHeaderOffset, encrypted: (flags & 1) === 1 });
    p = extraEnd + commentLength;
  }
  return entries;
}

/** Counts what a package unpacks to against what its compressed bytes allow. */
export class ExpansionBudget {
  private unpacked = 0;
  constructor(private readonly fileSize: number) {}

  /** What the whole package may unpack to. */
  get packageLimit(): number {
    return EXPANSION_RATIO * this.fileSize + PACKAGE_ALLOWANCE_BYTES;
  }

  static partLimit(entry: ZipEntry): number {
    return EXPANSION_RATIO * entry.compressedSize + PART_ALLOWANCE_BYTES;
  }

  /** Refuses up front a directory whose declared sizes already break the ratios. */
  checkDeclared(entries: readonly ZipEntry[]): void {
    let total = 0;
    for (const entry of entries) {
      if (entry.uncompressedSize > ExpansionBudget.partLimit(entry)) throw new ExpansionError(entry.name, entry.uncompressedSize, entry.compressedSize, false);
      total += entry.uncompressedSize;
    }
    if (total > this.packageLimit) throw new ExpansionError("", total, this.fileSize, true);
  }

  /** Counts `bytes` more of `entry` (`soFar` in all) as they are unpacked. */
  count(entry: ZipEntry, soFar: number, bytes: number): void {
    this.unpacked += bytes;
    if (soFar > ExpansionBudget.partLimit(entry)) throw new ExpansionError(entry.name, soFar, entry.compressedSize, false);
    if (this.unpacked > this.packageLimit) throw new ExpansionError(entry.name, this.unpacked, this.fileSize, true);
  }
}

/**
 * Unpacks one part, handing each chunk to `onChunk` as it comes (the next chunk is not unpacked
 * before `onChunk` returns). Throws ExpansionError past the budget, ZipFormatError on bad data.
 */
export async function unpackEntry(source: ZipSource, entry: ZipEntry, budget: ExpansionBudget, onChunk: (chunk: Buffer) => void): Promise<void> {
  if (entry.encrypted) throw new ZipFormatError(`bagian ${entry.name} terenkripsi`);
  if (entry.method !== 0 && entry.method !== 8) throw new ZipFormatError(`bagian ${entry.name} memakai metode kompresi ${entry.method} yang tidak dikenal`);
  const header = await source.read(entry.localHeaderOffset, 30);
  if (header.length < 30 || header.readUInt32LE(0) !== LOCAL) throw new ZipFormatError(`bagian ${entry.name} tidak ditemukan di tempatnya`);
  const start = entry.localHeaderOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
  const end = start + entry.compressedSize;
  if (end > source.size) throw new ZipFormatError(`bagian ${entry.name} terpotong`);
  let soFar = 0;
  // Data beyond the size the directory declares is never parsed: it is only counted, to tell a
  // bomb (refused by ratio) from a damaged entry.
  let overrun = false;
  // What stopped the reading from inside: pipeline reports it as the streams' AbortError.
  let stopped: unknown;
  const consume = async function (chunks: AsyncIterable<Buffer>) {
    try {
      for await (const chunk of chunks) {
        soFar += chunk.length;
        budget.count(entry, soFar, chunk.length);
        if (soFar > entry.uncompressedSize) overrun = true;
        if (!overrun) onChunk(chunk);
      }
    } catch (error) {
      stopped = error;
      throw error;
    }
  };
  try {
    if (entry.method === 0) await pipeline(source.stream(start, end), consume);
    else await pipeline(source.stream(start, end), createInflateRaw({ chunkSize: 64 * 1024 }), consume);
  } catch (caught) {
    const error = stopped ?? caught;
    if (error instanceof ExpansionError || error instanceof ZipFormatError) throw error;
    if ((error as NodeJS.ErrnoException).code?.startsWith("Z_")) throw new ZipFormatError(`bagian ${entry.name} tidak dapat dibuka (${(error as Error).message})`);
    throw error;
  }
  if (overrun) throw new ZipFormatError(`bagian ${entry.name} berisi ${soFar} byte, lebih dari ${entry.uncompressedSize} byte menurut daftar isinya`);
}
