import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { BUDGET_DEFAULTS, budgetQuery, evaluateBudget, readBudgetQuery, spendRows, spendValue } from "./budget";
import { debtRows, debtsValue, evaluatePayoff, PAYOFF_DEFAULTS, readPayoffQuery } from "./payoff";

describe("budget model", () => {
  it("computes the worked example: 6,000 − 4,000 − 500 leaves 1,500 元", () => {
    const r = evaluateBudget(BUDGET_DEFAULTS);
    expect(r.summary?.leftoverFen).toBe(150_000);
    expect(r.summary?.debtToIncome).toBeCloseTo(500 / 6000, 10);
    // plans keep a fifth of what is left as a margin: 1,200 元 a month for the debt
    expect(r.plan?.availableFen).toBe(120_000);
    expect(r.plan?.terms.shortest?.paymentFen).toBeLessThanOrEqual(120_000);
    expect(r.plan?.sentence).toContain("1,200.00 元");
  });
  it("reads an article's query without a debt to plan", () => {
    const r = evaluateBudget(readBudgetQuery("income=3500&spend=房租:1500,吃饭:900&debts=0").values);
    expect(r.summary?.leftoverFen).toBe(110_000);
    expect(r.plan).toBeUndefined();
  });
  it("round-trips spend rows through the URL form", () => {
    const rows = [
      { name: "房租", amount: "1800" },
      { name: "吃饭", amount: "1.5k" },
    ];
    expect(spendRows(spendValue(rows))).toEqual(rows);
    const v = readBudgetQuery(budgetQuery(BUDGET_DEFAULTS)).values;
    expect(v).toEqual(BUDGET_DEFAULTS);
  });
  it("shows a field error for a bad spending row", () => {
    const r = evaluateBudget({ ...BUDGET_DEFAULTS, spend: "房租:abc" });
    expect(r.spend[0]?.result.ok).toBe(false);
    expect(r.summary).toBeUndefined();
  });
  it("never throws", () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.string(), fc.string(), (income, spend, debts, amount) => {
        evaluateBudget({ income, spend, debts, amount, rate: debts });
      }),
      { numRuns: 300 },
    );
  });
});

describe("payoff model", () => {
  it("computes both strategies for the worked example, avalanche never costing more", () => {
    const c = evaluatePayoff(PAYOFF_DEFAULTS).comparison!;
    if (!c.avalanche.ok || !c.snowball.ok) throw new Error("plan failed");
    expect(c.avalanche.totalInterestFen).toBeLessThanOrEqual(c.snowball.totalInterestFen);
    expect(c.avalanche.payoffOrder[0]?.name).toBe("信用卡");
    expect(c.snowball.payoffOrder[0]?.name).toBe("花呗");
  });
  it("explains when the budget is below the minimum payments", () => {
    const c = evaluatePayoff({ ...PAYOFF_DEFAULTS, budget: "1000" }).comparison!;
    expect(c.avalanche.ok).toBe(false);
    if (!c.avalanche.ok) expect(c.avalanche.error).toContain("最低还款");
  });
  it("round-trips debt rows, including full-width separators", () => {
    expect(debtRows("信用卡：9500：18：480；花呗:4200:12:380")).toEqual([
      { name: "信用卡", balance: "9500", rate: "18", min: "480" },
      { name: "花呗", balance: "4200", rate: "12", min: "380" },
    ]);
    const rows = debtRows(PAYOFF_DEFAULTS.debts);
    expect(debtsValue(rows)).toBe(PAYOFF_DEFAULTS.debts);
    expect(readPayoffQuery("?budget=1800").values.debts).toBe(PAYOFF_DEFAULTS.debts);
  });
  it("reads a long list of debts from an article's query", () => {
    const q = "budget=1800&debts=信用卡:9500:18:480;花呗:4200:12:380;借呗:8000:10:350;网贷:6000:24:300";
    const { values, notes } = readPayoffQuery(q);
    expect(notes).toEqual([]);
    expect(debtRows(values.debts)).toHaveLength(4);
  });
  it("never throws", () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (budget, debts) => {
        evaluatePayoff({ budget, debts });
      }),
      { numRuns: 300 },
    );
  });
});
