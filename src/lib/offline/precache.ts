/**
 * What the service worker stores at install (build time, pure): the calculators and the files they
 * need, so every calculator works offline after the first visit to any page of the site.
 * Paths are relative to the build folder ("tools/apr/index.html", "_astro/x.js"); URLs are
 * root-relative with the base ("/guide/tools/apr/").
 */
import { createHash } from "node:crypto";
import { normaliseBase } from "../routes";
import { OFFLINE_PATH } from "./routing";

/** Built pages precached besides the calculators: the home page, the tools index, the offline page. */
const PAGES = ["index.html", "tools/index.html", `${OFFLINE_PATH.slice(1)}index.html`];
/** Small files every page links to. */
const FILES = ["favicon.svg", "manifest.webmanifest"];
const TOOL_PAGE = /^tools\/[a-z0-9-]+\/index\.html$/;

/** The URL a built file is served at: "tools/apr/index.html" → "/guide/tools/apr/". */
export function urlOf(path: string, base: string): string {
  return normaliseBase(base) + path.replace(/(^|\/)index\.html$/, "$1");
}

/** The precached pages among the built files (paths, sorted). */
export function precachePages(files: readonly string[]): string[] {
  return files.filter((f) => PAGES.includes(f) || TOOL_PAGE.test(f)).sort();
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * The _astro/ files a page loads by itself: its scripts, stylesheets and islands (src, href,
 * component-url, renderer-url, before-hydration-url). Files it only names for later, such as the
 * search module in the header's data attributes, are left to the runtime cache.
 */
export function pageAssets(html: string, base: string): string[] {
  const b = escape(normaliseBase(base));
  const attr = new RegExp(
    String.raw`\s(?:src|href|component-url|renderer-url|before-hydration-url)="` + b + String.raw`(_astro/[\w.~-]+)"`,
    "g",
  );
  return [...new Set([...html.matchAll(attr)].map((m) => m[1]!))].sort();
}

/**
 * The _astro/ files a script refers to: its relative imports ("./x.js", static, side-effect or
 * dynamic) and any URL with the base in a string ("/guide/_astro/x.js").
 */
export function scriptAssets(js: string, base: string): string[] {
  const found = new Set<string>();
  const absolute = new RegExp(
    String.raw`(?<=["'\x60])` + escape(normaliseBase(base)) + String.raw`(_astro/[\w.~-]+)`,
    "g",
  );
  for (const m of js.matchAll(absolute)) found.add(m[1]!);
  for (const m of js.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)["'`]\.\/([\w.~-]+\.m?js)["'`]/g)) {
    found.add(`_astro/${m[1]!}`);
  }
  return [...found].sort();
}

/**
 * The build files to precache: the precached pages, FILES, and every _astro/ file they need,
 * followed through the scripts' imports. `read` returns a built file's text (undefined if absent);
 * references to missing files are an error, so a broken precache list fails the build.
 */
export function precacheFiles(files: readonly string[], read: (path: string) => string | undefined, base: string) {
  const pages = precachePages(files);
  const missing = PAGES.filter((p) => !pages.includes(p));
  if (missing.length) throw new Error(`offline: missing built pages ${missing.join(", ")}`);
  const assets = new Set<string>();
  const queue = pages.flatMap((p) => pageAssets(read(p) ?? "", base));
  while (queue.length) {
    const asset = queue.pop()!;
    if (assets.has(asset)) continue;
    const text = read(asset);
    if (text === undefined) throw new Error(`offline: ${asset} is referenced but was not built`);
    assets.add(asset);
    if (/\.m?js$/.test(asset)) queue.push(...scriptAssets(text, base));
  }
  return [...pages, ...FILES.filter((f) => files.includes(f)), ...[...assets].sort()];
}

/**
 * The worker's version: a short hash of the precached URLs and their contents. Any change to what
 * the worker stores gives a new version, hence a new sw.js, which browsers then install.
 */
export function precacheVersion(entries: readonly { url: string; content: string | Uint8Array }[]): string {
  const hash = createHash("sha256");
  for (const e of [...entries].sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0))) {
    hash.update(e.url).update("\0").update(createHash("sha256").update(e.content).digest("hex")).update("\n");
  }
  return hash.digest("hex").slice(0, 12);
}
