/** Test helper: read back an 8-bit indexed PNG written by png.ts, checking every chunk's CRC. */
import { crc32, inflateSync } from "node:zlib";

export interface DecodedPng {
  width: number;
  height: number;
  bitDepth: number;
  colourType: number;
  palette: [number, number, number][];
  /** One palette index per pixel. */
  indices: Uint8Array;
  chunks: string[];
}

export function decodeIndexedPng(png: Uint8Array): DecodedPng {
  const b = Buffer.from(png);
  if (!b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])))
    throw new Error("no PNG signature");
  let at = 8;
  const chunks: string[] = [];
  const idat: Buffer[] = [];
  let ihdr: Buffer | undefined;
  let plte: Buffer | undefined;
  while (at < b.length) {
    const len = b.readUInt32BE(at);
    const type = b.toString("latin1", at + 4, at + 8);
    const data = b.subarray(at + 8, at + 8 + len);
    const crc = b.readUInt32BE(at + 8 + len);
    if (crc32(b.subarray(at + 4, at + 8 + len)) >>> 0 !== crc) throw new Error(`bad CRC in ${type}`);
    chunks.push(type);
    if (type === "IHDR") ihdr = data;
    if (type === "PLTE") plte = data;
    if (type === "IDAT") idat.push(data);
    at += 12 + len;
  }
  if (!ihdr || !plte) throw new Error("missing IHDR or PLTE");
  const width = ihdr.readUInt32BE(0);
  const height = ihdr.readUInt32BE(4);
  const raw = inflateSync(Buffer.concat(idat));
  if (raw.length !== (width + 1) * height) throw new Error("image data has the wrong length");
  const indices = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    if (raw[y * (width + 1)] !== 0) throw new Error(`row ${y} uses a filter`);
    indices.set(raw.subarray(y * (width + 1) + 1, (y + 1) * (width + 1)), y * width);
  }
  const palette: [number, number, number][] = [];
  for (let i = 0; i < plte.length; i += 3) palette.push([plte[i]!, plte[i + 1]!, plte[i + 2]!]);
  return { width, height, bitDepth: ihdr[8]!, colourType: ihdr[9]!, palette, indices, chunks };
}
