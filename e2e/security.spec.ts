/**
 * Security and privacy of the built site:
 * - every page carries a Content-Security-Policy <meta> that allows no inline script except by
 *   hash, and every inline script and style of the page matches a hash in it (so the browser runs
 *   nothing it was not built with); dist/_headers carries the same policy as an HTTP header;
 * - no page, including a working calculator and a search, requests anything from another origin;
 * - script and HTML typed into any calculator parameter (URL or field) or the search query never
 *   runs and never becomes markup.
 * Browser tests also fail on any CSP violation (the fixture fails on console errors; CSP
 * violations are recorded here too, with the blocked directive).
 */
import { existsSync, readFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { join, relative } from "node:path";
import type { Page } from "@playwright/test";
import { test, expect, hydrated, unexpected } from "./fixtures";
import { base, dist, htmlFiles } from "./built";

const pages = existsSync(dist)
  ? htmlFiles(dist).map((f) => ({ name: relative(dist, f), html: readFileSync(f, "utf8") }))
  : [];

const sha256 = (text: string) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;
const decode = (s: string) =>
  s
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&");

/** The page's CSP <meta> as a map from directive name to its source list. */
function metaPolicy(html: string): Map<string, string[]> | undefined {
  const content = html.match(/<meta http-equiv="content-security-policy" content="([^"]+)"/i)?.[1];
  if (!content) return undefined;
  return parsePolicy(decode(content));
}
function parsePolicy(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...sources]) => [name!.toLowerCase(), sources]),
  );
}

