// Builds the same articles with Starlight, for the Lighthouse comparison in docs/benchmarks.md.
//   node scripts/starlight-compare.mjs          → prints the Starlight build's dist folder (last line)
//   npm run build && npm run bench:starlight    → also runs the Lighthouse comparison (--bench):
//                                                  our dist/ and Starlight's, BENCH_RUNS=3 by default
// Nothing of Starlight enters this project: the Starlight site is created in a folder outside the
// repository (STARLIGHT_DIR, default <os.tmpdir()>/xieshang-starlight-compare), with its own
// package.json and node_modules installed from the npm registry. Running it again rewrites the
// content and rebuilds; the installed packages are kept while the versions below do not change.
//
// The articles (content/articles/**) become plain Markdown. Our MDX components do not exist in
// Starlight, so they become their text or a simple equivalent:
//   <Contact id>        "名称（[号码](tel:…)）" from content/contacts.yaml, as our component prints it
//   <Term id>…</Term>   the words only (Starlight has no glossary pages)
//   <Blank label>       "〔label〕"
//   <Callout type>      a Starlight aside (:::note / :::caution / :::danger)
//   <Template title>    a :::note[模板：title] aside with the same closing line as ours
//   <Calculator tool>   a one-line note naming the calculator (Starlight has no calculators)
// Title and description stay in Starlight's frontmatter, `order` becomes sidebar.order, the summary
// becomes a "要点" aside at the top, the sources and review date a list and a line at the end, like
// our article page. Heading anchors ("## 标题 [#id]" and our numbered s1, s1-1 defaults) are dropped
// and links to them are rewritten to the anchors Starlight generates from the heading text; after
// the build, every internal link and anchor in the Starlight site is checked.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, isAbsolute, join, relative, resolve } from "node:path";
import { parse } from "yaml";
import { CATEGORIES } from "../src/lib/categories.ts";
import { SITE } from "../src/lib/site.ts";
import { TOOLS } from "../src/lib/tools.ts";
import { ICON_SVG } from "../src/lib/icon.ts";
import { formatDateZh } from "../src/lib/format.ts";
import { sourceDateText } from "../src/lib/sources.ts";

const VERSIONS = { astro: "7.3.5", "@astrojs/starlight": "0.42.4" };

const root = resolve(import.meta.dirname, "..");
const dir = resolve(process.env.STARLIGHT_DIR ?? join(tmpdir(), "xieshang-starlight-compare"));
const inside = relative(root, dir);
if (!inside.startsWith("..") && !isAbsolute(inside)) {
  console.error(`${dir} is inside the project: choose a folder outside ${root} (STARLIGHT_DIR)`);
  process.exit(1);
}
const log = (text) => process.stderr.write(`${text}\n`);

function run(command, args) {
  const r = spawnSync(command, args, {
    cwd: dir,
    stdio: ["ignore", 2, 2], // its output goes to stderr: stdout is only the dist path
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1" },
  });
  if (r.status !== 0) throw new Error(`${command} ${args.join(" ")} failed in ${dir}`);
}

const write = (path, text) => {
  mkdirSync(dirname(join(dir, path)), { recursive: true });
  writeFileSync(join(dir, path), text);
};

// 1. The Starlight project.
mkdirSync(dir, { recursive: true });
const pkg = JSON.stringify(
  {
    name: "xieshang-starlight-compare",
    private: true,
    type: "module",
    description: "Temporary Starlight build of 协商还款指南's articles (scripts/starlight-compare.mjs)",
    scripts: { build: "astro build" },
    dependencies: VERSIONS,
  },
  null,
  2,
);
const pkgChanged = !existsSync(join(dir, "package.json")) || readFileSync(join(dir, "package.json"), "utf8") !== pkg;
write("package.json", pkg);
if (pkgChanged || !existsSync(join(dir, "node_modules/@astrojs/starlight"))) {
  log(
    `Installing ${Object.entries(VERSIONS)
      .map(([n, v]) => `${n}@${v}`)
      .join(", ")} in ${dir} …`,
  );
  run("npm", ["install", "--no-audit", "--no-fund", "--loglevel=error"]);
}
const requireThere = createRequire(join(dir, "package.json"));
const { default: GithubSlugger } = await import(requireThere.resolve("github-slugger"));

