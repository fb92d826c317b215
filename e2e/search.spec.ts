/**
 * Search, end to end: the header dialog (click, “/”, Ctrl-K; keyboard; focus; filter; axe), its
 * code loading only on first use, /search/?q= with the address bar and Back, the highlight on the
 * article a result opens, the page for a query that finds nothing, and hostile queries.
 * The quality of the results is measured by e2e/search-bench.spec.ts.
 */
import type { Page } from "@playwright/test";
import { test, expect, checkA11y, unexpected, PAGES } from "./fixtures";

const dialog = (page: Page) => page.getByRole("dialog", { name: "搜索本站" });
const searchbox = (page: Page) => dialog(page).getByRole("searchbox", { name: "搜索本站文章" });
const results = (page: Page) => dialog(page).locator("[data-search-result]");

async function openWithClick(page: Page): Promise<void> {
  await page.getByRole("banner").getByRole("link", { name: "搜索" }).click();
  await expect(dialog(page)).toBeVisible();
  await expect(searchbox(page)).toBeFocused();
}

test.describe("header search dialog", () => {
  test("opens by click, “/” and Ctrl-K; Esc closes it and focus returns", async ({ page, consoleErrors }) => {
    await page.goto(PAGES.article);
    const link = page.getByRole("banner").getByRole("link", { name: "搜索" });
    await link.focus();
    await page.keyboard.press("Enter");
    await expect(dialog(page)).toBeVisible();
    await expect(searchbox(page)).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(dialog(page)).toBeHidden();
    await expect(link).toBeFocused();

    await page.locator("h1").click();
    await page.keyboard.press("/");
    await expect(searchbox(page)).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(dialog(page)).toBeHidden();

    await page.keyboard.press("Control+k");
    await expect(searchbox(page)).toBeFocused();
    await dialog(page).getByRole("button", { name: "关闭搜索" }).click();
    await expect(dialog(page)).toBeHidden();
    expect(unexpected(consoleErrors)).toEqual([]);
  });

  test("loads its code, the index and the wasm only when first opened", async ({ page }) => {
    const requested: string[] = [];
    page.on("request", (r) => requested.push(new URL(r.url()).pathname));
    await page.goto(PAGES.article);
    await page.waitForLoadState("networkidle");
    expect(requested.filter((p) => /\.js$|pagefind/.test(p))).toEqual([]);
    await openWithClick(page);
    await searchbox(page).fill("征信");
    await expect(results(page).first()).toBeVisible();
    expect(requested.some((p) => /\/_astro\/search-module-[\w-]+\.js$/.test(p))).toBe(true);
    expect(requested.some((p) => p.endsWith("/pagefind/pagefind.js"))).toBe(true);
    expect(requested.some((p) => /\/pagefind\/wasm\.[\w]+\.pagefind$/.test(p))).toBe(true);
  });

  test("shows results as you type, announces them, and the keyboard moves through them", async ({ page }) => {
    await page.goto(PAGES.article);
    await openWithClick(page);
    await searchbox(page).pressSequentially("花贝逾期一天要紧吗");
    await expect(results(page).first()).toBeVisible();
    await expect(dialog(page).getByRole("status")).toContainText(/找到 \d+ 篇相关文章/);
    await expect(dialog(page)).toContainText("已按“花呗”搜索");
    const count = await results(page).count();
    expect(count).toBeGreaterThan(1);

    await page.keyboard.press("ArrowDown");
    await expect(results(page).nth(0)).toBeFocused();
    await page.keyboard.press("ArrowDown");
    await expect(results(page).nth(1)).toBeFocused();
    await page.keyboard.press("End");
    await expect(results(page).nth(count - 1)).toBeFocused();
    await page.keyboard.press("Home");
    await page.keyboard.press("ArrowUp");
    await expect(searchbox(page)).toBeFocused();

    await page.keyboard.press("ArrowDown");
    const href = (await results(page).first().getAttribute("href"))!;
    expect(href).toMatch(/\?hl=/);
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\?hl=/);
    await expect(page.locator("mark.search-hit").first()).toBeVisible();
  });

  test("keeps focus inside while open", async ({ page }) => {
    await page.goto(PAGES.article);
    await openWithClick(page);
    await searchbox(page).fill("催收");
    await expect(results(page).first()).toBeVisible();
    for (let i = 0; i < 25; i++) {
      await page.keyboard.press("Tab");
      expect(await dialog(page).evaluate((d) => d.contains(document.activeElement))).toBe(true);
    }
    for (let i = 0; i < 5; i++) {
      await page.keyboard.press("Shift+Tab");
      expect(await dialog(page).evaluate((d) => d.contains(document.activeElement))).toBe(true);
    }
  });

  test("filters by category", async ({ page }) => {
    await page.goto(PAGES.article);
    await openWithClick(page);
    await searchbox(page).fill("催收打电话给家人");
    await expect(results(page).first()).toBeVisible();
    await dialog(page).getByRole("combobox", { name: "只看某一类文章" }).selectOption("官方渠道");
    await expect(results(page).first()).toContainText("官方渠道");
    for (const r of await results(page).all()) await expect(r).toContainText("官方渠道");
  });

  test("passes axe with results showing", async ({ page }) => {
    await page.goto(PAGES.article);
    await openWithClick(page);
    await searchbox(page).fill("借呗预期了会被上诉吗");
    await expect(results(page).first()).toBeVisible();
    await checkA11y(page);
    await searchbox(page).fill("天气预报怎么样");
    await expect(dialog(page).getByRole("heading", { name: "相近的话题" })).toBeVisible();
    await checkA11y(page);
  });

  test("without JavaScript the control is a link to /search/", async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
    const page = await context.newPage();
    await page.goto(PAGES.article);
    await page.getByRole("banner").getByRole("link", { name: "搜索" }).click();
    await expect(page).toHaveURL(/\/search\/$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("搜索");
    await context.close();
  });
});

