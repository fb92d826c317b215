/**
 * Shared test fixtures: every page a test opens is watched for console errors and uncaught
 * exceptions, and `checkA11y` runs axe (WCAG 2 A/AA rules) on the current state of the page.
 */
import { test as base, expect, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";

export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on("console", (msg) => {
        if (msg.type() === "error") errors.push(msg.text());
      });
      page.on("pageerror", (err) => errors.push(err.message));
      await use(errors);
    },
    { auto: true },
  ],
});

export { expect };

export async function checkA11y(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"])
    .analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`,
  );
  expect(summary, "axe violations").toEqual([]);
}

/** Scrolls every island into view and waits until all of them have hydrated. */
export async function hydrated(page: Page): Promise<void> {
  for (const island of await page.locator("astro-island").all()) await island.scrollIntoViewIfNeeded();
  await expect(page.locator("astro-island[ssr]")).toHaveCount(0);
}

/** Console errors other than the expected 404 of the page a test deliberately opens. */
export function unexpected(errors: string[]): string[] {
  return errors.filter((e) => !/Failed to load resource: the server responded with a status of 404/.test(e));
}

/** The pages every cross-cutting test visits: one of each kind. */
export const PAGES = {
  home: "",
  category: "process/",
  article: "process/prepare/",
  island: "background/options/",
  notFound: "no-such-page/",
} as const;
