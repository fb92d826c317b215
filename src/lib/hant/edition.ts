/**
 * The Traditional edition, written after `astro build` (astro.config.mjs registers
 * `traditionalEdition()`; it runs before Pagefind indexes dist/). Reads the built Simplified site,
 * writes dist/zh-hant/: every HTML page converted (html.ts), and a converted copy of every script
 * bundle that carries Chinese text (islands, search), so that calculators and search speak
 * Traditional too. See docs/traditional.md.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { HANT_DIR } from "../script-path";
import { normaliseBase } from "../routes";
import { urlOf } from "../offline/precache";
import { createConverter } from "./convert";
import { convertPage, type PageContext } from "./html";

const HAN = /\p{Script=Han}/u;

export interface EditionReport {
  pages: number;
  scripts: number;
  bytes: number;
  ms: number;
}

/** Bundles to copy: those with Chinese text, and (transitively) those that import one of them. */
export function bundlesToConvert(bundles: ReadonlyMap<string, string>): Set<string> {
  const chosen = new Set([...bundles].filter(([, text]) => HAN.test(text)).map(([name]) => name));
  for (let grew = true; grew;) {
    grew = false;
    for (const [name, text] of bundles) {
      if (chosen.has(name)) continue;
      if ([...chosen].some((c) => text.includes(`./${c}`))) {
        chosen.add(name);
        grew = true;
      }
    }
  }
  return chosen;
}

/**
 * A bundle's Traditional copy lives in zh-hant/_astro/: its relative imports of bundles that were
 * not copied go back to the originals in _astro/, so that Preact (shared with Astro's renderer) is
 * one module on the page.
 */
export function relinkImports(text: string, copied: ReadonlySet<string>): string {
  return text.replace(/(["'`])\.\/([\w.-]+\.m?js)\1/g, (whole, q: string, file: string) =>
    copied.has(file) ? whole : `${q}../../_astro/${file}${q}`,
  );
}

export function writeTraditionalEdition(distDir: string, base: string, site: string): EditionReport {
  const started = performance.now();
  const convert = createConverter();
  const b = normaliseBase(base);
  const origin = new URL(site).origin;
  const out = join(distDir, HANT_DIR);
  let bytes = 0;
  const write = (file: string, text: string) => {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
    bytes += Buffer.byteLength(text);
  };

  // Script bundles.
  const astroDir = join(distDir, "_astro");
  const bundles = new Map(
    readdirSync(astroDir)
      .filter((f) => /\.m?js$/.test(f))
      .map((f) => [f, readFileSync(join(astroDir, f), "utf8")] as const),
  );
  const chosen = bundlesToConvert(bundles);
  const assets = new Map<string, string>();
  for (const name of chosen) {
    write(join(out, "_astro", name), relinkImports(convert(bundles.get(name)!), chosen));
    assets.set(`${b}_astro/${name}`, `${b}${HANT_DIR}/_astro/${name}`);
  }

  // Pages: every .html file outside the folders that hold no pages of their own.
  const skip = new Set(["_astro", "pagefind", HANT_DIR]);
  const pages = readdirSync(distDir, { recursive: true, encoding: "utf8" })
    .map((f) => f.split("\\").join("/"))
    .filter(
      (f) =>
        f.endsWith(".html") &&
        !f
          .split("/")
          .slice(0, -1)
          .some((dir) => skip.has(dir)),
    );
  const pagePaths = new Set(pages.map((f) => urlOf(f, b)));
  const ctx: PageContext = { convert, base: b, origin, isPage: (p) => pagePaths.has(p), assets };
  for (const file of pages) {
    const html = readFileSync(join(distDir, file), "utf8");
    write(join(out, file), convertPage(html, ctx, urlOf(file, b)));
  }
  return { pages: pages.length, scripts: chosen.size, bytes, ms: Math.round(performance.now() - started) };
}

/** Astro integration: writes the Traditional edition once the Simplified site is built. */
export function traditionalEdition(): AstroIntegration {
  let base = "/";
  let site = "https://example.org";
  return {
    name: "traditional-edition",
    hooks: {
      "astro:config:done": ({ config }) => {
        base = config.base;
        site = config.site ?? site;
      },
      "astro:build:done": ({ dir, logger }) => {
        const r = writeTraditionalEdition(fileURLToPath(dir), base, site);
        logger.info(
          `繁體: ${r.pages} pages, ${r.scripts} scripts, ${(r.bytes / 1024).toFixed(0)} KB in ${r.ms} ms → ${HANT_DIR}/`,
        );
      },
    },
  };
}
