// @ts-check
/**
 * The search benchmark, shared by scripts/search-bench.mjs (prints figures) and
 * e2e/search-bench.spec.ts (fails the build when search gets worse). Everything runs in a real
 * Chromium page against the built site, through the same code readers use:
 *
 * - "plain": Pagefind's own JS API, `pagefind.search(question)`, results in Pagefind's order;
 * - "layer": the site's search module (the one the header opener and /search/ load), which
 *   normalises the question, fixes typos, extracts key terms and relaxes/merges when needed.
 *
 * A question is answered at rank k when one of its expected articles (category/slug) is among
 * the first k results. Reported: recall@1, recall@3, MRR (over the first 10), zero-result rate,
 * latency of the first query on a cold page (module + index + wasm + fragments), latency of later
 * queries, and bytes transferred for the first query.
 */
import { readFileSync } from "node:fs";

/** @typedef {{ q: string, expect: string[], tags: string[] }} Question */
/** @typedef {"plain" | "layer"} Engine */
/** @typedef {{ q: string, expect: string[], tags: string[], got: string[], rank: number, ms: number }} Answer */

const QUESTIONS_URL = new URL("./questions.json", import.meta.url);
const TOP = 10;

/** @returns {Question[]} */
export function loadQuestions() {
  return JSON.parse(readFileSync(QUESTIONS_URL, "utf8")).questions;
}

/**
 * In the page: runs one question through the chosen engine and returns the article ids of the
 * first `top` results plus the time taken. Serialised by Playwright, so it must be
 * self-contained.
 * @param {{ engine: Engine, q: string, top: number, siteBase: string }} args
 */
async function runInPage({ engine, q, top, siteBase }) {
  const w = /** @type {any} */ (window);
  const toId = (/** @type {string} */ url) =>
    new URL(url, location.href).pathname.slice(siteBase.length).replace(/\/$/, "").replace(/^\//, "");
  const t0 = performance.now();
  /** @type {string[]} */
  let got;
  if (engine === "plain") {
    w.__pf ??= import(/* @vite-ignore */ `${siteBase}pagefind/pagefind.js`);
    const pf = await w.__pf;
    const res = await pf.search(q);
    const data = await Promise.all(res.results.slice(0, top).map((/** @type {any} */ r) => r.data()));
    got = data.map((/** @type {any} */ d) => toId(d.url));
  } else {
    const el = document.querySelector("[data-search-module]");
    if (!el) throw new Error("no [data-search-module] on this page");
    w.__mod ??= import(/* @vite-ignore */ /** @type {HTMLElement} */ (el).dataset.searchModule ?? "");
    await w.__mod;
    const api = w.__xsSearch;
    const res = await api.search(q, { limit: top });
    got = res.hits.map((/** @type {any} */ h) => toId(h.url));
  }
  return { got, ms: performance.now() - t0 };
}

/**
 * @param {import("@playwright/test").Page} page a page already on the site, opened at
 *   `<base>process/prepare/` (the base is taken from its URL)
 * @param {Engine} engine
 * @param {Question[]} questions
 * @returns {Promise<Answer[]>}
 */
export async function answerAll(page, engine, questions) {
  const siteBase = siteBaseOf(page.url());
  /** @type {Answer[]} */
  const answers = [];
  for (const question of questions) {
    const { got, ms } = await page.evaluate(runInPage, { engine, q: question.q, top: TOP, siteBase });
    const idx = got.findIndex((id) => question.expect.includes(id));
    answers.push({ ...question, got, rank: idx === -1 ? 0 : idx + 1, ms });
  }
  return answers;
}

/** The site's base path, from the URL of its process/prepare/ page. @param {string} url */
export function siteBaseOf(url) {
  return new URL(url).pathname.replace(/process\/prepare\/$/, "");
}

/** @param {Answer[]} answers */
export function score(answers) {
  const n = answers.length || 1;
  const at = (/** @type {number} */ k) => answers.filter((a) => a.rank > 0 && a.rank <= k).length / n;
  return {
    questions: answers.length,
    recallAt1: at(1),
    recallAt3: at(3),
    recallAt10: at(10),
    mrr: answers.reduce((s, a) => s + (a.rank ? 1 / a.rank : 0), 0) / n,
    zeroResultRate: answers.filter((a) => a.got.length === 0).length / n,
  };
}

/** @param {Answer[]} answers */
export function scoreByTag(answers) {
  /** @type {Record<string, ReturnType<typeof score>>} */
  const out = {};
  const tags = [...new Set(answers.flatMap((a) => a.tags))];
  for (const t of tags) out[t] = score(answers.filter((a) => a.tags.includes(t)));
  return out;
}

/** @param {number[]} xs @param {number} p */
function percentile(xs, p) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? 0;
}

