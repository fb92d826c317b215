// @ts-check
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import preact from "@astrojs/preact";
import tailwindcss from "@tailwindcss/vite";
import { satteri } from "@astrojs/markdown-satteri";
import { baseLinks, headingIds } from "./src/lib/markdown/plugins.ts";
import { ownIslandChunks } from "./src/islands/own-chunks.ts";
import { islandRuntime } from "./src/islands/runtime.ts";
import { cspHeaderFile, inlineScriptHashes } from "./src/lib/csp-build.ts";
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
 * Content-Security-Policy: Astro writes it into a <meta> on every page, with its own inline
 * scripts' and styles' hashes; src/lib/csp-build.ts adds the hand-written `<script is:inline>`
 * hashes and writes the policy into dist/_headers too (cspHeaderFile).
 * Directives besides script-src/style-src (which Astro writes into the same policy):
 */
const cspDirectives = /** @type {const} */ ([
  "default-src 'self'",
  "base-uri 'self'",
  "object-src 'none'",
  "form-action 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "manifest-src 'self'",
]);

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
      scriptDirective: {
        resources: ["'self'", "'wasm-unsafe-eval'"],
        hashes: inlineScriptHashes(new URL("./src/", import.meta.url)),
      },
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
