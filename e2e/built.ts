/**
 * The built site on disk, for the specs that read its files directly (integrity, security, a11y-all,
 * offline): the output folder (OUT_DIR) and the base it was built for (SITE_BASE).
 */
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { normaliseBase } from "../src/lib/routes";

export const dist = process.env.OUT_DIR ?? "dist";
export const base = normaliseBase(process.env.SITE_BASE);

/** Every HTML file below `dir`, leaving out the search index and the hashed assets. */
export function htmlFiles(dir: string = dist): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = join(dir, d.name);
    if (d.isDirectory()) return d.name === "pagefind" || d.name === "_astro" ? [] : htmlFiles(p);
    return d.name.endsWith(".html") ? [p] : [];
  });
}

/** The built file that a root-relative pathname under `prefix` maps to (a file, or a folder's index.html), if any. */
export function fileFor(pathname: string, dir: string = dist, prefix: string = base): string | undefined {
  if (!pathname.startsWith(prefix)) return undefined;
  const candidate = join(dir, decodeURIComponent(pathname.slice(prefix.length)));
  if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  const index = join(candidate, "index.html");
  return existsSync(index) ? index : undefined;
}
