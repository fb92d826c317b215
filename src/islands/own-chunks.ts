/**
 * Build rule for the calculator islands' JavaScript (a Vite plugin, registered in astro.config.mjs).
 *
 * Why: each tool page loads exactly one island, and has a budget of 15 KB (gzip) of JavaScript.
 * With ordinary code splitting, the modules several islands share (the parsers in
 * src/lib/finance/parse.ts, money formatting, the form components…) go into shared chunks, and a
 * shared chunk holds every function that ANY island uses: the overdue page then also downloads the
 * proposal comparison's rate parsing, the letter page the repayment schedules, and so on. That
 * cost 1.5–3.7 KB per page.
 *
 * What: in the browser build only, every project module (under src/) imported by an island is
 * loaded as a copy of its own for that island (`parse.ts?island=CompareCalculator`), so each
 * island's chunk is tree-shaken for that island alone. Preact and its JSX runtime stay shared
 * (./runtime.ts). Source files and types are unchanged; the server build is unchanged.
 *
 * Trade-off: a page with two different calculators downloads the modules they share twice (today
 * every article embeds at most one). Module state is not shared between islands (there is none
 * that needs to be).
 */
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import type { Plugin } from "vite";

const SRC = fileURLToPath(new URL("../", import.meta.url)).replace(/\\/g, "/");
const ISLANDS = `${SRC}islands/`;
const TAG = "?island=";

/** The island a module id belongs to: an island file itself, or a copy tagged with one. */
function islandOf(id: string): string | null {
  const tagged = id.indexOf(TAG);
  if (tagged >= 0) return id.slice(tagged + TAG.length);
  const file = id.replace(/\\/g, "/");
  const m = file.startsWith(ISLANDS) ? /^([A-Za-z]+)\.tsx$/.exec(file.slice(ISLANDS.length)) : null;
  return m?.[1] ?? null;
}

export function ownIslandChunks(): Plugin {
  return {
    name: "own-island-chunks",
    apply: "build",
    enforce: "pre",
    applyToEnvironment: (environment) => environment.name === "client",
    async resolveId(source, importer, options) {
      if (!importer) return null;
      const island = islandOf(importer);
      if (!island) return null;
      const importerFile = importer.split("?")[0] ?? importer;
      const resolved = await this.resolve(source, importerFile, { ...options, skipSelf: true });
      if (!resolved || resolved.external || resolved.id.includes("?")) return resolved;
      const file = resolved.id.replace(/\\/g, "/");
      const own = file.startsWith(SRC) && /\.tsx?$/.test(file);
      if (!own) return resolved;
      return `${resolved.id}${TAG}${island}`;
    },
    async load(id) {
      if (!id.includes(TAG)) return null;
      return { code: await readFile(id.slice(0, id.indexOf(TAG)), "utf8") };
    },
  };
}
