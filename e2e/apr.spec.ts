/** /tools/apr/: the real annual rate of a quoted loan. */
import { test, expect, checkA11y, hydrated, unexpected } from "./fixtures";

const APR = '[data-result="apr"]';
const EFFECTIVE = '[data-result="effective"]';

test.describe("real annual rate calculator", () => {
  // axe on a full calculator page takes several seconds on a busy machine
  test.describe.configure({ timeout: 60_000 });

  test("shows the worked example and the method without JavaScript", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("tools/apr/");
    await expect(page.locator(APR)).toHaveText("16.22%");
    await expect(page.locator(EFFECTIVE)).toHaveText("17.48%");
    await expect(page.locator('[data-result="why"]')).toContainText("每期费率 × 12");
    await expect(page.getByRole("heading", { name: "计算方法" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "链接参数" })).toBeVisible();
    await context.close();
  });

  test("reads a daily quote typed the Chinese way and keeps it in a shareable URL", async ({ page, consoleErrors }) => {
    await page.goto("tools/apr/");
    await hydrated(page);
    await page.getByLabel("借款金额（元）").fill("１万");
    await expect(page.getByText("按 10,000.00 元计算")).toBeVisible();
    await page.getByRole("radio", { name: "日利率" }).check();
    const rate = page.getByLabel("日利率（%）");
    await expect(rate).toHaveValue("0.05");
    await rate.fill("万分之五");
    await expect(page.getByText("按 日利率 0.05%（万分之五）计算")).toBeVisible();
    await expect(page.locator('[data-result="stated"]')).toHaveText("18.00%");
    const apr = await page.locator(APR).innerText();
    expect(apr).toMatch(/^1[78]\.\d\d%$/);
    await expect(page).toHaveURL(/quote=daily/);

    await page.goto(page.url());
    await hydrated(page);
    await expect(page.getByLabel("日利率（%）")).toHaveValue("万分之五");
    await expect(page.locator(APR)).toHaveText(apr);
    await checkA11y(page);
    expect(unexpected(consoleErrors)).toEqual([]);
  });

  test("flags bad input beside the field, never NaN, and passes axe", async ({ page }) => {
    await page.goto("tools/apr/");
    await hydrated(page);
    await page.getByLabel("每期手续费率（%）").fill("每期0.6%");
    await expect(page.locator(APR)).toHaveText("13.03%");
    const months = page.getByLabel("期数（月）");
    await months.fill("601");
    await expect(months).toHaveAttribute("aria-invalid", "true");
    await expect(page.locator(`#${await months.getAttribute("aria-describedby")}`)).toContainText("600");
    const fee = page.getByLabel("每期手续费率（%）");
    await fee.fill("万分之五");
    await expect(page.locator(`#${await fee.getAttribute("aria-describedby")}`)).toContainText("每期手续费率");
    await expect(page.locator("main")).not.toContainText(/NaN|Infinity|undefined/);
    await checkA11y(page);
    await page.getByRole("button", { name: "恢复示例数字" }).click();
    await expect(page.locator(APR)).toHaveText("16.22%");
  });

  test("ignores hostile parameters with a visible note", async ({ page }) => {
    let dialog = false;
    page.on("dialog", (d) => {
      dialog = true;
      void d.dismiss();
    });
    await page.goto(
      `tools/apr/?quote=${encodeURIComponent("<img src=x onerror=alert(1)>")}&fee=${encodeURIComponent('"><script>alert(1)</script>')}`,
    );
    await hydrated(page);
    await expect(page.getByText("链接里的参数 quote 无法使用")).toBeVisible();
    await expect(page.getByText("链接里的参数 fee 无法使用")).toBeVisible();
    await expect(page.locator("main img")).toHaveCount(0);
    await expect(page.locator(APR)).toHaveText("16.22%");
    expect(dialog).toBe(false);
  });
});
