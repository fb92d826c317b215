import { test, expect, checkA11y, hydrated, unexpected, PAGES } from "./fixtures";

for (const scheme of ["light", "dark"] as const) {
  test.describe(`${scheme} theme`, () => {
    test.use({ colorScheme: scheme });

    for (const [kind, path] of Object.entries(PAGES)) {
      test(`${kind} renders without errors and passes axe (on mobile: a11y-all.spec)`, async ({
        page,
        consoleErrors,
      }) => {
        const response = await page.goto(path);
        expect(response?.status()).toBe(kind === "notFound" ? 404 : 200);
        await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
        await expect(page.locator("h1")).toHaveCount(1);
        await expect(page.getByTestId("not-affiliated")).toContainText("不由支付宝、蚂蚁集团或任何放贷机构运营");
        const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
        expect(bg).toBe(scheme === "dark" ? "rgb(20, 24, 28)" : "rgb(247, 245, 240)");
        if (kind === "island") await hydrated(page);
        // On mobile, a11y-all.spec.ts runs axe on every page in both themes already.
        if (test.info().project.name !== "mobile") await checkA11y(page);
        expect(unexpected(consoleErrors)).toEqual([]);
      });
    }
  });
}

test("the home page links to the urgent topics, every category and the tools", async ({ page }) => {
  await page.goto(PAGES.home);
  const urgent = page.getByRole("region", { name: "遇到这些情况，先看这里" });
  await expect(urgent.getByRole("link")).toHaveCount(3);
  await expect(urgent.getByRole("link", { name: /有人说能代办协商/ })).toHaveAttribute(
    "href",
    /cautions\/agent-scams\/$/,
  );
  const topics = page.getByRole("region", { name: "按主题阅读" });
  for (const name of ["背景知识", "协商流程", "注意事项", "官方渠道", "案例"]) {
    await expect(topics.getByRole("link", { name: new RegExp(`^${name}`) })).toBeVisible();
  }
  await expect(page.getByRole("search").first()).toBeVisible();
  await expect(page.getByText("不是支付宝").first()).toBeVisible();
});

test("an article shows its summary, contents, sources and review date", async ({ page }) => {
  await page.goto(PAGES.article);
  await expect(page.getByRole("heading", { name: "要点" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "参考来源" })).toBeVisible();
  await expect(page.getByTestId("last-reviewed")).toContainText(/最后审核：\d{4} 年 \d{1,2} 月 \d{1,2} 日/);
  await expect(page.getByRole("navigation", { name: "面包屑" })).toContainText("协商流程");
  const toc =
    page.viewportSize()!.width >= 1024
      ? page.getByRole("navigation", { name: "目录" })
      : page.getByRole("navigation", { name: "本页目录" });
  if (page.viewportSize()!.width < 1024) await page.locator("summary", { hasText: "本页目录" }).click();
  const first = toc.getByRole("link").first();
  const target = (await first.getAttribute("href"))!;
  expect(target).toMatch(/^#[a-z][a-z0-9-]*$/);
  await first.click();
  await expect(page).toHaveURL(new RegExp(`${target}$`));
  await expect(page.locator(target)).toBeInViewport();
  await expect(page.getByRole("link", { name: /代理协商|骗局/ }).first()).toBeVisible();
});

test("the 404 page is in Chinese and offers a way back", async ({ page }) => {
  await page.goto(PAGES.notFound);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("找不到这个页面");
  await page.getByRole("link", { name: "回到首页" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("协商还款指南");
});

test("an article page loads no external JavaScript", async ({ page }) => {
  const scripts: string[] = [];
  page.on("request", (r) => {
    if (r.resourceType() === "script") scripts.push(r.url());
  });
  await page.goto(PAGES.article);
  await page.waitForLoadState("networkidle");
  expect(scripts).toEqual([]);
  expect(await page.locator("script[src]").count()).toBe(0);
});

test("sitemap, robots, manifest and favicon are served", async ({ request, baseURL }) => {
  const sitemap = await request.get("sitemap.xml");
  expect(sitemap.status()).toBe(200);
  const xml = await sitemap.text();
  expect(xml).toContain("/process/prepare/</loc>");
  expect(xml).not.toMatch(/%[0-9A-F]{2}/);
  expect(await (await request.get("robots.txt")).text()).toContain("Sitemap:");
  const manifest = await (await request.get("manifest.webmanifest")).json();
  expect(manifest.name).toBe("协商还款指南");
  expect(manifest.start_url).toBe(new URL(baseURL!).pathname);
  expect((await request.get("favicon.svg")).status()).toBe(200);
});

test("an article names no file to fetch before it has loaded: the icon is in the page, the manifest linked after load", async ({
  page,
  request,
}) => {
  const html = await (await request.get("cautions/agent-scams/")).text();
  expect(html).not.toMatch(/<link[^>]+rel="(?:manifest|icon|stylesheet|preload|modulepreload)"[^>]+href="(?!data:)/);
  expect(html).not.toMatch(/<script[^>]+src=/);
  await page.goto("cautions/agent-scams/");
  await expect(page.locator('link[rel="icon"]')).toHaveAttribute("href", /^data:image\/svg\+xml,/);
  await expect(page.locator('link[rel="manifest"]')).toHaveAttribute("href", /manifest\.webmanifest$/);
});
