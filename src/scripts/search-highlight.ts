/**
 * Marks the searched words on an article opened from a search result (?hl=逾期+起诉). Loaded by
 * the inline opener only when that parameter is present; articles opened any other way load no
 * script at all. Words come from the URL and are only ever compared with text: matches are
 * wrapped in <mark> by splitting text nodes.
 */
import { findMatches, parseHighlight } from "@/lib/search/highlight";

const SKIP = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEXTAREA", "INPUT", "SELECT", "BUTTON", "MARK", "SVG"]);
const MAX_MARKS = 200;

function highlight(root: Element, words: readonly string[]): HTMLElement[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => {
      for (let p = node.parentElement; p && p !== root; p = p.parentElement) {
        if (SKIP.has(p.tagName.toUpperCase()) || p.hidden || p.hasAttribute("data-pagefind-ignore"))
          return NodeFilter.FILTER_REJECT;
      }
      return NodeFilter.FILTER_ACCEPT;
    },
  });
  const nodes: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
  const marks: HTMLElement[] = [];
  for (const node of nodes) {
    const text = node.data;
    const ranges = findMatches(text, words);
    if (!ranges.length) continue;
    const frag = document.createDocumentFragment();
    let last = 0;
    for (const r of ranges) {
      if (marks.length >= MAX_MARKS) break;
      if (r.start > last) frag.append(text.slice(last, r.start));
      const mark = document.createElement("mark");
      mark.className = "search-hit rounded-sm bg-accent-soft px-0.5 text-text";
      mark.textContent = text.slice(r.start, r.end);
      frag.append(mark);
      marks.push(mark);
      last = r.end;
    }
    frag.append(text.slice(last));
    node.replaceWith(frag);
    if (marks.length >= MAX_MARKS) break;
  }
  return marks;
}

/** A line above the title saying what is marked, with a button to remove the marks. */
function notice(body: Element, words: readonly string[], marks: HTMLElement[]): void {
  const p = document.createElement("p");
  p.className = "mb-3 flex flex-wrap items-center gap-2 rounded-md border border-line bg-surface px-3 py-1 text-sm";
  p.setAttribute("role", "status");
  p.append(`已标出搜索词：${words.join("、")}（${marks.length} 处）`);
  const button = document.createElement("button");
  button.type = "button";
  button.className = "min-h-11 rounded-md px-2 text-accent underline";
  button.textContent = "清除标记";
  button.addEventListener("click", () => {
    for (const m of marks) m.replaceWith(document.createTextNode(m.textContent ?? ""));
    body.normalize();
    const url = new URL(location.href);
    url.searchParams.delete("hl");
    history.replaceState(history.state, "", url.href);
    p.remove();
    document.getElementById("main")?.focus({ preventScroll: true });
  });
  p.append(button);
  const h1 = body.querySelector("h1");
  (h1?.parentElement ?? body).insertBefore(p, h1);
}

function run(): void {
  const words = parseHighlight(location.search);
  const body = document.querySelector("[data-pagefind-body]");
  if (!words.length || !body) return;
  const marks = highlight(body, words);
  if (!marks.length) return;
  notice(body, words, marks);
  const first = marks.find((m) => m.closest(".prose")) ?? marks[0];
  first?.scrollIntoView({ block: "center" });
}

run();
