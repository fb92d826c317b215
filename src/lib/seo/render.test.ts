import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { CARD_PALETTE, NO_FONT_WARNING, cacheKey, findCjkFonts, renderCard, renderCards, resolveFonts } from "./render";
import { decodeIndexedPng } from "./png.test-helper";
import { Resvg } from "@resvg/resvg-js";
import { CARD_COLOURS, cardSvg } from "./card-svg";
import { hexToRgb, quantize } from "./png";

const card = { path: "/process/prepare/", title: "协商前的准备：算清自己的账，备好材料", label: "协商流程" };
const opts = { siteName: "协商还款指南", host: "xieshang.example.org" };

describe("finding a CJK font", () => {
  const only =
    (...paths: string[]) =>
    (p: string) =>
      paths.includes(p);

  it("uses Debian's Noto Sans CJK (fonts-noto-cjk)", () => {
    expect(
      findCjkFonts(
        {},
        only(
          "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
          "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc",
        ),
      ),
    ).toEqual({
      files: [
        "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
        "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc",
      ],
      family: "Noto Sans CJK SC",
    });
  });

  it("prefers the files named in OG_FONT_FILES, with OG_FONT_FAMILY", () => {
    const env = { OG_FONT_FILES: "/fonts/a.otf, /fonts/missing.otf", OG_FONT_FAMILY: "Source Han Sans SC" };
    expect(findCjkFonts(env, only("/fonts/a.otf", "/usr/share/fonts/noto-cjk/NotoSansCJK-Bold.ttc"))).toEqual({
      files: ["/fonts/a.otf"],
      family: "Source Han Sans SC",
    });
  });

  it("finds nothing on a machine without CJK fonts, and says so once", () => {
    expect(findCjkFonts({}, () => false)).toBeNull();
    const warn = vi.fn();
    expect(resolveFonts({}, () => false, warn)).toBeNull();
    expect(warn).toHaveBeenCalledOnce();
    expect(warn).toHaveBeenCalledWith(NO_FONT_WARNING);
    const quiet = vi.fn();
    resolveFonts({}, only("/usr/share/fonts/noto/NotoSansCJK-Regular.ttc"), quiet);
    expect(quiet).not.toHaveBeenCalled();
  });
});

describe("renderCard", () => {
  it("without a font: a valid 1200×630 PNG with no text, the same for every page", () => {
    const png = renderCard(card, { ...opts, fonts: null });
    const img = decodeIndexedPng(png);
    expect([img.width, img.height, img.colourType]).toEqual([1200, 630, 3]);
    expect(img.palette).toEqual(CARD_PALETTE.map((c) => [...c]));
    expect(
      png.equals(renderCard({ path: "/x/", title: "完全不同的标题", label: "案例" }, { ...opts, fonts: null })),
    ).toBe(true);
    // The mark is in the middle, in the accent colour; the top left (where text would be) is plain background.
    const at = (x: number, y: number) => img.palette[img.indices[y * 1200 + x]!];
    expect(at(520, 230)).toEqual([...hexToRgb(CARD_COLOURS.accent)]);
    const bg = img.palette.findIndex((c) => c.join() === hexToRgb(CARD_COLOURS.bg).join());
    for (let y = 40; y < 200; y++) for (let x = 40; x < 1160; x++) expect(img.indices[y * 1200 + x]).toBe(bg);
  });

  const fonts = findCjkFonts();
  it.skipIf(!fonts)("with Noto Sans CJK: the card with its text, in a few colours, small", () => {
    const png = renderCard(card, { ...opts, fonts });
    const img = decodeIndexedPng(png);
    expect([img.width, img.height]).toEqual([1200, 630]);
    expect(png.equals(renderCard(card, { ...opts, fonts: null }))).toBe(false);
    expect(png.length).toBeLessThan(40 * 1024);
    // Text colour is drawn (the title) where the fallback has only background.
    const text = img.palette.findIndex((c) => c.join() === hexToRgb(CARD_COLOURS.text).join());
    expect(img.indices.filter((i) => i === text).length).toBeGreaterThan(5000);
  });

  it.skipIf(!fonts)(
    "drawing the shared layer and the page's text apart gives the same picture as drawing them together",
    () => {
      const layered = decodeIndexedPng(renderCard(card, { ...opts, fonts })).indices;
      const whole = new Resvg(cardSvg(card, { ...opts, fontFamily: fonts!.family }), {
        font: { loadSystemFonts: false, fontFiles: fonts!.files, defaultFontFamily: fonts!.family },
      }).render();
      const together = quantize(whole.pixels, CARD_PALETTE);
      let differ = 0;
      for (let i = 0; i < together.length; i++) if (together[i] !== layered[i]) differ++;
      expect(differ / together.length).toBeLessThan(0.001);
    },
  );
});

describe("renderCards", () => {
  const cards = [card, { path: "/faq/", title: "常见问题", label: "参考" }];

  it("draws every card, the same as one at a time", async () => {
    const out = await renderCards(cards, { ...opts, fonts: null, concurrency: 2 });
    expect([...out.keys()]).toEqual(expect.arrayContaining(["/process/prepare/", "/faq/"]));
    expect(out.get("/faq/")!.equals(renderCard(cards[1]!, { ...opts, fonts: null }))).toBe(true);
  });

  it("reads what an earlier build drew from the cache", async () => {
    const dir = mkdtempSync(join(tmpdir(), "og-cache-"));
    try {
      const first = await renderCards(cards, { ...opts, fonts: null, cacheDir: dir });
      const files = readdirSync(dir);
      expect(files).toHaveLength(1); // the fallback image is the same for both cards
      // A cached file is used as it is: overwrite it and the next build returns the new bytes.
      writeFileSync(join(dir, files[0]!), "cached");
      const second = await renderCards(cards, { ...opts, fonts: null, cacheDir: dir });
      expect(second.get("/faq/")!.toString()).toBe("cached");
      expect(first.get("/faq/")!.toString()).not.toBe("cached");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("keys the cache on the drawing and the fonts", () => {
    const fonts = { files: ["/f/a.ttc"], family: "Noto Sans CJK SC" };
    const stat = (stamp: string) => () => stamp;
    expect(cacheKey("<svg/>", fonts, stat("1"))).toBe(cacheKey("<svg/>", fonts, stat("1")));
    expect(cacheKey("<svg/>", fonts, stat("1"))).not.toBe(cacheKey("<svg />", fonts, stat("1")));
    expect(cacheKey("<svg/>", fonts, stat("1"))).not.toBe(cacheKey("<svg/>", fonts, stat("2")));
    expect(cacheKey("<svg/>", fonts, stat("1"))).not.toBe(cacheKey("<svg/>", null, stat("1")));
  });
});
