/**
 * A keyboard-only journey, as someone who cannot use a mouse or a touch screen: open search from
 * the header, find an article, go to a calculator, enter figures and read the result. Focus moves
 * only with Tab / Shift+Tab and links and buttons are activated only with Enter; the test never
 * clicks and never focuses an element directly.
 */
import type { Locator, Page } from "@playwright/test";
import { test, expect, hydrated, unexpected } from "./fixtures";

/** Presses Tab until `target` has focus (at most `max` times); fails with what had focus instead. */
async function tabTo(page: Page, target: Locator, what: string, max = 120): Promise<void> {
  await target.waitFor({ state: "attached" });
  const seen: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    const [focused, now] = await target.evaluate((el) => {
      const active = document.activeElement;
      const name = active
        ? `${active.tagName.toLowerCase()} ${(active.textContent ?? "").trim().slice(0, 12)}`
        : "none";
      return [el === active, name] as const;
    });
    if (focused) return;
    seen.push(now);
  }
  throw new Error(`Tab never reached ${what}; focus went: ${seen.slice(0, 40).join(" → ")}`);
}

/** The element that has focus must be visible: a keyboard user has to see where they are. */
async function focusIsVisible(page: Page): Promise<void> {
  const box = await page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return null;
    const r = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    return { w: r.width, h: r.height, outline: style.outlineStyle, shadow: style.boxShadow };
  });
  expect(box, "something has focus").not.toBeNull();
  expect(box!.w * box!.h, "the focused element has a size").toBeGreaterThan(0);
  expect(box!.outline !== "none" || box!.shadow !== "none", "the focused element shows a focus ring").toBe(true);
}

test("search, read an article, use a calculator: keyboard only", async ({ page, consoleErrors }) => {
  test.setTimeout(90_000);
  await page.goto("");

  // 1. Search from the header: a dialog where it exists, else the search page.
  await tabTo(page, page.getByRole("banner").getByRole("link", { name: /搜索/ }), "the header's search link");
  await focusIsVisible(page);
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog");
  const inDialog = await dialog
    .waitFor({ state: "visible", timeout: 3_000 })
    .then(() => true)
    .catch(() => false);
  const scope = inDialog ? dialog : page.getByRole("main");
  if (!inDialog) await expect(page).toHaveURL(/\/search\/$/);
  const box = scope.getByRole("searchbox").first();
  if (!(await box.evaluate((el) => el === document.activeElement))) await tabTo(page, box, "the search box");
  await page.keyboard.type("征信");
  if (!inDialog) await page.keyboard.press("Enter");
  const result = scope.locator("[data-search-result]").first();
  await expect(result, "a search result appears").toBeVisible({ timeout: 15_000 });

  // 2. Open the first result.
  await tabTo(page, result, "the first search result");
  const title = (await result.innerText()).split("\n")[0]!.trim();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page).toHaveURL(/\/(background|process|cautions|channels|cases)\/[a-z0-9-]+\/(\?.*)?(#.*)?$/);
  expect(title.length).toBeGreaterThan(0);

  // 3. Go to the calculators through the main navigation, then to one calculator.
  await tabTo(
    page,
    page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "计算工具" }),
    "计算工具",
  );
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/tools\/$/);
  await tabTo(page, page.getByRole("main").locator('a[href$="/tools/overdue/"]').first(), "the 逾期成本 calculator");
  await page.keyboard.press("Enter");
  // The calculator writes its inputs into the address once it has hydrated (a shareable link).
  await expect(page).toHaveURL(/\/tools\/overdue\/(\?[^#]*)?$/);
  await hydrated(page);

  // 4. Enter figures: Tab into the amount field, replace its text, move on with Tab.
  const amount = page.getByLabel("逾期金额（元）", { exact: true });
  const result2 = page.locator('[data-result="added"]');
  const before = await result2.innerText();
  await tabTo(page, amount, "the amount field");
  await focusIsVisible(page);
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.type("２万");
  await page.keyboard.press("Enter"); // must not submit the form or leave the page
  await expect(page).toHaveURL(/\/tools\/overdue\//);
  await page.keyboard.press("Tab");
  await focusIsVisible(page);

  // 5. Read the result: the field says how it read the figure, and the result changed.
  const describedBy = (await amount.getAttribute("aria-describedby")) ?? "";
  expect(describedBy, "the field points to its explanation").not.toBe("");
  await expect(page.locator(`[id="${describedBy.split(" ")[0]}"]`)).toContainText("20,000.00");
  await expect(result2).not.toHaveText(before);
  await expect(result2).toHaveText("300.00 元");
  expect(unexpected(consoleErrors)).toEqual([]);
});

test("Shift+Tab walks back and the skip link is the first stop on every kind of page", async ({ page }) => {
  for (const path of ["", "process/prepare/", "tools/overdue/", "search/"]) {
    await page.goto(path);
    await page.keyboard.press("Tab");
    await expect(page.getByRole("link", { name: "跳到正文" }), path).toBeFocused();
    await page.keyboard.press("Tab");
    await page.keyboard.press("Shift+Tab");
    await expect(page.getByRole("link", { name: "跳到正文" }), path).toBeFocused();
  }
});
