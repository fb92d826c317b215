import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  articlePath,
  categoryPath,
  isValidSlug,
  normaliseBase,
  parseArticleId,
  ROUTES,
  searchPath,
  stripBase,
  withBase,
} from "./routes";

describe("slugs", () => {
  it("accepts short lowercase ASCII slugs", () => {
    for (const s of ["prepare", "agent-scams", "card-article-70"]) expect(isValidSlug(s)).toBe(true);
  });
  it("rejects Chinese, pinyin with tones, spaces, capitals and edge hyphens", () => {
    for (const s of ["准备", "zhǔnbèi", "two words", "Prepare", "-x", "x-", "a--b", "", "a".repeat(41)]) {
      expect(isValidSlug(s)).toBe(false);
    }
  });
});

describe("article and category paths", () => {
  it("builds /<category>/<slug>/ with no encoding needed", () => {
    expect(articlePath("process", "prepare")).toBe("/process/prepare/");
    expect(categoryPath("cases")).toBe("/cases/");
    expect(encodeURI(articlePath("cautions", "agent-scams"))).toBe("/cautions/agent-scams/");
  });
  it("parses collection ids into folder and slug", () => {
    expect(parseArticleId("process/prepare")).toEqual({ folder: "process", slug: "prepare" });
    expect(parseArticleId("process/prepare.mdx")).toEqual({ folder: "process", slug: "prepare" });
    expect(parseArticleId("prepare")).toBeNull();
    expect(parseArticleId("a/b/c")).toBeNull();
  });
  it("encodes search queries", () => {
    expect(searchPath("花呗 逾期")).toBe("/search/?q=%E8%8A%B1%E5%91%97%20%E9%80%BE%E6%9C%9F");
    expect(searchPath("")).toBe("/search/");
    expect(searchPath("协商", "官方渠道", "/guide/zh-hant/")).toBe(
      `/guide/zh-hant/search/?q=${encodeURIComponent("协商")}&cat=${encodeURIComponent("官方渠道")}`,
    );
    expect(searchPath("", "案例", "/guide/")).toBe(`/guide/search/?cat=${encodeURIComponent("案例")}`);
  });
});

describe("base handling", () => {
  it("normalises every spelling of a base", () => {
    expect(normaliseBase(undefined)).toBe("/");
    expect(normaliseBase("")).toBe("/");
    expect(normaliseBase("/")).toBe("/");
    expect(normaliseBase("guide")).toBe("/guide/");
    expect(normaliseBase("/guide")).toBe("/guide/");
    expect(normaliseBase("/guide/")).toBe("/guide/");
  });
  it("prefixes root-relative paths once and leaves other URLs alone", () => {
    expect(withBase("/guide/", "/process/prepare/")).toBe("/guide/process/prepare/");
    expect(withBase("/guide/", "/guide/process/")).toBe("/guide/process/");
    expect(withBase("/", "/process/")).toBe("/process/");
    expect(withBase("/guide/", "https://www.gov.cn/")).toBe("https://www.gov.cn/");
    expect(withBase("/guide/", "tel:95188")).toBe("tel:95188");
    expect(withBase("/guide/", "#s1")).toBe("#s1");
    expect(withBase("/guide/", "//cdn.example/x")).toBe("//cdn.example/x");
  });
  // withBase leaves a path that already starts with the base alone (so applying it twice is
  // harmless); the price is that a site path which itself begins with the base's segments cannot be
  // told apart. No route of this site does (routes.ts); the property holds for every other path.
  it("stripBase undoes withBase for any root-relative path that does not already start with the base", () => {
    const segment = fc.stringMatching(/^[a-z0-9-]{1,8}$/);
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 4 }), fc.array(segment, { maxLength: 2 }), (parts, baseParts) => {
        const base = `/${baseParts.join("/")}/`.replace("//", "/");
        const path = `/${parts.map((p) => `${p}/`).join("")}`;
        fc.pre(base === "/" || !(path === base.slice(0, -1) || path.startsWith(base)));
        expect(stripBase(base, withBase(base, path))).toBe(path);
      }),
    );
  });
  it("applying withBase twice changes nothing", () => {
    for (const path of Object.values(ROUTES)) {
      const once = withBase("/guide/", path);
      expect(withBase("/guide/", once)).toBe(once);
      expect(stripBase("/guide/", once)).toBe(path);
    }
  });
});
