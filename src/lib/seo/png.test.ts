import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { blendPalette, composite, encodeIndexedPng, hexToRgb, pngSize, quantize, type Rgb } from "./png";
import { decodeIndexedPng } from "./png.test-helper";

describe("encodeIndexedPng", () => {
  it("writes a valid 8-bit palette PNG that reads back to the same pixels", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 1, max: 40 }),
        fc.array(fc.tuple(fc.nat(255), fc.nat(255), fc.nat(255)), { minLength: 1, maxLength: 256 }),
        fc.nat(),
        (w, h, palette, seed) => {
          const indices = Uint8Array.from({ length: w * h }, (_, i) => (i * 31 + seed) % palette.length);
          const png = encodeIndexedPng(w, h, indices, palette);
          const back = decodeIndexedPng(png);
          expect(back.chunks).toEqual(["IHDR", "PLTE", "IDAT", "IEND"]);
          expect([back.width, back.height, back.bitDepth, back.colourType]).toEqual([w, h, 8, 3]);
          expect(back.palette).toEqual(palette);
          expect(back.indices).toEqual(indices);
          expect(pngSize(png)).toEqual({ width: w, height: h });
        },
      ),
      { numRuns: 60 },
    );
  });

  it("refuses indices that do not fill the image", () => {
    expect(() => encodeIndexedPng(2, 2, new Uint8Array(3), [[0, 0, 0]])).toThrow();
  });

  it("pngSize rejects what is not a PNG", () => {
    expect(pngSize(new TextEncoder().encode("<html>not a png at all, really</html>"))).toBeNull();
  });
});

describe("palette and quantize", () => {
  const bg = hexToRgb("#f7f5f0");
  const fg = hexToRgb("#1d2327");

  it("reads #rrggbb", () => {
    expect(hexToRgb("#0b5d56")).toEqual([11, 93, 86]);
    expect(() => hexToRgb("teal")).toThrow();
  });

  it("adds evenly spaced blends between each pair", () => {
    const palette = blendPalette([bg, fg], [[bg, fg]], 4);
    expect(palette).toHaveLength(5);
    expect(palette[0]).toEqual(bg);
    expect(palette[2]).toEqual([
      Math.round(247 + (29 - 247) / 4),
      Math.round(245 + (35 - 245) / 4),
      Math.round(240 + (39 - 240) / 4),
    ]);
  });

  it("refuses more than 256 colours", () => {
    const many: Rgb[] = Array.from({ length: 300 }, (_, i) => [i % 256, Math.floor(i / 256), 0]);
    expect(() => blendPalette(many, [])).toThrow(/256/);
  });

  it("maps palette colours to themselves, blends to the nearest step and transparency to the background", () => {
    const palette = blendPalette([bg, fg], [[bg, fg]], 8);
    const px = (c: Rgb, a = 255) => [c[0], c[1], c[2], a];
    const rgba = Uint8Array.from([
      ...px(bg),
      ...px(fg),
      ...px(palette[4]!),
      ...px([palette[4]![0] + 3, palette[4]![1] - 2, palette[4]![2] + 1]),
      ...px([0, 0, 0], 0),
    ]);
    expect([...quantize(rgba, palette)]).toEqual([0, 1, 4, 4, 0]);
  });

  it("always picks a colour no farther than any other", () => {
    const palette = blendPalette([bg, fg, hexToRgb("#0b5d56")], [[bg, fg]], 8);
    fc.assert(
      fc.property(fc.tuple(fc.nat(255), fc.nat(255), fc.nat(255)), (c) => {
        const [i] = quantize(Uint8Array.from([...c, 255]), palette);
        const d = (p: Rgb) => (p[0] - c[0]) ** 2 + (p[1] - c[1]) ** 2 + (p[2] - c[2]) ** 2;
        expect(d(palette[i!]!)).toBe(Math.min(...palette.map(d)));
      }),
    );
  });
});

describe("composite", () => {
  it("draws a premultiplied layer over an opaque one", () => {
    const under = Uint8Array.from([200, 100, 50, 255, 200, 100, 50, 255, 200, 100, 50, 255]);
    // transparent; opaque black; half-transparent white (premultiplied: 128,128,128,128)
    const over = Uint8Array.from([0, 0, 0, 0, 0, 0, 0, 255, 128, 128, 128, 128]);
    expect([...composite(over, under)]).toEqual([200, 100, 50, 255, 0, 0, 0, 255, 228, 178, 153, 255]);
  });
  it("refuses layers of different sizes", () => {
    expect(() => composite(new Uint8Array(4), new Uint8Array(8))).toThrow();
  });
});
