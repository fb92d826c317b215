/**
 * Speed budgets over the built site, measured in Chromium:
 * - an article page without an island: at most 20 KB gzip of HTML + CSS + JS on first load, at most
 *   4 requests, and no JavaScript file at all before the reader interacts;
 * - a tool page (/tools/<slug>/): at most 15 KB gzip of JavaScript once its calculator has hydrated;
 * and a table of the figures for every page type, printed on every run.
 *
 * Sizes are gzip level 9 of each response body as decoded by the browser, so they do not depend on
 * what the server compresses with (scripts/serve.mjs sends brotli, which is smaller); the table also
 * shows the bytes actually transferred. 1 KB = 1,024 bytes. Pages are found through sitemap.xml, so
 * the spec also runs against a deployment (E2E_BASE_URL, see DEPLOY.md).
 */
import { gzipSync } from "node:zlib";
import type { APIRequestContext, Browser, Page } from "@playwright/test";
import { test, expect, hydrated, unexpected } from "./fixtures";

const KB = 1024;
const ARTICLE_BUDGET = { bytes: 20 * KB, requests: 4 };
const TOOL_JS_BUDGET = 15 * KB;
type Kind = "html" | "css" | "js" | "other";
interface Resource {
  url: string;
  kind: Kind;
  gzip: number;
  transferred: number;
  /** For HTML: gzip size of its inlined <style> and <script> contents (counted in `gzip` too). */
  inlineCss?: number;
  inlineJs?: number;
}
interface Load {
  path: string;
  requests: string[];
  resources: Resource[];
}

function kindOf(url: string, contentType: string, resourceType: string): Kind {
  if (resourceType === "document" || contentType.includes("text/html")) return "html";
  if (resourceType === "stylesheet" || contentType.includes("text/css")) return "css";
  if (resourceType === "script" || contentType.includes("javascript") || /\.m?js(\?|$)/.test(url)) return "js";
  return "other";
}

/**
 * Opens `path` in a fresh context (empty cache), waits for the network to go quiet, runs `then`
 * (hydrate, search…) and waits again. Fails on console errors other than an expected 404 (unexpected()).
 */
async function measure(browser: Browser, path: string, then?: (page: Page) => Promise<void>): Promise<Load> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("console", (msg) => {
    if (msg.type() === "error") errors.push(msg.text());
  });
  page.on("pageerror", (err) => errors.push(err.message));
  const requests: string[] = [];
  const pending: Promise<Resource | null>[] = [];
  page.on("request", (r) => requests.push(r.url()));
  page.on("requestfinished", (request) => {
    pending.push(
      (async () => {
        const response = await request.response();
        if (!response || (response.status() >= 300 && response.status() < 400)) return null;
        const body = await response.body().catch(() => Buffer.alloc(0));
        const sizes = await request.sizes().catch(() => ({ responseBodySize: body.length }));
        const contentType = response.headers()["content-type"] ?? "";
        const kind = kindOf(request.url(), contentType, request.resourceType());
        const inline = (tag: string) => {
          const parts = [...body.toString("utf8").matchAll(new RegExp(`<${tag}\\b[^>]*>([\\s\\S]*?)</${tag}>`, "g"))];
          return parts.length ? gzipSync(parts.map((m) => m[1]).join("\n"), { level: 9 }).length : 0;
        };
        return {
          url: request.url(),
          kind,
          gzip: gzipSync(body, { level: 9 }).length,
          transferred: sizes.responseBodySize,
          ...(kind === "html" ? { inlineCss: inline("style"), inlineJs: inline("script") } : {}),
        };
      })(),
    );
  });
  await page.goto(path, { waitUntil: "load" });
  await page.waitForLoadState("networkidle");
  if (then) {
    await then(page);
    await page.waitForLoadState("networkidle");
  }
  const resources = (await Promise.all(pending)).filter((r): r is Resource => r !== null);
  await context.close();
  expect(unexpected(errors), `console errors on ${path}`).toEqual([]);
  return { path, requests, resources };
}

const sum = (load: Load, kinds: Kind[], key: "gzip" | "transferred" | "inlineCss" | "inlineJs" = "gzip") =>
  load.resources.filter((r) => kinds.includes(r.kind)).reduce((n, r) => n + (r[key] ?? 0), 0);
const kb = (bytes: number) => (bytes / KB).toFixed(1);

/** Site-relative paths of every page listed in sitemap.xml (works under a sub-path and remotely). */
async function sitemapPaths(request: APIRequestContext, baseURL: string): Promise<string[]> {
  const xml = await (await request.get("sitemap.xml")).text();
  const basePath = new URL(baseURL).pathname;
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname.slice(basePath.length));
}

/** Article pages (category/slug/) with no island, with the gzip size of their HTML, heaviest first. */
async function islandFreeArticles(request: APIRequestContext, baseURL: string) {
  const paths = (await sitemapPaths(request, baseURL)).filter((p) => /^[a-z]+\/[a-z0-9-]+\/$/.test(p));
  const pages = await Promise.all(
    paths
      .filter((p) => !p.startsWith("tools/"))
      .map(async (path) => {
        const html = await (await request.get(path)).body();
        return { path, html: html.toString("utf8"), gzip: gzipSync(html, { level: 9 }).length };
      }),
  );
  return pages.filter((p) => !p.html.includes("<astro-island")).sort((a, b) => b.gzip - a.gzip);
}

