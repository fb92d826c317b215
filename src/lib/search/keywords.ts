/**
 * An article's `keywords` (the names, misspellings and questions readers use for its topic) go
 * into Pagefind's index as a `hidden` block at the end of the article: indexed like body text
 * (so exact and word searches find them, with extra weight), never displayed and never read out
 * by a screen reader. The block has its own heading anchor, so the search UI can tell Pagefind's
 * excerpts from that block apart and show a real sentence from the article instead.
 *
 * (Metadata, data-pagefind-meta, was tried first: Pagefind splits metadata on whitespace only and
 * matches query words as prefixes, while the browser splits a Chinese query into words or single
 * characters, so most keywords never matched.)
 */
export const KEYWORDS_ANCHOR = "search-keywords";

export function keywordsText(keywords: readonly string[]): string {
  const seen = new Set<string>();
  for (const k of keywords) {
    const t = k.trim();
    if (t) seen.add(t);
  }
  return [...seen].join("，");
}
