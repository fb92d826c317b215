/** /tools/overdue/: what each day, week and month of delay adds. */
import { test, expect, checkA11y, hydrated, unexpected } from "./fixtures";

const ADDED = '[data-result="added"]';

test.describe("overdue cost calculator", () => {
  // axe on a full calculator page takes several seconds on a busy machine
  test.describe.configure({ timeout: 60_000 });

  test("shows the worked example, the note and the method without JavaScript", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("tools/overdue/");
    await expect(page.locator(ADDED)).toHaveText("150.00 元");
    await expect(page.locator('[data-result="per-day"]')).toHaveText("5.00 元");
    await expect(page.locator('[data-result="note"]')).toContainText("不代表任何放贷机构的实际利率");
    await expect(page.getByRole("heading", { name: "怎么算" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "链接参数" })).toBeVisible();
    await context.close();
  });

  test("reads Chinese input, keeps it in a shareable URL", async ({ page, consoleErrors }) => {
    await page.goto("tools/overdue/");
    await hydrated(page);
    await page.getByLabel("逾期金额（元）").fill("２万");
    await expect(page.locator(ADDED)).toHaveText("300.00 元");
    await page.getByLabel("逾期金额（元）").fill("１万元");
    await page.getByLabel("合同约定的日利率（%）").fill("0.05%/天");
    await page.getByLabel("逾期天数", { exact: true }).fill("3个月");
    await expect(page.getByText("按 90 天（3 个月，每月按 30 天）计算")).toBeVisible();
    await expect(page.locator(ADDED)).toHaveText("450.00 元");
    await page.getByRole("radio", { name: /复利/ }).check();
    await expect(page.locator(ADDED)).toHaveText("460.16 元");
    await expect(page.locator('[data-result="last-day"]')).toBeVisible();
    await expect(page).toHaveURL(/mode=compound/);

    await page.goto(page.url());
    await hydrated(page);
    await expect(page.locator(ADDED)).toHaveText("460.16 元");
    await expect(page.getByRole("radio", { name: /复利/ })).toBeChecked();
    await checkA11y(page);
    expect(unexpected(consoleErrors)).toEqual([]);
  });

  test("flags bad input beside the field and passes axe", async ({ page }) => {
    await page.goto("tools/overdue/");
    await hydrated(page);
    const days = page.getByLabel("逾期天数", { exact: true });
    await days.fill("-5");
    await expect(days).toHaveAttribute("aria-invalid", "true");
    await expect(page.locator(`#${await days.getAttribute("aria-describedby")}`)).toContainText("负数");
    await expect(page.locator("main")).not.toContainText(/NaN|Infinity|undefined/);
    await checkA11y(page);
  });

  test("warns beside the field when a bare number was probably meant as a percent", async ({ page }) => {
    await page.goto("tools/overdue/");
    await hydrated(page);
    const rate = page.getByLabel("合同约定的日利率（%）");
    await rate.fill("0.0005");
    const message = page.locator(`#${await rate.getAttribute("aria-describedby")}`);
    await expect(message).toContainText("按 日利率 0.0005%");
    await expect(message).toContainText("如果你指的是 0.05%，请输入 0.05");
  });

  test("ignores hostile parameters with a visible note", async ({ page }) => {
    await page.goto(`tools/overdue/?mode=${encodeURIComponent("<svg onload=alert(1)>")}&days=${"9".repeat(80)}`);
    await hydrated(page);
    await expect(page.getByText("链接里的参数 mode 无法使用")).toBeVisible();
    await expect(page.getByText("链接里的参数 days 无法使用")).toBeVisible();
    await expect(page.locator("main svg[onload]")).toHaveCount(0);
    await expect(page.locator(ADDED)).toHaveText("150.00 元");
  });
});
