// Builds the Pagefind search index for the built site (npm run build runs this after astro build).
import * as pagefind from "pagefind";

const outDir = process.env.OUT_DIR ?? "dist";
const started = Date.now();
// No forceLanguage: Pagefind keeps one index per <html lang>, zh-cn for the site and zh-hant for
// its Traditional edition (dist/zh-hant/), and each page searches its own.
const { index, errors } = await pagefind.createIndex({});
if (!index) throw new Error(`Pagefind: ${errors.join("; ")}`);
const added = await index.addDirectory({ path: outDir });
if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join("; ")}`);
const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join("; ")}`);
await pagefind.close();
console.log(`Pagefind: indexed ${added.page_count} pages in ${Date.now() - started} ms → ${outDir}/pagefind`);
