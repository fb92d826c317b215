/**
 * Sharing: link-preview tags (Open Graph, Twitter card), the preview images, structured data
 * (JSON-LD) and the Atom feed, on the built site.
 * - every page type has the preview tags; og:url is the canonical URL; og:image is a 1200×630 PNG
 *   that the server actually has (the 404 page shares the home page's image);
 * - JSON-LD parses and carries what each page type needs (WebSite, Article, BreadcrumbList
 *   matching the visible breadcrumbs, FAQPage matching the questions), and trips no CSP error;
 * - every page in the sitemap points at its own existing image;
 * - the feed is well-formed XML (the browser's parser) and lists every article, newest first.
 * Nothing here depends on the width: the "desktop" project only (playwright.config.ts).
 */
import type { APIRequestContext, Page } from "@playwright/test";
import { test, expect, unexpected } from "./fixtures";
import { pngSize } from "../src/lib/seo/png";

const SITE_NAME = "协商还款指南";

/** The same path on the server under test (og:image and the feed links name the public SITE_URL). */
function local(publicUrl: string, baseURL: string): string {
  const u = new URL(publicUrl);
  return new URL(u.pathname + u.search, new URL(baseURL).origin).href;
}

async function head(page: Page) {
  return page.evaluate(() => {
    const meta: Record<string, string> = {};
    for (const m of document.head.querySelectorAll("meta[property], meta[name]")) {
      meta[m.getAttribute("property") ?? m.getAttribute("name")!] = m.getAttribute("content") ?? "";
    }
    const ld = [...document.querySelectorAll('script[type="application/ld+json"]')].map((s) => s.textContent ?? "");
    return {
      meta,
      canonical: document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ?? "",
      feed: document.querySelector<HTMLLinkElement>('link[rel="alternate"][type="application/atom+xml"]')?.href ?? "",
      ld,
      crumbs: [...document.querySelectorAll('nav[aria-label="面包屑"] li')].map((li) =>
        (li.querySelector("a, span[aria-current]")?.textContent ?? "").trim(),
      ),
    };
  });
}

async function expectPng(request: APIRequestContext, url: string): Promise<number> {
  const response = await request.get(url);
  expect(response.status(), url).toBe(200);
  expect(response.headers()["content-type"], url).toContain("image/png");
  const body = await response.body();
  expect(pngSize(body), url).toEqual({ width: 1200, height: 630 });
  return body.length;
}

type Ld = Record<string, unknown> & { "@type": string };
/** Every node of the page's JSON-LD blocks (a block is one node or an @graph), each block with its @context. */
function flat(blocks: string[]): Ld[] {
  return blocks.flatMap((b) => {
    const doc = JSON.parse(b) as Ld & { "@graph"?: Ld[] };
    expect(doc["@context"]).toBe("https://schema.org");
    return doc["@graph"] ?? [doc];
  });
}
const ofType = (lds: Ld[], type: string) => lds.filter((l) => l["@type"] === type);

const PAGE_TYPES = [
  { kind: "home", path: "", ogType: "website", ld: ["WebSite"] },
  { kind: "category", path: "process/", ogType: "website", ld: ["BreadcrumbList"] },
  { kind: "article", path: "process/prepare/", ogType: "article", ld: ["Article", "BreadcrumbList"] },
  { kind: "tool", path: "tools/apr/", ogType: "website", ld: [] },
  { kind: "glossary", path: "glossary/", ogType: "website", ld: [] },
  { kind: "faq", path: "faq/", ogType: "website", ld: ["FAQPage"] },
  { kind: "search", path: "search/", ogType: "website", ld: [] },
  { kind: "404", path: "no-such-page/", ogType: "website", ld: [] },
] as const;

