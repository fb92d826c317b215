/**
 * Astro integration: after `astro build`, writes the service worker <build>/sw.js (served at the
 * base, so its scope is the whole site). It bundles src/scripts/service-worker.ts with esbuild
 * (Astro's own dependency) and fills in the precache list and the version computed from the built
 * files (src/lib/offline/precache.ts). See docs/offline.md.
 */
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { build } from "esbuild";
import { precacheFiles, precacheVersion, urlOf } from "./precache";

/** Stands for the version in the bundle until the version (a hash that covers the bundle) is known. */
const PLACEHOLDER = "@@offline-version@@";

export function offlineWorker(): AstroIntegration {
  let base = "/";
  return {
    name: "offline-worker",
    hooks: {
      "astro:config:done": ({ config }) => {
        base = config.base;
      },
      "astro:build:done": async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const all = readdirSync(root, { recursive: true, encoding: "utf8" }).map((f) => f.split("\\").join("/"));
        const built = new Set(all);
        // Each file is read once: precacheFiles reads pages and scripts as text, the entries hash them all.
        const contents = new Map<string, Buffer>();
        const load = (path: string) => {
          let content = contents.get(path);
          if (!content) contents.set(path, (content = readFileSync(`${root}/${path}`)));
          return content;
        };
        const read = (path: string) => (built.has(path) ? load(path).toString("utf8") : undefined);
        const files = precacheFiles(all, read, base);
        const entries = files.map((f) => ({ url: urlOf(f, base), content: load(f) }));
        const result = await build({
          entryPoints: [fileURLToPath(new URL("../../scripts/service-worker.ts", import.meta.url))],
          bundle: true,
          minify: true,
          format: "iife",
          target: "es2022",
          write: false,
          legalComments: "none",
          define: {
            __VERSION__: JSON.stringify(PLACEHOLDER),
            __PRECACHE__: JSON.stringify(entries.map((e) => e.url)),
          },
        });
        // The version covers the worker's own code too, so a change to the worker alone also
        // gives new cache names.
        const bundle = result.outputFiles[0]!.text;
        const version = precacheVersion([...entries, { url: "sw.js", content: bundle }]);
        const code = `/* offline reading, version ${version}: see docs/offline.md */\n${bundle.replaceAll(PLACEHOLDER, version)}`;
        writeFileSync(`${root}/sw.js`, code);
        const bytes = entries.reduce((n, e) => n + e.content.length, 0);
        logger.info(
          `sw.js ${version}: ${entries.length} files precached (${(bytes / 1024).toFixed(0)} KB uncompressed)`,
        );
      },
    },
  };
}
