/**
 * Writes the add-in icons assets/icon-{16,32,64,80,128}.png.
 *
 * Run with `npx tsx scripts/make-icons.ts`. Deterministic: same input, same bytes (apart from
 * whatever zlib version Node ships). No image library: the PNG chunks (IHDR, IDAT, IEND, each
 * with its CRC-32) are written here and the pixel data is compressed with Node's zlib.
 *
 * Design, on a 16-unit grid so every size that is a multiple of 16 stays pixel-sharp:
 * a rounded square in Fluent blue #0F6CBD with a white rising bar chart (three bars on a
 * baseline). Edges are anti-aliased by 8 x 8 supersampling.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { deflateSync } from "node:zlib";

export const ICON_SIZES = [16, 32, 64, 80, 128] as const;

type Rgb = readonly [number, number, number];
const BLUE: Rgb = [0x0f, 0x6c, 0xbd];
const WHITE: Rgb = [0xff, 0xff, 0xff];

/** Shapes in grid units (0..16), as [x0, y0, x1, y1] rectangles. */
const GRID = 16;
const CORNER_RADIUS = 3;
const GLYPH: ReadonlyArray<readonly [number, number, number, number]> = [
  [3, 9, 5, 13], // low bar
  [7, 6, 9, 13], // middle bar
  [11, 3, 13, 13], // high bar
  [2, 13, 14, 14], // baseline
];

function insideRoundedSquare(x: number, y: number): boolean {
  if (x < 0 || y < 0 || x > GRID || y > GRID) return false;
  const r = CORNER_RADIUS;
  const cx = x < r ? r : x > GRID - r ? GRID - r : x;
  const cy = y < r ? r : y > GRID - r ? GRID - r : y;
  const dx = x - cx;
  const dy = y - cy;
  return dx * dx + dy * dy <= r * r;
}

function insideGlyph(x: number, y: number): boolean {
  return GLYPH.some(([x0, y0, x1, y1]) => x >= x0 && x < x1 && y >= y0 && y < y1);
}

/** RGBA pixels, row-major, 4 bytes per pixel. */
export function renderIcon(size: number): Uint8Array {
  const samples = 8;
  const out = new Uint8Array(size * size * 4);
  const unit = GRID / size;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      // Premultiplied accumulation over the sub-samples.
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const x = (px + (sx + 0.5) / samples) * unit;
          const y = (py + (sy + 0.5) / samples) * unit;
          if (!insideRoundedSquare(x, y)) continue;
          const c = insideGlyph(x, y) ? WHITE : BLUE;
          r += c[0];
          g += c[1];
          b += c[2];
          a += 1;
        }
      }
      const i = (py * size + px) * 4;
      if (a > 0) {
        out[i] = Math.round(r / a);
        out[i + 1] = Math.round(g / a);
        out[i + 2] = Math.round(b / a);
        out[i + 3] = Math.round((255 * a) / (samples * samples));
      }
    }
  }
  return out;
}

const CRC_TABLE: Uint32Array = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const typeAndData = Buffer.concat([Buffer.from(type, "ascii"), Buffer.from(data)]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length, 0);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData), 0);
  return Buffer.concat([length, typeAndData, crc]);
}

/** Encodes RGBA pixels as a PNG (8-bit truecolour with alpha, no interlace, filter 0). */
export function encodePng(width: number, height: number, rgba: Uint8Array): Buffer {
  if (rgba.length !== width * height * 4) throw new Error("rgba length does not match size");
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type: RGBA
  ihdr[10] = 0; // compression: deflate
  ihdr[11] = 0; // filter method
  ihdr[12] = 0; // interlace: none
  const stride = width * 4;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (stride + 1)] = 0; // filter type None
    raw.set(rgba.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1);
  }
  const idat = deflateSync(raw, { level: 9 });
  return Buffer.concat([signature, chunk("IHDR", ihdr), chunk("IDAT", idat), chunk("IEND", new Uint8Array(0))]);
}

function main(): void {
  const root = resolve(__dirname, "..");
  const dir = join(root, "assets");
  mkdirSync(dir, { recursive: true });
  for (const size of ICON_SIZES) {
    const file = join(dir, `icon-${size}.png`);
    const png = encodePng(size, size, renderIcon(size));
    writeFileSync(file, png);
    console.log(`assets/icon-${size}.png  ${size}x${size}  ${png.length} bytes`);
  }
}

// Run only when executed directly (tsx runs this file as CommonJS), not when imported.
if (require.main === module) {
  main();
}
