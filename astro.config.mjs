// @ts-check
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import preact from "@astrojs/preact";
import tailwindcss from "@tailwindcss/vite";
import { satteri } from "@astrojs/markdown-satteri";
import { baseLinks, headingIds } from "./src/lib/markdown/plugins.ts";
import { ownIslandChunks } from "./src/islands/own-chunks.ts";
import { islandRuntime } from "./src/islands/runtime.ts";
import { mergePolicies, metaPolicy } from "./src/lib/csp.ts";
import { offlineWorker } from "./src/lib/offline/build.ts";
import { traditionalEdition } from "./src/lib/hant/edition.ts";

/**
 * SITE_URL: the public origin (for canonical URLs and the sitemap).
 * SITE_BASE: the sub-path the site is served under, e.g. "/guide/" (default "/").
 * Both are read only here; components get them through import.meta.env.
 */
const site = process.env.SITE_URL ?? "https://xieshang.example.org";
const base = process.env.SITE_BASE ?? "/";
const outDir = process.env.OUT_DIR ?? "./dist";
// The content-layer cache remembers entries by id; a build over another content folder
// (CONTENT_ROOT, used by the build tests) must not share it with the real site's build.
const contentRoot = process.env.CONTENT_ROOT;
const cacheDir = contentRoot
  ? `./node_modules/.astro-content-${contentRoot.replace(/[^a-zA-Z0-9]+/g, "_").slice(-80)}`
  : "./node_modules/.astro";

/**
 * Content-Security-Policy. Astro hashes its own inline scripts and styles into a <meta> CSP on
 * every page, but not hand-written `<script is:inline>` (e.g. the theme scripts, which must run
 * before first paint and so cannot become bundled modules). Those are hashed here, from the
 * component source, exactly as Astro copies it into the page. A script whose text is computed at
 * build time (define:vars, {expressions}) cannot be hashed this way: the browser then blocks it,
 * and the e2e tests fail on the CSP console error.
 */
function inlineScriptHashes(dir = new URL("./src/", import.meta.url)) {
  /** @type {(text: string) => `sha256-${string}`} */
  const sha256 = (text) => `sha256-${createHash("sha256").update(text).digest("base64")}`;
  const files = readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".astro"));
  // The template only: frontmatter and HTML comments may mention "<script>" in prose.
  const template = (/** @type {string} */ f) =>
    readFileSync(new URL(f, dir), "utf8")
      .replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, "")
      .replace(/<!--[\s\S]*?-->/g, "");
  return files.flatMap((f) =>
    [...template(f).matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)]
      .filter(([, attrs = ""]) => /\bis:inline\b/.test(attrs) && !/\bsrc=/.test(attrs))
      .map(([, , body = ""]) => sha256(body)),
  );
}

/** Directives besides script-src/style-src (which Astro writes into the same policy). */
const cspDirectives = /** @type {const} */ ([
  "default-src 'self'",
  "base-uri 'self'",
  "object-src 'none'",
  "form-action 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "manifest-src 'self'",
]);

/**
 * The same policy as an HTTP header, for hosts that read a `_headers` file (Netlify, Cloudflare
 * Pages): after the build, the `__CSP__` value in the copy of public/_headers becomes the union of
 * the pages' own <meta> policies (a page with a style of its own has one hash more; the browser
 * applies header and meta both, so each page stays as narrow as its meta) plus what only a header
 * can say (frame-ancestors), and every path rule gets the base prefix (SITE_BASE). See DEPLOY.md.
 * @returns {import("astro").AstroIntegration}
 */
function cspHeaderFile() {
  return {
    name: "csp-header-file",
    hooks: {
      "astro:build:done": ({ dir }) => {
        const file = new URL("_headers", dir);
        if (!existsSync(file)) return;
        // Every page's own policy: a page with an inline style of its own adds a hash (see src/lib/csp.ts).
        const pages = readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".html"));
        const policies = pages.map((f) => metaPolicy(readFileSync(new URL(f, dir), "utf8"))).filter((p) => p !== null);
        if (policies.length === 0) throw new Error("csp-header-file: no CSP <meta> in the built pages");
        const header = `${mergePolicies(policies)} frame-ancestors 'none';`;
        const text = readFileSync(file, "utf8")
          .replace(/^(\s+Content-Security-Policy:\s*)__CSP__\s*$/m, `$1${header}`)
          .replace(/^\/(?=\S)/gm, base.endsWith("/") ? base : `${base}/`);
        writeFileSync(file, text);
      },
    },
  };
}

export default defineConfig({
  site,
  base,
  outDir,
  cacheDir,
  trailingSlash: "always",
  build: { format: "directory", inlineStylesheets: "always" },
  compressHTML: true,
  prefetch: false,
  devToolbar: { enabled: false },
  security: {
    csp: {
      directives: [...cspDirectives],
      // 'wasm-unsafe-eval': Pagefind's search runs as WebAssembly. No 'unsafe-inline'.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: inlineScriptHashes() },
    },
  },
  // traditionalEdition: dist/zh-hant/, the whole site in Traditional characters (docs/traditional.md).
  // Their astro:build:done hooks run in this order: the Traditional pages exist before the CSP header
  // (union of every page's policy) and the service worker's precache list are made from dist/.
  integrations: [mdx(), preact(), traditionalEdition(), cspHeaderFile(), offlineWorker()],
  markdown: {
    processor: satteri({
      hastPlugins: [headingIds, baseLinks(base)],
    }),
  },
  vite: {
    // For the 15 KB JS budget per tool page: each calculator island gets its own copy of the modules
    // it uses; Preact and a smaller hydration client (src/islands/hydrate.ts) form one shared chunk.
    plugins: [tailwindcss(), ownIslandChunks(), islandRuntime()],
  },
});
