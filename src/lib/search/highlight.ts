/**
 * The words a search result link carries to the article (?hl=逾期+起诉), and finding them in the
 * article's text. Pure: the page script (src/scripts/search-highlight.ts) only walks text nodes
 * and wraps the ranges found here in <mark>, so nothing from the URL is ever parsed as HTML.
 */
const MAX_WORDS = 8;
const MAX_WORD_LENGTH = 20;

/** Letters and digits only (any script): anything else in a word makes it unusable. */
const WORD = /^[\p{L}\p{N}]+$/u;

function clean(words: Iterable<string>): string[] {
  const out: string[] = [];
  for (const w of words) {
    const t = w.trim();
    if (t && t.length <= MAX_WORD_LENGTH && WORD.test(t) && !out.includes(t)) out.push(t);
    if (out.length === MAX_WORDS) break;
  }
  return out;
}

/** The value of the hl parameter for these words ("" when there are none worth marking). */
export function highlightParam(words: readonly string[]): string {
  return clean(words)
    .map((w) => encodeURIComponent(w))
    .join("+");
}

/** The words in a location.search string's hl parameter, longest first. */
export function parseHighlight(search: string): string[] {
  const raw = new URLSearchParams(search).get("hl") ?? "";
  return clean(raw.split(/\s+/)).sort((a, b) => b.length - a.length);
}

export interface Range {
  start: number;
  end: number;
}

/** Non-overlapping occurrences of any of the words in text (longest word wins at a position). */
export function findMatches(text: string, words: readonly string[]): Range[] {
  // Sorted and lowercased once per call, not at every position.
  const byLength = [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => ({ length: w.length, lower: w.toLowerCase() }));
  const lower = text.toLowerCase();
  const out: Range[] = [];
  let i = 0;
  while (i < text.length) {
    const w = byLength.find((word) => lower.startsWith(word.lower, i));
    if (w) {
      out.push({ start: i, end: i + w.length });
      i += w.length;
    } else i++;
  }
  return out;
}
