/**
 * The header search dialog. The inline opener (SearchOpener.astro) loads this module on first use
 * and calls openDialog(); the dialog is built here, so pages carry none of its HTML. It is a
 * modal <dialog>: the rest of the page is inert while it is open, Esc closes it, and focus goes
 * back to where it was.
 *
 * Keyboard: type to search (debounced); ↓ from the input moves to the first result, ↑/↓ between
 * results, Home/End; Enter on a result opens it; Enter in the input opens /search/ with all
 * results; Tab stays inside the dialog.
 */
import { CATEGORY_NAMES, search, searchUrl, warmUp, PAGES } from "./search-client";
import { closable, el, showModal } from "./dialog";
import { correctionText, hitItem, noResults } from "./search-render";

const DEBOUNCE_MS = 60;
const LIMIT = 8;

interface Parts {
  dialog: HTMLDialogElement;
  input: HTMLInputElement;
  category: HTMLSelectElement;
  status: HTMLElement;
  note: HTMLElement;
  results: HTMLElement;
  all: HTMLAnchorElement;
}

let parts: Parts | undefined;

function build(): Parts {
  const input = el("input", {
    id: "search-dialog-input",
    name: "q",
    type: "search",
    autocomplete: "off",
    enterkeyhint: "search",
    maxlength: "100",
    placeholder: "输入你的问题，例如：花呗逾期一天要紧吗",
    class:
      "min-h-11 min-w-0 flex-[1_1_16rem] rounded-md border border-line bg-surface px-3 text-base text-text placeholder:text-muted",
  });
  const category = el(
    "select",
    {
      id: "search-dialog-category",
      name: "cat",
      class: "min-h-11 rounded-md border border-line bg-surface px-2 text-sm text-text",
    },
    el("option", { value: "" }, "全部分类"),
    ...CATEGORY_NAMES.map((n) => el("option", { value: n }, n)),
  );
  const close = el(
    "button",
    {
      type: "button",
      "aria-label": "关闭搜索",
      class: "min-h-11 rounded-md px-3 text-sm text-muted hover:bg-surface-2 hover:text-text",
    },
    "关闭",
  );
  const form = el(
    "form",
    { action: `${PAGES}search/`, method: "get", role: "search", class: "border-b border-line p-3" },
    el(
      "div",
      { class: "flex items-center justify-between gap-2" },
      el("h2", { id: "search-dialog-title", class: "text-base font-bold" }, "搜索本站"),
      close,
    ),
    el(
      "div",
      { class: "mt-2 flex flex-wrap gap-2" },
      el("label", { for: "search-dialog-input", class: "sr-only" }, "搜索本站文章"),
      input,
      el("label", { for: "search-dialog-category", class: "sr-only" }, "只看某一类文章"),
      category,
    ),
  );
  const status = el("p", { role: "status", class: "px-4 pt-2 text-sm text-muted" });
  const note = el("p", { class: "px-4 pt-1 text-sm text-muted empty:hidden" });
  const results = el("div", { class: "min-h-0 flex-1 overflow-y-auto py-2" });
  const all = el("a", { href: `${PAGES}search/`, class: "inline-flex min-h-11 items-center" }, "查看全部结果");
  all.hidden = true;
  const dialog = el(
    "dialog",
    {
      id: "search-dialog",
      "aria-labelledby": "search-dialog-title",
      class:
        "mx-auto mt-[6vh] mb-auto w-[min(42rem,calc(100vw-1rem))] max-w-none rounded-xl border border-line bg-bg p-0 text-text shadow-xl backdrop:bg-black/50",
    },
    el(
      "div",
      { class: "flex max-h-[86vh] flex-col" },
      form,
      status,
      note,
      results,
      el(
        "p",
        { class: "flex flex-wrap items-center justify-between gap-2 border-t border-line px-4 py-1 text-sm" },
        all,
        el("span", { class: "text-muted" }, "Esc 关闭"),
      ),
    ),
  );
  closable(dialog, close);
  document.body.append(dialog);
  return { dialog, input, category, status, note, results, all };
}

