/**
 * Each calculator as a user drives it: worked example without JavaScript, Chinese-format input,
 * the shared URL giving the same result, an error beside a bad field, axe.
 */
import { test, expect, checkA11y, hydrated, unexpected } from "./fixtures";

const CASES = [
  {
    tool: "overdue",
    example: { name: "added", text: "150.00 元" },
    input: { label: "逾期金额（元）", value: "２万" },
    expect: { name: "added", text: "300.00 元" },
    bad: { label: "逾期天数", value: "-5" },
  },
  {
    tool: "apr",
    example: { name: "apr", text: "16.22%" },
    input: { label: "每期手续费率（%）", value: "每期0.6%" },
    expect: { name: "apr", text: "13.03%" },
    bad: { label: "期数（月）", value: "601" },
  },
  {
    tool: "budget",
    example: { name: "leftover", text: "1,500.00 元" },
    input: { label: "每月到手收入（元）", value: "7,000元" },
    expect: { name: "leftover", text: "2,500.00 元" },
    bad: { label: "每月到手收入（元）", value: "很多" },
  },
  {
    tool: "payoff",
    example: { name: "avalanche-months", text: /^\d+ 个月$/ },
    input: { label: "每月能用来还款的总额（元）", value: "0.4万" },
    expect: { name: "avalanche-months", text: /^\d+ 个月$/ },
    bad: { label: "每月能用来还款的总额（元）", value: "abc" },
  },
] as const;

for (const c of CASES) {
  test.describe(`/tools/${c.tool}/`, () => {
    test("shows its worked example without JavaScript", async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(`tools/${c.tool}/`);
      await expect(page.locator(`[data-result="${c.example.name}"]`)).toHaveText(c.example.text);
      await expect(page.getByRole("heading", { name: "链接参数" })).toBeVisible();
      await context.close();
    });

    test("reads Chinese input, keeps it in a shareable URL, and flags bad input", async ({ page, consoleErrors }) => {
      await page.goto(`tools/${c.tool}/`);
      await hydrated(page);
      await page.getByLabel(c.input.label, { exact: true }).fill(c.input.value);
      const result = page.locator(`[data-result="${c.expect.name}"]`);
      await expect(result).toHaveText(c.expect.text);
      const shown = await result.innerText();
      await expect(page).toHaveURL(/\?/);
      await page.goto(page.url());
      await hydrated(page);
      await expect(page.locator(`[data-result="${c.expect.name}"]`)).toHaveText(shown);

      const field = page.getByLabel(c.bad.label, { exact: true });
      await field.fill(c.bad.value);
      await expect(field).toHaveAttribute("aria-invalid", "true");
      await expect(page.locator("main")).not.toContainText(/NaN|Infinity|undefined/);
      await checkA11y(page);
      expect(unexpected(consoleErrors)).toEqual([]);
    });
  });
}

test("every calculator embedded in an article hydrates without errors", async ({ page, consoleErrors }) => {
  for (const path of ["cautions/no-new-debt/", "process/prepare/", "cases/job-loss-several-debts/"]) {
    await page.goto(path);
    await hydrated(page);
    await expect(page.locator("[data-calculator]").first()).toBeVisible();
  }
  expect(unexpected(consoleErrors)).toEqual([]);
});
