/**
 * The search itself, over anything that answers like Pagefind (the real one in the browser, a
 * fake in the tests).
 *
 * How Pagefind 1.6 treats a Chinese query in the browser: the query is cut into words with the
 * browser's Intl.Segmenter, which knows 协商 and 逾期 but not 花呗 or 提额 (those become single
 * characters); every piece must be on the same page (AND), and each piece also matches longer
 * words that contain it, so 提额 finds 提出 + 金额. A quoted query ("提额") is an exact phrase
 * search instead: precise, but unranked. So:
 *
 * 1. the whole question (normalised, corrected, without question words) is searched as it is;
 * 2. each key term (and its synonyms) is searched both ways: the exact phrase says which pages
 *    really contain it, the ordinary search ranks them (titles, headings and keywords weigh more);
 * 3. pages containing all the key terms, and every pair of them, are found by intersecting
 *    those page sets: no further Pagefind calls;
 * 4. the lists are merged by reciprocal-rank fusion, each weighted by what kind of list it is and
 *    by how rare its term is (a term on every page says almost nothing).
 *
 * A term no page contains gives no list at all: words the site does not have are dropped.
 * Pages outside the articles (FAQ, glossary) count less: an article is the full answer.
 */
import type { QueryAnalysis } from "./analyze";
import { fuse, type RankedList } from "./fusion";

export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
  sub_results?: { url: string; title: string; excerpt: string }[];
}

export interface PagefindResultLike {
  id: string;
  score: number;
  /** Where the query's words are on the page (one entry per occurrence). */
  words?: readonly unknown[];
  data(): Promise<PagefindResultData>;
}

export type PagefindFilters = Record<string, string | string[] | { any: string[] }>;

export interface PagefindLike {
  search(
    term: string | null,
    options?: { filters?: PagefindFilters },
  ): Promise<{ results: PagefindResultLike[] } | null>;
}

export type ListKind = "whole" | "all" | "pair" | "term" | "synonym" | "rest";

export interface SearchOptions {
  /** Pagefind filter value for the category (its Chinese name), or undefined for all. */
  category?: string | undefined;
  /** Reciprocal-rank-fusion constant. */
  k?: number;
  /** Weight of each kind of list in the fusion (defaults: WEIGHTS). */
  weights?: Partial<Record<ListKind, number>>;
  /** Score factor for pages that are not articles (FAQ, glossary). */
  otherPages?: number;
}

export const WEIGHTS: Readonly<Record<ListKind, number>> = {
  whole: 1,
  all: 3,
  pair: 1.5,
  term: 1,
  synonym: 0.5,
  rest: 0.5,
};

const STRONG = 0.1;
const MAX_TERMS = 6;
const MAX_PAIR_TERMS = 5;
const MAX_SYNONYMS = 4;
const MAX_REST = 3;

export interface RankedHit {
  id: string;
  score: number;
  /** A Pagefind result for this page, from the most telling search that found it. */
  result: PagefindResultLike;
}

export interface RankedSearch {
  /** Every page any list found, best first. */
  hits: RankedHit[];
  /** How many of them score at least STRONG × the best: the number worth telling the reader. */
  strong: number;
  /** The key terms some page contains (the others were dropped). */
  found: string[];
  /** True when no page has all the words of the whole question. */
  relaxed: boolean;
}

/**
 * How much a list says, from how many pages it matched out of all of them: a term found on one
 * page says everything, a term on every page almost nothing (an IDF, scaled to 0–1).
 */
export function specificity(matched: number, total: number): number {
  if (matched <= 0) return 0;
  const n = Math.max(total, matched, 2);
  return Math.log(1 + n / matched) / Math.log(1 + n);
}

export interface Corpus {
  /** Every indexed page. */
  total: number;
  /** Pagefind ids of the article pages (the rest count less). */
  articles: ReadonlySet<string>;
}

/** Learns the page count and which pages are articles, from two filter-only Pagefind searches. */
export async function loadCorpus(pf: PagefindLike, categoryNames: readonly string[]): Promise<Corpus> {
  const [all, articles] = await Promise.all([
    pf.search(null),
    pf.search(null, { filters: { category: { any: [...categoryNames] } } }),
  ]);
  return {
    total: all?.results.length ?? 0,
    articles: new Set(articles?.results.map((r) => r.id) ?? []),
  };
}

