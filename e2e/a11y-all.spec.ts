/**
 * Every built page, not a sample: axe (WCAG 2.1 A/AA + best practices, see checkA11y) in the light
 * and the dark theme, and html-validate over the HTML files. Pages come from the build folder
 * (OUT_DIR, default dist), so a new article or tool is covered without touching this file.
 * Runs in the "mobile" project only (390 px wide, where most readers are); pages.spec.ts covers one
 * page of each kind at desktop width.
 *
 * html-validate uses .htmlvalidate.json: "html-validate:recommended" with these rules turned off,
 * because they flag valid output that we do not author by hand or that is deliberate:
 * - void-style: Astro writes `<input>`, Preact's server renderer writes `<input/>`; both are valid.
 * - no-trailing-whitespace: generated output; whitespace comes from the Markdown text.
 * - tel-non-breaking: would put U+2011 into phone numbers, which breaks copying them into a dialer.
 * - no-implicit-input-type: an <input> without type is a text field by definition.
 * - no-redundant-role: `<header role="banner">` is redundant but harmless, and helps older readers.
 * - wcag/h32 (forms need a submit button): the calculators recompute as you type; nothing is sent.
 * - prefer-native-element: `<div role="region" aria-label>` is equivalent to a labelled <section>.
 * and two adjusted: no-raw-characters in "relaxed" mode (an unambiguous `&` in `?a=1&b=2` is valid
 * HTML), and <style> allowed in flow content (Astro puts the islands' one-line style before the
 * first island in <body>). Character references, nesting, ids, attributes, headings and the rest of
 * the recommended set stay on.
 */
import { existsSync, readFileSync } from "node:fs";
import { relative } from "node:path";
import { FileSystemConfigLoader, HtmlValidate, formatterFactory } from "html-validate";
import type { Page } from "@playwright/test";
import { test, expect, checkA11y, hydrated, unexpected } from "./fixtures";
import { dist, htmlFiles } from "./built";

const files = existsSync(dist) ? htmlFiles(dist).sort() : [];

/** The URL path (relative to the base) that serves a built file; 404.html is what any unknown path gets. */
function routeOf(file: string): string {
  const rel = relative(dist, file).split("\\").join("/");
  if (rel === "404.html") return "no-such-page/";
  return rel.replace(/index\.html$/, "");
}

test("the site was built", () => {
  expect(files.length, `no HTML in ${dist}: run npm run build first`).toBeGreaterThan(10);
});

test("every built page is valid HTML (html-validate)", async () => {
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const report = await validator.validateMultipleFiles(files);
  const text = report.valid ? "" : formatterFactory("text")(report.results);
  expect(text, "html-validate errors (see .htmlvalidate.json for the rules)").toBe("");
});

async function bothThemes(page: Page): Promise<void> {
  for (const scheme of ["light", "dark"] as const) {
    await test.step(`${scheme} theme`, async () => {
      await page.emulateMedia({ colorScheme: scheme });
      const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(bg, `${scheme} theme applied`).toBe(scheme === "dark" ? "rgb(20, 24, 28)" : "rgb(247, 245, 240)");
      await checkA11y(page);
    });
  }
}

// Every page of both editions: the Traditional one (zh-hant/) is converted text in the same markup,
// but converted text can still break a name, a label or contrast, and the issue asks for all pages.
for (const file of files) {
  const route = routeOf(file);
  const islands = readFileSync(file, "utf8").includes("<astro-island");
  test(`/${route} passes axe in the light and the dark theme`, async ({ page, consoleErrors }) => {
    await page.goto(route);
    if (islands) await hydrated(page);
    await bothThemes(page);
    if (route === "search/") {
      // The results list is rendered by script, so it is checked too.
      await page.goto(`search/?q=${encodeURIComponent("征信")}`);
      await expect(page.locator("[data-search-result]").first()).toBeVisible();
      await bothThemes(page);
    }
    expect(unexpected(consoleErrors)).toEqual([]);
  });
}
