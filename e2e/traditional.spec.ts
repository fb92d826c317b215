/**
 * The Traditional edition (/zh-hant/, generated at build time: src/lib/hant/, docs/traditional.md):
 * converted text with the same numbers and (mapped) links as the Simplified page, the switch both
 * ways, the language, a calculator that hydrates in Traditional and computes the same result,
 * search in Traditional, the 404 page, axe.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "@playwright/test";
import { test, expect, checkA11y, hydrated, unexpected } from "./fixtures";
import { createConverter, nonHanChange } from "../src/lib/hant/convert";
import { SCRIPT_LABEL, pathInScript } from "../src/lib/script-path";
import { dist, htmlFiles } from "./built";

const convert = createConverter();

interface Snapshot {
  lang: string;
  text: string;
  code: string[];
  digits: string[];
  hrefs: string[];
}

/** What the reader sees of a page: its language, its text, every digit run and every link. */
async function snapshot(page: Page, path: string): Promise<Snapshot> {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(200);
  return page.evaluate(() => {
    // Code is left as it is (only prose is converted): set it aside, and compare it on its own.
    const code = [...document.querySelectorAll("code, kbd, samp")].map((c) => {
      const t = c.textContent ?? "";
      c.textContent = "⟦code⟧";
      return t;
    });
    const text = document.body.innerText;
    const hrefs = [...document.querySelectorAll<HTMLAnchorElement>("a[href]:not([data-script-switch])")].map((a) => {
      const u = new URL(a.href);
      return u.origin === location.origin ? decodeURI(u.pathname + u.search + u.hash) : a.href;
    });
    const digits = [...code, text].join("\n").match(/\d+/g) ?? [];
    return { lang: document.documentElement.lang, text, code, digits, hrefs };
  });
}