/** A term's pages: those that really contain it, best first, with their exact-search results. */
interface TermPages {
  term: string;
  ids: string[];
  /** Each id's place in ids (0 first), made once per term list. */
  rank: Map<string, number>;
  /** Exact-phrase results: their excerpts show the term itself. */
  results: Map<string, PagefindResultLike>;
}

function toTermPages(term: string, ids: string[], results: Map<string, PagefindResultLike>): TermPages {
  return { term, ids, rank: new Map(ids.map((id, i) => [id, i])), results };
}

/** Exact phrase search for membership, ordinary search for order; cached per term and category. */
export class TermSearcher {
  private cache = new Map<string, Promise<TermPages>>();
  private rankedCache = new Map<string, Promise<PagefindResultLike[]>>();
  constructor(private pf: PagefindLike) {}

  /** Pagefind's ordinary (ranked) search for this text, cached like the term lists. */
  ranked(text: string, category: string | undefined): Promise<PagefindResultLike[]> {
    const key = `${category ?? ""}\u0000${text}`;
    let hit = this.rankedCache.get(key);
    if (!hit) {
      hit = this.pf.search(text, category ? { filters: { category } } : undefined).then((r) => r?.results ?? []);
      this.rankedCache.set(key, hit);
      if (this.rankedCache.size > 300) this.rankedCache.delete(this.rankedCache.keys().next().value!);
    }
    return hit;
  }

  pages(term: string, category: string | undefined): Promise<TermPages> {
    const key = `${category ?? ""}\u0000${term}`;
    let hit = this.cache.get(key);
    if (!hit) {
      hit = this.load(term, category);
      this.cache.set(key, hit);
      if (this.cache.size > 300) this.cache.delete(this.cache.keys().next().value!);
    }
    return hit;
  }

  private async load(term: string, category: string | undefined): Promise<TermPages> {
    const opts = category ? { filters: { category } } : undefined;
    const exact = (await this.pf.search(`"${term}"`, opts))?.results ?? [];
    const results = new Map(exact.map((r) => [r.id, r]));
    if (exact.length === 0) return toTermPages(term, [], results);
    const byCount = [...exact].sort((a, b) => (b.words?.length ?? 0) - (a.words?.length ?? 0)).map((r) => r.id);
    // With one or two pages the order hardly matters; skip the (slower) ranked search. (Skipping
    // it for terms on nearly every page, whose ranked search is slowest, cost a fifth of recall:
    // which pages are most about 花呗 matters even though every page mentions it.)
    if (exact.length <= 2) return toTermPages(term, byCount, results);
    const ranked = await this.ranked(term, category);
    const ids = ranked.filter((r) => results.has(r.id)).map((r) => r.id);
    const listed = new Set(ids);
    for (const id of byCount) if (!listed.has(id)) ids.push(id);
    return toTermPages(term, ids, results);
  }
}

/** Pages in every one of the lists, ordered by their combined rank in them. */
function intersect(lists: readonly TermPages[]): string[] {
  const [first, ...others] = lists;
  if (!first) return [];
  const score = new Map<string, number>();
  for (const id of first.ids) {
    if (!others.every((l) => l.results.has(id))) continue;
    score.set(
      id,
      lists.reduce((s, l) => s + 1 / (1 + (l.rank.get(id) ?? -1)), 0),
    );
  }
  return [...score.entries()].sort((a, b) => b[1] - a[1]).map(([id]) => id);
}

