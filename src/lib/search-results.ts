/**
 * Excerpts for search results, as safe segments: the page never inserts HTML from the index or
 * the query. Pagefind's excerpts are plain text with <mark> around matched words; for Chinese it
 * marks single characters of loosely matched words (提 of 提出 for 提额), so results mark the
 * reader's actual words again themselves (markWords) on the best excerpt of the page.
 */
import { findMatches } from "./search/highlight";

export interface Segment {
  text: string;
  mark: boolean;
}

const ENTITIES: Record<string, string> = {
  "&amp;": "&",
  "&lt;": "<",
  "&gt;": ">",
  "&quot;": '"',
  "&#39;": "'",
  "&#x27;": "'",
};

function decode(s: string): string {
  return s.replace(/&(?:amp|lt|gt|quot|#39|#x27);/g, (m) => ENTITIES[m] ?? m);
}

function stripTags(s: string): string {
  return s.replace(/<[^>]*>/g, "");
}

/** Pagefind's excerpt as segments, adjacent marks joined (<mark>提</mark><mark>额</mark> → 提额). */
export function excerptSegments(excerpt: string): Segment[] {
  const out: Segment[] = [];
  const push = (text: string, mark: boolean) => {
    if (!text) return;
    const last = out[out.length - 1];
    if (last && last.mark === mark) last.text += text;
    else out.push({ text, mark });
  };
  const re = /<mark>([\s\S]*?)<\/mark>/g;
  let last = 0;
  for (let m = re.exec(excerpt); m; m = re.exec(excerpt)) {
    if (m.index > last) push(decode(stripTags(excerpt.slice(last, m.index))), false);
    push(decode(stripTags(m[1] ?? "")), true);
    last = m.index + m[0].length;
  }
  if (last < excerpt.length) push(decode(stripTags(excerpt.slice(last))), false);
  return out;
}

/** The text of an excerpt, without marks. */
export function plainText(excerpt: string): string {
  return excerptSegments(excerpt)
    .map((s) => s.text)
    .join("");
}

/** Text as segments with each occurrence of the words marked. */
export function markWords(text: string, words: readonly string[]): Segment[] {
  const out: Segment[] = [];
  let last = 0;
  for (const r of findMatches(text, words)) {
    if (r.start > last) out.push({ text: text.slice(last, r.start), mark: false });
    out.push({ text: text.slice(r.start, r.end), mark: true });
    last = r.end;
  }
  if (last < text.length) out.push({ text: text.slice(last), mark: false });
  return out;
}

export interface ExcerptSource {
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results?: { url: string; excerpt: string }[];
}

/**
 * The excerpt to show: the section excerpt with the most of the reader's words, never the hidden
 * keyword list (its anchor is `skipAnchor`); else the page's description; marks on the words.
 */
export function bestExcerpt(data: ExcerptSource, words: readonly string[], skipAnchor: string): Segment[] {
  const candidates = (data.sub_results?.length ? data.sub_results : [{ url: "", excerpt: data.excerpt }])
    .filter((s) => !s.url.endsWith(`#${skipAnchor}`))
    .map((s) => plainText(s.excerpt));
  let best = "";
  let bestCount = 0;
  for (const text of candidates) {
    const count = new Set(findMatches(text, words).map((r) => text.slice(r.start, r.end))).size;
    if (count > bestCount) [best, bestCount] = [text, count];
  }
  const text = bestCount > 0 ? best : (data.meta.description ?? candidates[0] ?? "");
  return markWords(text, words);
}
