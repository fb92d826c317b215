import { describe, expect, it } from "vitest";
import { CATEGORIES } from "../categories";
import { TOOLS } from "../tools";
import { cardAlt, cardFor, previewCards, type CardInput } from "./cards";

const input: CardInput = {
  site: { name: "协商还款指南", tagline: "还不上花呗时怎样协商" },
  articles: [
    { path: "/process/prepare/", title: "协商前的准备", category: "process" },
    { path: "/cautions/agent-scams/", title: "代理协商骗局", category: "cautions" },
  ],
  tools: TOOLS,
  aboutTitle: "关于本站",
};

describe("previewCards", () => {
  const cards = previewCards(input);
  const paths = cards.map((c) => c.path);

  it("has one card for every page type, each path once", () => {
    expect(new Set(paths).size).toBe(paths.length);
    for (const p of ["/", "/tools/", "/glossary/", "/faq/", "/search/", "/about/"]) expect(paths).toContain(p);
    for (const c of CATEGORIES) expect(paths).toContain(`/${c.id}/`);
    for (const t of TOOLS) expect(paths).toContain(`/tools/${t.slug}/`);
  });

  it("labels an article with its category's name", () => {
    expect(cardFor(cards, "/process/prepare/")).toMatchObject({ title: "协商前的准备", label: "协商流程" });
    expect(cardFor(cards, "/cautions/agent-scams/").label).toBe("注意事项");
    expect(cardFor(cards, "/process/prepare/").subtitle).toBeUndefined();
  });

  it("gives a page without a card (404) the home card", () => {
    expect(cardFor(cards, "/404/")).toBe(cardFor(cards, "/"));
    expect(cardFor(cards, "/").title).toBe("协商还款指南");
  });

  it("refuses two cards for one path", () => {
    expect(() =>
      previewCards({ ...input, articles: [...input.articles, { path: "/faq/", title: "重复", category: "process" }] }),
    ).toThrow(/\/faq\//);
  });

  it("describes the image in its alt text", () => {
    expect(cardAlt(cardFor(cards, "/process/prepare/"), "协商还款指南")).toBe("协商流程：协商前的准备（协商还款指南）");
    expect(cardAlt(cardFor(cards, "/"), "协商还款指南")).toBe("协商还款指南：独立公益信息站点");
  });
});
