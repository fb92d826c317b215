import { describe, expect, it } from "vitest";
import { analyzeQuery } from "./analyze";
import {
  loadCorpus,
  rankedSearch,
  rerankByTitle,
  specificity,
  TermSearcher,
  type PagefindFilters,
  type PagefindLike,
} from "./engine";

/**
 * A fake Pagefind. Pages are lists of words. An ordinary query matches pages containing every
 * known word (unknown words are dropped, as Pagefind does) and scores by how many it contains; a
 * quoted query is an exact search for that one word, score 1, `words` one entry per occurrence.
 */
function fakePagefind(pages: Record<string, { words: string[]; category?: string }>) {
  const calls: { term: string | null; filters?: PagefindFilters | undefined }[] = [];
  const known = new Set(Object.values(pages).flatMap((p) => p.words));
  const pf: PagefindLike = {
    async search(term, options) {
      calls.push({ term, filters: options?.filters });
      const cat = options?.filters?.category;
      const wanted = typeof cat === "string" ? [cat] : cat && !Array.isArray(cat) ? cat.any : undefined;
      const inCategory = Object.entries(pages).filter(
        ([, p]) => !wanted || (p.category && wanted.includes(p.category)),
      );
      const exact = term?.match(/^"(.+)"$/)?.[1];
      const words = exact ? [exact] : (term ?? "").split(" ").filter((w) => known.has(w));
      const results = inCategory
        .filter(([, p]) => term === null || (words.length > 0 && words.every((w) => p.words.includes(w))))
        .map(([id, p]) => {
          const occurrences = p.words.filter((w) => words.includes(w));
          return {
            id,
            score: exact ? 1 : occurrences.length,
            words: occurrences,
            data: async () => ({ url: `/${id}/`, excerpt: "", meta: { title: id }, filters: { category: [] } }),
          };
        })
        .sort((a, b) => b.score - a.score);
      return { results };
    },
  };
  return { pf, calls };
}

const CATS = ["背景知识", "官方渠道", "注意事项"];
const PAGES = {
  overdue: { words: ["花呗", "逾期", "逾期", "起诉", "坐牢"], category: "背景知识" },
  legal: { words: ["起诉", "起诉", "法院", "借呗", "逾期"], category: "官方渠道" },
  collect: { words: ["催收", "家人", "花呗", "借呗"], category: "注意事项" },
  faq: { words: ["花呗", "借呗", "逾期", "起诉", "催收", "家人"] },
};

describe("specificity", () => {
  it("weighs a term found on one page fully and a term on every page hardly", () => {
    expect(specificity(1, 30)).toBeCloseTo(1);
    expect(specificity(30, 30)).toBeLessThan(0.25);
    expect(specificity(0, 30)).toBe(0);
  });
});

describe("ranked search", () => {
  it("learns the corpus: every page, and which are articles", async () => {
    const { pf } = fakePagefind(PAGES);
    const corpus = await loadCorpus(pf, CATS);
    expect(corpus.total).toBe(4);
    expect([...corpus.articles].sort()).toEqual(["collect", "legal", "overdue"]);
  });
  it("finds the page with all the key terms even when the whole question matches nothing", async () => {
    const { pf } = fakePagefind(PAGES);
    const corpus = await loadCorpus(pf, CATS);
    const res = await rankedSearch(pf, analyzeQuery("借呗预期了会被上诉吗"), corpus);
    expect(res.relaxed).toBe(true);
    expect(res.found).toEqual(["借呗", "逾期", "起诉"]);
    expect(res.hits[0]?.id).toBe("legal");
  });
  it("drops key terms no page contains", async () => {
    const { pf } = fakePagefind(PAGES);
    const corpus = await loadCorpus(pf, CATS);
    const res = await rankedSearch(pf, analyzeQuery("催收打电话给家人"), corpus);
    expect(res.found).toEqual(["催收", "家人"]);
    expect(res.hits[0]?.id).toBe("collect");
  });
  it("counts pages that are not articles less", async () => {
    const { pf } = fakePagefind(PAGES);
    const corpus = await loadCorpus(pf, CATS);
    const res = await rankedSearch(pf, analyzeQuery("催收 家人"), corpus, { otherPages: 0.01 });
    expect(res.hits.map((h) => h.id)).toEqual(["collect", "faq"]);
  });
  it("passes the category filter to every Pagefind query", async () => {
    const { pf, calls } = fakePagefind(PAGES);
    const corpus = await loadCorpus(pf, CATS);
    calls.length = 0;
    const res = await rankedSearch(pf, analyzeQuery("花呗逾期起诉"), corpus, { category: "背景知识" });
    expect(calls.length).toBeGreaterThan(0);
    expect(calls.every((c) => JSON.stringify(c.filters) === JSON.stringify({ category: "背景知识" }))).toBe(true);
    expect(res.hits.map((h) => h.id)).toEqual(["overdue"]);
  });
  it("asks Pagefind about each term once, however often it is searched", async () => {
    const { pf, calls } = fakePagefind(PAGES);
    const corpus = await loadCorpus(pf, CATS);
    const terms = new TermSearcher(pf);
    await rankedSearch(pf, analyzeQuery("花呗逾期"), corpus, {}, terms);
    const before = calls.length;
    await rankedSearch(pf, analyzeQuery("花呗逾期"), corpus, {}, terms);
    expect(calls.length - before).toBe(1); // only the whole question again
  });
  it("a one-word query asks Pagefind's ranked search for that word once, and not again when repeated", async () => {
    const { pf, calls } = fakePagefind(PAGES);
    const corpus = await loadCorpus(pf, CATS);
    const terms = new TermSearcher(pf);
    const analysis = analyzeQuery("逾期");
    expect(analysis.terms).toContain(analysis.text);
    await rankedSearch(pf, analysis, corpus, {}, terms);
    expect(calls.filter((c) => c.term === analysis.text)).toHaveLength(1);
    const before = calls.length;
    await rankedSearch(pf, analysis, corpus, {}, terms);
    expect(calls.length).toBe(before);
  });
  it("finds nothing, without error, when no word is on the site", async () => {
    const { pf } = fakePagefind(PAGES);
    const corpus = await loadCorpus(pf, CATS);
    const res = await rankedSearch(pf, analyzeQuery("天气预报"), corpus);
    expect(res.hits).toEqual([]);
  });
});

describe("re-ranking by title", () => {
  const hits = [
    { id: "a", score: 1, title: "为什么会还不上" },
    { id: "b", score: 0.9, title: "协商还款是什么" },
    { id: "c", score: 0.2, title: "协商还款怎么说" },
  ];
  it("moves a close second whose title has the key terms ahead", () => {
    expect(rerankByTitle(hits, (h) => h.title, ["协商还款"]).map((h) => h.id)).toEqual(["b", "a", "c"]);
  });
  it("does not lift a far weaker page above", () => {
    expect(rerankByTitle(hits, (h) => h.title, ["协商还款"]).at(-1)?.id).toBe("c");
  });
  it("keeps the order without terms", () => {
    expect(rerankByTitle(hits, (h) => h.title, []).map((h) => h.id)).toEqual(["a", "b", "c"]);
  });
});
