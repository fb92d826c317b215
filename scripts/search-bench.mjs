// Search benchmark against the built site (npm run build first):
//   npm run bench:search                 both engines, side by side
//   npm run bench:search -- --engine=layer --misses
// Runs bench/search/questions.json through Pagefind alone ("plain") and through the site's search
// module ("layer") in Chromium, and prints recall@1, recall@3, MRR, zero-result rate, latency of the
// first query on a cold page and of later queries, and the bytes the first query transfers.
// Options: --engine=plain|layer|both, --misses (list questions not answered in the top 3),
// --json=FILE (write the full figures). Env: OUT_DIR (dist), SITE_BASE (/), CHROMIUM_PATH.
import { spawn, execFileSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { chromium } from "@playwright/test";
import { answerAll, coldFirstQuery, laterLatency, loadQuestions, score, scoreByTag } from "../bench/search/core.mjs";

const args = Object.fromEntries(
  process.argv.slice(2).map((a) => {
    const [k, v] = a.replace(/^--/, "").split("=");
    return [k, v ?? "1"];
  }),
);
const engines = args.engine && args.engine !== "both" ? [args.engine] : ["plain", "layer"];
const base = `/${(process.env.SITE_BASE ?? "/").replace(/^\/+|\/+$/g, "")}/`.replace("//", "/");
const outDir = process.env.OUT_DIR ?? "dist";
if (!existsSync(`${outDir}/pagefind/pagefind.js`)) {
  console.error(`${outDir}/pagefind/ 不存在：先运行 npm run build。`);
  process.exit(1);
}

const port = execFileSync(process.execPath, ["scripts/free-port.mjs"]).toString().trim();
const server = spawn(process.execPath, ["scripts/serve.mjs"], {
  env: { ...process.env, PORT: port, HOST: "127.0.0.1", SITE_BASE: base, OUT_DIR: outDir },
  stdio: ["ignore", "pipe", "inherit"],
});
await new Promise((resolve, reject) => {
  server.stdout.on("data", resolve);
  server.on("exit", (code) => reject(new Error(`server exited (${code})`)));
});
const baseURL = `http://127.0.0.1:${port}${base}`;

const executablePath =
  process.env.CHROMIUM_PATH ?? (existsSync(chromium.executablePath()) ? undefined : "/usr/bin/chromium");
const browser = await chromium.launch({
  executablePath,
  args: ["--disable-background-networking", "--disable-component-update", "--no-first-run"],
});

const questions = loadQuestions();
const pct = (x) => `${(x * 100).toFixed(1)}%`;
const report = {};
try {
  for (const engine of engines) {
    const cold = await coldFirstQuery(browser, baseURL, engine, questions[0].q);
    const page = await browser.newPage();
    await page.goto(new URL("process/prepare/", baseURL).href);
    const answers = await answerAll(page, engine, questions);
    await page.close();
    const s = score(answers);
    report[engine] = { ...s, byTag: scoreByTag(answers), cold, later: laterLatency(answers), answers };
    console.log(`\n== ${engine} (${s.questions} questions)`);
    console.log(
      `recall@1 ${pct(s.recallAt1)}  recall@3 ${pct(s.recallAt3)}  recall@10 ${pct(s.recallAt10)}  ` +
        `MRR ${s.mrr.toFixed(3)}  zero results ${pct(s.zeroResultRate)}`,
    );
    for (const [tag, t] of Object.entries(report[engine].byTag)) {
      console.log(
        `  ${tag.padEnd(12)} n=${String(t.questions).padStart(3)}  @1 ${pct(t.recallAt1)}  @3 ${pct(t.recallAt3)}`,
      );
    }
    const l = report[engine].later;
    console.log(
      `first query on a cold page (median of 5): ${cold.query.toFixed(0)} ms after search is ready ` +
        `(getting ready: ${cold.ready.toFixed(0)} ms; both: ${cold.total.toFixed(0)} ms); ` +
        `${(cold.bytes / 1024).toFixed(1)} KB in ${cold.requests} requests`,
    );
    console.log(`  ${cold.files.join(", ")}`);
    console.log(
      `later queries: median ${l.median.toFixed(1)} ms, p95 ${l.p95.toFixed(1)} ms, max ${l.max.toFixed(1)} ms`,
    );
    if (args.misses) {
      for (const a of answers.filter((x) => x.rank === 0 || x.rank > 3)) {
        console.log(`  ✗ ${a.q}  → ${a.got.slice(0, 3).join(", ") || "（无结果）"}  (want ${a.expect.join(" | ")})`);
      }
    }
  }
  if (args.json) {
    mkdirSync(dirname(args.json), { recursive: true });
    writeFileSync(args.json, JSON.stringify(report, null, 2));
    console.log(`\n→ ${args.json}`);
  }
} finally {
  await browser.close();
  server.kill();
}
