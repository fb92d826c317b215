import { defineConfig, devices } from "@playwright/test";
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";

/**
 * End-to-end tests against the built site (npm run build first), served by scripts/serve.mjs.
 * Port: E2E_PORT, else a free port chosen once here (workers inherit it through the environment).
 * Browser: CHROMIUM_PATH, else Playwright's own Chromium if installed, else Debian's /usr/bin/chromium.
 * E2E_BASE_URL: test a deployed site instead (e.g. https://example.org/guide/): no local server is
 * started and the sub-path project is left out. See DEPLOY.md for the subset of specs to run.
 * The "subpath" project builds the site a second time with SITE_BASE=/guide/ into SUBPATH_OUT_DIR
 * (e2e/subpath.setup.ts) and runs e2e/subpath.spec.ts against it on a second local server.
 */
const remote = process.env.E2E_BASE_URL ? process.env.E2E_BASE_URL.replace(/\/?$/, "/") : undefined;
const freePort = () => execFileSync(process.execPath, ["scripts/free-port.mjs"]).toString().trim();
process.env.E2E_PORT ??= freePort();
const port = Number(process.env.E2E_PORT);
const base = `/${(process.env.SITE_BASE ?? "/").replace(/^\/+|\/+$/g, "")}/`.replace("//", "/");
while (!process.env.E2E_SUBPATH_PORT || process.env.E2E_SUBPATH_PORT === process.env.E2E_PORT) {
  process.env.E2E_SUBPATH_PORT = freePort();
}
const subpathPort = Number(process.env.E2E_SUBPATH_PORT);
process.env.SUBPATH_OUT_DIR ??= ".tmp/subpath/dist";

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
    baseURL: remote ?? `http://127.0.0.1:${port}${base}`,
    locale: "zh-CN",
    timezoneId: "Asia/Shanghai",
    trace: "off",
    launchOptions,
  },
  projects: [
    {
      name: "mobile",
      testIgnore: [
        /integrity\.spec/,
        /budgets\.spec/,
        /security\.spec/,
        /keyboard\.spec/,
        /previews\.spec/,
        /subpath\./,
      ],
      use: { ...devices["Desktop Chrome"], viewport: { width: 390, height: 844 }, isMobile: false, hasTouch: true },
    },
    {
      name: "desktop",
      testIgnore: [/a11y-all\.spec/, /subpath\./],
      use: { ...devices["Desktop Chrome"], viewport: { width: 1280, height: 800 } },
    },
    ...(remote
      ? []
      : [
          { name: "subpath-build", testMatch: /subpath\.setup\.ts/, timeout: 240_000 },
          {
            name: "subpath",
            testMatch: /subpath\.spec\.ts/,
            dependencies: ["subpath-build"],
            use: {
              ...devices["Desktop Chrome"],
              viewport: { width: 1280, height: 800 },
              baseURL: `http://127.0.0.1:${subpathPort}/guide/`,
            },
          },
        ]),
  ],
  webServer: remote
    ? undefined
    : [
        {
          command: `node scripts/serve.mjs`,
          url: `http://127.0.0.1:${port}${base}`,
          env: { PORT: String(port), HOST: "127.0.0.1", SITE_BASE: base },
          reuseExistingServer: false,
          timeout: 30_000,
          stdout: "ignore",
        },
        {
          // Serves the sub-path build; its files appear only once e2e/subpath.setup.ts has built them.
          command: `node scripts/serve.mjs`,
          port: subpathPort,
          env: {
            PORT: String(subpathPort),
            HOST: "127.0.0.1",
            SITE_BASE: "/guide/",
            OUT_DIR: process.env.SUBPATH_OUT_DIR,
          },
          reuseExistingServer: false,
          timeout: 30_000,
          stdout: "ignore",
        },
      ],
});