for (const p of PAGE_TYPES) {
  test(`${p.kind}: preview tags, image and structured data`, async ({ page, request, baseURL, consoleErrors }) => {
    const response = await page.goto(p.path);
    expect(response?.status()).toBe(p.kind === "404" ? 404 : 200);
    const h = await head(page);
    const m = h.meta;

    expect(m["og:site_name"]).toBe(SITE_NAME);
    expect(m["og:locale"]).toBe("zh_CN");
    expect(m["og:type"]).toBe(p.ogType);
    expect(m["og:title"]!.length).toBeGreaterThan(1);
    expect(await page.title()).toContain(m["og:title"]!);
    expect(m["og:description"]).toBe(m["description"]);
    expect(m["og:url"]).toBe(h.canonical);
    expect(m["og:url"]).toMatch(/^https?:\/\//);
    expect(m["twitter:card"]).toBe("summary_large_image");
    expect([m["og:image:width"], m["og:image:height"]]).toEqual(["1200", "630"]);
    expect(m["og:image:alt"]!.length).toBeGreaterThan(4);
    const image = m["og:image"]!;
    expect(image).toMatch(/^https?:\/\/[^/]+\/(.+\/)?og\/[a-z0-9/-]+\.png$/);
    expect(new URL(image).origin).toBe(new URL(h.canonical).origin);
    const imagePath = p.kind === "404" ? "home" : p.path.replace(/\/$/, "") || "home";
    expect(image.endsWith(`/og/${imagePath}.png`), image).toBe(true);
    await expectPng(request, local(image, baseURL!));
    expect((await request.get(h.feed)).status()).toBe(200);

    // Structured data: every block parses, no raw "<" inside, and the page's own types are there.
    for (const block of h.ld) expect(block).not.toContain("<");
    const lds = flat(h.ld);
    expect(lds.map((l) => l["@type"]).sort()).toEqual([...p.ld].sort());

    const h1 = (await page.locator("h1").textContent())!.trim();
    for (const crumbs of ofType(lds, "BreadcrumbList")) {
      const items = crumbs.itemListElement as { position: number; name: string; item: string }[];
      expect(items.map((i) => i.name)).toEqual(h.crumbs);
      expect(items.map((i) => i.position)).toEqual(items.map((_, i) => i + 1));
      expect(items.at(-1)!.item).toBe(h.canonical);
      for (const i of items) expect((await request.get(local(i.item, baseURL!))).status()).toBe(200);
    }
    for (const article of ofType(lds, "Article")) {
      expect(article.headline).toBe(h1);
      expect(article.description).toBe(m["description"]);
      expect(article.mainEntityOfPage).toBe(h.canonical);
      expect(article.image).toBe(image);
      expect(article.inLanguage).toBe("zh-CN");
      const reviewed = await page.getByTestId("last-reviewed").locator("time").getAttribute("datetime");
      expect(article.datePublished).toBe(reviewed);
      expect(article.dateModified).toBe(reviewed);
      expect(article.publisher).toMatchObject({ "@type": "Organization", name: SITE_NAME });
      expect(JSON.stringify(article)).not.toMatch(/支付宝|蚂蚁|Alipay/);
    }
    for (const faq of ofType(lds, "FAQPage")) {
      const questions = (await page.locator("main section h2").allTextContents()).map((t) => t.trim());
      const entities = faq.mainEntity as { name: string; acceptedAnswer: { text: string } }[];
      expect(entities.map((e) => e.name)).toEqual(questions);
      for (const e of entities) expect(e.acceptedAnswer.text.length).toBeGreaterThan(10);
    }
    for (const site of ofType(lds, "WebSite")) {
      expect(site).toMatchObject({ name: SITE_NAME, url: h.canonical, inLanguage: "zh-CN" });
    }
    // A JSON-LD block is data, not script: no CSP report, no error.
    expect(unexpected(consoleErrors)).toEqual([]);
  });
}

/** The Traditional edition's pages (zh-hant/) share the preview image of their Simplified page. */
const simplifiedOf = (pageUrl: string) => pageUrl.replace("/zh-hant/", "/");

test("every page in the sitemap points at its own 1200×630 preview image", async ({ request, baseURL }) => {
  const xml = await (await request.get("sitemap.xml")).text();
  const pages = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
  expect(pages.length).toBeGreaterThan(40);
  const sizes: number[] = [];
  const imageOf = new Map<string, string>();
  for (const pageUrl of pages) {
    const html = await (await request.get(local(pageUrl, baseURL!))).text();
    const image = html.match(/<meta property="og:image" content="([^"]+)"/)?.[1];
    expect(image, pageUrl).toBeTruthy();
    expect(html).toContain(`<meta property="og:url" content="${pageUrl}"`);
    imageOf.set(pageUrl, image!);
    sizes.push(await expectPng(request, local(image!, baseURL!)));
  }
  const simplified = pages.filter((p) => simplifiedOf(p) === p);
  expect(new Set(simplified.map((p) => imageOf.get(p))).size, "one image per page").toBe(simplified.length);
  for (const p of pages.filter((p) => simplifiedOf(p) !== p)) {
    expect(imageOf.get(p), `${p} shares its Simplified page's image`).toBe(imageOf.get(simplifiedOf(p)));
  }
  const kb = (n: number) => (n / 1024).toFixed(1);
  console.log(
    `preview images: ${sizes.length}, ${kb(Math.min(...sizes))}–${kb(Math.max(...sizes))} KB, ` +
      `average ${kb(sizes.reduce((a, b) => a + b, 0) / sizes.length)} KB`,
  );
});

