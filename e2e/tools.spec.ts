/**
 * Calculators embedded in articles. The tool pages themselves have their own specs
 * (e2e/apr.spec.ts, overdue, budget, payoff, …).
 */
import { test, expect, hydrated, unexpected } from "./fixtures";

test("every calculator embedded in an article hydrates without errors", async ({ page, consoleErrors }) => {
  for (const path of ["cautions/no-new-debt/", "process/prepare/", "cases/job-loss-several-debts/"]) {
    await page.goto(path);
    await hydrated(page);
    await expect(page.locator("[data-calculator]").first()).toBeVisible();
  }
  expect(unexpected(consoleErrors)).toEqual([]);
});
