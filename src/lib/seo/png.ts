/**
 * A small indexed-colour PNG encoder. The preview cards use a handful of flat colours, and their
 * anti-aliased edges are blends of one colour over another, so a palette of those colours plus a
 * few steps between each pair reproduces them almost exactly at a fraction of the size of the
 * RGBA PNG the renderer writes. Pure (node:zlib only).
 */
import { crc32, deflateSync } from "node:zlib";

export type Rgb = readonly [number, number, number];

export function hexToRgb(hex: string): Rgb {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`not a #rrggbb colour: ${hex}`);
  return [parseInt(m[1]!, 16), parseInt(m[2]!, 16), parseInt(m[3]!, 16)];
}

/**
 * The colours and, for each [background, foreground] pair, `steps - 1` blends between them
 * (what anti-aliasing a foreground shape over that background produces). Duplicates removed.
 */
export function blendPalette(colours: readonly Rgb[], pairs: readonly [Rgb, Rgb][], steps = 16): Rgb[] {
  const out = new Map<number, Rgb>();
  const add = (c: Rgb) => out.set((c[0] << 16) | (c[1] << 8) | c[2], c);
  colours.forEach(add);
  for (const [a, b] of pairs) {
    for (let i = 1; i < steps; i++) {
      const t = i / steps;
      add([0, 1, 2].map((k) => Math.round(a[k]! + (b[k]! - a[k]!) * t)) as unknown as Rgb);
    }
  }
  if (out.size > 256) throw new Error(`palette has ${out.size} colours; at most 256`);
  return [...out.values()];
}

/**
 * Map every RGBA pixel to the nearest palette colour (squared RGB distance; alpha is composited
 * over the first palette colour, the background). Returns one palette index per pixel.
 */
export function quantize(rgba: Uint8Array, palette: readonly Rgb[]): Uint8Array {
  if (palette.length === 0 || palette.length > 256) throw new Error("palette needs 1–256 colours");
  const bg = palette[0]!;
  const out = new Uint8Array(rgba.length / 4);
  const cache = new Map<number, number>();
  for (let p = 0, i = 0; i < rgba.length; i += 4, p++) {
    const a = rgba[i + 3]! / 255;
    const r = Math.round(rgba[i]! * a + bg[0] * (1 - a));
    const g = Math.round(rgba[i + 1]! * a + bg[1] * (1 - a));
    const b = Math.round(rgba[i + 2]! * a + bg[2] * (1 - a));
    const key = (r << 16) | (g << 8) | b;
    let index = cache.get(key);
    if (index === undefined) {
      let best = Infinity;
      index = 0;
      for (let k = 0; k < palette.length; k++) {
        const c = palette[k]!;
        const d = (c[0] - r) ** 2 + (c[1] - g) ** 2 + (c[2] - b) ** 2;
        if (d < best) {
          best = d;
          index = k;
        }
      }
      cache.set(key, index);
    }
    out[p] = index;
  }
  return out;
}

/**
 * Draw `over` on top of `under` (both premultiplied RGBA, as the renderer gives them; `under`
 * opaque): source-over, so the result is opaque too.
 */
export function composite(over: Uint8Array, under: Uint8Array): Uint8Array {
  if (over.length !== under.length) throw new Error("layers differ in size");
  const out = new Uint8Array(under.length);
  for (let i = 0; i < under.length; i += 4) {
    const keep = 255 - over[i + 3]!;
    for (let k = 0; k < 3; k++) out[i + k] = Math.min(255, over[i + k]! + Math.round((under[i + k]! * keep) / 255));
    out[i + 3] = 255;
  }
  return out;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, "latin1");
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])) >>> 0, 0);
  return Buffer.concat([head, data, crc]);
}

/** An 8-bit indexed PNG (colour type 3), filter "none" on every row, deflated at level 9. */
export function encodeIndexedPng(width: number, height: number, indices: Uint8Array, palette: readonly Rgb[]): Buffer {
  if (indices.length !== width * height) throw new Error("indices length is not width × height");
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 3, 0, 0, 0], 8); // bit depth 8, palette, deflate, adaptive filtering, no interlace
  const raw = Buffer.alloc((width + 1) * height);
  for (let y = 0; y < height; y++) raw.set(indices.subarray(y * width, (y + 1) * width), y * (width + 1) + 1);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("PLTE", Buffer.from(palette.flat())),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", new Uint8Array(0)),
  ]);
}

/** Width and height from a PNG's IHDR, or null if the bytes are not a PNG. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | null {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (b.length < 24 || b.readUInt32BE(0) !== 0x89504e47 || b.toString("latin1", 12, 16) !== "IHDR") return null;
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}
