// @ts-check
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import preact from "@astrojs/preact";
import tailwindcss from "@tailwindcss/vite";
import { satteri } from "@astrojs/markdown-satteri";
import { baseLinks, headingIds } from "./src/lib/markdown/plugins.ts";

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
  integrations: [mdx(), preact()],
  markdown: {
    processor: satteri({
      hastPlugins: [headingIds, baseLinks(base)],
    }),
  },
  vite: {
    plugins: [tailwindcss()],
  },
});
