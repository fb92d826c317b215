import { describe, expect, it } from "vitest";
import fc from "fast-check";
import jsQR from "jsqr";
import { QUIET_ZONE, qrMatrix, qrPixels, qrScale } from "./qr";

/** What a phone camera would read from the pixels the page draws. */
function decode(text: string): string | undefined {
  const matrix = qrMatrix(text);
  const { width, data } = qrPixels(matrix, qrScale(matrix, 240));
  return jsQR(data, width, width)?.data;
}

describe("QR code of a link", () => {
  it("decodes back to the page URL", () => {
    for (const url of [
      "https://xieshang.example.org/process/contact/",
      "https://xieshang.example.org/guide/tools/installment/?amount=12000&months=12&rate=%E4%B8%87%E5%88%86%E4%B9%8B%E4%BA%94&method=equal-payment",
      "http://127.0.0.1:4321/cases/huabei/#s2-1",
    ]) {
      expect(decode(url)).toBe(url);
    }
  });

  it("decodes any link up to 400 characters", () => {
    fc.assert(
      fc.property(fc.webUrl({ withQueryParameters: true, withFragments: true }), (url) => {
        fc.pre(url.length <= 400);
        expect(decode(url)).toBe(url);
      }),
      { numRuns: 40 },
    );
  });

  it("has a light quiet zone of 4 modules and square pixels", () => {
    const matrix = qrMatrix("https://x.org/");
    expect(matrix.length).toBe(matrix[0]!.length);
    for (let i = 0; i < QUIET_ZONE; i++) {
      expect(matrix[i]!.some(Boolean)).toBe(false);
      expect(matrix.map((row) => row[i]).some(Boolean)).toBe(false);
    }
    const { width, data } = qrPixels(matrix, 3);
    expect(width).toBe(matrix.length * 3);
    expect(data.length).toBe(width * width * 4);
    // The first dark module is the top-left finder's corner, drawn as a 3×3 black block.
    const at = (x: number, y: number) => data[(y * width + x) * 4];
    expect([at(11, 11), at(12, 12), at(14, 14), at(11, 12)]).toEqual([255, 0, 0, 255]);
    expect(data[(12 * width + 12) * 4 + 3]).toBe(255);
  });

  it("aims at about 480 pixels, never under 4 per module", () => {
    expect(qrScale(qrMatrix("https://x.org/"))).toBe(Math.round(480 / 29));
    expect(qrScale(Array.from({ length: 200 }, () => []))).toBe(4);
  });
});
