/**
 * QR code of a link, as pixels. The encoder is uqr (zero-dependency, MIT); this module and
 * uqr are loaded only when a reader asks for a QR code (src/scripts/share-qr.ts).
 */
import { encode } from "uqr";

/** Quiet zone around the code, in modules: the standard asks for 4. */
export const QUIET_ZONE = 4;

/** Dark (true) and light modules, quiet zone included; error correction M (15 %). */
export function qrMatrix(text: string): boolean[][] {
  return encode(text, { ecc: "M", border: QUIET_ZONE }).data;
}

/**
 * RGBA pixels of the code, `scale` pixels per module, black on white, for a canvas's ImageData
 * (which is how the page draws it: no style attributes, no third-party service).
 */
export function qrPixels(matrix: boolean[][], scale: number): { width: number; data: Uint8ClampedArray } {
  const n = matrix.length;
  const width = n * scale;
  const data = new Uint8ClampedArray(width * width * 4).fill(255);
  for (let y = 0; y < width; y++) {
    const row = matrix[Math.floor(y / scale)]!;
    for (let x = 0; x < width; x++) {
      if (row[Math.floor(x / scale)]) data.fill(0, (y * width + x) * 4, (y * width + x) * 4 + 3);
    }
  }
  return { width, data };
}

/** Pixels per module so that the image is about `target` pixels wide (at least 4). */
export function qrScale(matrix: boolean[][], target = 480): number {
  return Math.max(4, Math.round(target / matrix.length));
}
