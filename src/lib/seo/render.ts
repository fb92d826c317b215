/**
 * Build-time rendering of the preview cards: SVG (card-svg.ts) → pixels (resvg, a native module,
 * with a CJK font from the build machine) → indexed PNG (png.ts). Readers never download a font:
 * the text is pixels in the image.
 *
 * Fonts: OG_FONT_FILES (comma-separated font files) and OG_FONT_FAMILY if set, else Noto Sans CJK
 * where Linux distributions install it (Debian/Ubuntu fonts-noto-cjk, Arch, Alpine). With none
 * found the build still succeeds: every card is the text-free fallback and a warning says why.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { Resvg, renderAsync, type ResvgRenderOptions } from "@resvg/resvg-js";
import { PREVIEW_SIZE } from "./meta";
import type { PreviewCard } from "./cards";
import { CARD_COLOURS, cardBaseSvg, cardTextSvg, fallbackSvg } from "./card-svg";
import { blendPalette, composite, encodeIndexedPng, hexToRgb, quantize, type Rgb } from "./png";

export interface FontChoice {
  files: string[];
  family: string;
}

const NOTO_DIRS = ["/usr/share/fonts/opentype/noto", "/usr/share/fonts/noto-cjk", "/usr/share/fonts/noto"];

/** The fonts to draw the cards with, or null when no CJK font is found. */
export function findCjkFonts(
  env: Record<string, string | undefined> = process.env,
  exists: (path: string) => boolean = existsSync,
): FontChoice | null {
  const own = (env.OG_FONT_FILES ?? "")
    .split(",")
    .map((f) => f.trim())
    .filter((f) => f && exists(f));
  if (own.length) return { files: own, family: env.OG_FONT_FAMILY?.trim() || "Noto Sans CJK SC" };
  for (const dir of NOTO_DIRS) {
    const files = ["Regular", "Bold"].map((w) => `${dir}/NotoSansCJK-${w}.ttc`).filter(exists);
    if (files.length) return { files, family: "Noto Sans CJK SC" };
  }
  return null;
}

export const NO_FONT_WARNING =
  "[og] 没有找到中文字体（Noto Sans CJK，Debian 包 fonts-noto-cjk；或用 OG_FONT_FILES 指定），预览图只画站点标志、不含文字。";

/** findCjkFonts, saying once through `warn` when there is none (the build goes on). */
export function resolveFonts(
  env: Record<string, string | undefined> = process.env,
  exists: (path: string) => boolean = existsSync,
  warn: (message: string) => void = console.warn,
): FontChoice | null {
  const fonts = findCjkFonts(env, exists);
  if (!fonts) warn(NO_FONT_WARNING);
  return fonts;
}

const c = (hex: string): Rgb => hexToRgb(hex);
/** The card's colours and the blends anti-aliasing makes between them (background first). */
export const CARD_PALETTE = blendPalette(
  [c(CARD_COLOURS.bg), c(CARD_COLOURS.text), c(CARD_COLOURS.muted), c(CARD_COLOURS.border), c(CARD_COLOURS.accent)],
  [
    [c(CARD_COLOURS.bg), c(CARD_COLOURS.text)],
    [c(CARD_COLOURS.bg), c(CARD_COLOURS.muted)],
    [c(CARD_COLOURS.bg), c(CARD_COLOURS.border)],
    [c(CARD_COLOURS.bg), c(CARD_COLOURS.accent)],
  ],
  8,
);

function resvgOptions(fonts: FontChoice | null): ResvgRenderOptions {
  return {
    fitTo: { mode: "width", value: PREVIEW_SIZE.width },
    font: fonts
      ? { loadSystemFonts: false, fontFiles: fonts.files, defaultFontFamily: fonts.family }
      : { loadSystemFonts: false },
  };
}

function toIndexedPng(rgba: Uint8Array): Buffer {
  return encodeIndexedPng(PREVIEW_SIZE.width, PREVIEW_SIZE.height, quantize(rgba, CARD_PALETTE), CARD_PALETTE);
}

export interface RenderOptions {
  siteName: string;
  host: string;
  fonts: FontChoice | null;
}