test.describe("/search/ page", () => {
  test("?q= shows results; typing replaces the address, Enter adds a history entry, Back restores", async ({
    page,
  }) => {
    await page.goto(`search/?q=${encodeURIComponent("征信")}`);
    const box = page.getByRole("main").getByRole("searchbox", { name: "搜索本站文章" });
    await expect(box).toHaveValue("征信");
    const list = page.locator("#search-results [data-search-result]");
    await expect(list.first()).toBeVisible();
    const length = await page.evaluate(() => history.length);

    await box.fill("催收骚扰");
    await expect(page).toHaveURL(/q=%E5%82%AC%E6%94%B6%E9%AA%9A%E6%89%B0/);
    expect(await page.evaluate(() => history.length)).toBe(length);
    await box.press("Enter");
    await expect(list.first()).toBeVisible();
    expect(await page.evaluate(() => history.length)).toBe(length + 1);

    await page.goBack();
    await expect(page).toHaveURL(/q=%E5%BE%81%E4%BF%A1/);
    await expect(box).toHaveValue("征信");
    await expect(list.first()).toBeVisible();
    await page.goForward();
    await expect(box).toHaveValue("催收骚扰");
  });

  test("/search/ may be indexed; a page of results may not", async ({ page }) => {
    const robots = page.locator('meta[name="robots"]');
    await page.goto("search/");
    await expect(page.locator("#search-status")).toBeVisible();
    await expect(robots).toHaveCount(0);
    await page.goto(`search/?q=${encodeURIComponent("征信")}`);
    await expect(page.locator("#search-results [data-search-result]").first()).toBeVisible();
    await expect(robots).toHaveAttribute("content", "noindex");
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /\/search\/$/);
  });

  test("the category filter is in the address and narrows the results", async ({ page }) => {
    await page.goto(`search/?q=${encodeURIComponent("投诉")}&cat=${encodeURIComponent("官方渠道")}`);
    await expect(page.getByRole("combobox", { name: "只看某一类文章" })).toHaveValue("官方渠道");
    const list = page.locator("#search-results [data-search-result]");
    await expect(list.first()).toBeVisible();
    await expect(page.locator("#search-results li").first()).toContainText("官方渠道");
    await expect(page.getByRole("main").getByRole("status")).toContainText("“官方渠道”里");
  });

  test("finds articles for typos, Traditional characters and pinyin", async ({ page }) => {
    const cases: [string, RegExp][] = [
      [
        "花贝还不上怎么办",
        /\/(background\/why-hard|process\/prepare|background\/what-is-negotiation|cautions\/calm-honest)\//,
      ],
      ["催收打電話給家人怎麼辦", /\/cautions\/collection-harassment\//],
      ["zhifubao kefu dianhua", /\/channels\/alipay\//],
    ];
    for (const [q, target] of cases) {
      await page.goto(`search/?q=${encodeURIComponent(q)}`);
      const list = page.locator("#search-results [data-search-result]");
      await expect(list.first()).toBeVisible();
      const hrefs = await list.evaluateAll((as) => as.slice(0, 3).map((a) => (a as HTMLAnchorElement).href));
      expect(
        hrefs.some((h) => target.test(h)),
        `${q}: ${hrefs.join(", ")}`,
      ).toBe(true);
    }
  });

  test("a query that finds nothing offers topics, the urgent pages and the categories", async ({ page }) => {
    await page.goto(`search/?q=${encodeURIComponent("天气预报怎么样")}`);
    await expect(page.getByRole("main").getByRole("status")).toContainText("没有找到");
    await expect(page.locator("[data-search-result]")).toHaveCount(0);
    const empty = page.locator("#search-empty");
    await expect(empty.getByRole("heading", { name: "相近的话题" })).toBeVisible();
    for (const path of [
      "cautions/collection-harassment/",
      "cautions/fake-customer-service/",
      "cautions/agent-scams/",
    ]) {
      await expect(empty.locator(`a[href$="/${path}"]`)).toBeVisible();
    }
    for (const name of ["背景知识", "协商流程", "注意事项", "官方渠道", "案例"]) {
      await expect(empty.getByRole("link", { name, exact: true })).toBeVisible();
    }
    await checkA11y(page);
    // A suggested topic searches in place.
    await empty.getByRole("link").first().click();
    await expect(page.locator("#search-results [data-search-result]").first()).toBeVisible();
  });

  test("a hostile query is only ever text", async ({ page, consoleErrors }) => {
    const hostile = `"><img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>&lt;b&gt;`;
    await page.goto(`search/?q=${encodeURIComponent(hostile)}`);
    await expect(page.getByRole("main").getByRole("status")).not.toHaveText("正在搜索……");
    await expect(page.getByRole("main").getByRole("searchbox")).toHaveValue(hostile.slice(0, 100));
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator("main img, main script, main b").count()).toBe(0);
    expect(unexpected(consoleErrors)).toEqual([]);
  });
});

test.describe("highlight on the article", () => {
  test("marks the words only when the page was opened with ?hl=, loading its script only then", async ({ page }) => {
    const scripts: string[] = [];
    page.on("request", (r) => {
      if (r.resourceType() === "script") scripts.push(new URL(r.url()).pathname);
    });
    await page.goto(`${PAGES.article}?hl=${encodeURIComponent("材料")}+${encodeURIComponent("<b>")}`);
    const marks = page.locator("mark.search-hit");
    await expect(marks.first()).toBeVisible();
    await expect(marks.first()).toHaveText("材料");
    expect(scripts.some((s) => /search-highlight-[\w-]+\.js$/.test(s))).toBe(true);
    expect(scripts.some((s) => /search-module/.test(s))).toBe(false);
    await expect(page.getByText(/^已标出搜索词：材料（\d+ 处）/)).toBeVisible();
    await page.getByRole("button", { name: "清除标记" }).click();
    await expect(marks).toHaveCount(0);
    await expect(page).not.toHaveURL(/hl=/);

    scripts.length = 0;
    await page.goto(PAGES.article);
    await page.waitForLoadState("networkidle");
    await expect(page.locator("mark")).toHaveCount(0);
    expect(scripts).toEqual([]);
  });
});