/**
 * The first query on a page where nothing of search has loaded yet, in a fresh browser context
 * (empty cache), over `runs` contexts. Two phases, timed separately in the page:
 * - ready: what opening search starts loading (layer: the search module and Pagefind's script,
 *   wasm, metadata and filters; plain: Pagefind's script, wasm and metadata);
 * - query: the first query after that (index chunks for its words, then the five best results'
 *   fragments).
 * A reader types for a second or more after opening search, so “query” is what they wait for
 * after typing; ready + query is the worst case (a query typed instantly).
 * Bytes: everything transferred for both phases, compressed as sent, headers included.
 * @param {import("@playwright/test").Browser} browser
 * @param {string} baseURL
 * @param {Engine} engine
 * @param {string} q
 * @param {number} runs
 */
export async function coldFirstQuery(browser, baseURL, engine, q, runs = 5) {
  /** @type {number[]} */
  const ready = [];
  /** @type {number[]} */
  const query = [];
  let bytes = 0;
  /** @type {string[]} */
  let files = [];
  const siteBase = new URL(baseURL).pathname;
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(new URL("process/prepare/", baseURL).href, { waitUntil: "networkidle" });
    /** @type {Promise<number>[]} */
    const sizes = [];
    /** @type {string[]} */
    const urls = [];
    page.on("requestfinished", (r) => {
      urls.push(r.url());
      sizes.push(
        r.sizes().then(
          (s) => s.responseBodySize + s.responseHeadersSize,
          () => 0,
        ),
      );
    });
    const t = await page.evaluate(
      async ({ engine, siteBase }) => {
        const w = /** @type {any} */ (window);
        const t0 = performance.now();
        if (engine === "plain") {
          w.__pf = import(/* @vite-ignore */ `${siteBase}pagefind/pagefind.js`);
          const pf = await w.__pf;
          await pf.init();
          await pf.search(null);
        } else {
          const el = /** @type {HTMLElement} */ (document.querySelector("[data-search-module]"));
          w.__mod = import(/* @vite-ignore */ el.dataset.searchModule ?? "");
          await w.__mod;
          await w.__xsSearch.warmUp();
        }
        return performance.now() - t0;
      },
      { engine, siteBase },
    );
    const { ms, got } = await page.evaluate(runInPage, { engine, q, top: 5, siteBase });
    if (!got.length) throw new Error(`cold query “${q}” returned nothing`);
    ready.push(t);
    query.push(ms);
    await page.waitForLoadState("networkidle");
    bytes = (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
    files = urls.map((u) => new URL(u).pathname.split("/").pop() ?? u);
    await context.close();
  }
  return {
    ready: percentile(ready, 50),
    query: percentile(query, 50),
    total: percentile(
      ready.map((r, i) => r + (query[i] ?? 0)),
      50,
    ),
    bytes,
    requests: files.length,
    files,
  };
}

/** @param {Answer[]} answers */
export function laterLatency(answers) {
  const ms = answers.slice(1).map((a) => a.ms);
  return { median: percentile(ms, 50), p95: percentile(ms, 95), max: Math.max(...ms) };
}