/** Called by the opener (click, “/”, Ctrl/⌘-K). On /search/ it focuses that page's own input instead. */
export function openDialog(opener: Element | null): void {
  const pageInput = document.getElementById("search-page-input") as HTMLInputElement | null;
  if (pageInput && document.querySelector("[data-search-page]")) {
    pageInput.focus();
    pageInput.select();
    return;
  }
  if (!parts) {
    parts = build();
    wire(parts);
  }
  void warmUp().catch(() => {});
  showModal(parts.dialog, opener);
  parts.input.focus();
  parts.input.select();
  if (parts.input.value.trim()) run(parts);
}

let timer: ReturnType<typeof setTimeout> | undefined;
let seq = 0;

function run(p: Parts): void {
  clearTimeout(timer);
  const query = p.input.value.trim();
  const category = p.category.value || undefined;
  const mine = ++seq;
  p.all.href = searchUrl(query, category);
  if (!query) {
    p.results.replaceChildren();
    p.note.textContent = "";
    p.status.textContent = "";
    p.all.hidden = true;
    return;
  }
  search(query, { category, limit: LIMIT }).then(
    (res) => {
      if (mine !== seq) return;
      p.note.textContent = correctionText(res.analysis.corrections);
      p.all.hidden = res.hits.length === 0;
      if (res.hits.length) {
        const ul = document.createElement("ul");
        ul.setAttribute("aria-label", "搜索结果");
        ul.append(...res.hits.map((h) => hitItem(h, true)));
        p.results.replaceChildren(ul);
        const more = res.total > res.hits.length ? `，这里是最相关的 ${res.hits.length} 篇` : "";
        p.status.textContent = `找到 ${res.total} 篇相关文章${more}。按下箭头键浏览，回车打开。`;
      } else {
        // A suggested topic searches in place instead of leaving the dialog.
        p.results.replaceChildren(
          noResults(query, "h3", (q) => {
            p.input.value = q;
            p.input.focus();
            run(p);
          }),
        );
        p.status.textContent = "没有找到相关文章。下面有相近的话题和常用页面。";
      }
    },
    () => {
      if (mine !== seq) return;
      p.status.textContent = "搜索暂时无法使用。按回车打开搜索页，或从首页按主题浏览。";
    },
  );
}

function resultLinks(p: Parts): HTMLAnchorElement[] {
  return [...p.results.querySelectorAll<HTMLAnchorElement>("a[href]")];
}

function focusables(p: Parts): HTMLElement[] {
  return [...p.dialog.querySelectorAll<HTMLElement>("input, select, button, a[href]")].filter(
    (e) => !e.hidden && !e.closest("[hidden]") && !(e as HTMLButtonElement).disabled,
  );
}

function wire(p: Parts): void {
  p.input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(() => run(p), DEBOUNCE_MS);
  });
  p.category.addEventListener("change", () => run(p));
  p.input.addEventListener("keydown", (e) => {
    if (e.key === "ArrowDown") {
      const first = resultLinks(p)[0];
      if (first) {
        e.preventDefault();
        first.focus();
      }
    }
  });
  p.results.addEventListener("keydown", (e) => {
    const links = resultLinks(p);
    const i = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (i === -1) return;
    const go = (j: number) => {
      e.preventDefault();
      links[Math.max(0, Math.min(links.length - 1, j))]?.focus();
    };
    if (e.key === "ArrowDown") go(i + 1);
    else if (e.key === "ArrowUp") {
      if (i === 0) {
        e.preventDefault();
        p.input.focus();
      } else go(i - 1);
    } else if (e.key === "Home") go(0);
    else if (e.key === "End") go(links.length - 1);
    else if (e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey) p.input.focus();
  });
  // Esc closes even from the search field (which would otherwise only clear itself); Tab stays
  // inside the dialog (showModal makes the page inert; this also skips the browser's own UI).
  p.dialog.addEventListener("keydown", (e) => {
    if (e.key === "Escape") {
      e.preventDefault();
      p.dialog.close();
      return;
    }
    if (e.key !== "Tab") return;
    const f = focusables(p);
    const first = f[0];
    const last = f[f.length - 1];
    if (!first || !last) return;
    if (e.shiftKey && document.activeElement === first) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && document.activeElement === last) {
      e.preventDefault();
      first.focus();
    }
  });
  p.dialog.addEventListener("close", () => clearTimeout(timer));
}
