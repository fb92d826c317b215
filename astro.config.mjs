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

export default defineConfig({
  site,
  base,
  outDir,
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
