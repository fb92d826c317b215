import { describe, expect, it } from "vitest";
import { expiredFacts, expiryWarning } from "./time-limited";

const facts = [
  { fact: "一次性信用修复政策的还款截止日", until: new Date("2026-03-31") },
  { fact: "额外两次免费查询", until: new Date("2026-06-30") },
];

describe("time-limited facts", () => {
  it("lists only the facts whose date has passed", () => {
    expect(expiredFacts(facts, new Date("2026-03-31T23:00:00Z"))).toEqual([]);
    expect(expiredFacts(facts, new Date("2026-04-01T00:00:00Z")).map((f) => f.fact)).toEqual([
      "一次性信用修复政策的还款截止日",
    ]);
    expect(expiredFacts(facts, new Date("2026-11-28"))).toHaveLength(2);
  });
  it("does not flag a fact again once the article was reviewed after it ended", () => {
    const today = new Date("2026-11-28");
    expect(expiredFacts(facts, today, new Date("2026-05-01")).map((f) => f.fact)).toEqual(["额外两次免费查询"]);
    expect(expiredFacts(facts, today, new Date("2026-11-28"))).toEqual([]);
  });
  it("names the file, the fact and the date", () => {
    expect(expiryWarning("background/credit-report", facts[0]!)).toBe(
      "[时效提醒] content/articles/background/credit-report.mdx：“一次性信用修复政策的还款截止日”已于 2026-03-31 到期，请重新审核这篇文章。",
    );
  });
});
