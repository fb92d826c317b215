/**
 * Checks over every built HTML file (no browser needed): internal links and #anchors resolve,
 * each page has the basics, and no phone-like number appears that is not in content/contacts.yaml.
 */
import { existsSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { parse } from "yaml";
import { test, expect } from "@playwright/test";
import { findPhoneLikeNumbers } from "../src/lib/phone";
import { base, dist, fileFor, htmlFiles } from "./built";

const pages = existsSync(dist) ? htmlFiles(dist) : [];
const html = new Map(pages.map((p) => [p, readFileSync(p, "utf8")]));
const ids = new Map([...html].map(([p, s]) => [p, new Set([...s.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]))]));

function visibleText(s: string): string {
  return s
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, " ")
    .replace(/<astro-island[^>]*>/g, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/&[a-z#0-9]+;/g, " ");
}

test("the site was built", () => {
  expect(pages.length, `no HTML in ${dist}: run npm run build first`).toBeGreaterThan(10);
});

test("every internal link and #anchor resolves", () => {
  const broken: string[] = [];
  for (const [file, s] of html) {
    const pageUrl = new URL(`http://site${base}${relative(dist, file).replace(/index\.html$/, "")}`);
    for (const m of s.matchAll(/\shref="([^"]*)"/g)) {
      const href = m[1]!.replace(/&amp;/g, "&");
      if (/^(https?:|mailto:|tel:|data:)/.test(href) && !href.startsWith("http://site")) continue;
      const target = new URL(href, pageUrl);
      const targetFile = target.pathname === pageUrl.pathname ? file : fileFor(target.pathname);
      if (!targetFile) {
        broken.push(`${relative(dist, file)} → ${href}`);
        continue;
      }
      const anchor = decodeURIComponent(target.hash.slice(1));
      if (anchor && anchor !== "main" && targetFile.endsWith(".html") && !ids.get(targetFile)?.has(anchor)) {
        broken.push(`${relative(dist, file)} → ${href} (no id "${anchor}")`);
      }
    }
  }
  expect(broken).toEqual([]);
});

test("every page has a language, a title, a description and a canonical URL", () => {
  const missing: string[] = [];
  for (const [file, s] of html) {
    const name = relative(dist, file);
    // The Traditional edition (zh-hant/, generated at build time) is tagged zh-Hant.
    const lang = name.startsWith("zh-hant/") ? "zh-Hant" : "zh-CN";
    if (!s.includes(`<html lang="${lang}"`)) missing.push(`${name}: lang`);
    if (!/<title>[^<]{2,}<\/title>/.test(s)) missing.push(`${name}: title`);
    if (!/<meta name="description" content="[^"]{10,}"/.test(s)) missing.push(`${name}: description`);
    if (!/<link rel="canonical" href="https?:\/\/[^"]+"/.test(s)) missing.push(`${name}: canonical`);
  }
  expect(missing).toEqual([]);
});

test("every article shows its sources and its review date", () => {
  const articles = [...html].filter(([file]) =>
    /^(background|process|cautions|channels|cases)\/[a-z0-9-]+\/index\.html$/.test(relative(dist, file)),
  );
  expect(articles.length).toBeGreaterThanOrEqual(30);
  const missing = articles
    .filter(([, s]) => !s.includes('id="sources-heading"') || !/最后审核：<time datetime="\d{4}-\d{2}-\d{2}">/.test(s))
    .map(([file]) => relative(dist, file));
  expect(missing).toEqual([]);
});

test("the glossary has at least 30 linkable terms and the FAQ at least 25 questions", () => {
  const glossary = html.get(join(dist, "glossary/index.html")) ?? "";
  const faq = html.get(join(dist, "faq/index.html")) ?? "";
  expect((glossary.match(/<div id="[a-z0-9-]+" class="py-4">/g) ?? []).length).toBeGreaterThanOrEqual(30);
  expect((faq.match(/<section id="[a-z0-9-]+"/g) ?? []).length).toBeGreaterThanOrEqual(25);
});

test("no page shows Markdown that failed to render", () => {
  const leftovers: string[] = [];
  for (const [file, s] of html) {
    const text = visibleText(s);
    for (const m of text.matchAll(/\*\*|__|\]\(\/|^#{1,3} /gm))
      leftovers.push(`${relative(dist, file)}: “${text.slice(Math.max(0, m.index - 12), m.index + 12).trim()}”`);
  }
  expect(leftovers).toEqual([]);
});

test("no page shows a phone-like number that is not an official contact", () => {
  const contacts = parse(readFileSync("content/contacts.yaml", "utf8")) as { number?: string }[];
  const allowed = new Set(contacts.flatMap((c) => (c.number ? [c.number.replace(/-/g, "")] : [])));
  const found: string[] = [];
  for (const [file, s] of html) {
    for (const n of findPhoneLikeNumbers(visibleText(s)))
      if (!allowed.has(n)) found.push(`${relative(dist, file)}: ${n}`);
    for (const m of s.matchAll(/href="tel:([^"]+)"/g))
      if (!allowed.has(m[1]!)) found.push(`${relative(dist, file)}: tel:${m[1]}`);
  }
  expect(found).toEqual([]);
});
