/** /tools/payoff/: several debts, one budget, avalanche versus snowball. */
import { test, expect, checkA11y, hydrated, unexpected } from "./fixtures";

const AVALANCHE = '[data-result="avalanche-months"]';

test.describe("several-debts calculator", () => {
  // axe on a full calculator page takes several seconds on a busy machine
  test.describe.configure({ timeout: 60_000 });

  test("shows the worked example and the method without JavaScript", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("tools/payoff/");
    await expect(page.locator(AVALANCHE)).toHaveText(/^\d+ 个月$/);
    await expect(page.locator('[data-result="snowball-months"]')).toHaveText(/^\d+ 个月$/);
    await expect(page.locator('[data-result="avalanche-order"] li').first()).toContainText("信用卡");
    await expect(page.locator('[data-result="snowball-order"] li').first()).toContainText("花呗");
    await expect(page.getByRole("heading", { name: "链接参数" })).toBeVisible();
    await context.close();
  });

  test("reads Chinese input, adds and removes debts, keeps a shareable URL", async ({ page, consoleErrors }) => {
    await page.goto("tools/payoff/");
    await hydrated(page);
    await page.getByLabel("每月能用来还款的总额（元）").fill("0.4万");
    await expect(page.getByText("按 4,000.00 元计算")).toBeVisible();
    await page.getByRole("button", { name: /删除这笔\s*：借呗/ }).click();
    await page.getByRole("button", { name: "添加一笔欠款" }).click();
    await page.getByLabel("第 3 笔名称").fill("网贷");
    await page.getByLabel("第 3 笔欠款余额（元）").fill("６千");
    await page.getByLabel("第 3 笔年利率（%）").fill("24%");
    await page.getByLabel("第 3 笔每月最低还款（元）").fill("300");
    await expect(page.locator('[data-result="avalanche-order"]')).toContainText("网贷");
    const months = await page.locator(AVALANCHE).innerText();
    const saved = await page.locator('[data-result="saved"]').innerText();

    await page.goto(page.url());
    await hydrated(page);
    await expect(page.getByLabel("第 3 笔欠款余额（元）")).toHaveValue("６千");
    await expect(page.locator(AVALANCHE)).toHaveText(months);
    await expect(page.locator('[data-result="saved"]')).toHaveText(saved);
    await checkA11y(page);
    expect(unexpected(consoleErrors)).toEqual([]);
  });

  test("shows each strategy month by month", async ({ page }) => {
    await page.goto("tools/payoff/");
    await hydrated(page);
    await page.getByText("逐月明细").first().click();
    const table = page.getByRole("region", { name: "雪崩法逐月明细表" });
    await expect(table.getByRole("columnheader", { name: "信用卡" })).toBeVisible();
    const months = Number((await page.locator(AVALANCHE).innerText()).replace(/\D/g, ""));
    await expect(table.locator("tbody tr")).toHaveCount(months);
    await expect(table.locator("tbody tr").last()).not.toContainText(/\d+\.\d\d/);
  });

  test("says clearly when the budget does not cover the minimum payments", async ({ page }) => {
    await page.goto("tools/payoff/");
    await hydrated(page);
    await page.getByLabel("每月能用来还款的总额（元）").fill("1000");
    await expect(page.locator('[data-result="failure"]')).toContainText("少于各笔欠款最低还款合计 2,100.00 元");
    await expect(page.locator(AVALANCHE)).toHaveCount(0);
  });

  test("flags bad input beside the field and passes axe", async ({ page }) => {
    await page.goto("tools/payoff/");
    await hydrated(page);
    const rate = page.getByLabel("第 1 笔年利率（%）");
    await rate.fill("abc");
    await expect(rate).toHaveAttribute("aria-invalid", "true");
    await expect(page.locator(`#${await rate.getAttribute("aria-describedby")}`)).toContainText("无法识别");
    const budget = page.getByLabel("每月能用来还款的总额（元）");
    await budget.fill("abc");
    await expect(budget).toHaveAttribute("aria-invalid", "true");
    await expect(page.locator("main")).not.toContainText(/NaN|Infinity|undefined/);
    await checkA11y(page);
  });

  test("reads the article's long link and ignores hostile parameters", async ({ page }) => {
    await page.goto(
      "tools/payoff/?budget=1800&debts=信用卡:9500:18:480;花呗:4200:12:380;借呗:8000:10:350;网贷:6000:24:300",
    );
    await hydrated(page);
    await expect(page.getByLabel("第 4 笔名称")).toHaveValue("网贷");
    await expect(page.getByText("无法使用")).toHaveCount(0);
    await page.goto(`tools/payoff/?budget=${encodeURIComponent("<b>1</b>")}`);
    await hydrated(page);
    await expect(page.getByText("链接里的参数 budget 无法使用")).toBeVisible();
    await expect(page.locator(AVALANCHE)).toHaveText(/^\d+ 个月$/);
  });
});