write(
  "astro.config.mjs",
  `import { defineConfig } from "astro/config";
import starlight from "@astrojs/starlight";

export default defineConfig({
  site: ${JSON.stringify(process.env.SITE_URL ?? "https://xieshang.example.org")},
  integrations: [
    starlight({
      title: ${JSON.stringify(SITE.name)},
      description: ${JSON.stringify(SITE.description)},
      defaultLocale: "root",
      locales: { root: { label: "简体中文", lang: "zh-CN" } },
      sidebar: ${JSON.stringify(CATEGORIES.map((c) => ({ label: c.name, items: [{ autogenerate: { directory: c.id } }] })))},
    }),
  ],
});
`,
);
write(
  "src/content.config.ts",
  `import { defineCollection } from "astro:content";
import { docsLoader } from "@astrojs/starlight/loaders";
import { docsSchema } from "@astrojs/starlight/schema";

export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`,
);

// Starlight's pages link /favicon.svg, which a new Starlight project has in public/: ours stands in.
mkdirSync(join(dir, "public"), { recursive: true });
writeFileSync(join(dir, "public/favicon.svg"), ICON_SVG);

// 2. The articles.
const contacts = new Map(parse(readFileSync(join(root, "content/contacts.yaml"), "utf8")).map((c) => [c.id, c]));
const toolNames = new Map(TOOLS.map((t) => [t.slug, t.name]));
const CALLOUT = { info: "note", warning: "caution", danger: "danger" };
const attr = (attrs, name) => attrs.match(new RegExp(`\\b${name}="([^"]*)"`))?.[1];
// Frontmatter dates arrive as "YYYY-MM-DD" strings (the yaml package's core schema); the site's
// schema coerces them to Dates (UTC midnight), and so does this.
const toDate = (d) => (d === undefined || d === null ? undefined : d instanceof Date ? d : new Date(String(d)));
/** "发布者，日期" after a source's title, as src/components/SourceList.astro prints it. */
const sourceMeta = (s) =>
  [s.publisher, sourceDateText({ date: toDate(s.date), accessed: toDate(s.accessed) })].filter(Boolean).join("，");
const articleDir = join(root, "content/articles");
const articles = readdirSync(articleDir, { recursive: true, encoding: "utf8" })
  .filter((f) => f.endsWith(".mdx"))
  .sort()
  .map((file) => {
    const text = readFileSync(join(articleDir, file), "utf8");
    const match = text.match(/^---\r?\n([\s\S]*?)\r?\n---\r?\n([\s\S]*)$/);
    if (!match) throw new Error(`${file}: no frontmatter`);
    return { slug: file.replace(/\.mdx$/, "").replaceAll("\\", "/"), data: parse(match[1]), body: match[2] };
  });

