// Lighthouse benchmark of a built site (npm run bench; not part of npm test).
//   npm run build && npm run bench                     the site in dist/
//   npm run bench -- dist /tmp/…/dist                 two builds side by side, e.g. the Starlight build
//                                                      of scripts/starlight-compare.mjs (docs/benchmarks.md)
//   npm run bench -- dist=本站 other/dist=Starlight      with labels
// Each folder is served locally by scripts/serve.mjs (gzip/brotli, as in production) and each page
// is audited by Lighthouse 12 with its defaults: mobile, simulated slow 4G and 4× CPU slowdown.
// Environment: BENCH_PAGES="home=/,article=/process/contact/" (paths to audit; "tool=/tools/apr/|-"
// gives each build its own path, "-" for a page that build does not have), BENCH_RUNS=3 (median
// of several runs; default 1), CHROMIUM_PATH (default /usr/bin/chromium, else Playwright's),
// BENCH_REPORTS=folder (also write every Lighthouse report there as JSON).
// After the table it lists, per page and build, the scored audits that did not pass (with how many
// of the runs they failed in), and the machine's state: Chromium version, load average and
// Lighthouse's CPU benchmark index (lower = slower machine; simulated throttling does not correct for
// it, so TBT and Performance drop when the machine is busy).
// A page missing from a build (e.g. /tools/… in the Starlight comparison) is shown as "—".
import { spawn, execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import lighthouse from "lighthouse";

const root = resolve(import.meta.dirname, "..");
const PAGES = (
  process.env.BENCH_PAGES ?? "home=/,article=/cautions/agent-scams/,tool=/tools/installment/,search=/search/"
)
  .split(",")
  .map((entry) => entry.split("="))
  .map(([name, paths]) => ({ name: name.trim(), paths: paths.split("|").map((p) => p.trim()) }));
/** The page's path in the i-th build: "path" for all, or "pathA|pathB" per build, "-" for none. */
const pathIn = (page, i) => {
  const p = page.paths[Math.min(i, page.paths.length - 1)];
  return p === "-" || p === "" ? null : p;
};
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 1));
const REPORTS = process.env.BENCH_REPORTS ? resolve(process.env.BENCH_REPORTS) : null;
if (REPORTS) mkdirSync(REPORTS, { recursive: true });

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

/** Scored audits of the four categories that did not get full marks in this report. */
function failedAudits(lhr) {
  const failed = [];
  for (const category of Object.values(lhr.categories)) {
    for (const ref of category.auditRefs) {
      const a = lhr.audits[ref.id];
      if (ref.weight > 0 && a && typeof a.score === "number" && a.score < 1) {
        failed.push({ id: a.id, value: a.displayValue ?? `score ${a.score.toFixed(2)}` });
      }
    }
  }
  return failed;
}

const cpuIndexes = [];
let userAgent = "";

/** One Lighthouse run: the table's metrics and the audits that did not pass. */
async function auditOnce(url, port, reportName) {
  let lhr;
  // On a busy machine Lighthouse now and then loses the trace (NO_NAVSTART…): such a run is retried.
  for (let attempt = 1; ; attempt++) {
    lhr = (await lighthouse(url, { port, output: "json", logLevel: "error" }))?.lhr;
    if (lhr && !lhr.runtimeError) break;
    const why = `${url}: ${lhr?.runtimeError?.message ?? "no result"}`;
    if (attempt === 3) throw new Error(why);
    process.stderr.write(`  ${why}; retrying\n`);
  }
  if (REPORTS) writeFileSync(join(REPORTS, `${reportName}.json`), JSON.stringify(lhr));
  cpuIndexes.push(lhr.environment.benchmarkIndex);
  userAgent = lhr.environment.hostUserAgent;
  const score = (id) => Math.round((lhr.categories[id]?.score ?? NaN) * 100);
  const value = (id) => lhr.audits[id]?.numericValue ?? NaN;
  return {
    metrics: {
      performance: score("performance"),
      accessibility: score("accessibility"),
      "best-practices": score("best-practices"),
      seo: score("seo"),
      lcp: value("largest-contentful-paint"),
      tbt: value("total-blocking-time"),
      cls: value("cumulative-layout-shift"),
      bytes: value("total-byte-weight"),
    },
    failed: failedAudits(lhr),
  };
}

