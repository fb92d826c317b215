import { describe, expect, it } from "vitest";
import { articleSchema, contactSchema } from "./schema";
import { isOfficialUrl } from "./sources";

const valid = {
  title: "准备：先算清自己的账",
  description: "协商之前要准备什么：收入、支出和每一笔欠款，以及身份证明和困难证明。",
  category: "process",
  order: 1,
  reviewed: "2026-01-01",
  sources: [{ title: "《征信业管理条例》", publisher: "国务院", date: "2013-01-21" }],
  keywords: ["准备"],
  related: ["cautions/agent-scams"],
  summary: ["先算账再开口"],
};

function issuesOf(data: unknown): string[] {
  const r = articleSchema.safeParse(data);
  return r.success ? [] : r.error.issues.map((i) => i.path.join("."));
}

describe("article frontmatter", () => {
  it("accepts a complete article and fills defaults", () => {
    const r = articleSchema.parse({ ...valid, keywords: undefined, related: undefined });
    expect(r.keywords).toEqual([]);
    expect(r.reviewed).toBeInstanceOf(Date);
  });
  it.each(["title", "description", "category", "order", "reviewed", "sources"])("requires %s", (field) => {
    const data: Record<string, unknown> = { ...valid };
    delete data[field];
    expect(issuesOf(data)).toContain(field);
  });
  it("rejects an unknown category, a future review date, no sources and unknown fields", () => {
    expect(issuesOf({ ...valid, category: "misc" })).toContain("category");
    expect(issuesOf({ ...valid, reviewed: "2999-01-01" })).toContain("reviewed");
    expect(issuesOf({ ...valid, reviewed: "not a date" })).toContain("reviewed");
    expect(issuesOf({ ...valid, sources: [] })).toContain("sources");
    expect(issuesOf({ ...valid, tittle: "typo" })).toEqual([""]);
  });
  it("allows only official source URLs", () => {
    const withUrl = (url: string) => ({ ...valid, sources: [{ ...valid.sources[0], url }] });
    expect(issuesOf(withUrl("https://www.pbccrc.org.cn/crc/x.shtml"))).toEqual([]);
    expect(issuesOf(withUrl("http://www.30898.cn/rd/135058.html"))).toContain("sources.0.url");
  });
  it("takes a source without a stated date only with the day it was read", () => {
    const src = (extra: Record<string, string>) => ({
      ...valid,
      sources: [{ title: "征信中心常见问题", publisher: "中国人民银行征信中心", ...extra }],
    });
    expect(issuesOf(src({ accessed: "2026-11-28" }))).toEqual([]);
    expect(issuesOf(src({}))).toContain("sources.0.date");
    expect(issuesOf(src({ accessed: "2999-01-01" }))).toContain("sources.0.accessed");
  });
  it("checks related ids look like category/slug", () => {
    expect(issuesOf({ ...valid, related: ["准备"] })).toContain("related.0");
  });
});

describe("official domains", () => {
  it("matches domains and their subdomains only", () => {
    expect(isOfficialUrl("https://nanjing.pbc.gov.cn/en/x")).toBe(true);
    expect(isOfficialUrl("https://www.gov.cn/")).toBe(true);
    expect(isOfficialUrl("https://gov.cn.evil.example/")).toBe(false);
    expect(isOfficialUrl("https://notgov.cn/")).toBe(false);
    expect(isOfficialUrl("javascript:alert(1)")).toBe(false);
    expect(isOfficialUrl("not a url")).toBe(false);
  });
});

describe("contacts", () => {
  it("keeps numbers to digits and hyphens", () => {
    const c = {
      id: "pbccrc",
      name: "征信中心客服热线",
      number: "400-810-8866",
      kind: "hotline",
      owner: "中国人民银行征信中心",
      purpose: "咨询信用报告",
      source: { title: "征信中心客服", publisher: "中国人民银行征信中心", date: "2024-11-02" },
      confidence: "verified-official",
      reviewed: "2026-01-01",
    };
    expect(contactSchema.safeParse(c).success).toBe(true);
    expect(contactSchema.safeParse({ ...c, number: "400 810 8866" }).success).toBe(false);
  });
});
