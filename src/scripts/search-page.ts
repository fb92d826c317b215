/**
 * Client code for /search/: reads ?q=, queries Pagefind (loaded on demand), renders results
 * with DOM text nodes only.
 */
import { excerptSegments } from "@/lib/search-results";

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  filters: { category?: string[] };
}
interface Pagefind {
  search(q: string): Promise<{ results: { data(): Promise<PagefindResultData> }[] }>;
}

let pagefind: Promise<Pagefind> | undefined;
function loadPagefind(): Promise<Pagefind> {
  const src = `${import.meta.env.BASE_URL.replace(/\/?$/, "/")}pagefind/pagefind.js`;
  pagefind ??= import(/* @vite-ignore */ src) as Promise<Pagefind>;
  return pagefind;
}

export async function runSearchPage(): Promise<void> {
  const input = document.getElementById("search-page-input") as HTMLInputElement | null;
  const status = document.getElementById("search-status");
  const list = document.getElementById("search-results");
  if (!input || !status || !list) return;
  const q = (new URLSearchParams(location.search).get("q") ?? "").trim().slice(0, 100);
  input.value = q;
  if (!q) {
    status.textContent = "输入你的问题，例如“花呗逾期一天要紧吗”。";
    return;
  }
  status.textContent = "正在搜索……";
  try {
    const pf = await loadPagefind();
    const { results } = await pf.search(q);
    const data = await Promise.all(results.slice(0, 20).map((r) => r.data()));
    list.replaceChildren(...data.map(renderResult));
    status.textContent = data.length
      ? `找到 ${data.length} 篇相关文章。`
      : "没有找到相关文章。换个说法试试，或者从首页按主题浏览。";
  } catch {
    status.textContent = "搜索暂时无法使用。可以从首页按主题浏览。";
  }
}

function renderResult(r: PagefindResultData): HTMLLIElement {
  const li = document.createElement("li");
  li.className = "rounded-lg border border-line bg-surface p-4";
  const cat = r.filters.category?.[0];
  if (cat) {
    const c = document.createElement("p");
    c.className = "text-sm text-accent";
    c.textContent = cat;
    li.append(c);
  }
  const a = document.createElement("a");
  a.href = r.url;
  a.className = "text-lg font-semibold";
  a.dataset.searchResult = "";
  a.textContent = r.meta.title ?? r.url;
  const p = document.createElement("p");
  p.className = "mt-1 text-[0.95rem] text-muted";
  for (const seg of excerptSegments(r.excerpt)) {
    if (seg.mark) {
      const m = document.createElement("mark");
      m.textContent = seg.text;
      p.append(m);
    } else p.append(document.createTextNode(seg.text));
  }
  li.append(a, p);
  return li;
}