/** Median of each metric over the runs, and each failed audit with the number of runs it failed in. */
function summarise(runs) {
  const keys = Object.keys(runs[0].metrics);
  const metrics = Object.fromEntries(keys.map((k) => [k, median(runs.map((r) => r.metrics[k]))]));
  const failures = new Map(); // audit id → its value in each run it failed in
  for (const f of runs.flatMap((r) => r.failed)) failures.set(f.id, [...(failures.get(f.id) ?? []), f.value]);
  return {
    ...metrics,
    failures: [...failures].map(
      ([id, values]) => `${id} in ${values.length}/${runs.length} runs: ${values.join(", ")}`,
    ),
  };
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
const loadBefore = loadavg();
let loadAfter; // set in finally
const results = new Map(); // `${page}\t${label}` → metrics | null
try {
  await waitFor(`http://127.0.0.1:${debugPort}/json/version`);
  const origins = [];
  for (const site of sites) {
    const port = freePort();
    stops.push(start(process.execPath, ["scripts/serve.mjs"], { OUT_DIR: site.dir, PORT: String(port) }));
    await waitFor(`http://127.0.0.1:${port}/`);
    origins.push(`http://127.0.0.1:${port}`);
  }
  // One discarded run per build first: the browser's first layout of Chinese text loads the system
  // CJK fonts, a one-off cost that would otherwise fall on whichever page happens to come first.
  for (const [i, site] of sites.entries()) {
    process.stderr.write(`${site.label}: warm-up run\n`);
    await lighthouse(`${origins[i]}/`, { port: debugPort, output: "json", logLevel: "error" });
  }
  // Runs alternate between the builds (A B A B …), so a burst of load on the machine does not fall
  // on one build only.
  for (const page of PAGES) {
    const runs = sites.map(() => []);
    const urls = [];
    for (const [i, site] of sites.entries()) {
      const path = pathIn(page, i);
      const url = path && `${origins[i]}${path}`;
      const status = url ? (await fetch(url)).status : 0;
      if (url && status !== 200) process.stderr.write(`${site.label} ${path}: HTTP ${status}, skipped\n`);
      urls.push(status === 200 ? url : null);
    }
    for (let run = 0; run < RUNS; run++) {
      for (const [i, site] of sites.entries()) {
        if (!urls[i]) continue;
        process.stderr.write(`${site.label} ${pathIn(page, i)} run ${run + 1}/${RUNS}\n`);
        const name = `${site.label}-${page.name}-${run + 1}`.replace(/[^\p{L}\p{N}_-]+/gu, "_");
        runs[i].push(await auditOnce(urls[i], debugPort, name));
      }
    }
    for (const [i, site] of sites.entries()) {
      results.set(`${page.name}\t${site.label}`, runs[i].length ? summarise(runs[i]) : null);
    }
  }
} finally {
  loadAfter = loadavg();
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
    `${page.name} ${[...new Set(sites.map((_, i) => pathIn(page, i) ?? "—"))].join(" | ")}`,
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

console.log("\nScored audits not passed:");
for (const page of PAGES) {
  for (const s of sites) {
    const r = results.get(`${page.name}\t${s.label}`);
    if (!r) continue;
    console.log(`  ${page.name} ${s.label}: ${r.failures.length ? "" : "none"}`);
    for (const f of r.failures) console.log(`    ${f}`);
  }
}
const load = (l) => l.map((x) => x.toFixed(1)).join(" ");
console.log(
  `\nMachine: ${userAgent.match(/(?:Headless)?Chrome\/[\d.]+/)?.[0] ?? "Chromium"}; ` +
    `load average ${load(loadBefore)} before, ${load(loadAfter)} after (1/5/15 min); ` +
    `Lighthouse CPU benchmark index median ${Math.round(median(cpuIndexes))} ` +
    `(min ${Math.round(Math.min(...cpuIndexes))}, max ${Math.round(Math.max(...cpuIndexes))})`,
);