test("the Atom feed is well-formed and lists every article, newest review first", async ({
  page,
  request,
  baseURL,
}) => {
  const feedResponse = await request.get("feed.xml");
  expect(feedResponse.status()).toBe(200);
  const xml = await feedResponse.text();
  await page.goto("");
  const feed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, "application/xml");
    const error = doc.querySelector("parsererror")?.textContent ?? null;
    const ns = "http://www.w3.org/2005/Atom";
    const child = (el: Element, name: string) => el.getElementsByTagNameNS(ns, name)[0];
    return {
      error,
      root: doc.documentElement.namespaceURI + " " + doc.documentElement.localName,
      entries: [...doc.getElementsByTagNameNS(ns, "entry")].map((e) => ({
        title: child(e, "title")?.textContent ?? "",
        link: child(e, "link")?.getAttribute("href") ?? "",
        id: child(e, "id")?.textContent ?? "",
        updated: child(e, "updated")?.textContent ?? "",
        summary: child(e, "summary")?.textContent ?? "",
      })),
    };
  }, xml);
  expect(feed.error).toBeNull();
  expect(feed.root).toBe("http://www.w3.org/2005/Atom feed");

  // Articles: the sitemap's entries with a review date (lastmod).
  const sitemap = await (await request.get("sitemap.xml")).text();
  // (The feed is the Simplified edition's: the Traditional pages are left out.)
  const articles = [...sitemap.matchAll(/<loc>([^<]+)<\/loc><lastmod>([^<]+)<\/lastmod>/g)]
    .map((m) => ({ url: m[1]!, reviewed: m[2]! }))
    .filter((a) => simplifiedOf(a.url) === a.url);
  expect(articles.length).toBeGreaterThanOrEqual(30);
  expect(feed.entries.map((e) => e.link).sort()).toEqual(articles.map((a) => a.url).sort());
  for (const e of feed.entries) {
    expect(e.id).toBe(e.link);
    expect(e.title.length).toBeGreaterThan(3);
    expect(e.summary.length).toBeGreaterThan(19);
    expect(e.updated).toBe(`${articles.find((a) => a.url === e.link)!.reviewed}T00:00:00Z`);
  }
  const times = feed.entries.map((e) => Date.parse(e.updated));
  expect(times).toEqual([...times].sort((a, b) => b - a));

  // Linked from the footer as well as from <head>.
  const footerLink = page.locator("footer").getByRole("link", { name: /订阅/ });
  await expect(footerLink).toHaveAttribute("href", /feed\.xml$/);
  expect(
    (await request.get(local(await footerLink.evaluate((a: HTMLAnchorElement) => a.href), baseURL!))).status(),
  ).toBe(200);
});
