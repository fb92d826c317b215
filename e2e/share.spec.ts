/**
 * Sharing and printing: the share bar on articles and tool pages (复制链接 with its fallback, 分享,
 * 二维码 decoded back to the link, 分享时不带金额), the links after each heading, and print.
 */
import type { Locator, Page } from "@playwright/test";
import jsQR from "jsqr";
import { test, expect, checkA11y, hydrated, unexpected } from "./fixtures";

const ARTICLE = "process/prepare/";
const TOOL = "tools/apr/?amount=6000&months=12&fee=0.75";

/** What a phone would read from the QR code as it is drawn on screen (a screenshot of the image). */
async function decodeQr(page: Page, img: Locator): Promise<string | undefined> {
  const png = (await img.screenshot()).toString("base64");
  const { width, height, pixels } = await page.evaluate(async (src) => {
    const image = new Image();
    image.src = `data:image/png;base64,${src}`;
    await image.decode();
    const canvas = document.createElement("canvas");
    canvas.width = image.naturalWidth;
    canvas.height = image.naturalHeight;
    const ctx = canvas.getContext("2d")!;
    ctx.drawImage(image, 0, 0);
    const data = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
    return { width: canvas.width, height: canvas.height, pixels: Array.from(data) };
  }, png);
  return jsQR(Uint8ClampedArray.from(pixels), width, height)?.data;
}

const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

test.describe("share bar", () => {
  test.use({ permissions: ["clipboard-read", "clipboard-write"] });

  test("复制链接 puts the page's link on the clipboard, without the search highlight", async ({
    page,
    consoleErrors,
  }) => {
    await page.goto(`${ARTICLE}?hl=${encodeURIComponent("材料")}#s2`);
    const bar = page.locator("[data-share]");
    await expect(bar).toBeVisible();
    await bar.getByRole("button", { name: "复制链接" }).click();
    await expect(bar.getByRole("status")).toHaveText("已复制");
    const url = new URL(page.url());
    expect(await clipboard(page)).toBe(`${url.origin}${url.pathname}#s2`);
    await expect(bar.getByRole("textbox", { name: "本页链接" })).toBeHidden();
    expect(unexpected(consoleErrors)).toEqual([]);
  });

  test("where the clipboard is refused, the link is shown selected to copy by hand", async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, "clipboard", {
        value: { writeText: () => Promise.reject(new DOMException("refused", "NotAllowedError")) },
      });
    });
    await page.goto(ARTICLE);
    const bar = page.locator("[data-share]");
    await bar.getByRole("button", { name: "复制链接" }).click();
    const field = bar.getByRole("textbox", { name: "本页链接" });
    await expect(field).toBeVisible();
    await expect(field).toHaveValue(page.url());
    await expect(field).toBeFocused();
    await expect(field).toHaveAttribute("readonly", "");
    const selected = await field.evaluate((e: HTMLInputElement) => [e.selectionStart, e.selectionEnd]);
    expect(selected).toEqual([0, page.url().length]);
    await expect(bar.getByRole("status")).toHaveText("请复制下面的链接");
    await checkA11y(page);
  });

  test("分享 appears only where the browser can share, and shares the link", async ({ page }) => {
    await page.goto(ARTICLE);
    const button = page.locator("[data-share]").getByRole("button", { name: "分享", exact: true });
    const canShare = await page.evaluate(() => "share" in navigator);
    await expect(button).toBeVisible({ visible: canShare });

    await page.addInitScript(() => {
      Object.defineProperty(navigator, "share", {
        value: (data: ShareData) => {
          (window as unknown as { shared: ShareData }).shared = data;
          return Promise.resolve();
        },
      });
    });
    await page.reload();
    await button.click();
    const shared = await page.evaluate(() => (window as unknown as { shared: ShareData }).shared);
    expect(shared.url).toBe(page.url());
    expect(shared.title).toBe(await page.title());
  });

  test("二维码 loads its code only when asked, and the code reads back as the page's link", async ({
    page,
    consoleErrors,
  }) => {
    test.setTimeout(60_000);
    const scripts: string[] = [];
    page.on("request", (r) => {
      if (r.resourceType() === "script") scripts.push(r.url());
    });
    await page.goto(`${ARTICLE}#s1`);
    await page.waitForLoadState("networkidle");
    expect(scripts, "no script file before the reader asks").toEqual([]);

    const opener = page.locator("[data-share]").getByRole("button", { name: "二维码" });
    await opener.click();
    const dialog = page.getByRole("dialog", { name: "本页二维码" });
    await expect(dialog).toBeVisible();
    expect(scripts).toHaveLength(1);
    expect(scripts[0]).toMatch(/\/_astro\/share-qr-[\w-]+\.js$/);

    const img = dialog.getByRole("img", { name: /^本页链接的二维码/ });
    await expect(dialog).toContainText(page.url());
    expect(await decodeQr(page, img)).toBe(page.url());

    // Saved as a PNG named after the page.
    const save = dialog.getByRole("link", { name: "保存图片" });
    await expect(save).toHaveAttribute("download", "二维码-prepare.png");
    expect(await save.getAttribute("href")).toMatch(/^data:image\/png;base64,/);

    // Full screen: the dialog fills the screen, the code is as large as it allows and still reads back.
    const small = (await img.boundingBox())!.width;
    const full = dialog.getByRole("button", { name: "全屏显示" });
    await full.click();
    await expect(full).toHaveAttribute("aria-pressed", "true");
    const viewport = page.viewportSize()!;
    await expect.poll(async () => (await dialog.boundingBox())!.height).toBe(viewport.height);
    expect((await dialog.boundingBox())!.width).toBe(viewport.width);
    const large = (await img.boundingBox())!.width;
    expect(large).toBeGreaterThanOrEqual(small);
    if (viewport.width > 800) expect(large).toBeGreaterThan(small * 1.3);
    expect(await decodeQr(page, img)).toBe(page.url());
    await checkA11y(page);

    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
    await expect(opener).toBeFocused();
    expect(unexpected(consoleErrors)).toEqual([]);
  });

  test("a tool page shares its inputs, or with 分享时不带金额 the bare tool link", async ({ page }) => {
    test.setTimeout(60_000);
    await page.goto(TOOL);
    await hydrated(page);
    await page.getByLabel("借款金额（元）").fill("8000");
    await expect(page).toHaveURL(/amount=8000/);
    const bar = page.locator("[data-share]");
    const copy = bar.getByRole("button", { name: "复制链接" });
    await copy.click();
    await expect(bar.getByRole("status")).toHaveText("已复制");
    expect(await clipboard(page)).toBe(page.url());
    expect(new URL(await clipboard(page)).searchParams.get("amount")).toBe("8000");

    await bar.getByRole("checkbox", { name: "分享时不带金额" }).check();
    await copy.click();
    await expect(bar.getByRole("status")).toHaveText("已复制");
    const url = new URL(page.url());
    expect(await clipboard(page)).toBe(`${url.origin}${url.pathname}`);
    expect(url.pathname).toMatch(/\/tools\/apr\/$/);

    // The QR code follows the same choice.
    await bar.getByRole("button", { name: "二维码" }).click();
    const dialog = page.getByRole("dialog", { name: "本页二维码" });
    expect(await decodeQr(page, dialog.getByRole("img"))).toBe(`${url.origin}${url.pathname}`);
  });

  test("without JavaScript the bar is not shown", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(ARTICLE);
    await expect(page.locator("[data-share]")).toBeHidden();
    await expect(page.getByRole("button", { name: "复制链接" })).toHaveCount(0);
    await context.close();
  });
});

