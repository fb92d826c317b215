import { test, expect, PAGES } from "./fixtures";

/** Records the theme attribute at the moment <body> is first inserted, i.e. before first paint. */
const recordThemeAtFirstPaint = () => {
  const w = window as unknown as { __themeAtBody?: string | null };
  new MutationObserver((_, obs) => {
    if (document.body) {
      w.__themeAtBody = document.documentElement.getAttribute("data-theme");
      obs.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
};

test.describe("theme toggle", () => {
  test.use({ colorScheme: "light" });

  test("switches to dark, persists across a reload and applies before first paint", async ({ page }) => {
    await page.addInitScript(recordThemeAtFirstPaint);
    await page.goto(PAGES.article);
    const toggle = page.getByRole("button", { name: "深色模式" });
    await expect(toggle).toHaveAttribute("aria-pressed", "false");
    await toggle.click();
    await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
    await expect(toggle).toHaveAttribute("aria-pressed", "true");

    await page.reload();
    expect(await page.evaluate(() => (window as unknown as { __themeAtBody?: string }).__themeAtBody)).toBe("dark");
    await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe("rgb(20, 24, 28)");

    await page.goto(PAGES.home);
    await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
    await page.getByRole("button", { name: "深色模式" }).click();
    await page.reload();
    expect(await page.evaluate(() => (window as unknown as { __themeAtBody?: string }).__themeAtBody)).toBe("light");
  });

  test("follows the system when nothing was chosen", async ({ page }) => {
    await page.emulateMedia({ colorScheme: "dark" });
    await page.goto(PAGES.home);
    await expect(page.locator("html")).not.toHaveAttribute("data-theme", /.+/);
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe("rgb(20, 24, 28)");
    await expect(page.getByRole("button", { name: "深色模式" })).toHaveAttribute("aria-pressed", "true");
  });
});