test.describe("speed budgets", () => {
  test.describe.configure({ timeout: 120_000 });

  test("an article without an island: ≤ 20 KB gzip, ≤ 4 requests, no JavaScript file", async ({
    browser,
    request,
    baseURL,
  }) => {
    const articles = await islandFreeArticles(request, baseURL!);
    expect(articles.length, "no article without an island found through sitemap.xml").toBeGreaterThan(0);
    // Every such article's HTML (with its inlined CSS and scripts) is within the budget…
    const over = articles.filter((a) => a.gzip > ARTICLE_BUDGET.bytes).map((a) => `${a.path}: ${kb(a.gzip)} KB`);
    expect(over, `articles over ${kb(ARTICLE_BUDGET.bytes)} KB gzip`).toEqual([]);
    const withScriptFiles = articles.filter((a) => /<script[^>]+\bsrc=|<link[^>]+rel="?modulepreload/.test(a.html));
    expect(withScriptFiles.map((a) => a.path)).toEqual([]);

    // …and the heaviest one, loaded in the browser, stays within the budget as a whole.
    const heaviest = articles[0]!;
    const load = await measure(browser, heaviest.path);
    const total = sum(load, ["html", "css", "js"]);
    const scripts = load.resources.filter((r) => r.kind === "js").map((r) => r.url);
    const foreign = load.requests.filter((u) => new URL(u).origin !== new URL(baseURL!).origin);
    console.log(
      `heaviest article without an island: ${heaviest.path} ${kb(total)} KB gzip, ${load.requests.length} requests`,
    );
    expect(total, `${heaviest.path}: HTML + CSS + JS gzip bytes`).toBeLessThanOrEqual(ARTICLE_BUDGET.bytes);
    expect(load.requests.length, `${heaviest.path}: requests ${load.requests.join(", ")}`).toBeLessThanOrEqual(
      ARTICLE_BUDGET.requests,
    );
    expect(scripts, "JavaScript files loaded before any interaction").toEqual([]);
    expect(foreign, "requests to other origins").toEqual([]);
  });

  test("a tool page: ≤ 15 KB gzip of JavaScript once the calculator has hydrated", async ({
    browser,
    request,
    baseURL,
  }) => {
    const tools = (await sitemapPaths(request, baseURL!)).filter((p) => /^tools\/[a-z0-9-]+\/$/.test(p));
    expect(tools.length).toBeGreaterThan(0);
    const figures: { path: string; js: number; files: string[] }[] = [];
    for (const path of tools) {
      const load = await measure(browser, path, hydrated);
      const files = load.resources.filter((r) => r.kind === "js");
      figures.push({ path, js: sum(load, ["js"]), files: files.map((f) => `${f.url.split("/").pop()} ${f.gzip}`) });
    }
    for (const f of figures) console.log(`${f.path}: ${kb(f.js)} KB gzip of JS (${f.files.join(", ")})`);
    const over = figures.filter((f) => f.js > TOOL_JS_BUDGET).map((f) => `${f.path}: ${kb(f.js)} KB`);
    expect(over, `tool pages over ${kb(TOOL_JS_BUDGET)} KB gzip of JavaScript`).toEqual([]);
  });

  test("figures for every page type", async ({ browser, request, baseURL }) => {
    const article = (await islandFreeArticles(request, baseURL!))[0]?.path ?? "process/contact/";
    const query = `search/?q=${encodeURIComponent("征信")}`;
    const types: [string, string, ((p: Page) => Promise<void>)?][] = [
      ["home", ""],
      ["category", "process/"],
      ["article", article],
      ["island article (first load)", "background/options/"],
      ["island article (hydrated)", "background/options/", hydrated],
      ["tool (first load)", "tools/installment/"],
      ["tool (hydrated)", "tools/installment/", hydrated],
      ["search (empty)", "search/"],
      ["search (with a query)", query, (p) => expect(p.locator("[data-search-result]").first()).toBeVisible()],
      ["glossary", "glossary/"],
      ["faq", "faq/"],
      ["404", "no-such-page/"],
    ];
    const rows: string[][] = [];
    for (const [type, path, then] of types) {
      const load = await measure(browser, path, then);
      expect(sum(load, ["html"]), `HTML measured for ${path}`).toBeGreaterThan(0);
      rows.push([
        type,
        `/${path}`,
        String(load.requests.length),
        kb(sum(load, ["html"])),
        kb(sum(load, ["html"], "inlineCss")),
        kb(sum(load, ["html"], "inlineJs")),
        kb(sum(load, ["css"])),
        kb(sum(load, ["js"])),
        kb(sum(load, ["other"])),
        kb(sum(load, ["html", "css", "js"])),
        kb(sum(load, ["html", "css", "js", "other"], "transferred")),
      ]);
    }
    const header = [
      "page type",
      "path",
      "requests",
      "HTML",
      "(inline CSS",
      "inline JS)",
      "CSS files",
      "JS files",
      "other",
      "HTML+CSS+JS",
      "sent",
    ];
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
    const line = (r: string[]) => r.map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
    const table = [
      "KB gzip -9 of each response (1 KB = 1,024 bytes). HTML includes its inlined CSS and scripts, shown",
      "in brackets as if gzipped alone; 'other' = favicon, search index and wasm; 'sent' = bytes on the wire.",
      line(header),
      ...rows.map(line),
    ].join("\n");
    console.log(table);
    await test.info().attach("page-weights.txt", { body: table, contentType: "text/plain" });
  });
});
