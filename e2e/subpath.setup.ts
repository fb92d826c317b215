/**
 * Builds the site a second time as it would be deployed under a sub-path (SITE_BASE=/guide/) into
 * SUBPATH_OUT_DIR (default .tmp/subpath/dist), with its own search index, for e2e/subpath.spec.ts.
 * About 10-20 s; it runs only when the "subpath" project is selected (it is by `npm test`).
 */
import { execFileSync } from "node:child_process";
import { existsSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { test as setup, expect } from "@playwright/test";

setup("build the site under /guide/", () => {
  const outDir = resolve(process.env.SUBPATH_OUT_DIR ?? ".tmp/subpath/dist");
  rmSync(outDir, { recursive: true, force: true });
  const env = {
    ...process.env,
    SITE_BASE: "/guide/",
    OUT_DIR: outDir,
    // A content root of its own gives this build its own content-layer cache (see astro.config.mjs),
    // so it does not invalidate the cache of the main build in node_modules/.astro.
    CONTENT_ROOT: resolve("content"),
    ASTRO_TELEMETRY_DISABLED: "1",
  };
  const run = (args: string[]) => execFileSync(process.execPath, args, { env, stdio: "pipe", maxBuffer: 64 << 20 });
  try {
    run(["node_modules/astro/bin/astro.mjs", "build"]);
    run(["scripts/pagefind.mjs"]);
  } catch (e) {
    const err = e as { stdout?: Buffer; stderr?: Buffer };
    throw new Error(`the sub-path build failed:\n${err.stdout?.toString() ?? ""}${err.stderr?.toString() ?? ""}`, {
      cause: e,
    });
  }
  expect(existsSync(join(outDir, "index.html"))).toBe(true);
  expect(existsSync(join(outDir, "pagefind/pagefind.js"))).toBe(true);
});