test.describe("heading links", () => {
  test("each section heading links to itself; following it scrolls there and puts the hash in the URL", async ({
    page,
  }) => {
    await page.goto(ARTICLE);
    const headings = page.locator(".prose-article :is(h2, h3)");
    expect(await headings.count()).toBeGreaterThan(1);
    const heading = headings.nth(1);
    const id = await heading.getAttribute("id");
    const text = (await heading.innerText()).trim();
    const link = heading.getByRole("link", { name: "本节链接" });
    await expect(link).toHaveAttribute("href", `#${id}`);
    // The link adds no text to the heading (nor to the table of contents).
    expect(await heading.evaluate((h) => h.textContent)).toBe(text);

    await page.evaluate(() => window.scrollTo(0, 0));
    await expect(heading).not.toBeInViewport();
    await link.click();
    await expect(page).toHaveURL(new RegExp(`#${id}$`));
    await expect(heading).toBeInViewport();
    const top = await heading.evaluate((h) => h.getBoundingClientRect().top);
    expect(top).toBeLessThan(100);
  });
});

test.describe("print", () => {
  test("an article prints without navigation, with its link and review date", async ({ page }) => {
    await page.goto(ARTICLE);
    await page.emulateMedia({ media: "print" });
    for (const hidden of [
      page.getByRole("banner"),
      page.getByRole("navigation", { name: "主导航" }),
      page.getByRole("link", { name: "跳到正文" }),
      page.locator("[data-search-open]"),
      page.locator("[data-share]"),
      page.locator("footer .footer-links"),
      page.locator(".hlink").first(),
      page.locator("details:has(nav)"),
    ]) {
      await expect(hidden).toBeHidden();
    }
    const stamp = page.getByTestId("last-reviewed");
    await expect(stamp).toBeVisible();
    await expect(stamp).toContainText(/最后审核：\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日/);
    const printed = stamp.locator("[data-print-url]");
    await expect(printed).toBeVisible();
    // The page's public address (as in <link rel="canonical">), readable without JavaScript.
    const canonical = await page.locator('link[rel="canonical"]').getAttribute("href");
    expect(new URL(canonical!).pathname).toBe(new URL(page.url()).pathname);
    await expect(printed).toHaveText(canonical!);
    await expect(page.getByTestId("not-affiliated")).toBeVisible();

    await page.emulateMedia({ media: "screen" });
    await expect(printed).toBeHidden();
    await expect(page.locator("[data-share]")).toBeVisible();
  });

  test("a tool prints its results with the link to these inputs and the date, on A4", async ({ page }, info) => {
    test.setTimeout(60_000);
    await page.goto(TOOL);
    await hydrated(page);
    await page.getByLabel("借款金额（元）").fill("9000");
    await expect(page).toHaveURL(/amount=9000/);
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("banner")).toBeHidden();
    await expect(page.locator("[data-share]")).toBeHidden();
    const printed = page.locator("main [data-print-url]");
    await expect(printed).toBeVisible();
    await expect(printed).toHaveText(page.url());
    await expect(page.locator("main [data-print-date]")).toHaveText(/^\d{4}年\d{1,2}月\d{1,2}日$/);
    await expect(page.locator('[data-result="apr"]')).toBeVisible();

    // A real print: A4 pages (595 × 842 pt), as the stylesheet's @page asks.
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    await info.attach("apr.pdf", { body: pdf, contentType: "application/pdf" });
    const boxes = [...pdf.toString("latin1").matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)];
    expect(boxes.length).toBeGreaterThan(0);
    for (const [, w, h] of boxes) expect([Math.round(Number(w)), Math.round(Number(h))]).toEqual([595, 842]);
  });
});
