/** /tools/letter/: the application, the call script and the income/expense summary. */
import { test, expect, checkA11y, hydrated, unexpected } from "./fixtures";
import { findPhoneLikeNumbers } from "../src/lib/phone";

const APPLICATION = '[data-doc="application"]';

test.describe("letter generator", () => {
  // axe on a full calculator page takes several seconds on a busy machine
  test.describe.configure({ timeout: 60_000 });

  test("shows the three documents for the worked example without JavaScript", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("tools/letter/");
    await expect(page.locator(APPLICATION)).toContainText("欠款目前合计约 20,000.00 元");
    await expect(page.locator('[data-doc="script"]')).toContainText("电话协商提纲");
    await expect(page.locator('[data-doc="summary"]')).toContainText("每月剩余");
    await expect(page.getByRole("heading", { name: "你的信息去哪里了" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "链接参数" })).toBeVisible();
    await context.close();
  });

  test("fills the documents from Chinese input; names never reach the URL", async ({ page, consoleErrors }) => {
    await page.goto("tools/letter/");
    await hydrated(page);
    await page.getByLabel("你的姓名（可不填）").fill("王小明");
    await page.getByLabel("放贷机构名称（可不填）").fill("某某消费金融有限公司");
    await page.getByLabel("现在一共欠多少（元）").fill("２.４万");
    await expect(page.getByText("按 24,000.00 元计算")).toBeVisible();
    await page.getByLabel("还不上的主要原因").selectOption("illness");
    await page.getByLabel("每月还多少（元，可不填）").fill("1,000元");
    await page.getByLabel("分几期（可不填）").fill("2年");
    const application = page.locator(APPLICATION);
    await expect(application).toContainText("某某消费金融有限公司：");
    await expect(application).toContainText("本人王小明");
    await expect(application).toContainText("生病治疗");
    await expect(application).toContainText("分 24 期偿还，每期约 1,000.00 元");
    await expect(page).toHaveURL(/owed=/);
    expect(decodeURIComponent(page.url())).not.toMatch(/王小明|某某|name=|lender=/);
    expect(findPhoneLikeNumbers(await page.locator(".letter-docs").innerText())).toEqual([]);

    await page.goto(page.url());
    await hydrated(page);
    await expect(page.getByLabel("你的姓名（可不填）")).toHaveValue("");
    await expect(application).toContainText("分 24 期偿还，每期约 1,000.00 元");
    await expect(application).toContainText("（你的姓名）");
    await checkA11y(page);
    expect(unexpected(consoleErrors)).toEqual([]);
  });

  test("copies a document; printing shows only the documents", async ({ page, context }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.goto("tools/letter/");
    await hydrated(page);
    await page.getByRole("button", { name: "复制个人还款协商申请" }).click();
    await expect(page.getByText("已复制。")).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/^个人还款协商申请\n\n（放贷机构名称）：/);

    await page.emulateMedia({ media: "print" });
    await expect(page.locator(APPLICATION)).toBeVisible();
    await expect(page.locator("[data-calculator] form")).toBeHidden();
    await expect(page.getByRole("heading", { name: "链接参数" })).toBeHidden();
    await expect(page.locator("h1")).toBeHidden();
    await expect(page.getByRole("button", { name: "复制个人还款协商申请" })).toBeHidden();
  });

  test("flags bad input beside the field and passes axe", async ({ page }) => {
    await page.goto("tools/letter/");
    await hydrated(page);
    const owed = page.getByLabel("现在一共欠多少（元）");
    await owed.fill("很多");
    await expect(owed).toHaveAttribute("aria-invalid", "true");
    await expect(page.locator(`#${await owed.getAttribute("aria-describedby")}`)).toContainText("无法识别");
    await expect(page.locator(APPLICATION)).toHaveCount(0);
    await expect(page.locator("main")).not.toContainText(/NaN|Infinity|undefined/);
    await checkA11y(page);
  });

  test("ignores names and hostile parameters in a link, with a note", async ({ page }) => {
    await page.goto(
      `tools/letter/?owed=8000&name=${encodeURIComponent("王小明")}&reason=${encodeURIComponent("<script>alert(1)</script>")}`,
    );
    await hydrated(page);
    await expect(page.getByText("网址里的姓名、机构名称等文字不会被读取")).toBeVisible();
    await expect(page.getByText("链接里的参数 reason 无法使用")).toBeVisible();
    await expect(page.getByLabel("你的姓名（可不填）")).toHaveValue("");
    await expect(page.locator(APPLICATION)).toContainText("8,000.00 元");
    await expect(page.locator(APPLICATION)).not.toContainText("王小明");
  });
});
