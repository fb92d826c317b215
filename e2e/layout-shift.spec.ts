/**
 * Nothing visible moves while a page loads: the home page, an article, a tool (until its calculator
 * has hydrated) and the empty search page. The search page used to write its prompt line after
 * load and push the footer down (CLS 0.018); it is now in the HTML. With a query, the results used to
 * push the footer down as they arrived (CLS ~0.25 in Lighthouse); a screen's height is now reserved.
 * Every shift counts, since the test does not touch the page (Chromium once flagged that search
 * page shift as "had recent input" although nothing had been typed). The total must stay under
 * 0.005: on a busy machine the parser may paint the header before the theme button's inline script
 * has unhidden it, a shift of 0.001–0.003 that a reader would not notice.
 */
import { test, expect, hydrated } from "./fixtures";

// With a query, results arrive after the index loads: the page reserves room for them.
const PAGES = ["", "cautions/agent-scams/", "tools/installment/", "search/", `search/?q=${encodeURIComponent("征信")}`];

for (const path of PAGES) {
  test(`no layout shift while /${path} loads`, async ({ page }) => {
    await page.addInitScript(() => {
      const w = window as unknown as { __shifts: string[] };
      w.__shifts = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & {
          value: number;
          sources?: { node?: Node | null }[];
        })[]) {
          const nodes = (entry.sources ?? []).map((s) => {
            const el = s.node instanceof Element ? s.node : s.node?.parentElement;
            if (!el) return "?";
            const where = el.id ? `#${el.id}` : `.${[...el.classList].slice(0, 3).join(".")}`;
            return `${el.tagName.toLowerCase()}${where} in ${el.parentElement?.tagName.toLowerCase() ?? "?"}`;
          });
          w.__shifts.push(`${entry.value.toFixed(4)} at ${Math.round(entry.startTime)} ms: ${nodes.join(", ")}`);
        }
      }).observe({ type: "layout-shift", buffered: true });
    });
    await page.goto(path, { waitUntil: "networkidle" });
    if (path.startsWith("tools/")) await hydrated(page);
    if (path.includes("?q=")) await expect(page.locator("[data-search-result]").first()).toBeVisible();
    await page.waitForTimeout(500);
    const shifts = await page.evaluate(() => (window as unknown as { __shifts: string[] }).__shifts);
    const total = shifts.reduce((sum, s) => sum + Number(s.split(" ")[0]), 0);
    expect(total, shifts.join("\n")).toBeLessThan(0.005);
  });
}
