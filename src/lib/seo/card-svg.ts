/**
 * The preview image of a page as an SVG string (1200×630), rendered to PNG at build time by
 * src/lib/seo/render.ts. Pure: text is laid out here (line breaks by estimated glyph widths,
 * Chinese line-breaking rules), so the same card always gives the same SVG.
 *
 * Design: the site's light theme (src/styles/global.css): page background, an accent bar on the
 * left, the site's mark and name, the label in the accent colour, the title in bold, a muted line
 * saying the site is independent, and the host name so a reader sees where the link goes.
 */
import { PREVIEW_SIZE } from "./meta";
import { escapeXmlText } from "./xml";
import type { PreviewCard } from "./cards";

/** Light-theme colours from src/styles/global.css. */
export const CARD_COLOURS = {
  bg: "#f7f5f0",
  text: "#1d2327",
  muted: "#4f5a61",
  border: "#d6d1c4",
  accent: "#0b5d56",
} as const;

const { width: W, height: H } = PREVIEW_SIZE;
const MARGIN_X = 96;
const CONTENT_W = W - MARGIN_X - 88;

/** Characters that may not start a line (closing punctuation) or end one (opening punctuation). */
export const NO_LINE_START = new Set([..."，。、；：？！）」』”’》〉】…—·%,.;:?!)]}"]);
export const NO_LINE_END = new Set([..."（「『“‘《〈【([{"]);

/**
 * Estimated advance width in em of Noto Sans CJK: Han, kana and full-width punctuation are 1 em;
 * Latin letters and digits are proportional, about 0.55 em on average (0.62 used: never too narrow).
 */
export function charWidth(ch: string): number {
  if (ch === " ") return 0.26;
  const code = ch.codePointAt(0) ?? 0;
  if (code < 0x2e80 && !"“”‘’—…·".includes(ch)) return code < 0x7f ? 0.62 : 0.7;
  return 1;
}

export function textWidth(text: string, size: number): number {
  return [...text].reduce((w, ch) => w + charWidth(ch), 0) * size;
}

