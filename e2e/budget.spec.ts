/** /tools/budget/: how much can be repaid each month, and a sentence to say to the lender. */
import { test, expect, checkA11y, hydrated, unexpected } from "./fixtures";

const LEFTOVER = '[data-result="leftover"]';
const SENTENCE = '[data-result="sentence"]';

test.describe("budget calculator", () => {
  // axe on a full calculator page takes several seconds on a busy machine
  test.describe.configure({ timeout: 60_000 });

  test("shows the worked example and the method without JavaScript", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("tools/budget/");
    await expect(page.locator(LEFTOVER)).toHaveText("1,500.00 元");
    await expect(page.locator('[data-result="available"]')).toHaveText("1,200.00 元");
    await expect(page.locator('[data-result="shortest"]')).toHaveText(/^19 期，每期约 /);
    await expect(page.locator(SENTENCE)).toContainText("1,200.00 元");
    await expect(page.getByRole("heading", { name: "怎么算" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "链接参数" })).toBeVisible();
    await context.close();
  });

  test("reads Chinese input, adds and removes rows, keeps a shareable URL", async ({ page, consoleErrors }) => {
    await page.goto("tools/budget/");
    await hydrated(page);
    await page.getByLabel("每月到手收入（元）").fill("７,000元");
    await expect(page.getByText("按 7,000.00 元计算")).toBeVisible();
    await expect(page.locator(LEFTOVER)).toHaveText("2,500.00 元");
    await page.getByRole("button", { name: /删除\s*其他/ }).click();
    await expect(page.locator(LEFTOVER)).toHaveText("2,900.00 元");
    await page.getByRole("button", { name: "添加一项开支" }).click();
    await page.getByLabel("第 4 项开支的名称").fill("孩子");
    await page.getByLabel("孩子每月金额（元）").fill("0.1万");
    await expect(page.locator(LEFTOVER)).toHaveText("1,900.00 元");
    const sentence = await page.locator(SENTENCE).innerText();
    expect(sentence).toContain("1,520.00 元");

    await page.goto(page.url());
    await hydrated(page);
    await expect(page.getByLabel("孩子每月金额（元）")).toHaveValue("0.1万");
    await expect(page.locator(LEFTOVER)).toHaveText("1,900.00 元");
    await expect(page.locator(SENTENCE)).toHaveText(sentence);
    await checkA11y(page);
    expect(unexpected(consoleErrors)).toEqual([]);
  });

  test("copies the sentence, or selects it where the clipboard is unavailable", async ({ page, context }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.goto("tools/budget/");
    await hydrated(page);
    await page.getByRole("button", { name: "复制这句话" }).click();
    await expect(page.getByText("已复制。")).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await page.locator(SENTENCE).innerText());

    await page.addInitScript(() => Object.defineProperty(navigator, "clipboard", { value: undefined }));
    await page.reload();
    await hydrated(page);
    await page.getByRole("button", { name: "复制这句话" }).click();
    await expect(page.getByText("已选中文字")).toBeVisible();
    expect(await page.evaluate(() => String(window.getSelection()))).toBe(await page.locator(SENTENCE).innerText());
  });

  test("flags bad input beside the field and passes axe", async ({ page }) => {
    await page.goto("tools/budget/");
    await hydrated(page);
    const income = page.getByLabel("每月到手收入（元）");
    await income.fill("7,000元");
    await expect(page.locator(LEFTOVER)).toHaveText("2,500.00 元");
    await income.fill("很多");
    await expect(income).toHaveAttribute("aria-invalid", "true");
    await expect(page.locator(`#${await income.getAttribute("aria-describedby")}`)).toContainText("无法识别");
    await page.getByLabel("房租每月金额（元）").fill("-1");
    await expect(page.getByLabel("房租每月金额（元）")).toHaveAttribute("aria-invalid", "true");
    await expect(page.locator("main")).not.toContainText(/NaN|Infinity|undefined/);
    await checkA11y(page);
  });

  test("ignores hostile parameters with a visible note", async ({ page }) => {
    await page.goto(`tools/budget/?income=${encodeURIComponent("<script>alert(1)</script>")}&spend=a:1`);
    await hydrated(page);
    await expect(page.getByText("链接里的参数 income 无法使用")).toBeVisible();
    await expect(page.locator(LEFTOVER)).toHaveText("5,499.00 元");
  });
});
