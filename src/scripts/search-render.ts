/**
 * DOM for search results, shared by the header dialog and /search/. Everything from the index or
 * the query goes in as text nodes (textContent, createTextNode): never as HTML.
 */
import type { Correction } from "@/lib/search/corrections";
import { CATEGORY_LINKS, URGENT_LINKS } from "@/lib/search/fallback";
import { nearestTopics } from "@/lib/search/vocabulary";
import type { Segment } from "@/lib/search-results";
import { el } from "./dialog";
import { BASE, PAGES, SCRIPT, searchUrl, type SearchHit } from "./search-client";

export function sitePath(path: string): string {
  return PAGES + path.replace(/^\//, "");
}

export function excerptNode(segments: readonly Segment[], className: string): HTMLParagraphElement {
  const p = el("p", { class: className });
  for (const seg of segments) {
    p.append(
      seg.mark
        ? el("mark", { class: "rounded-sm bg-accent-soft px-0.5 text-text" }, seg.text)
        : document.createTextNode(seg.text),
    );
  }
  return p;
}

/** One result: category, linked title (the element tests and keyboard navigation look for), excerpt. */
export function hitItem(hit: SearchHit, compact: boolean): HTMLLIElement {
  const li = el("li", {
    class: compact ? "border-b border-line last:border-b-0" : "rounded-lg border border-line bg-surface p-4",
  });
  const a = el("a", {
    class: compact
      ? "block min-h-11 px-4 py-3 text-text no-underline hover:bg-surface-2 focus-visible:bg-surface-2"
      : "text-lg font-semibold",
  });
  a.href = hit.href;
  a.dataset.searchResult = "";
  if (compact) {
    if (hit.category) a.append(el("span", { class: "block text-sm text-accent" }, hit.category));
    a.append(el("span", { class: "block font-semibold" }, hit.title));
    a.append(excerptNode(hit.excerpt, "mt-1 line-clamp-2 text-sm text-muted"));
    li.append(a);
    return li;
  }
  a.textContent = hit.title;
  if (hit.category) li.append(el("p", { class: "text-sm text-accent" }, hit.category));
  li.append(a, excerptNode(hit.excerpt, "mt-1 text-[0.95rem] text-muted"));
  return li;
}

/** “已按“花呗”搜索（你输入的是“花贝”）” — or nothing. */
export function correctionText(corrections: readonly Correction[]): string {
  const shown = corrections.filter((c) => c.from !== c.to && !/^[a-z]+$/.test(c.to)).slice(0, 4);
  if (!shown.length) return "";
  const to = shown.map((c) => `“${c.to}”`).join("");
  const from = shown.map((c) => `“${c.from}”`).join("");
  return `已按${to}搜索（你输入的是${from}）。`;
}

function linkList(
  items: readonly { label: string; href: string; topic?: string }[],
  className: string,
): HTMLUListElement {
  const ul = el("ul", { class: className });
  for (const item of items) {
    const li = el("li");
    const a = el(
      "a",
      {
        class:
          "inline-flex min-h-11 items-center rounded-md border border-line bg-surface px-3 no-underline hover:bg-surface-2",
      },
      item.label,
    );
    a.href = item.href;
    if (item.topic !== undefined) a.dataset.searchTopic = item.topic;
    li.append(a);
    ul.append(li);
  }
  return ul;
}

/**
 * Nothing matched: the nearest topics (as searches), the urgent pages and the categories. None
 * of these links is a search result (no data-search-result). A plain click on a topic (marked
 * data-search-topic) is handed to onTopic, which runs that search in place; every other link,
 * including the Traditional edition's link to the Simplified search, is an ordinary link.
 */
export function noResults(query: string, headingLevel: "h2" | "h3", onTopic: (q: string) => void): HTMLElement {
  const box = el("div", { class: "space-y-4" });
  box.addEventListener("click", (e) => {
    const a = (e.target as Element).closest<HTMLAnchorElement>("a[data-search-topic]");
    if (!a?.dataset.searchTopic || e.button || e.ctrlKey || e.metaKey || e.shiftKey) return;
    e.preventDefault();
    onTopic(a.dataset.searchTopic);
  });
  box.append(el("p", {}, `没有找到和“${query}”直接相关的文章。可以换个说法，或者看看这些：`));
  if (SCRIPT === "hant") {
    // This edition's index is in Traditional: a query typed in Simplified may find more there.
    const other = el("a", {}, "到简体版搜索");
    other.href = searchUrl(query, undefined, BASE);
    other.hreflang = "zh-Hans";
    box.append(other);
  }
  const section = (title: string, items: { label: string; href: string; topic?: string }[]) => {
    const s = el("section");
    s.append(el(headingLevel, { class: "mb-2 font-bold" }, title), linkList(items, "flex flex-wrap gap-2"));
    box.append(s);
  };
  section(
    "相近的话题",
    nearestTopics(query).map((t) => ({ label: t.label, href: searchUrl(t.q), topic: t.q })),
  );
  section(
    "遇到这些情况，先看这里",
    URGENT_LINKS.map((u) => ({ label: u.label, href: sitePath(u.path) })),
  );
  section(
    "按主题浏览",
    CATEGORY_LINKS.map((c) => ({ label: c.label, href: sitePath(c.path) })),
  );
  return box;
}
