import { test, expect, PAGES } from "./fixtures";

test("a reader goes from home to a category, an article and the next article", async ({ page }) => {
  await page.goto(PAGES.home);
  await page
    .getByRole("region", { name: "按主题阅读" })
    .getByRole("link", { name: /协商流程/ })
    .click();
  await expect(page).toHaveURL(/\/process\/$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("协商流程");
  const first = page.locator("main ul li a").first();
  const title = await first.innerText();
  await first.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  const nav = page.getByRole("navigation", { name: "同分类的上一篇和下一篇" });
  const next = nav.locator('a[rel="next"]');
  const nextTitle = (await next.locator("span").last().innerText()).trim();
  await next.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(nextTitle);
  await page.getByRole("navigation", { name: "同分类的上一篇和下一篇" }).locator('a[rel="prev"]').click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await page.getByRole("navigation", { name: "面包屑" }).getByRole("link", { name: "协商流程" }).click();
  await expect(page).toHaveURL(/\/process\/$/);
});

test("the main navigation marks the current section", async ({ page }) => {
  await page.goto(PAGES.article);
  const current = page.getByRole("navigation", { name: "主导航" }).locator('[aria-current="page"]');
  await expect(current).toHaveText("协商流程");
});

test("the skip link moves focus to the main content", async ({ page }) => {
  await page.goto(PAGES.article);
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "跳到正文" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#main$/);
});

test("the search form on the home page finds an article", async ({ page }) => {
  await page.goto(PAGES.home);
  await page.getByRole("searchbox", { name: "搜索本站文章" }).fill("征信");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/search\/\?q=/);
  const results = page.locator("[data-search-result]");
  // the first query loads the index and WebAssembly: allow for a slow, busy machine
  await expect(results.first()).toBeVisible({ timeout: 20_000 });
  expect(await results.count()).toBeGreaterThan(0);
});
