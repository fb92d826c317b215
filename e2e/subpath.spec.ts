/**
 * The site deployed under a sub-path: the build made by e2e/subpath.setup.ts with SITE_BASE=/guide/,
 * served at http://127.0.0.1:<port>/guide/ by the "subpath" project. Static checks over every built
 * file, then a browser check that a page loads its CSS, an island hydrates and search works.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { test, expect, hydrated, unexpected } from "./fixtures";
import { fileFor, htmlFiles } from "./built";

const BASE = "/guide/";
const dist = resolve(process.env.SUBPATH_OUT_DIR ?? ".tmp/subpath/dist");

test.describe("the sub-path build", () => {
  test("every URL in every page stays under /guide/ and resolves", () => {
    const pages = htmlFiles(dist);
    expect(pages.length, `no HTML in ${dist}`).toBeGreaterThan(10);
    const problems: string[] = [];
    for (const file of pages) {
      const html = readFileSync(file, "utf8");
      const pageUrl = new URL(`http://site${BASE}${relative(dist, file).replace(/index\.html$/, "")}`);
      const attrs = html.matchAll(/\s(?:href|src|action|component-url|renderer-url|before-hydration-url)="([^"]*)"/g);
      for (const [, raw = ""] of attrs) {
        const value = raw.replace(/&amp;/g, "&");
        if (/^(https?:|mailto:|tel:|data:|#)/.test(value) || value === "") continue;
        const target = new URL(value, pageUrl);
        if (!target.pathname.startsWith(BASE)) problems.push(`${relative(dist, file)}: ${value} is outside ${BASE}`);
        else if (!fileFor(target.pathname, dist, BASE))
          problems.push(`${relative(dist, file)}: ${value} does not exist`);
      }
    }
    expect(problems).toEqual([]);
  });

  test("scripts, the manifest, the sitemap and robots.txt use /guide/", () => {
    // _astro/ is flat: the bundles only, no sub-folders.
    for (const name of readdirSync(join(dist, "_astro")).filter((f) => f.endsWith(".js"))) {
      expect(readFileSync(join(dist, "_astro", name), "utf8"), name).not.toMatch(/["'`]\/(_astro|pagefind)\//);
    }
    const manifest = JSON.parse(readFileSync(join(dist, "manifest.webmanifest"), "utf8"));
    expect(manifest.start_url).toBe(BASE);
    expect(manifest.icons[0].src).toBe(`${BASE}favicon.svg`);
    const locs = [...readFileSync(join(dist, "sitemap.xml"), "utf8").matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    expect(locs.length).toBeGreaterThan(10);
    for (const loc of locs) expect(new URL(loc!).pathname.startsWith(BASE), loc).toBe(true);
    expect(readFileSync(join(dist, "robots.txt"), "utf8")).toMatch(/Sitemap: \S+\/guide\/sitemap\.xml/);
  });

  test("an article loads its CSS and nothing fails", async ({ page, consoleErrors }) => {
    const failed: string[] = [];
    page.on("response", (r) => {
      if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
    });
    await page.emulateMedia({ colorScheme: "light" });
    const response = await page.goto("process/prepare/");
    expect(response?.status()).toBe(200);
    expect(new URL(page.url()).pathname).toBe(`${BASE}process/prepare/`);
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe("rgb(247, 245, 240)");
    await hydrated(page);
    await page.getByRole("link", { name: "计算工具" }).first().click();
    await expect(page).toHaveURL(new RegExp(`${BASE}tools/$`));
    expect(failed).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });

  test("a calculator hydrates and computes", async ({ page, consoleErrors }) => {
    await page.goto("tools/overdue/");
    await hydrated(page);
    await page.getByLabel("逾期金额（元）", { exact: true }).fill("２万");
    await expect(page.locator('[data-result="added"]')).toHaveText("300.00 元");
    expect(new URL(page.url()).pathname).toBe(`${BASE}tools/overdue/`);
    expect(consoleErrors).toEqual([]);
  });

  test("search finds articles and links to them under /guide/", async ({ page, consoleErrors }) => {
    await page.goto("");
    await page.getByRole("searchbox", { name: "搜索本站文章" }).first().fill("征信");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(new RegExp(`${BASE}search/\\?q=`));
    const first = page.locator("[data-search-result]").first();
    await expect(first).toBeVisible();
    expect(new URL((await first.getAttribute("href"))!, page.url()).pathname.startsWith(BASE)).toBe(true);
    await first.click();
    await expect(page.locator("h1")).toHaveCount(1);
    expect(new URL(page.url()).pathname.startsWith(BASE)).toBe(true);
    expect(unexpected(consoleErrors)).toEqual([]);
  });

  test("the offline worker covers /guide/ and its calculators work offline", async ({ page, context }) => {
    const sw = readFileSync(join(dist, "sw.js"), "utf8");
    const precached = JSON.parse(sw.match(/var \w+=(\[[^\]]*\])/)![1]!) as string[];
    expect(precached).toContain(`${BASE}tools/overdue/`);
    expect(precached.filter((u) => !u.startsWith(BASE))).toEqual([]);
    await page.goto("");
    const scope = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise((resolve) => navigator.serviceWorker.addEventListener("controllerchange", resolve));
      }
      return registration.scope;
    });
    expect(new URL(scope).pathname).toBe(BASE);
    await context.setOffline(true);
    await page.goto("tools/overdue/");
    await hydrated(page);
    await page.getByLabel("逾期金额（元）", { exact: true }).fill("２万");
    await expect(page.locator('[data-result="added"]')).toHaveText("300.00 元");
    await page.goto("process/contact/");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("暂时打不开这个页面");
  });
});