/** Break units: a run of Latin letters/digits (a word or number stays whole), else one character. */
function tokens(text: string): string[] {
  return text.match(/[A-Za-z0-9][A-Za-z0-9.,%'’-]*|\s+|./gu) ?? [];
}

/**
 * Greedy line breaking within `maxWidth` px at `size` px, keeping closing punctuation off the
 * start of a line and opening punctuation off its end. Spaces where a line breaks are dropped.
 * Returns every line (no limit).
 */
export function breakLines(text: string, size: number, maxWidth: number): string[] {
  const lines: string[] = [];
  let line = "";
  // A word wider than the whole line (a long URL) is broken between its characters.
  const units = tokens(text.trim()).flatMap((t) => (textWidth(t, size) > maxWidth ? [...t] : [t]));
  for (const tok of units) {
    const candidate = line + tok;
    if (line === "" || textWidth(candidate.trimEnd(), size) <= maxWidth) {
      line = candidate;
      continue;
    }
    if (/^\s+$/.test(tok)) {
      lines.push(line.trimEnd());
      line = "";
      continue;
    }
    // Kinsoku: a closing mark joins the previous line (it may hang a little past the margin);
    // an opening mark at the end of the line moves down with the next character.
    if (NO_LINE_START.has(tok)) {
      line = candidate;
      continue;
    }
    let carry = "";
    while (line.length > 1 && NO_LINE_END.has(line.at(-1)!)) {
      carry = line.at(-1)! + carry;
      line = line.slice(0, -1);
    }
    lines.push(line.trimEnd());
    line = carry + tok;
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

/** Cut lines to `max`, ending the last kept line with "…" (fitting within maxWidth). */
export function clampLines(lines: string[], max: number, size: number, maxWidth: number): string[] {
  if (lines.length <= max) return lines;
  const kept = lines.slice(0, max);
  let last = kept[max - 1]!;
  while (last && textWidth(`${last}…`, size) > maxWidth) last = [...last].slice(0, -1).join("");
  kept[max - 1] = `${last.replace(/[，。、；：,.;:\s]+$/u, "")}…`;
  return kept;
}

/** Title sizes tried from the largest down, with the most lines each may take. */
const TITLE_STEPS = [
  { size: 76, maxLines: 2 },
  { size: 64, maxLines: 3 },
  { size: 54, maxLines: 4 },
] as const;

/** The largest title size at which the title fits; at the smallest, extra lines become "…". */
export function layoutTitle(title: string, maxWidth = CONTENT_W): { size: number; lines: string[] } {
  for (const step of TITLE_STEPS) {
    const lines = breakLines(title, step.size, maxWidth);
    if (lines.length <= step.maxLines) return { size: step.size, lines };
  }
  const last = TITLE_STEPS[TITLE_STEPS.length - 1]!;
  return {
    size: last.size,
    lines: clampLines(breakLines(title, last.size, maxWidth), last.maxLines, last.size, maxWidth),
  };
}

/** The site's mark (as ICON_SVG in src/lib/icon.ts), `size` px square at (x, y). */
function mark(x: number, y: number, size: number): string {
  const s = size / 32;
  return (
    `<g transform="translate(${x} ${y}) scale(${s})"><rect width="32" height="32" rx="7" fill="${CARD_COLOURS.accent}"/>` +
    `<path d="M9 17.5l4.5 4.5L23 11" stroke="${CARD_COLOURS.bg}" stroke-width="3.2" fill="none" stroke-linecap="round" stroke-linejoin="round"/></g>`
  );
}

/** An SVG of the card's size; `background` false leaves it transparent (a layer to draw over the base). */
function frame(inner: string, background = true): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">` +
    (background
      ? `<rect width="${W}" height="${H}" fill="${CARD_COLOURS.bg}"/><rect width="16" height="${H}" fill="${CARD_COLOURS.accent}"/>`
      : "") +
    inner +
    `</svg>`
  );
}

export interface CardSvgOptions {
  siteName: string;
  /** Shown at the bottom right, e.g. "xieshang.example.org". */
  host: string;
  /** Font family name as the renderer knows it. */
  fontFamily: string;
}

const textEl = (x: number, y: number, size: number, fill: string, content: string, extra = "") =>
  `<text x="${x}" y="${Math.round(y)}" font-size="${size}" fill="${fill}"${extra}>${escapeXmlText(content)}</text>`;
const fontAttr = (opts: CardSvgOptions) => `font-family="${escapeXmlText(opts.fontFamily)}"`;

/**
 * What every card shares: background, accent bar, the mark and site name, the footer rule, the
 * independence line and the host. Drawn once per build; each page's text goes over it.
 */
export function cardBaseSvg(opts: CardSvgOptions): string {
  return frame(
    `<g ${fontAttr(opts)}>` +
      mark(MARGIN_X, 64, 64) +
      textEl(MARGIN_X + 84, 109, 38, CARD_COLOURS.text, opts.siteName, ' font-weight="700"') +
      `<rect x="${MARGIN_X}" y="530" width="${W - MARGIN_X - 88}" height="2" fill="${CARD_COLOURS.border}"/>` +
      textEl(MARGIN_X, 582, 28, CARD_COLOURS.muted, "独立公益站点 · 不是支付宝 · 不收费、不代办") +
      textEl(W - 88, 582, 28, CARD_COLOURS.muted, opts.host, ' text-anchor="end"') +
      `</g>`,
  );
}

/** The elements of a page's own text (label, title, subtitle), laid out between header and footer. */
function cardTextElements(card: PreviewCard): string {
  const title = layoutTitle(card.title);
  const titleLead = Math.round(title.size * 1.3);
  const subSize = 32;
  const subLead = Math.round(subSize * 1.5);
  const subtitle = card.subtitle
    ? clampLines(breakLines(card.subtitle, subSize, CONTENT_W), title.lines.length > 2 ? 1 : 2, subSize, CONTENT_W)
    : [];

  // The label, title and subtitle, centred as a block between the header and the footer rule.
  const labelSize = 34;
  const blockHeight =
    labelSize +
    28 +
    titleLead * (title.lines.length - 1) +
    title.size +
    (subtitle.length ? 30 + subLead * subtitle.length : 0);
  const top = 176;
  const bottom = 500;
  let y = top + Math.max(0, (bottom - top - blockHeight) / 2) + labelSize;
  const parts: string[] = [textEl(MARGIN_X, y, labelSize, CARD_COLOURS.accent, card.label, ' font-weight="700"')];
  y += 28 + title.size * 0.88;
  for (const line of title.lines) {
    parts.push(textEl(MARGIN_X, y, title.size, CARD_COLOURS.text, line, ' font-weight="700"'));
    y += titleLead;
  }
  y += 30 - titleLead + subSize * 1.1;
  for (const line of subtitle) {
    parts.push(textEl(MARGIN_X, y, subSize, CARD_COLOURS.muted, line));
    y += subLead;
  }
  return parts.join("");
}

/** A page's own text on a transparent layer, to draw over cardBaseSvg. Every string is escaped. */
export function cardTextSvg(card: PreviewCard, opts: CardSvgOptions): string {
  return frame(`<g ${fontAttr(opts)}>${cardTextElements(card)}</g>`, false);
}

/** The whole card in one SVG (base and text): what the image shows. */
export function cardSvg(card: PreviewCard, opts: CardSvgOptions): string {
  const base = cardBaseSvg(opts);
  const end = base.lastIndexOf("</g></svg>");
  return base.slice(0, end) + cardTextElements(card) + base.slice(end);
}

/** The card without any text, for a build where no CJK font is found: the mark, large. */
export function fallbackSvg(): string {
  return frame(mark((W - 200) / 2, (H - 200) / 2, 200));
}
