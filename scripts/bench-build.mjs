// Build-time benchmark: how long the site takes to build with 1,000 articles.
//   npm run bench:build            (BENCH_ARTICLES=1000, BENCH_KEEP=1 keeps the temporary folder)
// Generates the articles into a temporary content folder (CONTENT_ROOT, see src/content.config.ts)
// next to the minimal fixture files (tests/fixtures/content: contacts, glossary, FAQ, about page,
// one sample article), builds it with astro build into a temporary OUT_DIR, indexes it with
// Pagefind, and prints the times. The real content/ and dist/ are not touched.
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { join, resolve } from "node:path";

const COUNT = Number(process.env.BENCH_ARTICLES ?? 1000);
const CATEGORIES = ["background", "process", "cautions", "channels", "cases"];
const root = resolve(import.meta.dirname, "..");
const work = mkdtempSync(join(tmpdir(), "xieshang-bench-build-"));
const content = join(work, "content");
const outDir = join(work, "dist");

// A small deterministic generator, so every run builds the same text.
let seed = 20261128;
const rand = (n) => {
  seed = (seed * 1103515245 + 12345) % 2 ** 31;
  return seed % n;
};
const pick = (list) => list[rand(list.length)];

const SUBJECTS = ["放贷机构", "客服", "你自己", "家人", "催收人员", "银行", "平台", "调解组织"];
const VERBS = ["会先核实", "通常要求", "可能会问", "建议记录", "需要说明", "可以申请", "不会替你决定", "应当书面确认"];
const OBJECTS = [
  "每月真实收入和必要开支",
  "逾期的原因和开始的时间",
  "能够承受的每月还款金额",
  "延期或分期的具体方案",
  "通话的日期、时间和对方工号",
  "减免罚息的条件和期限",
  "协议的书面版本或截图",
  "征信报告上的记录",
];
const sentence = () => `${pick(SUBJECTS)}${pick(VERBS)}${pick(OBJECTS)}，${pick(OBJECTS)}也要一并准备。`;
const paragraph = () => Array.from({ length: 4 + rand(3) }, sentence).join("");

function article(category, i) {
  const slug = `topic-${String(i).padStart(4, "0")}`;
  // Related articles in the same category: numbers 5 and 10 apart share it.
  const related = [5, 10]
    .map((d) => (i + d <= COUNT ? i + d : i - d))
    .filter((j) => j >= 1)
    .map((j) => `${category}/topic-${String(j).padStart(4, "0")}`);
  const sections = Array.from({ length: 4 + rand(3) }, (_, s) => {
    const list = s % 2 ? `\n\n- ${pick(OBJECTS)}\n- ${pick(OBJECTS)}\n- ${pick(OBJECTS)}` : "";
    return `## 第 ${s + 1} 步：${pick(OBJECTS)}\n\n${paragraph()}${list}\n\n${paragraph()}`;
  });
  const extras = [
    `需要时拨打 <Contact id="sample" />，问清楚<Term id="sample-term">示例术语</Term>的含义。`,
    i % 10 === 0 ? `<Calculator tool="installment" query="amount=6000&months=12&fee=0.75&method=flat-fee" />` : "",
  ];
  const mdx = `---
title: 第 ${i} 篇：${pick(OBJECTS)}
description: 这是构建基准测试生成的第 ${i} 篇文章，用来测量一千篇文章时网站构建需要多长时间，内容没有实际意义。
category: ${category}
order: ${i}
reviewed: 2026-01-01
sources:
  - title: 《征信业管理条例》
    publisher: 国务院
    date: 2013-01-21
keywords: [基准, 第${i}篇]
related: [${related.join(", ")}]
summary:
  - ${pick(OBJECTS)}
  - ${pick(OBJECTS)}
---

${paragraph()}

${sections.join("\n\n")}

${extras.filter(Boolean).join("\n\n")}
`;
  return { path: join(content, "articles", category, `${slug}.mdx`), mdx };
}

function folderSize(dir) {
  return readdirSync(dir, { withFileTypes: true }).reduce((n, d) => {
    const p = join(dir, d.name);
    return n + (d.isDirectory() ? folderSize(p) : statSync(p).size);
  }, 0);
}

function run(label, args, env) {
  const started = performance.now();
  const r = spawnSync(process.execPath, args, {
    cwd: root,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1", CONTENT_ROOT: content, OUT_DIR: outDir, ...env },
    encoding: "utf8",
    maxBuffer: 256 << 20,
  });
  const seconds = (performance.now() - started) / 1000;
  if (r.status !== 0) {
    console.error(`${label} failed:\n${(r.stdout ?? "").slice(-4000)}${(r.stderr ?? "").slice(-4000)}`);
    process.exit(1);
  }
  return { seconds, output: r.stdout + r.stderr };
}

try {
  cpSync(join(root, "tests/fixtures/content"), content, { recursive: true });
  const written = [];
  for (let i = 1; i <= COUNT; i++) written.push(article(CATEGORIES[(i - 1) % CATEGORIES.length], i));
  for (const c of CATEGORIES) mkdirSync(join(content, "articles", c), { recursive: true });
  for (const a of written) writeFileSync(a.path, a.mdx);
  const articles = written.length + 1; // + the fixture's sample article

  console.log(`Generated ${articles} articles in ${content}; building on ${cpus().length} CPU(s)…`);
  const astro = run("astro build", ["node_modules/astro/bin/astro.mjs", "build"]);
  const pages = Number(astro.output.match(/(\d+) page\(s\) built/)?.[1] ?? NaN);
  const pagefind = run("pagefind", ["scripts/pagefind.mjs"]);
  // A second build with the content-layer cache warm (the usual case when one article changes).
  const warm = run("astro build (warm cache)", ["node_modules/astro/bin/astro.mjs", "build"]);
  const size = folderSize(outDir);
  const rows = [
    ["articles", String(articles)],
    ["pages built", String(pages)],
    ["astro build, cold content cache", `${astro.seconds.toFixed(1)} s`],
    ["pagefind index", `${pagefind.seconds.toFixed(1)} s`],
    ["total (npm run build equivalent)", `${(astro.seconds + pagefind.seconds).toFixed(1)} s`],
    ["astro build again, warm cache", `${warm.seconds.toFixed(1)} s`],
    ["per article (cold)", `${((astro.seconds * 1000) / articles).toFixed(0)} ms`],
    ["output size", `${(size / 2 ** 20).toFixed(1)} MB`],
  ];
  const width = Math.max(...rows.map((r) => r[0].length));
  console.log(`\nBuild benchmark (${new Date().toISOString().slice(0, 10)}, Node ${process.version})`);
  for (const [k, v] of rows) console.log(`  ${k.padEnd(width)}  ${v}`);
} finally {
  if (process.env.BENCH_KEEP) console.log(`kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
  // The content-layer cache of this content root lives in node_modules (see astro.config.mjs).
  const cache = join(root, `node_modules/.astro-content-${content.replace(/[^a-zA-Z0-9]+/g, "_").slice(-80)}`);
  if (!process.env.BENCH_KEEP) rmSync(cache, { recursive: true, force: true });
}
