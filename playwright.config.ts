import { defineConfig, devices } from "@playwright/test";
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";

/**
 * End-to-end tests against the built site (npm run build first), served by scripts/serve.mjs.
 * Port: E2E_PORT, else a free port chosen once here (workers inherit it through the environment).
 * Browser: CHROMIUM_PATH, else Playwright's own Chromium if installed, else Debian's /usr/bin/chromium.
 */
process.env.E2E_PORT ??= execFileSync(process.execPath, ["scripts/free-port.mjs"]).toString().trim();
const port = Number(process.env.E2E_PORT);
const base = `/${(process.env.SITE_BASE ?? "/").replace(/^\/+|\/+$/g, "")}/`.replace("//", "/");

function browserPath(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  try {
    const own = chromium.executablePath();
    if (own && existsSync(own)) return undefined;
  } catch {
    /* not installed */
  }
  return existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined;
}

const launchOptions = {
  executablePath: browserPath(),
  args: ["--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
};

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: process.env.CI ? 2 : undefined,
  reporter: process.env.CI ? [["list"]] : [["list"]],
  timeout: 30_000,
  // generous on a shared 2-core machine; a real failure still fails
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://127.0.0.1:${port}${base}`,
    locale: "zh-CN",
    timezoneId: "Asia/Shanghai",
    trace: "off",
    launchOptions,
  },
  projects: [
    {
      name: "mobile",
      testIgnore: /integrity\.spec/,
      use: { ...devices["Desktop Chrome"], viewport: { width: 390, height: 844 }, isMobile: false, hasTouch: true },
    },
    { name: "desktop", use: { ...devices["Desktop Chrome"], viewport: { width: 1280, height: 800 } } },
  ],
  webServer: {
    command: `node scripts/serve.mjs`,
    url: `http://127.0.0.1:${port}${base}`,
    env: { PORT: String(port), HOST: "127.0.0.1", SITE_BASE: base },
    reuseExistingServer: false,
    timeout: 30_000,
    stdout: "ignore",
  },
});
