// Takes full-page screenshots of built pages for a human to look at:
//   node scripts/screenshot.mjs http://127.0.0.1:4873/ /process/prepare/ ...   → .tmp/shots/*.png
// Options via env: WIDTH (390), HEIGHT (844), SCHEME (light|dark), FULL (1 = full page).
import { chromium } from "@playwright/test";
import { existsSync, mkdirSync } from "node:fs";

const [origin, ...paths] = process.argv.slice(2);
const width = Number(process.env.WIDTH ?? 390);
const height = Number(process.env.HEIGHT ?? 844);
const scheme = process.env.SCHEME ?? "light";
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);
mkdirSync(".tmp/shots", { recursive: true });
const browser = await chromium.launch({ executablePath, args: ["--disable-background-networking"] });
const page = await browser.newPage({ viewport: { width, height }, colorScheme: scheme, locale: "zh-CN" });
for (const p of paths) {
  await page.goto(new URL(p.replace(/^\//, ""), origin).href, { waitUntil: "networkidle" });
  const name = `${p.replace(/[^a-z0-9]+/gi, "_").replace(/^_|_$/g, "") || "home"}-${width}-${scheme}.png`;
  await page.screenshot({ path: `.tmp/shots/${name}`, fullPage: process.env.FULL !== "0" });
  console.log(`.tmp/shots/${name}`);
}
await browser.close();