test.describe("Content-Security-Policy (static, every page)", () => {
  test("every page has a CSP <meta> with no 'unsafe-inline' script, and nothing unhashed before it", () => {
    expect(pages.length, `no HTML in ${dist}: run npm run build first`).toBeGreaterThan(10);
    const problems: string[] = [];
    for (const { name, html } of pages) {
      const policy = metaPolicy(html);
      if (!policy) {
        problems.push(`${name}: no CSP <meta>`);
        continue;
      }
      // Astro writes the <meta> at the end of <head>, after BaseLayout's theme script (which must run
      // before first paint). Only that kind of thing may come first: hashed inline scripts, no styles.
      const before = html.slice(0, html.search(/<meta http-equiv="content-security-policy"/i));
      if (/<style|<link[^>]+rel="?stylesheet|<script[^>]+src=/i.test(before))
        problems.push(`${name}: a style or script file comes before the CSP <meta>`);
      for (const [, body = ""] of before.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g))
        if (!policy.get("script-src")?.includes(sha256(body))) problems.push(`${name}: unhashed script before the CSP`);
      const script = policy.get("script-src") ?? [];
      for (const bad of ["'unsafe-inline'", "'unsafe-eval'", "*", "data:", "http:", "https:"]) {
        if (script.includes(bad)) problems.push(`${name}: script-src allows ${bad}`);
      }
      if (!script.includes("'wasm-unsafe-eval'"))
        problems.push(`${name}: script-src lacks 'wasm-unsafe-eval' (search)`);
      if ((policy.get("style-src") ?? []).includes("'unsafe-inline'"))
        problems.push(`${name}: style-src 'unsafe-inline'`);
      for (const [directive, expected] of [
        ["default-src", "'self'"],
        ["object-src", "'none'"],
        ["base-uri", "'self'"],
      ] as const) {
        if (policy.get(directive)?.join(" ") !== expected) problems.push(`${name}: ${directive} is not ${expected}`);
      }
    }
    expect(problems).toEqual([]);
  });

  test("every inline script and style matches a hash in the page's policy", () => {
    const problems: string[] = [];
    for (const { name, html } of pages) {
      const policy = metaPolicy(html);
      if (!policy) continue;
      const scripts = [...html.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/g)].filter(
        ([, attrs]) => !/type="application\/(ld\+)?json"/.test(attrs ?? ""),
      );
      for (const [, , body = ""] of scripts) {
        if (!policy.get("script-src")?.includes(sha256(body)))
          problems.push(`${name}: inline script not in script-src: ${body.trim().slice(0, 60)}…`);
      }
      for (const [, body = ""] of html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)) {
        if (!policy.get("style-src")?.includes(sha256(body)))
          problems.push(`${name}: inline <style> not in style-src: ${body.trim().slice(0, 60)}…`);
      }
    }
    expect(problems, "a hand-written <script is:inline> must not use define:vars or {expressions}").toEqual([]);
  });

  test("no page has inline event handlers, style attributes or javascript: URLs", () => {
    const problems: string[] = [];
    for (const { name, html } of pages) {
      const body = html.replace(/<script[\s\S]*?<\/script>/g, "");
      for (const m of body.matchAll(/<[a-z][^>]*?\s(on[a-z]+|style)=("[^"]*"|'[^']*'|[^\s>]+)/gi))
        problems.push(`${name}: ${m[1]}=${m[2]!.slice(0, 40)} (blocked by the CSP)`);
      for (const m of body.matchAll(/\s(?:href|src|action)="\s*javascript:[^"]*"/gi)) problems.push(`${name}: ${m[0]}`);
    }
    expect(problems).toEqual([]);
  });

  test("no page loads anything from another origin (static check of every page)", () => {
    const problems: string[] = [];
    for (const { name, html } of pages) {
      for (const m of html.matchAll(
        /<(script|img|iframe|source|audio|video|embed|object)\b[^>]*\s(?:src|data)="([^"]+)"/gi,
      ))
        if (/^(https?:)?\/\//i.test(m[2]!)) problems.push(`${name}: <${m[1]}> ${m[2]}`);
      for (const m of html.matchAll(/<link\b[^>]*>/gi)) {
        const href = m[0].match(/\shref="([^"]+)"/)?.[1] ?? "";
        if (/\srel="?(canonical|alternate)\b/.test(m[0])) continue;
        if (/^(https?:)?\/\//i.test(href)) problems.push(`${name}: ${m[0]}`);
      }
      for (const m of html.matchAll(/url\(\s*["']?((?:https?:)?\/\/[^"')]+)/gi)) problems.push(`${name}: url(${m[1]})`);
    }
    expect(problems).toEqual([]);
  });

  test("dist/_headers allows exactly what the pages' own policies allow, plus the other security headers", () => {
    const file = join(dist, "_headers");
    expect(existsSync(file), "public/_headers is copied into the build").toBe(true);
    const text = readFileSync(file, "utf8");
    expect(text).not.toContain("__CSP__");
    const header = text.match(/^\s+Content-Security-Policy:\s*(.+)$/m)?.[1];
    expect(header).toBeTruthy();
    const fromHeader = parsePolicy(header!);
    // Header and <meta> both apply: every source any page's own policy needs must be in the header
    // (else that page's styles or scripts are blocked), and nothing that no page needs.
    const needed = new Map<string, Set<string>>();
    for (const { name, html } of pages) {
      for (const [directive, sources] of metaPolicy(html)!) {
        const allowed = fromHeader.get(directive) ?? [];
        const missing = sources.filter((s) => !allowed.includes(s));
        expect(missing, `${name}: ${directive} sources the header lacks`).toEqual([]);
        for (const s of sources) needed.set(directive, (needed.get(directive) ?? new Set()).add(s));
      }
    }
    for (const [directive, sources] of fromHeader) {
      if (directive === "frame-ancestors") continue;
      expect(
        sources.filter((s) => !needed.get(directive)?.has(s)),
        `${directive}: allowed by no page`,
      ).toEqual([]);
    }
    expect(fromHeader.get("frame-ancestors")).toEqual(["'none'"]);
    for (const name of [
      "Strict-Transport-Security",
      "X-Content-Type-Options: nosniff",
      "Referrer-Policy",
      "Permissions-Policy",
    ]) {
      expect(text).toContain(`  ${name}`);
    }
    const rules = [...text.matchAll(/^(\/\S*)$/gm)].map((m) => m[1]!);
    expect(rules).toContain(`${base}*`);
    expect(rules).toContain(`${base}_astro/*`);
    for (const rule of rules) expect(rule.startsWith(base), rule).toBe(true);
  });
});

/** Records CSP violations in the page (they also appear as console errors). */
async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener("securitypolicyviolation", (e) =>
      w.__csp.push(`${e.effectiveDirective} blocked ${e.blockedURI || "inline"} (${e.sourceFile}:${e.lineNumber})`),
    );
  });
  return () => page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
}

/** Every calculator page of the build (tools/<slug>/). */
const TOOLS = pages
  .map((p) => p.name.split("\\").join("/"))
  .flatMap((n) => n.match(/^tools\/[a-z0-9-]+\/(?=index\.html$)/) ?? []);
const TEXT_INPUTS = 'main input[type="text"], main input:not([type])';

const PAGE_TYPES = [
  "",
  "process/",
  "process/contact/",
  "background/options/",
  "glossary/",
  "faq/",
  "about/",
  "tools/",
  "search/",
  "no-such-page/",
];

test.describe("privacy in the browser", () => {
  test("no page type, calculator or search requests anything from another origin", async ({
    page,
    baseURL,
    consoleErrors,
  }) => {
    test.setTimeout(120_000);
    const origin = new URL(baseURL!).origin;
    const foreign: string[] = [];
    await page.route("**/*", (route) => {
      const url = route.request().url();
      if (new URL(url).origin !== origin && !url.startsWith("data:")) {
        foreign.push(`${page.url()} → ${url}`);
        return route.abort();
      }
      return route.continue();
    });
    const violations = await watchCsp(page);
    for (const path of PAGE_TYPES) {
      await page.goto(path);
      await hydrated(page);
      expect(await violations(), path).toEqual([]);
    }
    // Every calculator, used: hydrate it and type a figure into each of its fields.
    for (const tool of TOOLS) {
      await page.goto(tool);
      await hydrated(page);
      for (const input of await page.locator(TEXT_INPUTS).all()) {
        if (await input.isVisible()) await input.fill("12");
      }
      expect(await violations(), tool).toEqual([]);
    }
    const searchLoaded = page.waitForResponse((r) => /\/pagefind\/.+\.pf_fragment$/.test(r.url()));
    await page.goto(`search/?q=${encodeURIComponent("协商")}`);
    expect((await searchLoaded).ok(), "the search loads Pagefind and a result fragment").toBe(true);
    await page.waitForLoadState("networkidle");
    expect(await violations(), "search").toEqual([]);
    expect(foreign).toEqual([]);
    expect(unexpected(consoleErrors)).toEqual([]);
  });
});

// Strings that would run or become markup if any code put them into HTML, an attribute, a URL, a
// template or eval. Each sets window.__pwned or adds a [data-pwned] element if it ever works. Some
// are short enough (≤ 40 characters, no < or >) to get past the URL reader to the parsers.
const HOSTILE = [
  `<img src=x onerror="window.__pwned=1">`,
  `"><svg onload="window.__pwned=1"><b data-pwned>`,
  `" data-pwned="1`,
  `javascript:window.__pwned=1`,
  `\${window.__pwned=1}{{window.__pwned=1}}`,
  `&lt;b data-pwned&gt;x&lt;/b&gt;`,
  `5万<!--__proto__`,
];

async function expectInert(page: Page, where: string): Promise<void> {
  const state = await page.evaluate(() => ({
    pwned: (window as unknown as { __pwned?: unknown }).__pwned,
    nodes: [
      ...document.querySelectorAll("[data-pwned], img[src='x'], svg[onload], [onerror], [onload], [onfocus]"),
    ].map((n) => n.outerHTML.slice(0, 80)),
    scripts: [...document.scripts].filter((s) => s.text.includes("__pwned")).length,
  }));
  expect(state, where).toEqual({ pwned: undefined, nodes: [], scripts: 0 });
  await expect(page.locator("main"), where).not.toContainText(/NaN|Infinity|undefined/);
}

test.describe("hostile input stays inert", () => {
  test.describe.configure({ timeout: 120_000 });

  /** A tool's URL parameters, as documented on its page (the "链接参数" list). */
  async function parameters(page: Page): Promise<string[]> {
    const names = await page
      .locator("#params ~ ul")
      .first()
      .locator("li > code:first-child")
      .evaluateAll((codes) => codes.map((c) => c.textContent?.trim() ?? ""));
    return names.filter((n) => /^[a-z][a-z0-9_]*$/i.test(n));
  }

  for (const tool of TOOLS) {
    test(`script and HTML in every URL parameter and field of /${tool}`, async ({ page, consoleErrors }) => {
      const dialogs: string[] = [];
      page.on("dialog", (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      await page.goto(tool);
      const params = await parameters(page);
      expect(params.length, `${tool} documents its URL parameters`).toBeGreaterThan(0);
      for (const payload of HOSTILE) {
        const query = new URLSearchParams(params.map((p) => [p, payload])).toString();
        await page.goto(`${tool}?${query}`);
        await hydrated(page);
        await expectInert(page, `${tool} with every parameter = ${payload}`);
      }
      // The same strings typed into every text field of the calculator.
      await page.goto(tool);
      await hydrated(page);
      for (const payload of HOSTILE) {
        for (const input of await page.locator(TEXT_INPUTS).all())
          if (await input.isVisible()) await input.fill(payload);
        await expectInert(page, `${tool} with ${payload} typed into every field`);
      }
      expect(dialogs).toEqual([]);
      expect(unexpected(consoleErrors)).toEqual([]);
    });
  }

  test("script and HTML in the search query", async ({ page, consoleErrors }) => {
    const dialogs: string[] = [];
    page.on("dialog", (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    for (const payload of HOSTILE) {
      await page.goto(`search/?q=${encodeURIComponent(payload)}`);
      await page.waitForLoadState("networkidle");
      await expectInert(page, `search for ${payload}`);
    }
    // And typed into the search box, then submitted.
    await page.goto("search/");
    await page.getByRole("searchbox").last().fill(HOSTILE[0]!);
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\?q=/);
    await page.waitForLoadState("networkidle");
    await expectInert(page, "search box");
    expect(dialogs).toEqual([]);
    expect(unexpected(consoleErrors)).toEqual([]);
  });
});

test.describe("the server's headers (scripts/serve.mjs sends dist/_headers; or a deployment)", () => {
  test("sends the security headers and caches hashed assets", async ({ request, baseURL }) => {
    const home = await request.get("");
    const headers = home.headers();
    expect(headers["content-security-policy"], "Content-Security-Policy header").toContain("frame-ancestors 'none'");
    expect(headers["content-security-policy"]).toContain("'wasm-unsafe-eval'");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBeTruthy();
    expect(headers["permissions-policy"]).toBeTruthy();
    if (baseURL!.startsWith("https:")) expect(headers["strict-transport-security"]).toMatch(/max-age=\d{7,}/);
    const asset = (await home.text()).match(/\/_astro\/[^"]+\.js/)?.[0];
    const tool = asset ? undefined : await (await request.get("tools/installment/")).text();
    const path = asset ?? tool?.match(/\/_astro\/[^"]+\.js/)?.[0];
    expect(path, "an /_astro/ file to check").toBeTruthy();
    const cached = await request.get(new URL(path!, baseURL).href);
    expect(cached.headers()["cache-control"]).toMatch(/max-age=31536000/);
  });
});
