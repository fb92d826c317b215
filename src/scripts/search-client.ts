/**
 * The browser side of search: loads Pagefind on first use, runs the query layer
 * (src/lib/search/) over it and turns results into plain data for the dialog and /search/.
 * Nothing here touches the DOM.
 */
import { CATEGORIES } from "@/lib/categories";
import { analyzeQuery, type QueryAnalysis } from "@/lib/search/analyze";
import {
  loadCorpus,
  rankedSearch,
  rerankByTitle,
  TermSearcher,
  type Corpus,
  type PagefindLike,
} from "@/lib/search/engine";
import { highlightParam } from "@/lib/search/highlight";
import { KEYWORDS_ANCHOR } from "@/lib/search/keywords";
import { bestExcerpt, type Segment } from "@/lib/search-results";
import { searchPath } from "@/lib/routes";
import { pagesRoot, scriptOfLang } from "@/lib/script-path";

export const BASE = import.meta.env.BASE_URL.replace(/\/?$/, "/");
/**
 * Which edition this page belongs to (its <html lang>): the Traditional edition's links stay in
 * /zh-hant/, and its queries are not turned into Simplified (its index is in Traditional).
 */
export const SCRIPT = scriptOfLang(typeof document === "undefined" ? undefined : document.documentElement.lang);
/** Where the pages of this edition live: the base, or the base plus zh-hant/. */
export const PAGES = pagesRoot(BASE, SCRIPT);
export const CATEGORY_NAMES: readonly string[] = CATEGORIES.map((c) => c.name);

export interface SearchHit {
  /** The page, as Pagefind knows it. */
  url: string;
  /** The page with the words to mark (?hl=…): what result links point to. */
  href: string;
  title: string;
  category: string | undefined;
  excerpt: Segment[];
}

export interface SearchResponse {
  query: string;
  analysis: QueryAnalysis;
  hits: SearchHit[];
  /** Pages found that are worth counting (the weakest matches are not), of which `hits` are the first. */
  total: number;
  relaxed: boolean;
}

interface PagefindModule extends PagefindLike {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  preload(term: string): Promise<void>;
}

interface Ready {
  pf: PagefindModule;
  corpus: Corpus;
  /** Per-term results, kept between keystrokes. */
  terms: TermSearcher;
}

let ready: Promise<Ready> | undefined;

/** Starts loading Pagefind (script, wasm, metadata) without searching; safe to call repeatedly. */
export function warmUp(): Promise<Ready> {
  ready ??= (async () => {
    const pf = (await import(/* @vite-ignore */ `${BASE}pagefind/pagefind.js`)) as PagefindModule;
    // The index is small: searching on the main thread is faster than starting a worker.
    await pf.options({ noWorker: true, excerptLength: 36 });
    await pf.init();
    return { pf, corpus: await loadCorpus(pf, CATEGORY_NAMES), terms: new TermSearcher(pf) };
  })();
  ready.catch(() => (ready = undefined));
  return ready;
}

/**
 * Words on nearly every reader's lips. Their index chunks (Pagefind splits its index by word) are
 * most of the index: loaded once the first results are on screen, so that later queries need no
 * network for the index.
 */
const COMMON = ["花呗", "借呗", "逾期", "协商", "还款", "催收", "征信", "客服", "电话"];
let preloading = false;

function preloadIndex(pf: PagefindModule): void {
  if (preloading) return;
  preloading = true;
  const idle = (f: () => void) =>
    "requestIdleCallback" in window ? requestIdleCallback(f, { timeout: 2000 }) : setTimeout(f, 200);
  idle(() => {
    void COMMON.reduce((p, t) => p.then(() => pf.preload(t)).catch(() => {}), Promise.resolve());
  });
}

export async function search(
  query: string,
  options: { category?: string | undefined; limit?: number } = {},
): Promise<SearchResponse> {
  const analysis = analyzeQuery(query, SCRIPT);
  const empty = { query, analysis, hits: [], total: 0, relaxed: false };
  if (!analysis.text) return empty;
  const { pf, corpus, terms } = await warmUp();
  const ranked = await rankedSearch(pf, analysis, corpus, { category: options.category }, terms);
  const top = ranked.hits.slice(0, options.limit ?? 10);
  const withData = await Promise.all(top.map(async (h) => ({ ...h, data: await h.result.data() })));
  preloadIndex(pf);
  const reranked = rerankByTitle(withData, (h) => h.data.meta.title ?? "", [...analysis.terms, ...analysis.synonyms]);
  const hits = reranked.map(({ data: d }) => ({
    url: d.url,
    href: withHighlight(d.url, analysis.highlight),
    title: d.meta.title ?? d.url,
    category: d.filters.category?.[0],
    excerpt: bestExcerpt(d, analysis.highlight, KEYWORDS_ANCHOR),
  }));
  return { query, analysis, hits, total: Math.max(ranked.strong, hits.length), relaxed: ranked.relaxed };
}

function withHighlight(url: string, words: readonly string[]): string {
  const param = highlightParam(words);
  if (!param) return url;
  const [path = "", hash] = url.split("#");
  return `${path}${path.includes("?") ? "&" : "?"}hl=${param}${hash ? `#${hash}` : ""}`;
}

/** The /search/ URL for a query (and category), for links and the address bar: this edition's unless `root` says otherwise. */
export function searchUrl(query: string, category?: string, root: string = PAGES): string {
  return searchPath(query, category, root);
}
