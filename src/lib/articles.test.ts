import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { groupByCategory, prevNext, resolveRelated, sortArticles, toArticleMeta, type ArticleMeta } from "./articles";
import { CATEGORY_IDS, type CategoryId } from "./categories";

const meta = (category: CategoryId, slug: string, order: number, title = slug): ArticleMeta => ({
  id: `${category}/${slug}`,
  category,
  slug,
  title,
  order,
  path: `/${category}/${slug}/`,
});

const list = [
  meta("process", "contact", 2),
  meta("cases", "one", 1),
  meta("background", "why-hard", 1),
  meta("process", "prepare", 1),
  meta("process", "if-refused", 6),
  meta("background", "options", 6),
];

describe("category ordering", () => {
  it("sorts by the site's category order, then order", () => {
    expect(sortArticles(list).map((a) => a.id)).toEqual([
      "background/why-hard",
      "background/options",
      "process/prepare",
      "process/contact",
      "process/if-refused",
      "cases/one",
    ]);
  });
  it("is a stable total order: sorting any permutation gives the same result", () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(list, { minLength: list.length, maxLength: list.length }), (shuffled) => {
        expect(sortArticles(shuffled)).toEqual(sortArticles(list));
      }),
    );
  });
  it("groups into every category, in order, even empty ones", () => {
    const groups = groupByCategory(list);
    expect([...groups.keys()]).toEqual(CATEGORY_IDS);
    expect(groups.get("cautions")).toEqual([]);
    expect(groups.get("process")?.map((a) => a.slug)).toEqual(["prepare", "contact", "if-refused"]);
  });
});

describe("prev/next", () => {
  it("stays within the category", () => {
    expect(prevNext(list, "process/prepare")).toEqual({ prev: undefined, next: list[0] });
    const mid = prevNext(list, "process/contact");
    expect(mid.prev?.id).toBe("process/prepare");
    expect(mid.next?.id).toBe("process/if-refused");
    expect(prevNext(list, "process/if-refused").next).toBeUndefined();
    expect(prevNext(list, "cases/one")).toEqual({ prev: undefined, next: undefined });
  });
  it("returns nothing for an unknown id", () => {
    expect(prevNext(list, "process/nope")).toEqual({});
  });
});

describe("toArticleMeta", () => {
  it("derives id, slug and path from the file", () => {
    expect(toArticleMeta("process/prepare", { category: "process", title: "准备", order: 1 })).toMatchObject({
      id: "process/prepare",
      path: "/process/prepare/",
    });
  });
  it("names the file when the folder and category disagree", () => {
    expect(() => toArticleMeta("process/prepare", { category: "cases", title: "准备", order: 1 })).toThrow(
      /content\/articles\/process\/prepare\.mdx: category/,
    );
  });
  it("rejects non-ASCII slugs", () => {
    expect(() => toArticleMeta("process/准备", { category: "process", title: "准备", order: 1 })).toThrow(/slug/);
  });
});

describe("related", () => {
  it("resolves ids and fails on unknown ones, naming the article", () => {
    expect(resolveRelated(list, "process/prepare", ["cases/one"]).map((a) => a.id)).toEqual(["cases/one"]);
    expect(() => resolveRelated(list, "process/prepare", ["cases/two"])).toThrow(/process\/prepare\.mdx.*cases\/two/);
  });
});