/** The layer every card shares (see cardBaseSvg), or the whole text-free card without fonts. */
function baseSvgFor(opts: RenderOptions): string {
  return opts.fonts
    ? cardBaseSvg({ siteName: opts.siteName, host: opts.host, fontFamily: opts.fonts.family })
    : fallbackSvg();
}

/** The page's own text layer, or null without fonts. */
function textSvgFor(card: PreviewCard, opts: RenderOptions): string | null {
  return opts.fonts
    ? cardTextSvg(card, { siteName: opts.siteName, host: opts.host, fontFamily: opts.fonts.family })
    : null;
}

const raster = (svg: string, fonts: FontChoice | null): Uint8Array =>
  new Resvg(svg, resvgOptions(fonts)).render().pixels;
const rasterAsync = async (svg: string, fonts: FontChoice | null): Promise<Uint8Array> =>
  (await renderAsync(svg, resvgOptions(fonts))).pixels;

/**
 * One card as PNG bytes: with its text when a CJK font is available, else the text-free fallback.
 * (The shared layer and the page's text are drawn separately: the renderer's cost is per glyph.)
 */
export function renderCard(card: PreviewCard, opts: RenderOptions): Buffer {
  const base = raster(baseSvgFor(opts), opts.fonts);
  const text = textSvgFor(card, opts);
  return toIndexedPng(text ? composite(raster(text, opts.fonts), base) : base);
}

/** Bump when the drawing or the encoding changes in a way the SVG text does not show. */
const RENDER_VERSION = "2";

/**
 * Cache key of a card's image: the SVG, the fonts (path, size, date) and the renderer. The same
 * card in another build (the sub-path build of the tests, a rebuild) is then read, not drawn again.
 */
export function cacheKey(svg: string, fonts: FontChoice | null, stat: (f: string) => string = fileStamp): string {
  const hash = createHash("sha256");
  hash.update(`${RENDER_VERSION}\0${RESVG_VERSION}\0${JSON.stringify(CARD_PALETTE)}\0`);
  for (const f of fonts?.files ?? []) hash.update(`${f}\0${stat(f)}\0`);
  hash.update(svg);
  return hash.digest("hex").slice(0, 32);
}

function fileStamp(file: string): string {
  const s = statSync(file);
  return `${s.size}:${s.mtimeMs}`;
}

const RESVG_VERSION: string = (() => {
  try {
    return (createRequire(import.meta.url)("@resvg/resvg-js/package.json") as { version: string }).version;
  } catch {
    return "unknown";
  }
})();

/**
 * Every card's PNG, by page path. Drawn off the main thread (resvg's renderAsync), a few at a
 * time; with `cacheDir`, images drawn by an earlier build are read from there.
 */
export async function renderCards(
  cards: readonly PreviewCard[],
  opts: RenderOptions & { cacheDir?: string | undefined; concurrency?: number },
): Promise<Map<string, Buffer>> {
  const out = new Map<string, Buffer>();
  if (opts.cacheDir) mkdirSync(opts.cacheDir, { recursive: true });
  const baseSvg = baseSvgFor(opts);
  let base: Promise<Uint8Array> | undefined;
  const queue = [...cards];
  const worker = async () => {
    for (let card = queue.shift(); card; card = queue.shift()) {
      const text = textSvgFor(card, opts);
      const key = cacheKey(`${baseSvg}\n${text ?? ""}`, opts.fonts);
      const cached = opts.cacheDir ? join(opts.cacheDir, `${key}.png`) : undefined;
      if (cached && existsSync(cached)) {
        out.set(card.path, readFileSync(cached));
        continue;
      }
      base ??= rasterAsync(baseSvg, opts.fonts);
      const pixels = text ? composite(await rasterAsync(text, opts.fonts), await base) : await base;
      const png = toIndexedPng(pixels);
      if (cached) {
        // Written whole or not at all: a build stopped halfway leaves no broken image behind.
        writeFileSync(`${cached}.${process.pid}.tmp`, png);
        renameSync(`${cached}.${process.pid}.tmp`, cached);
      }
      out.set(card.path, png);
    }
  };
  const n = Math.max(1, opts.concurrency ?? availableParallelism());
  await Promise.all(Array.from({ length: n }, worker));
  return out;
}
