/**
 * The build side of the Content-Security-Policy (astro.config.mjs): hashes of hand-written inline
 * scripts, and the policy as an HTTP header in dist/_headers. Pure policy helpers: ./csp.ts.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import type { AstroIntegration } from "astro";
import { mergePolicies, metaPolicy } from "./csp";
import { normaliseBase } from "./routes";

/**
 * Astro hashes its own inline scripts and styles into a <meta> CSP on every page, but not
 * hand-written `<script is:inline>` (e.g. the theme scripts, which must run before first paint and
 * so cannot become bundled modules). Those are hashed here, from the component sources under `dir`,
 * exactly as Astro copies them into the page. A script whose text is computed at build time
 * (define:vars, {expressions}) cannot be hashed this way: the browser then blocks it, and the e2e
 * tests fail on the CSP console error.
 */
export function inlineScriptHashes(dir: URL): `sha256-${string}`[] {
  const sha256 = (text: string): `sha256-${string}` => `sha256-${createHash("sha256").update(text).digest("base64")}`;
  const files = readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".astro"));
  // The template only: frontmatter and HTML comments may mention "<script>" in prose.
  const template = (f: string) =>
    readFileSync(new URL(f, dir), "utf8")
      .replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, "")
      .replace(/<!--[\s\S]*?-->/g, "");
  return files.flatMap((f) =>
    [...template(f).matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)]
      .filter(([, attrs = ""]) => /\bis:inline\b/.test(attrs) && !/\bsrc=/.test(attrs))
      .map(([, , body = ""]) => sha256(body)),
  );
}

/**
 * The text of dist/_headers: the `__CSP__` value becomes `header`, and every path rule (a line
 * starting with "/") gets the base prefix: "/_astro/*" → "/guide/_astro/*".
 */
export function headersFile(text: string, header: string, base: string): string {
  return text
    .replace(/^(\s+Content-Security-Policy:\s*)__CSP__\s*$/m, (_, name: string) => name + header)
    .replace(/^\/(?=\S)/gm, normaliseBase(base));
}

/**
 * The same policy as an HTTP header, for hosts that read a `_headers` file (Netlify, Cloudflare
 * Pages): after the build, the `__CSP__` value in the copy of public/_headers becomes the union of
 * the pages' own <meta> policies (a page with a style of its own has one hash more; the browser
 * applies header and meta both, so each page stays as narrow as its meta) plus what only a header
 * can say (frame-ancestors), and every path rule gets the base prefix (SITE_BASE). See DEPLOY.md.
 */
export function cspHeaderFile(): AstroIntegration {
  let base = "/";
  return {
    name: "csp-header-file",
    hooks: {
      "astro:config:done": ({ config }) => {
        base = config.base;
      },
      "astro:build:done": ({ dir }) => {
        const file = new URL("_headers", dir);
        if (!existsSync(file)) return;
        // Every page's own policy: a page with an inline style of its own adds a hash (see ./csp.ts).
        const pages = readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".html"));
        const policies = pages.map((f) => metaPolicy(readFileSync(new URL(f, dir), "utf8"))).filter((p) => p !== null);
        if (policies.length === 0) throw new Error("csp-header-file: no CSP <meta> in the built pages");
        const header = `${mergePolicies(policies)} frame-ancestors 'none';`;
        writeFileSync(file, headersFile(readFileSync(file, "utf8"), header, base));
      },
    },
  };
}
