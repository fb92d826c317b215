// Lighthouse benchmark of a built site (npm run bench; not part of npm test).
//   npm run build && npm run bench                     the site in dist/
//   npm run bench -- dist ../starlight-site/dist       two builds side by side (docs/benchmarks.md)
//   npm run bench -- dist=本站 other/dist=Starlight      with labels
// Each folder is served locally by scripts/serve.mjs (gzip/brotli, as in production) and each page
// is audited by Lighthouse 12 with its defaults: mobile, simulated slow 4G and 4× CPU slowdown.
// Environment: BENCH_PAGES="home=/,article=/process/contact/" (paths to audit), BENCH_RUNS=3 (median
// of several runs; default 1), CHROMIUM_PATH (default /usr/bin/chromium, else Playwright's).
// A page missing from a build (e.g. /tools/… in the Starlight comparison) is shown as "—".
import { spawn, execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import lighthouse from "lighthouse";

const root = resolve(import.meta.dirname, "..");
const PAGES = (
  process.env.BENCH_PAGES ?? "home=/,article=/cautions/agent-scams/,tool=/tools/installment/,search=/search/"
)
  .split(",")
  .map((entry) => entry.split("="))
  .map(([name, path]) => ({ name: name.trim(), path: path.trim() }));
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 1));

const sites = (process.argv.slice(2).length ? process.argv.slice(2) : ["dist"]).map((arg) => {
  const [dir, label] = arg.split("=");
  return { dir: resolve(dir), label: label ?? dir };
});
for (const s of sites) {
  if (!existsSync(join(s.dir, "index.html"))) {
    console.error(`${s.dir} has no index.html: build it first (npm run build)`);
    process.exit(1);
  }
}

function chromiumPath() {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  if (existsSync("/usr/bin/chromium")) return "/usr/bin/chromium";
  return execFileSync(process.execPath, ["-e", "console.log(require('playwright-core').chromium.executablePath())"])
    .toString()
    .trim();
}

const freePort = () => Number(execFileSync(process.execPath, [join(root, "scripts/free-port.mjs")]).toString());
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function waitFor(url, timeout = 20_000) {
  const until = Date.now() + timeout;
  while (Date.now() < until) {
    try {
      const r = await fetch(url);
      if (r.status < 500) return;
    } catch {
      /* not up yet */
    }
    await sleep(100);
  }
  throw new Error(`${url} did not answer within ${timeout} ms`);
}

/** Starts a process and returns a function that stops it (by its own pid only) and waits for it. */
function start(command, args, env = {}) {
  const child = spawn(command, args, { cwd: root, env: { ...process.env, ...env }, stdio: "ignore" });
  const exited = new Promise((done) => child.once("exit", done));
  return async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
    await Promise.race([exited, sleep(5_000)]);
  };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function audit(url, port) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    const result = await lighthouse(url, { port, output: "json", logLevel: "error" });
    const lhr = result?.lhr;
    if (!lhr || lhr.runtimeError) throw new Error(`${url}: ${lhr?.runtimeError?.message ?? "no result"}`);
    const score = (id) => Math.round((lhr.categories[id]?.score ?? NaN) * 100);
    const value = (id) => lhr.audits[id]?.numericValue ?? NaN;
    runs.push({
      performance: score("performance"),
      accessibility: score("accessibility"),
      "best-practices": score("best-practices"),
      seo: score("seo"),
      lcp: value("largest-contentful-paint"),
      tbt: value("total-blocking-time"),
      cls: value("cumulative-layout-shift"),
      bytes: value("total-byte-weight"),
    });
  }
  return Object.fromEntries(Object.keys(runs[0]).map((k) => [k, median(runs.map((r) => r[k]))]));
}

const profile = mkdtempSync(join(tmpdir(), "xieshang-bench-chrome-"));
const debugPort = freePort();
const stopChrome = start(chromiumPath(), [
  "--headless=new",
  "--no-sandbox",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  `--user-data-dir=${profile}`,
  `--remote-debugging-port=${debugPort}`,
  "about:blank",
]);
const stops = [stopChrome];
const results = new Map(); // `${page}\t${label}` → metrics | null
try {
  await waitFor(`http://127.0.0.1:${debugPort}/json/version`);
  for (const site of sites) {
    const port = freePort();
    stops.push(start(process.execPath, ["scripts/serve.mjs"], { OUT_DIR: site.dir, PORT: String(port) }));
    await waitFor(`http://127.0.0.1:${port}/`);
    for (const page of PAGES) {
      const url = `http://127.0.0.1:${port}${page.path}`;
      const status = (await fetch(url)).status;
      process.stderr.write(`${site.label} ${page.path} … `);
      results.set(`${page.name}\t${site.label}`, status === 200 ? await audit(url, debugPort) : null);
      process.stderr.write(status === 200 ? "done\n" : `HTTP ${status}, skipped\n`);
    }
  }
} finally {
  for (const stop of stops) await stop();
  rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
}

const METRICS = [
  ["performance", "Performance", (v) => String(v)],
  ["accessibility", "Accessibility", (v) => String(v)],
  ["best-practices", "Best practices", (v) => String(v)],
  ["seo", "SEO", (v) => String(v)],
  ["lcp", "LCP", (v) => `${(v / 1000).toFixed(2)} s`],
  ["tbt", "TBT", (v) => `${Math.round(v)} ms`],
  ["cls", "CLS", (v) => v.toFixed(3)],
  ["bytes", "Total bytes", (v) => `${(v / 1024).toFixed(1)} KB`],
];
const header = ["page", "metric", ...sites.map((s) => s.label)];
const rows = PAGES.flatMap((page) =>
  METRICS.map(([key, name, format]) => [
    `${page.name} ${page.path}`,
    name,
    ...sites.map((s) => {
      const r = results.get(`${page.name}\t${s.label}`);
      return r ? format(r[key]) : "—";
    }),
  ]),
);
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (r) => r.map((c, i) => (i < 2 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
console.log(
  `\nLighthouse ${(await import("lighthouse/package.json", { with: { type: "json" } })).default.version}, ` +
    `mobile, simulated throttling, ${RUNS === 1 ? "1 run" : `median of ${RUNS} runs`} per page`,
);
console.log(line(header));
let last = "";
for (const r of rows) {
  console.log(line(r[0] === last ? ["", ...r.slice(1)] : r));
  last = r[0];
}
