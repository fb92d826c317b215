import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { articleLd, breadcrumbLd, faqLd, jsonLdDocument, serializeJsonLd, websiteLd } from "./jsonld";

const site = { name: "协商还款指南", url: "https://example.org/" };

describe("serializeJsonLd", () => {
  it("round-trips any data and never contains <, > or & (so no </script>)", () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.string(), (value, s) => {
        const data = { "@type": "Thing", value, name: `</script><!--${s}&` };
        const text = serializeJsonLd(data);
        expect(text).not.toMatch(/[<>&]/);
        expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(data)));
      }),
    );
  });
  it("writes one node with its context, several in an @graph", () => {
    expect(jsonLdDocument([{ "@type": "A" }])).toEqual({ "@context": "https://schema.org", "@type": "A" });
    expect(jsonLdDocument([{ "@type": "A" }, { "@type": "B" }])).toEqual({
      "@context": "https://schema.org",
      "@graph": [{ "@type": "A" }, { "@type": "B" }],
    });
  });
});

describe("articleLd", () => {
  const ld = articleLd({
    headline: "协商前的准备",
    description: "先算清自己的账。",
    url: "https://example.org/process/prepare/",
    image: "https://example.org/og/process/prepare.png",
    reviewed: new Date("2026-11-28T00:00:00Z"),
    lang: "zh-CN",
    site,
  });
  it("has the fields search engines require, dated by the review", () => {
    expect(ld).toMatchObject({
      "@type": "Article",
      headline: "协商前的准备",
      description: "先算清自己的账。",
      mainEntityOfPage: "https://example.org/process/prepare/",
      image: "https://example.org/og/process/prepare.png",
      datePublished: "2026-11-28",
      dateModified: "2026-11-28",
      inLanguage: "zh-CN",
    });
  });
  it("names this site as publisher and author, never Alipay", () => {
    expect(ld.publisher).toEqual({ "@type": "Organization", name: "协商还款指南", url: "https://example.org/" });
    expect(ld.author).toEqual(ld.publisher);
    expect(JSON.stringify(ld)).not.toMatch(/支付宝|蚂蚁|Alipay|Ant Group/i);
  });
});

describe("breadcrumbLd", () => {
  it("lists the visible breadcrumbs in order, the last one being the page itself", () => {
    const ld = breadcrumbLd(
      [{ label: "首页", path: "/" }, { label: "协商流程", path: "/process/" }, { label: "协商前的准备" }],
      (p) => `https://example.org/guide${p}`,
      "https://example.org/guide/process/prepare/",
    );
    expect(ld["@type"]).toBe("BreadcrumbList");
    expect(ld.itemListElement).toEqual([
      { "@type": "ListItem", position: 1, name: "首页", item: "https://example.org/guide/" },
      { "@type": "ListItem", position: 2, name: "协商流程", item: "https://example.org/guide/process/" },
      { "@type": "ListItem", position: 3, name: "协商前的准备", item: "https://example.org/guide/process/prepare/" },
    ]);
  });
});

describe("faqLd and websiteLd", () => {
  it("FAQPage has every question with its answer", () => {
    const ld = faqLd(
      [
        { q: "花呗逾期一天要紧吗？", a: "尽快还上。" },
        { q: "借呗还不上会坐牢吗？", a: "通常属于民事纠纷。" },
      ],
      "zh-CN",
    );
    expect(ld["@type"]).toBe("FAQPage");
    expect(ld.mainEntity).toEqual([
      { "@type": "Question", name: "花呗逾期一天要紧吗？", acceptedAnswer: { "@type": "Answer", text: "尽快还上。" } },
      {
        "@type": "Question",
        name: "借呗还不上会坐牢吗？",
        acceptedAnswer: { "@type": "Answer", text: "通常属于民事纠纷。" },
      },
    ]);
  });
  it("WebSite names the site and its search", () => {
    const ld = websiteLd({
      ...site,
      description: "独立的公益知识站点",
      lang: "zh-CN",
      searchUrl: "https://example.org/search/",
    });
    expect(ld).toMatchObject({
      "@type": "WebSite",
      name: "协商还款指南",
      url: "https://example.org/",
      inLanguage: "zh-CN",
    });
    expect(ld.potentialAction).toMatchObject({
      target: { urlTemplate: "https://example.org/search/?q={search_term_string}" },
      "query-input": "required name=search_term_string",
    });
  });
});