/** Our anchors ("process/contact#records", "…#s2-1") → the anchor Starlight gives the same heading. */
const anchors = new Map();
for (const a of articles) {
  const slugger = new GithubSlugger();
  let h2 = 0;
  let h3 = 0;
  a.body = a.body.replace(/^(#{2,6}) (.*)$/gm, (_, hashes, heading) => {
    const explicit = heading.match(/\s*\[#([a-z][a-z0-9-]{0,39})\]\s*$/);
    const text = explicit ? heading.slice(0, explicit.index) : heading;
    if (hashes.length <= 2) [h2, h3] = [h2 + 1, 0];
    else h3 += 1;
    const ours = explicit?.[1] ?? (hashes.length <= 2 ? `s${h2}` : `s${h2}-${h3}`);
    anchors.set(`${a.slug}#${ours}`, slugger.slug(text.replace(/<[^>]+>/g, "")));
    return `${hashes} ${text}`;
  });
}

const slugs = new Set(articles.map((a) => a.slug));
const unlinked = new Set();

function convert(a) {
  let body = a.body
    .replace(/<Contact\s+([^>]*?)\/>/g, (_, attrs) => {
      const c = contacts.get(attr(attrs, "id"));
      if (!c) throw new Error(`${a.slug}: unknown contact ${attrs}`);
      const number = c.number ? `[${c.number}](tel:${c.number.replace(/-/g, "")})` : null;
      if (attr(attrs, "format") === "number") return number ?? c.name;
      const link = c.url ?? c.source?.url;
      if (number) return `${c.name}（${number}）`;
      return link ? `${c.name}（[${new URL(link).host}](${link})）` : c.name;
    })
    .replace(/<Term\s[^>]*>([\s\S]*?)<\/Term>/g, "$1")
    .replace(/<Blank\s+([^>]*?)\/>/g, (_, attrs) => `〔${attr(attrs, "label")}〕`)
    .replace(/<Callout\s*([^>]*)>([\s\S]*?)<\/Callout>/g, (_, attrs, inner) => {
      const title = attr(attrs, "title");
      return `:::${CALLOUT[attr(attrs, "type") ?? "info"]}${title ? `[${title}]` : ""}\n${inner.trim()}\n:::`;
    })
    .replace(
      /<Template\s+([^>]*)>([\s\S]*?)<\/Template>/g,
      (_, attrs, inner) =>
        `:::note[模板：${attr(attrs, "title")}]\n${inner.trim()}\n\n把空白处换成你自己的情况。可以打印或抄写后使用，不要替换成不真实的内容。\n:::`,
    )
    .replace(
      /<Calculator\s+([^>]*?)\/>/g,
      (_, attrs) => `> ${toolNames.get(attr(attrs, "tool")) ?? "计算器"}（本站文章在这里嵌入了计算器）`,
    )
    // Links to pages Starlight does not have (calculators, glossary, category lists…) → their text.
    .replace(/\[([^\]]+)\]\((\/[^)#]*)(#[^)]*)?\)/g, (whole, text, path) => {
      if (path === "/" || slugs.has(path.replace(/^\/|\/$/g, ""))) return whole;
      unlinked.add(path);
      return text;
    })
    // Links to our heading anchors → Starlight's.
    .replace(/\]\((\/[a-z-]+\/[a-z0-9-]+\/)?#([a-z0-9-]+)\)/g, (whole, path, id) => {
      const target = path ? path.slice(1, -1) : a.slug;
      const anchor = anchors.get(`${target}#${id}`);
      if (!anchor) throw new Error(`${a.slug}: link to unknown anchor ${whole}`);
      return `](${path ?? ""}#${anchor})`;
    });
  const left = body.match(/<[A-Z][A-Za-z]*\b/);
  if (left) throw new Error(`${a.slug}: component ${left[0]} not converted`);

  const d = a.data;
  const summary = d.summary?.length ? `:::tip[要点]\n${d.summary.map((p) => `- ${p}`).join("\n")}\n:::\n\n` : "";
  const sources = (d.sources ?? [])
    .map((s, i) => `${i + 1}. ${s.url ? `[${s.title}](${s.url})` : s.title}，${sourceMeta(s)}`)
    .join("\n");
  body =
    summary +
    body.trim() +
    (sources ? `\n\n## 参考来源\n\n${sources}` : "") +
    (d.reviewed ? `\n\n最后审核：${formatDateZh(toDate(d.reviewed))}` : "");
  const frontmatter = [
    "---",
    `title: ${JSON.stringify(d.title)}`,
    `description: ${JSON.stringify(d.description)}`,
    ...(d.order !== undefined ? ["sidebar:", `  order: ${Number(d.order)}`] : []),
    "---",
  ].join("\n");
  return `${frontmatter}\n\n${body}\n`;
}

rmSync(join(dir, "src/content/docs"), { recursive: true, force: true });
for (const a of articles) write(`src/content/docs/${a.slug}.md`, convert(a));
log(
  `${articles.length} articles converted; links to pages Starlight lacks became plain text: ${[...unlinked].sort().join(" ")}`,
);

// The home page: what ours says, minus the calculators and the search box (Starlight's search is
// in its header on every page).
const first = (id) =>
  articles.filter((a) => a.slug.startsWith(`${id}/`)).sort((x, y) => (x.data.order ?? 0) - (y.data.order ?? 0))[0];
write(
  "src/content/docs/index.md",
  `---
title: ${JSON.stringify(SITE.name)}
description: ${JSON.stringify(`${SITE.tagline}。`)}
template: splash
hero:
  tagline: ${JSON.stringify(`${SITE.tagline}。`)}
---

**这是一个独立的公益网站，不是支付宝。** 这里的办法你都可以自己去做，不需要付钱给任何人。

## 遇到这些情况，先看这里

- [被催收骚扰](/cautions/collection-harassment/)：催收打到家人、单位，或者半夜打电话、辱骂威胁。
- [接到自称客服的电话](/cautions/fake-customer-service/)：让你注销校园贷、开屏幕共享、转账到“安全账户”。
- [有人说能代办协商](/cautions/agent-scams/)：收费帮你“停息挂账”“债务优化”“修复征信”。

## 按主题阅读

${CATEGORIES.map((c) => `- [${c.name}](/${first(c.id).slug}/)：${c.description}`).join("\n")}
`,
);

// 3. Build (Starlight runs Pagefind itself) and check the links.
log(`Building the Starlight site in ${dir} …`);
rmSync(join(dir, "dist"), { recursive: true, force: true });
run(process.execPath, [join(dir, "node_modules/astro/bin/astro.mjs"), "build"]);

const dist = join(dir, "dist");
const pages = readdirSync(dist, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".html"));
const ids = new Map(
  pages.map((f) => [
    `/${f.replace(/\\/g, "/").replace(/index\.html$/, "")}`,
    new Set([...readFileSync(join(dist, f), "utf8").matchAll(/\sid="([^"]+)"/g)].map((m) => m[1])),
  ]),
);
const broken = [];
for (const f of pages) {
  const from = `/${f.replace(/\\/g, "/").replace(/index\.html$/, "")}`;
  for (const [, href] of readFileSync(join(dist, f), "utf8").matchAll(/\shref="(\/[^"]*|#[^"]*)"/g)) {
    const [path, hash] = href.startsWith("#") ? [from, href.slice(1)] : href.split("#");
    if (/\.[a-z0-9]+$/i.test(path)) continue; // assets: favicon, sitemap, CSS
    const target = ids.get(path);
    if (!target || (hash && !target.has(decodeURIComponent(hash)))) broken.push(`${from} → ${href}`);
  }
}
if (broken.length) {
  log(`${broken.length} broken internal links:\n  ${[...new Set(broken)].slice(0, 20).join("\n  ")}`);
  process.exit(1);
}
log(`${pages.length} pages, internal links and anchors all resolve.`);
const PAGES = "home=/,article=/cautions/agent-scams/,tool=/tools/installment/|-,search=/search/|-";
if (process.argv.includes("--bench")) {
  // Our build must exist already (npm run build); Starlight has no calculator and no search page.
  const r = spawnSync(process.execPath, [join(root, "scripts/bench.mjs"), "dist=本站", `${dist}=Starlight`], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, BENCH_PAGES: process.env.BENCH_PAGES ?? PAGES, BENCH_RUNS: process.env.BENCH_RUNS ?? "3" },
  });
  process.exit(r.status ?? 1);
}
log(`Compare: BENCH_RUNS=3 BENCH_PAGES="${PAGES}" npm run bench -- dist=本站 ${dist}=Starlight`);
console.log(dist);
