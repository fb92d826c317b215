/**
 * Build rule for the JavaScript every island page shares (a Vite plugin, registered in
 * astro.config.mjs; browser build only): Preact, its JSX runtime and the hydration client, as one
 * chunk. The per-island code is ./own-chunks.ts's job.
 *
 * - The Preact renderer's client entry `@astrojs/preact/client.js` resolves to ./hydrate.ts, a
 *   smaller client for islands without slots or signals (why, and its contract: ./hydrate.ts).
 * - Preact, preact/jsx-runtime and that client go into one chunk, `preact`: one file with one
 *   gzip context costs less than three (each tool page has a 15 KB budget). Astro still names the
 *   client as the renderer, so a 67-byte file re-exports it from that chunk.
 *
 * The server build and `astro dev` (which uses client-dev.js) keep the stock renderer.
 */
import { fileURLToPath } from "node:url";
import type { Plugin } from "vite";

const STOCK_CLIENT = "@astrojs/preact/client.js";
const LEAN_CLIENT = fileURLToPath(new URL("./hydrate.ts", import.meta.url));
const PREACT = /\/node_modules\/preact\/(?:dist\/preact|jsx-runtime\/dist\/jsxRuntime)\.module\.js$/;

export function islandRuntime(): Plugin {
  return {
    name: "island-runtime",
    apply: "build",
    enforce: "pre",
    applyToEnvironment: (environment) => environment.name === "client",
    resolveId(source) {
      return source === STOCK_CLIENT ? LEAN_CLIENT : null;
    },
    // Only the browser build: the server's chunks are Astro's business.
    configEnvironment(name) {
      if (name !== "client") return null;
      return {
        build: {
          rollupOptions: {
            output: {
              manualChunks: (id: string) =>
                id === LEAN_CLIENT || PREACT.test(id.replace(/\\/g, "/")) ? "preact" : null,
            },
          },
        },
      };
    },
  };
}
