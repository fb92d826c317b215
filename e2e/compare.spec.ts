/** /tools/compare/: an overdue balance against up to three proposals. */
import { test, expect, checkA11y, hydrated, unexpected } from "./fixtures";

const SUMMARY = '[data-result="summary"]';

test.describe("proposal comparison", () => {
  // axe on a full calculator page takes several seconds on a busy machine
  test.describe.configure({ timeout: 60_000 });

  test("shows the worked example, the chart and the method without JavaScript", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("tools/compare/");
    await expect(page.locator(SUMMARY)).toContainText("现在一共欠 21,800.00 元");
    await expect(page.locator('[data-result="monthly-2"]')).toHaveText("966.19");
    await expect(page.locator('[data-result="total-3"]')).toHaveText("20,600.00");
    const chart = page.getByRole("img", { name: /剩余欠款随时间变化/ });
    await expect(chart).toBeVisible();
    await expect(chart.locator("polyline")).toHaveCount(3);
    await expect(page.getByRole("heading", { name: "怎么算" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "链接参数" })).toBeVisible();
    await context.close();
  });

  test("reads Chinese input, changes a proposal, keeps a shareable URL", async ({ page, consoleErrors }) => {
    await page.goto("tools/compare/");
    await hydrated(page);
    await page.getByLabel("本金（元）").fill("１.５万");
    await expect(page.getByText("按 15,000.00 元计算")).toBeVisible();
    await page.getByLabel("方案三：方案类型").selectOption("lump");
    const lump = page.getByLabel("方案三：一次性还多少（元）");
    await expect(lump).toHaveValue("1.5万");
    await lump.fill("1.2万");
    await expect(page.locator('[data-result="total-3"]')).toHaveText("12,000.00");
    await expect(page.locator('[data-result="cost-3"]')).toHaveText("少还 3,000.00");
    await page.getByLabel("方案二：年利率，或每期手续费率（%）").fill("每期0.5%");
    await expect(page.getByText("按 每期手续费率 0.50% 计算")).toBeVisible();
    const total2 = await page.locator('[data-result="total-2"]').innerText();
    await expect(page).toHaveURL(/p3=lump/);

    await page.goto(page.url());
    await hydrated(page);
    await expect(page.getByLabel("方案三：一次性还多少（元）")).toHaveValue("1.2万");
    await expect(page.locator('[data-result="total-2"]')).toHaveText(total2);
    await checkA11y(page);
    expect(unexpected(consoleErrors)).toEqual([]);
  });

  test("adds and removes proposals", async ({ page }) => {
    await page.goto("tools/compare/");
    await hydrated(page);
    await page.getByRole("button", { name: "删除方案一" }).click();
    await page.getByRole("button", { name: "删除方案一" }).click();
    await expect(page.locator('[data-result="monthly-2"]')).toHaveCount(0);
    await page.getByRole("button", { name: "添加一个方案" }).click();
    await expect(page.getByLabel("方案二：方案类型")).toHaveValue("extend");
    await expect(page.locator('[data-result="monthly-2"]')).toBeVisible();
  });

  test("flags bad input beside the field, never NaN, and passes axe", async ({ page }) => {
    await page.goto("tools/compare/");
    await hydrated(page);
    const grace = page.getByLabel("方案一：先停几个月");
    await grace.fill("200");
    await expect(grace).toHaveAttribute("aria-invalid", "true");
    await expect(page.locator(`#${await grace.getAttribute("aria-describedby")}`)).toContainText("120");
    await expect(page.locator(SUMMARY)).toHaveCount(0);
    await grace.fill("3");
    await page.getByLabel("方案三：方案类型").selectOption("lump");
    await page.getByLabel("方案三：一次性还多少（元）").fill("5万");
    await expect(page.locator('[data-result="error-3"]')).toContainText("超过了欠款总额");
    await expect(page.locator("main")).not.toContainText(/NaN|Infinity|undefined/);
    await page.getByText("用表格查看剩余欠款").click();
    await checkA11y(page);
  });

  test("ignores hostile parameters with a visible note", async ({ page }) => {
    let dialog = false;
    page.on("dialog", (d) => {
      dialog = true;
      void d.dismiss();
    });
    await page.goto(
      `tools/compare/?p1=${encodeURIComponent("<img src=x onerror=alert(1)>")}&p2=${encodeURIComponent("evil:1:2")}&p3=lump:1万`,
    );
    await hydrated(page);
    await expect(page.getByText("链接里的参数 p1 无法使用")).toBeVisible();
    await expect(page.getByText("链接里的参数 p2 无法识别")).toBeVisible();
    await expect(page.locator("main img")).toHaveCount(0);
    await expect(page.locator('[data-result="total-1"]')).toHaveText("10,000.00");
    expect(dialog).toBe(false);
  });
});