export async function rankedSearch(
  pf: PagefindLike,
  analysis: QueryAnalysis,
  corpus: Corpus,
  options: SearchOptions = {},
  terms: TermSearcher = new TermSearcher(pf),
): Promise<RankedSearch> {
  const { category, k = 10, otherPages = 0.5 } = options;
  const weights = { ...WEIGHTS, ...options.weights };

  const keyTerms = analysis.terms.slice(0, MAX_TERMS);
  const synonyms = analysis.synonyms.slice(0, MAX_SYNONYMS);
  const rest = analysis.rest.slice(0, MAX_REST);
  // The whole question: when it is one of the words looked up (a one-word query), its ranked search
  // is the one that word's list is made from, so it comes from the same cache.
  const looked = [...keyTerms, ...synonyms, ...rest];
  const [whole, termPages, synonymPages, restPages] = await Promise.all([
    !analysis.text
      ? []
      : looked.includes(analysis.text)
        ? terms.ranked(analysis.text, category)
        : pf.search(analysis.text, category ? { filters: { category } } : undefined).then((r) => r?.results ?? []),
    Promise.all(keyTerms.map((t) => terms.pages(t, category))),
    Promise.all(synonyms.map((t) => terms.pages(t, category))),
    Promise.all(rest.map((t) => terms.pages(t, category))),
  ]);

  const lists: RankedList<ListKind>[] = [];
  const add = (kind: ListKind, ids: readonly string[], weight: number) => {
    if (ids.length && weight > 0) lists.push({ ids, weight, tag: kind });
  };

  // With no key term and no other word found as such on any page, the whole question's matches
  // are only characters scattered over a page (天气预报: 天数、气愤、预计、报告): not results.
  const anyExact = [...termPages, ...synonymPages, ...restPages].some((t) => t.ids.length > 0);
  const wholeIds = anyExact ? whole.map((r) => r.id) : [];
  add("whole", wholeIds, weights.whole);

  const present = termPages.filter((t) => t.ids.length > 0);
  if (present.length >= 2) add("all", intersect(present), weights.all);
  const pairTerms = present.slice(0, MAX_PAIR_TERMS);
  if (pairTerms.length >= 3) {
    for (let i = 0; i < pairTerms.length; i++)
      for (let j = i + 1; j < pairTerms.length; j++)
        add("pair", intersect([pairTerms[i]!, pairTerms[j]!]), weights.pair);
  }
  const termLists: [ListKind, TermPages[]][] = [
    ["term", present],
    ["synonym", synonymPages],
    ["rest", restPages],
  ];
  for (const [kind, group] of termLists) {
    for (const t of group) add(kind, t.ids, weights[kind] * specificity(t.ids.length, corpus.total));
  }

  // Each page's result (whose excerpt is shown): from the exact search of the rarest term it
  // contains, so the excerpt shows that term; else from the whole question.
  const results = new Map<string, PagefindResultLike>();
  const byRarity = [...present, ...synonymPages, ...restPages].sort((a, b) => a.ids.length - b.ids.length);
  for (const t of byRarity) for (const [id, r] of t.results) if (!results.has(id)) results.set(id, r);
  if (anyExact) for (const r of whole) if (!results.has(r.id)) results.set(r.id, r);

  const scored = fuse(lists, k)
    .map((f) => ({
      id: f.id,
      score: corpus.articles.size && !corpus.articles.has(f.id) ? f.score * otherPages : f.score,
    }))
    .sort((a, b) => b.score - a.score);
  const hits = scored.flatMap((f) => {
    const result = results.get(f.id);
    return result ? [{ ...f, result }] : [];
  });
  const floor = (hits[0]?.score ?? 0) * STRONG;
  return {
    hits,
    strong: hits.filter((h) => h.score >= floor).length,
    found: present.map((t) => t.term),
    relaxed: whole.length === 0,
  };
}

/**
 * Re-orders the first results once their titles are known (they arrive with the excerpts): a
 * page whose title has the reader's key terms is most likely the page about them. Scores grow by
 * up to `boost` times, in proportion to the share of the terms in the title.
 */
export function rerankByTitle<T extends { score: number }>(
  hits: readonly T[],
  title: (hit: T) => string,
  terms: readonly string[],
  boost = 0.5,
): T[] {
  if (!terms.length) return [...hits];
  return hits
    .map((h, i) => {
      const t = title(h);
      const share = terms.filter((w) => t.includes(w)).length / terms.length;
      return { h, i, s: h.score * (1 + boost * share) };
    })
    .sort((a, b) => b.s - a.s || a.i - b.i)
    .map((x) => x.h);
}
