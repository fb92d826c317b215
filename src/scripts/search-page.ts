/**
 * /search/?q=…&cat=…: results as you type. The address bar follows the query (replaceState while
 * typing, so a reload or a shared link shows the same results), a submitted query becomes its own
 * history entry (pushState), and Back/Forward show the query of that entry again.
 * Without JavaScript the form still works: it reloads this page, which then says JS is needed.
 */
import { CATEGORY_NAMES, search, searchUrl } from "./search-client";
import { correctionText, hitItem, noResults } from "./search-render";
import { SEARCH_PROMPT } from "@/lib/search/prompt";

const DEBOUNCE_MS = 120;

export function runSearchPage(): void {
  const form = document.getElementById("search-page-form") as HTMLFormElement | null;
  const input = document.getElementById("search-page-input") as HTMLInputElement | null;
  const select = document.getElementById("search-page-input-category") as HTMLSelectElement | null;
  const status = document.getElementById("search-status");
  const note = document.getElementById("search-note");
  const list = document.getElementById("search-results");
  const empty = document.getElementById("search-empty");
  if (!form || !input || !status || !note || !list || !empty) return;

  let timer: ReturnType<typeof setTimeout> | undefined;
  let seq = 0;
  let committed = location.href;

  const current = () => ({
    q: input.value.trim().slice(0, 100),
    cat: select && CATEGORY_NAMES.includes(select.value) ? select.value : "",
  });
  const urlFor = ({ q, cat }: { q: string; cat: string }) => new URL(searchUrl(q, cat), location.href).href;

  const render = async () => {
    const { q, cat } = current();
    const mine = ++seq;
    if (!q) {
      list.replaceChildren();
      empty.replaceChildren();
      note.textContent = "";
      status.textContent = SEARCH_PROMPT;
      return;
    }
    status.textContent = "正在搜索……";
    try {
      const res = await search(q, { category: cat || undefined, limit: 20 });
      if (mine !== seq) return;
      note.textContent = correctionText(res.analysis.corrections);
      list.replaceChildren(...res.hits.map((h) => hitItem(h, false)));
      empty.replaceChildren(...(res.hits.length ? [] : [noResults(q, "h2", searchTopic)]));
      const within = cat ? `“${cat}”里` : "";
      status.textContent = res.hits.length
        ? `${within}找到 ${res.total} 篇相关文章${res.total > res.hits.length ? `，显示前 ${res.hits.length} 篇` : ""}。`
        : `${within}没有找到相关文章。`;
    } catch {
      if (mine !== seq) return;
      status.textContent = "搜索暂时无法使用。可以从首页按主题浏览。";
    }
  };

  /** A suggested topic: searched on this page, as a query of its own. */
  const searchTopic = (topic: string) => {
    input.value = topic;
    commit();
    input.focus();
  };

  const fromLocation = () => {
    const params = new URLSearchParams(location.search);
    if (params.has("q")) keepOutOfIndex();
    input.value = (params.get("q") ?? "").slice(0, 100);
    const cat = params.get("cat") ?? "";
    if (select) select.value = CATEGORY_NAMES.includes(cat) ? cat : "";
    committed = location.href;
    void render();
  };

  /** A query the reader asked for (Enter, the button, a category, a suggestion): a history entry of its own. */
  const commit = () => {
    clearTimeout(timer);
    const url = urlFor(current());
    if (url !== committed) {
      // The current entry may show what was being typed; give it back its own query first.
      history.replaceState(null, "", committed);
      history.pushState(null, "", url);
      committed = url;
    }
    void render();
  };

  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      history.replaceState(null, "", urlFor(current()));
      void render();
    }, DEBOUNCE_MS);
  });
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    commit();
  });
  select?.addEventListener("change", commit);
  window.addEventListener("popstate", fromLocation);
  fromLocation();
}

/** A results page stays out of search engines (see src/pages/search.astro); /search/ itself may be indexed. */
function keepOutOfIndex(): void {
  if (document.querySelector('meta[name="robots"]')) return;
  const meta = document.createElement("meta");
  meta.name = "robots";
  meta.content = "noindex";
  document.head.append(meta);
}
