/**
 * Offline reading (docs/offline.md): after a first visit, pages the reader opened and every
 * calculator keep working without network; a page never opened shows the offline page; the
 * status line says when the reader is offline; a new build's worker replaces the old one.
 * context.setOffline() also cuts the worker's own fetches off (checked: the saved-copy mark is
 * only set when the worker's fetch failed).
 * Chromium only runs service workers here; one width is enough (the "desktop" project).
 */
import { execFileSync, spawn } from "node:child_process";
import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import type { Page } from "@playwright/test";
import { test, expect, checkA11y, hydrated, unexpected } from "./fixtures";
import { versionCaches } from "../src/lib/offline/routing";
import { readyTools } from "../src/lib/tools";
import { base, dist } from "./built";

const OFFLINE_TEXT = "当前离线：正在显示已保存的页面，内容可能不是最新的。";

/** Waits until a service worker controls the page, and returns the version it reports. */
async function workerVersion(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const sw = navigator.serviceWorker;
    await sw.ready;
    if (!sw.controller)
      await new Promise((resolve) => sw.addEventListener("controllerchange", resolve, { once: true }));
    return new Promise<string>((resolve) => {
      sw.addEventListener("message", (e) => resolve((e.data as { version: string }).version), { once: true });
      sw.controller!.postMessage("version");
    });
  });
}

test("sw.js precaches every calculator with its scripts, and little else", () => {
  test.skip(test.info().project.name !== "desktop", "reads files only: one project is enough");
  const sw = readFileSync(join(dist, "sw.js"), "utf8");
  const precached = JSON.parse(sw.match(/var \w+=(\[[^\]]*\])/)![1]!) as string[];
  const fileOf = (url: string) => join(dist, url.slice(base.length).replace(/(^|\/)$/, "$1index.html"));
  for (const tool of readyTools()) {
    const url = `${base}tools/${tool.slug}/`;
    expect(precached).toContain(url);
    for (const [, script] of readFileSync(fileOf(url), "utf8").matchAll(/component-url="([^"]+)"/g)) {
      expect(precached).toContain(script);
    }
  }
  expect(precached).toContain(`${base}offline/`);
  expect(precached.filter((u) => /\/(process|cases|background|cautions|channels|search)\//.test(u))).toEqual([]);
  // What a first visit downloads in the background, after the page has loaded (gzip -9).
  const sizes = precached.map((u) => gzipSync(readFileSync(fileOf(u)), { level: 9 }).length);
  const total = sizes.reduce((a, b) => a + b, 0);
  console.log(`sw.js: ${precached.length} files precached, ${(total / 1024).toFixed(1)} KB gzip`);
  expect(total).toBeLessThan(260 * 1024);
});

