import { describe, expect, it } from "vitest";
import { createConverter } from "./convert";
import { convertPage, mapUrl, type PageContext } from "./html";
import { bundlesToConvert, relinkImports } from "./edition";

const convert = createConverter();

function context(base = "/"): PageContext {
  const pages = new Set(
    ["/", "/process/", "/process/prepare/", "/search/", "/tools/budget/"].map((p) => base + p.slice(1)),
  );
  return {
    convert,
    base,
    origin: "https://x.example",
    isPage: (p) => pages.has(p),
    assets: new Map([[`${base}_astro/Budget.abc.js`, `${base}zh-hant/_astro/Budget.abc.js`]]),
  };
}

describe("mapUrl", () => {
  it("maps the site's own pages into /zh-hant/, with the base", () => {
    expect(mapUrl("/process/prepare/", context())).toBe("/zh-hant/process/prepare/");
    expect(mapUrl("/process/prepare/#steps", context())).toBe("/zh-hant/process/prepare/#steps");
    expect(mapUrl("/guide/process/", context("/guide/"))).toBe("/guide/zh-hant/process/");
    expect(mapUrl("https://x.example/process/", context())).toBe("https://x.example/zh-hant/process/");
  });

  it("converts Chinese in the query of a page link, typed or percent-encoded", () => {
    expect(mapUrl("/tools/budget/?spend=房租:1800,吃饭:1500&debts=500", context())).toBe(
      "/zh-hant/tools/budget/?spend=房租:1800,吃飯:1500&debts=500",
    );
    expect(mapUrl(`/search/?q=${encodeURIComponent("协商")}`, context())).toBe(
      `/zh-hant/search/?q=${encodeURIComponent("協商")}`,
    );
  });

  it("leaves assets, other sites, fragments and unknown paths alone", () => {
    for (const u of [
      "/favicon.svg",
      "/_astro/client.x.js",
      "/pagefind/pagefind.js",
      "https://www.pbccrc.org.cn/",
      "https://x.example/favicon.svg",
      "#main",
      "tel:95188",
      "/no-such-page/",
      "//other.example/process/",
    ]) {
      expect(mapUrl(u, context())).toBe(u);
    }
    expect(mapUrl("/_astro/Budget.abc.js", context())).toBe("/zh-hant/_astro/Budget.abc.js");
  });
});

describe("convertPage", () => {
  const page = [
    '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>协商还款 | 指南</title>',
    '<meta name="description" content="还款困难时怎样协商">',
    "<meta http-equiv=\"content-security-policy\" content=\"script-src 'self' 'sha256-abc='\">",
    '<link rel="canonical" href="https://x.example/process/">',
    '<link rel="alternate" hreflang="zh-Hans" href="https://x.example/process/">',
    '<link rel="icon" href="/favicon.svg">',
    "<script>console.log(\"还款\")</script><style>.a::after{content:'还款'}</style>",
    '<script type="application/ld+json">{"name":"还款"}</script></head>',
    '<body><a href="/process/prepare/" title="准备材料">准备材料</a> 拨打 95188 或 400-810-8866，',
    "月供 5,307.27 元，日利率 0.05%。<code>名称:金额</code>",
    '<a href="/zh-hant/process/" hreflang="zh-Hant" lang="zh-Hant" data-script-switch class="s">繁體</a>',
    '<img alt="还款计划" src="/x.png"><input placeholder="输入金额" value="还款">',
    '<astro-island component-url="/_astro/Budget.abc.js" renderer-url="/_astro/client.x.js" props="{&quot;label&quot;:[0,&quot;还款&quot;],&quot;toolHref&quot;:[0,&quot;/tools/budget/?a=1&amp;b=吃饭&quot;],&quot;unit&quot;:[0,&quot;/月&quot;]}"></astro-island>',
    '<a href="https://www.pbccrc.org.cn/">征信中心</a></body></html>',
  ].join("");
  const out = convertPage(page, context(), "/process/");

  it("converts text and readable attributes", () => {
    expect(out).toContain('<html lang="zh-Hant">');
    expect(out).toContain("<title>協商還款 | 指南</title>");
    expect(out).toContain('content="還款困難時怎樣協商"');
    expect(out).toContain('title="準備材料">準備材料</a>');
    expect(out).toContain('alt="還款計劃"');
    expect(out).toContain('placeholder="輸入金額" value="還款"');
    expect(out).toContain("徵信中心");
  });

  it("keeps numbers, URLs, code, scripts and styles", () => {
    expect(out).toContain("撥打 95188 或 400-810-8866，月供 5,307.27 元，日利率 0.05%。");
    expect(out).toContain("<code>名称:金额</code>");
    expect(out).toContain('<script>console.log("还款")</script>');
    expect(out).toContain("content:'还款'");
    expect(out).toContain("script-src 'self' 'sha256-abc='");
    expect(out).toContain('href="https://www.pbccrc.org.cn/"');
    expect(out).toContain('<link rel="icon" href="/favicon.svg">');
    expect(out).toContain('<script type="application/ld+json">{"name":"還款"}</script>');
  });

  it("points links, canonical and islands into the Traditional edition; alternates stay", () => {
    expect(out).toContain('<a href="/zh-hant/process/prepare/"');
    expect(out).toContain('<link rel="canonical" href="https://x.example/zh-hant/process/">');
    expect(out).toContain('<link rel="alternate" hreflang="zh-Hans" href="https://x.example/process/">');
    expect(out).toContain('component-url="/zh-hant/_astro/Budget.abc.js" renderer-url="/_astro/client.x.js"');
    expect(out).toContain(
      'props="{&quot;label&quot;:[0,&quot;還款&quot;],&quot;toolHref&quot;:[0,&quot;/zh-hant/tools/budget/?a=1&amp;b=吃飯&quot;],&quot;unit&quot;:[0,&quot;/月&quot;]}"',
    );
  });

  it("turns the script switch around", () => {
    expect(out).toContain(
      '<a href="/process/" hreflang="zh-Hans" lang="zh-Hans" data-script-switch class="s">简体</a>',
    );
  });

  it("changes nothing but Han characters outside links, lang and the switch", () => {
    const strip = (s: string) =>
      s
        .replace(/\p{Script=Han}/gu, "")
        .replace(/\/zh-hant\//g, "/")
        .replace(/lang="zh-(?:CN|Hant|Hans)"/g, "")
        .replace(/hreflang="zh-Han[st]"/g, "");
    expect(strip(out)).toBe(strip(page));
  });

  it("fails loudly on an unclosed script", () => {
    expect(() => convertPage("<p>还</p><script>x", context(), "/x/")).toThrow(/unclosed <script>/);
  });
});

describe("bundles", () => {
  it("copies bundles with Chinese text and those that import them; others are shared", () => {
    const bundles = new Map([
      ["Apr.a.js", 'import{h}from"./preact.b.js";const t="还款";import("./Lazy.c.js")'],
      ["preact.b.js", "export const h=1"],
      ["Lazy.c.js", 'export const x="利率"'],
      ["client.d.js", 'import("./signals.e.js")'],
      ["signals.e.js", 'import"./preact.b.js"'],
      ["Wrap.f.js", 'import"./Lazy.c.js"'],
    ]);
    const chosen = bundlesToConvert(bundles);
    expect([...chosen].sort()).toEqual(["Apr.a.js", "Lazy.c.js", "Wrap.f.js"]);
    expect(relinkImports(bundles.get("Apr.a.js")!, chosen)).toBe(
      'import{h}from"../../_astro/preact.b.js";const t="还款";import("./Lazy.c.js")',
    );
  });
});