/** A Simplified page's link as its Traditional copy should have it. */
function expectedHref(href: string, base: string): string {
  if (!href.startsWith("/") || /^\/(?:.*\/)?(?:_astro|pagefind)\//.test(href.slice(base.length - 1))) return href;
  const m = /^([^?#]*)(\?[^#]*)?(#.*)?$/.exec(href)!;
  const path = m[1]!;
  if (/\.[a-z]+$/.test(path)) return href;
  return pathInScript(base, path, "hant") + convert(m[2] ?? "") + (m[3] ?? "");
}

const PAIRS = ["", "process/prepare/", "tools/", "tools/budget/", "glossary/", "faq/", "cautions/agent-scams/"];

for (const path of PAIRS) {
  test(`/zh-hant/${path}: converted text, same numbers, same links`, async ({ page, baseURL, consoleErrors }) => {
    const base = new URL(baseURL!).pathname;
    const hans = await snapshot(page, path);
    const hant = await snapshot(page, `zh-hant/${path}`);
    expect(hans.lang).toBe("zh-CN");
    expect(hant.lang).toBe("zh-Hant");
    expect(hant.text).not.toBe(hans.text);
    // Only Chinese characters differ: the text with them taken out is the same, digits included.
    const noHan = (s: string) => s.replace(/\p{Script=Han}/gu, "");
    expect(noHan(hant.text)).toBe(noHan(hans.text));
    expect(hant.digits).toEqual(hans.digits);
    expect(hant.code).toEqual(hans.code);
    // The same wording, converted (the switch names the other script: 繁體 there, 简体 here).
    expect(hant.text).toBe(convert(hans.text).replaceAll(SCRIPT_LABEL.hant, SCRIPT_LABEL.hans));
    expect(hant.hrefs).toEqual(hans.hrefs.map((h) => expectedHref(h, base)));
    expect(hant.hrefs.filter((h) => h.startsWith(`${base}zh-hant/`)).length).toBeGreaterThan(5);
    expect(unexpected(consoleErrors)).toEqual([]);
  });
}

test("the text is in Traditional characters: 协商 → 協商, 征信 → 徵信", async ({ page }) => {
  await page.goto("zh-hant/");
  const text = await page.locator("body").innerText();
  expect(text).toContain("協商");
  expect(text).not.toContain("协商");
  await expect(page).toHaveTitle(/協商還款指南/);
  await page.goto("zh-hant/background/credit-report/");
  expect(await page.locator("main").innerText()).toContain("徵信");
});

test("head: canonical to the Traditional page, hreflang alternates both ways", async ({ page, baseURL }) => {
  const base = new URL(baseURL!).pathname;
  for (const path of ["process/prepare/", "zh-hant/process/prepare/"]) {
    await page.goto(path);
    const alt = (lang: string) => page.locator(`link[rel="alternate"][hreflang="${lang}"]`).getAttribute("href");
    expect(new URL((await alt("zh-Hans"))!).pathname).toBe(`${base}process/prepare/`);
    expect(new URL((await alt("zh-Hant"))!).pathname).toBe(`${base}zh-hant/process/prepare/`);
    expect(new URL((await alt("x-default"))!).pathname).toBe(`${base}process/prepare/`);
    const canonical = await page.locator('link[rel="canonical"]').getAttribute("href");
    expect(new URL(canonical!).pathname).toBe(`${base}${path}`);
  }
});

test("the switch goes to the same page in the other script, both ways", async ({ page, consoleErrors }) => {
  await page.goto("process/prepare/");
  const heading = await page.locator("h1").innerText();
  // In the footer on every screen; in the header too from 640 px wide.
  const header = page.getByRole("banner").getByRole("link", { name: "繁體", exact: true });
  if ((page.viewportSize()?.width ?? 0) >= 640) await expect(header).toBeVisible();
  else await expect(header).toBeHidden();
  await page.getByRole("contentinfo").getByRole("link", { name: "繁體中文版" }).click();
  await expect(page).toHaveURL(/\/zh-hant\/process\/prepare\/$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-Hant");
  await expect(page.locator("h1")).toHaveText(convert(heading));
  const headerBack = page.locator("header [data-script-switch]");
  await expect(headerBack).toHaveText("简体");
  await expect(headerBack).toHaveAttribute("href", /\/process\/prepare\/$/);
  const back = page.getByRole("contentinfo").getByRole("link", { name: "简体中文版" });
  await expect(back).toHaveAttribute("lang", "zh-Hans");
  await back.click();
  await expect(page).toHaveURL(/\/process\/prepare\/$/);
  await expect(page).not.toHaveURL(/zh-hant/);
  await expect(page.locator("h1")).toHaveText(heading);
  expect(unexpected(consoleErrors)).toEqual([]);
});

test("a calculator hydrates with Traditional labels and computes the same result", async ({ page, consoleErrors }) => {
  const results: string[] = [];
  for (const [path, label] of [
    ["tools/apr/", "每期手续费率（%）"],
    ["zh-hant/tools/apr/", "每期手續費率（%）"],
  ] as const) {
    const scripts: string[] = [];
    page.on("request", (r) => {
      if (r.url().endsWith(".js")) scripts.push(new URL(r.url()).pathname);
    });
    await page.goto(path);
    await hydrated(page);
    await page.getByLabel(label, { exact: true }).fill("每期0.6%");
    const result = page.locator('[data-result="apr"]');
    await expect(result).toHaveText("13.03%");
    results.push(await page.locator("[data-calculator]").first().innerText());
    if (path.startsWith("zh-hant")) {
      expect(scripts.some((s) => /\/zh-hant\/_astro\/AprCalculator\.[\w-]+\.js$/.test(s))).toBe(true);
      // Preact is shared with Astro's renderer: one copy, from _astro/.
      expect(scripts.filter((s) => /preact\.module/.test(s))).toEqual([expect.not.stringMatching(/zh-hant/)]);
      await expect(page.locator("main")).toContainText("計算");
      await checkA11y(page);
    }
  }
  expect(results[1]).toBe(convert(results[0]!));
  expect(unexpected(consoleErrors)).toEqual([]);
});

test("a Traditional calculator reads amounts typed in either script", async ({ page, consoleErrors }) => {
  await page.goto("zh-hant/tools/overdue/");
  await hydrated(page);
  const field = page.getByLabel("逾期金額（元）", { exact: true });
  const result = page.locator('[data-result="added"]');
  for (const value of ["２萬", "２万", "20000"]) {
    await field.fill(value);
    await expect(result).toHaveText("300.00 元");
  }
  expect(unexpected(consoleErrors)).toEqual([]);
});

test("search in Traditional finds Traditional pages; the Simplified search is unchanged", async ({
  page,
  baseURL,
  consoleErrors,
}) => {
  const base = new URL(baseURL!).pathname;
  const list = page.locator("#search-results [data-search-result]");
  for (const q of ["協商", "徵信"]) {
    await page.goto(`zh-hant/search/?q=${encodeURIComponent(q)}`);
    await expect(list.first()).toBeVisible({ timeout: 20_000 });
    const hrefs = await list.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(hrefs.length).toBeGreaterThan(2);
    for (const h of hrefs) expect(h.startsWith(`${base}zh-hant/`), h).toBe(true);
    await expect(page.locator("#search-results")).toContainText(q);
  }
  await checkA11y(page);

  await page.goto(`search/?q=${encodeURIComponent("协商")}`);
  await expect(list.first()).toBeVisible({ timeout: 20_000 });
  const hrefs = await list.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  expect(hrefs.length).toBeGreaterThan(2);
  for (const h of hrefs) expect(h.includes("/zh-hant/"), h).toBe(false);
  await expect(page.locator("#search-results")).toContainText("协商");
  expect(unexpected(consoleErrors)).toEqual([]);
});

test("a Traditional search that finds nothing offers the Simplified search", async ({ page, baseURL }) => {
  const base = new URL(baseURL!).pathname;
  await page.goto(`zh-hant/search/?q=${encodeURIComponent("天气预报")}`);
  const other = page.locator("#search-results, main").getByRole("link", { name: "到簡體版搜索" }).first();
  await expect(other).toBeVisible({ timeout: 20_000 });
  expect(new URL((await other.getAttribute("href"))!, page.url()).pathname).toBe(`${base}search/`);
  await other.click();
  await expect(page).toHaveURL(new RegExp(`^https?://[^/]+${base}search/\\?q=`));
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
});

test("the header search dialog on a Traditional page stays in the Traditional edition", async ({ page, baseURL }) => {
  const base = new URL(baseURL!).pathname;
  await page.goto("zh-hant/process/prepare/");
  await page.getByRole("banner").getByRole("link", { name: "搜索" }).click();
  const dialog = page.getByRole("dialog", { name: "搜索本站" });
  await dialog.getByRole("searchbox").fill("催收");
  const first = dialog.locator("[data-search-result]").first();
  await expect(first).toBeVisible({ timeout: 20_000 });
  expect(new URL((await first.getAttribute("href"))!, page.url()).pathname.startsWith(`${base}zh-hant/`)).toBe(true);
  await first.click();
  await expect(page).toHaveURL(/\/zh-hant\//);
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-Hant");
});

test("in the header dialog on a Traditional page, a search that finds nothing links to the Simplified search, and a topic searches in place", async ({
  page,
  baseURL,
}) => {
  const base = new URL(baseURL!).pathname;
  const q = "天气预报";
  await page.goto("zh-hant/process/prepare/");
  await page.getByRole("banner").getByRole("link", { name: "搜索" }).click();
  const dialog = page.getByRole("dialog", { name: "搜索本站" });
  const searchbox = dialog.getByRole("searchbox");
  // A suggested topic is still a search in place, in this edition.
  await searchbox.fill(q);
  const topics = dialog.locator("section").filter({ has: page.getByRole("heading", { name: convert("相近的话题") }) });
  const topic = topics.getByRole("link").first();
  await expect(topic).toBeVisible({ timeout: 20_000 });
  const topicQuery = new URL((await topic.getAttribute("href"))!, page.url()).searchParams.get("q")!;
  await topic.click();
  await expect(searchbox).toHaveValue(topicQuery);
  await expect(page).toHaveURL(/\/zh-hant\/process\/prepare\/$/);
  // The link to the Simplified edition's search is a real link: it leaves for /search/?q=…
  await searchbox.fill(q);
  const other = dialog.getByRole("link", { name: "到簡體版搜索" });
  await expect(other).toBeVisible({ timeout: 20_000 });
  await other.click();
  await expect(page).toHaveURL(new RegExp(`^https?://[^/]+${base}search/\\?q=${encodeURIComponent(q)}$`));
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  await expect(page.getByRole("main").getByRole("searchbox")).toHaveValue(q);
});

test("an unknown address under /zh-hant/ gets the Traditional 404 page", async ({ page, consoleErrors }) => {
  const response = await page.goto("zh-hant/no-such-page/");
  expect(response?.status()).toBe(404);
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-Hant");
  await expect(page.getByRole("contentinfo").getByRole("link", { name: "简体中文版" })).toBeVisible();
  expect(unexpected(consoleErrors)).toEqual([]);
});

for (const path of ["zh-hant/", "zh-hant/process/prepare/", "zh-hant/glossary/"]) {
  test(`axe: /${path} in light and dark`, async ({ page }) => {
    test.skip(test.info().project.name === "mobile", "a11y-all.spec.ts checks every page, both themes, on mobile");
    await page.goto(path);
    await checkA11y(page);
    await page.emulateMedia({ colorScheme: "dark" });
    await checkA11y(page);
  });
}

test("each Traditional script bundle differs from its original only in Han characters", () => {
  test.skip(test.info().project.name !== "desktop", "reads files only: one project is enough");
  const dir = join(dist, "zh-hant", "_astro");
  test.skip(!existsSync(dir), "needs the local build");
  const copies = readdirSync(dir).filter((f) => f.endsWith(".js"));
  expect(copies.some((f) => f.startsWith("search-module"))).toBe(true);
  expect(copies.filter((f) => /Calculator|Generator/.test(f)).length).toBeGreaterThanOrEqual(7);
  for (const f of copies) {
    const original = readFileSync(join(dist, "_astro", f), "utf8");
    // Imports of shared bundles (Preact) point back to _astro/: undo that, then compare.
    const copy = readFileSync(join(dir, f), "utf8").replace(/(["'`])\.\.\/\.\.\/_astro\//g, "$1./");
    expect(nonHanChange(original, copy), f).toBeNull();
    expect(copy, f).not.toBe(original);
  }
});

test("inline scripts hold no Chinese: their words are page text, which the conversion reaches", () => {
  test.skip(test.info().project.name !== "desktop", "reads files only: one project is enough");
  test.skip(!existsSync(dist), "needs the local build");
  const withChinese = htmlFiles().filter((f) =>
    [...readFileSync(f, "utf8").matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].some(
      ([, attrs = "", body = ""]) => !/ld\+json/.test(attrs) && /\p{Script=Han}/u.test(body),
    ),
  );
  expect(withChinese).toEqual([]);
});

test.describe("status lines on a Traditional page", () => {
  test.use({ permissions: ["clipboard-read", "clipboard-write"] });

  test("the share bar and the offline line speak Traditional", async ({ page, context, consoleErrors }) => {
    await page.goto("zh-hant/cautions/agent-scams/");
    const bar = page.locator("[data-share]");
    await bar.getByRole("button", { name: convert("复制链接") }).click();
    await expect(bar.getByRole("status")).toHaveText(convert("已复制"));
    await context.setOffline(true);
    await expect(page.locator("#offline-status")).toHaveText(
      convert("当前离线：正在显示已保存的页面，内容可能不是最新的。"),
    );
    await context.setOffline(false);
    expect(convert("已复制")).not.toBe("已复制");
    expect(unexpected(consoleErrors)).toEqual([]);
  });
});