test.describe("offline reading", () => {
  test.skip(() => test.info().project.name !== "desktop", "one width is enough: the worker is the same");
  test.describe.configure({ timeout: 90_000 });

  test("visited pages and every calculator work offline; others show the offline page", async ({
    page,
    context,
    consoleErrors,
    baseURL,
  }) => {
    const status = page.getByRole("status").filter({ hasText: /离线|保存/ });
    const built = readFileSync(join(dist, "sw.js"), "utf8").match(/version (\w+)/)?.[1];

    // The reader lands on an article (before any worker exists), then opens another page.
    const h1 = page.getByRole("heading", { level: 1 });
    await page.goto("process/prepare/");
    const landing = (await h1.textContent())!;
    expect(await workerVersion(page)).toBe(built);
    expect(await page.evaluate(async () => (await navigator.serviceWorker.ready).scope)).toBe(baseURL);
    await page.goto("process/propose-plan/");
    const second = (await h1.textContent())!;
    await expect(page.locator("#offline-status")).toBeEmpty();
    expect(await page.locator("#offline-status").boundingBox()).toMatchObject({ height: 0 });

    // The status line follows the connection on a page already open.
    await context.setOffline(true);
    await expect(status).toHaveText(OFFLINE_TEXT);
    await expect(status).toBeInViewport();
    await context.setOffline(false);
    await expect(page.locator("#offline-status")).toBeEmpty();
    await context.setOffline(true);
    await expect(status).toHaveText(OFFLINE_TEXT);

    // Pages the reader opened, the first one too: the saved copy, marked as such.
    await page.reload();
    await expect(h1).toHaveText(second);
    await expect(page.locator("html")).toHaveAttribute("data-saved-copy", "offline");
    await expect(status).toHaveText(OFFLINE_TEXT);
    await expect(status).toBeInViewport();

    await page.goto("process/prepare/");
    await expect(h1).toHaveText(landing);
    await expect(page.locator("html")).toHaveAttribute("data-saved-copy", "offline");
    // The home page was never opened, but is stored at install.
    await page.goto("");
    await expect(page.locator("html")).toHaveAttribute("data-saved-copy", "offline");
    await expect(h1).toHaveText("协商还款指南");

    // A calculator never opened before: precached with its scripts, so it hydrates and computes.
    await page.goto("tools/overdue/");
    await hydrated(page);
    await page.getByLabel("逾期金额（元）", { exact: true }).fill("２万");
    await expect(page.locator('[data-result="added"]')).toHaveText("300.00 元");
    await page.reload();
    await hydrated(page);
    await page.getByLabel("逾期金额（元）", { exact: true }).fill("３万");
    await expect(page.locator('[data-result="added"]')).toHaveText("450.00 元");
    // So does every other calculator.
    for (const tool of readyTools()) {
      await page.goto(`tools/${tool.slug}/`);
      await expect(h1).toHaveText(tool.name);
      await hydrated(page);
    }

    // A page never opened: the offline page, at the address the reader asked for.
    const response = await page.goto("process/contact/");
    expect(response?.status()).toBe(200);
    expect(new URL(page.url()).pathname).toMatch(/\/process\/contact\/$/);
    await expect(h1).toHaveText("暂时打不开这个页面");
    await expect(status).toBeVisible();
    for (const scheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await checkA11y(page);
    }
    await expect(page.getByRole("link", { name: "逾期成本" })).toBeVisible();
    await expect(status).toHaveText(OFFLINE_TEXT);

    // Back online: the next load is the page from the network, and there is nothing to say.
    await context.setOffline(false);
    await page.goto("process/prepare/");
    await expect(page.locator("html")).not.toHaveAttribute("data-saved-copy");
    await expect(page.locator("#offline-status")).toBeEmpty();
    expect(unexpected(consoleErrors).filter((e) => !/ERR_INTERNET_DISCONNECTED/.test(e))).toEqual([]);
  });

  test("online, the next load shows the deployed page; a new build's worker takes over and deletes the old caches", async ({
    page,
  }) => {
    // A deployment of our own (a copy of the build on a second server), to change it under the reader.
    const root = test.info().outputPath("site");
    cpSync(dist, root, { recursive: true });
    const port = execFileSync(process.execPath, ["scripts/free-port.mjs"]).toString().trim();
    const server = spawn(process.execPath, ["scripts/serve.mjs"], {
      env: { ...process.env, PORT: port, HOST: "127.0.0.1", OUT_DIR: root, SITE_BASE: base },
      stdio: "ignore",
    });
    try {
      const site = `http://127.0.0.1:${port}${base}`;
      await expect
        .poll(() =>
          fetch(site).then(
            (r) => r.status,
            () => 0,
          ),
        )
        .toBe(200);
      await page.goto(site);
      const first = await workerVersion(page);
      const cachesOf = (version: string) =>
        page.evaluate(async (v) => (await caches.keys()).filter((k) => k.includes(v)), version);
      expect(await cachesOf(first)).toContain(versionCaches(first).precache);
      await page.goto(`${site}process/prepare/`);
      const title = (await page.getByRole("heading", { level: 1 }).textContent())!;

      // A new deploy: an article changes, and so does a precached file (hence the worker's version).
      const article = join(root, "process/prepare/index.html");
      writeFileSync(article, readFileSync(article, "utf8").replaceAll(title, `${title}（已更新）`));
      const next = "e2enext00000";
      const sw = join(root, "sw.js");
      writeFileSync(sw, readFileSync(sw, "utf8").replaceAll(first, next));

      // The next load shows the new page at once (pages are network-first)…
      await page.reload();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${title}（已更新）`);
      await expect(page.locator("html")).not.toHaveAttribute("data-saved-copy");
      // …and the browser's update check installs the new worker, which takes over and cleans up.
      await page.evaluate(async () => (await navigator.serviceWorker.ready).update());
      await expect.poll(() => workerVersion(page), { timeout: 20_000 }).toBe(next);
      await page.reload();
      expect(await workerVersion(page)).toBe(next);
      expect(await cachesOf(first)).toEqual([]);
      expect(await cachesOf(next)).toContain(versionCaches(next).precache);
      // The saved copy of the article is the new one.
      await page.context().setOffline(true);
      await page.reload();
      await expect(page.locator("html")).toHaveAttribute("data-saved-copy", "offline");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${title}（已更新）`);
    } finally {
      server.kill();
    }
  });
});
