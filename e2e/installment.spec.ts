import { test, expect, checkA11y, hydrated, unexpected, PAGES } from "./fixtures";

test.describe("repayment plan calculator", () => {
  test("shows the worked example without JavaScript", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("tools/installment/");
    await expect(page.locator('[data-result="payment"]')).toHaveText("888.49 元");
    await expect(page.getByRole("heading", { name: "四种还款方式" })).toBeVisible();
    await context.close();
  });

  test("reads Chinese-format input, shows how it was read and keeps it in the URL", async ({ page, consoleErrors }) => {
    await page.goto("tools/installment/");
    await hydrated(page);
    const amount = page.getByLabel("借款金额（元）");
    await amount.fill("５０，０００");
    await expect(page.getByText("按 50,000.00 元计算")).toBeVisible();
    await page.getByLabel("期数（月）").fill("2年");
    await page.getByLabel("年利率（%）").fill("4.9%");
    await expect(page.locator('[data-result="payment"]')).toHaveText("2,191.33 元");
    await expect(page).toHaveURL(/months=2%E5%B9%B4/);
    const shared = page.url();
    await page.goto(shared);
    await hydrated(page);
    await expect(page.locator('[data-result="payment"]')).toHaveText("2,191.33 元");
    await expect(page.getByLabel("借款金额（元）")).toHaveValue("５０，０００");
    expect(unexpected(consoleErrors)).toEqual([]);
  });

  test("reproduces the published flat-fee example", async ({ page }) => {
    await page.goto("tools/installment/?amount=6000&months=12&fee=0.75&method=flat-fee");
    await expect(page.locator('[data-result="apr"]')).toHaveText("16.22%");
    await expect(page.getByText("按复利折算为 17.48%")).toBeVisible();
  });

  test("shows a Chinese error beside a bad field, never NaN", async ({ page }) => {
    await page.goto("tools/installment/");
    await hydrated(page);
    await page.getByLabel("期数（月）").fill("0");
    const field = page.getByLabel("期数（月）");
    await expect(field).toHaveAttribute("aria-invalid", "true");
    const message = page.locator(`#${await field.getAttribute("aria-describedby")}`);
    await expect(message).toContainText(/期/);
    await expect(page.locator("body")).not.toContainText(/NaN|Infinity|undefined/);
    await checkA11y(page);
  });

  test("ignores a hostile parameter with a visible note", async ({ page }) => {
    let dialog = false;
    page.on("dialog", (d) => {
      dialog = true;
      void d.dismiss();
    });
    await page.goto(
      `tools/installment/?method=${encodeURIComponent("<img src=x onerror=alert(1)>")}&amount=${encodeURIComponent("<script>alert(1)</script>")}`,
    );
    await hydrated(page);
    await expect(page.getByText("链接里的参数 method 无法使用")).toBeVisible();
    await expect(page.getByText("链接里的参数 amount 无法使用")).toBeVisible();
    await expect(page.locator("main img")).toHaveCount(0);
    await expect(page.locator('[data-result="payment"]')).toHaveText("888.49 元");
    expect(dialog).toBe(false);
  });

  test("the island embedded in an article is server-rendered and becomes interactive", async ({ page }) => {
    await page.goto(PAGES.island);
    const calc = page.locator('[data-calculator="installment"]').first();
    await hydrated(page);
    const before = await calc.locator('[data-result="total"]').innerText();
    await calc.getByLabel("期数（月）").fill("24");
    await expect(calc.locator('[data-result="total"]')).not.toHaveText(before);
    // an embedded calculator does not rewrite the article's URL
    expect(new URL(page.url()).search).toBe("");
  });
});
