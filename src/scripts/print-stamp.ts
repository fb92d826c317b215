/**
 * A tool page prints its link with the reader's inputs (the query the calculator keeps up to
 * date) and the day it was printed: ToolLayout.astro's [data-print-url] and [data-print-date],
 * filled in just before printing. Inlined by Astro (no imports), on tool pages only.
 */
const stamp = () => {
  for (const e of document.querySelectorAll("[data-print-url]")) e.textContent = location.href;
  for (const e of document.querySelectorAll("[data-print-date]")) {
    e.textContent = new Date().toLocaleDateString("zh-CN", { dateStyle: "long" });
  }
};
addEventListener("beforeprint", stamp);
matchMedia("print").addEventListener("change", stamp);
