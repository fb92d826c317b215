import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  BUDGET_DEFAULTS,
  budgetQuery,
  evaluateBudget,
  MAX_SPEND_ROWS,
  readBudgetQuery,
  spendRows,
  spendValue,
} from "./budget";

describe("budget model", () => {
  it("computes the worked example: 6,000 − 4,000 − 500 leaves 1,500 元", () => {
    const r = evaluateBudget(BUDGET_DEFAULTS);
    expect(r.summary?.leftoverFen).toBe(150_000);
    expect(r.summary?.debtToIncome).toBeCloseTo(500 / 6000, 10);
    // plans keep a fifth of what is left as a margin: 1,200 元 a month for the debt
    expect(r.availableFen).toBe(120_000);
    expect(r.plan?.availableFen).toBe(120_000);
    const shortest = r.plan?.terms.shortest;
    const longest = r.plan?.terms.longest;
    expect(shortest?.paymentFen).toBeLessThanOrEqual(120_000);
    expect(shortest?.months).toBe(19); // 20,000 元 at 12%: 18 期 would need about 1,219.66 元 a month
    expect(longest?.months).toBe(60);
    expect(r.sentence).toContain("1,200.00 元");
    expect(r.sentence).toContain("19 期");
  });

  it("reads an article's query without a debt to plan and still gives a sentence", () => {
    const { values, notes } = readBudgetQuery("income=6000&spend=房租:1800,吃饭:1500&debts=500");
    expect(notes).toEqual([]);
    const r = evaluateBudget(values);
    expect(r.summary?.leftoverFen).toBe(220_000);
    expect(r.plan).toBeUndefined();
    expect(r.sentence).toBe(
      "我每月扣除基本生活开支后可用于还款的金额约为 1,760.00 元，希望能按这个金额协商分期还款方案。",
    );
  });

  it("reads the other article's query (five spending rows, no other debts)", () => {
    const r = evaluateBudget(
      readBudgetQuery("income=3500&spend=房租:1500,吃饭:900,药费:600,交通:150,话费:50&debts=0").values,
    );
    expect(r.spend).toHaveLength(5);
    expect(r.summary?.leftoverFen).toBe(30_000);
    expect(r.summary?.debtToIncome).toBe(0);
  });

  it("accepts Chinese-format amounts everywhere", () => {
    const r = evaluateBudget({
      income: "０．６万",
      spend: "房租：1.8k，吃饭：1500元",
      debts: "五百",
      amount: "2w",
      rate: "12%",
    });
    expect(r.summary?.incomeFen).toBe(600_000);
    expect(r.summary?.essentialsFen).toBe(330_000);
    expect(r.summary?.otherDebtPaymentsFen).toBe(50_000);
    expect(r.plan?.terms.shortest).not.toBeNull();
  });

  it("says plainly when nothing is left", () => {
    const r = evaluateBudget({ ...BUDGET_DEFAULTS, income: "3000" });
    expect(r.summary?.leftoverFen).toBeLessThan(0);
    expect(r.availableFen).toBe(0);
    expect(r.sentence).toContain("暂缓");
  });

  it("round-trips spend rows through the URL form", () => {
    const rows = [
      { name: "房租", amount: "1800" },
      { name: "吃饭", amount: "1.5k" },
    ];
    expect(spendRows(spendValue(rows))).toEqual(rows);
    expect(readBudgetQuery(budgetQuery(BUDGET_DEFAULTS)).values).toEqual(BUDGET_DEFAULTS);
    const noDebt = { ...BUDGET_DEFAULTS, amount: "", rate: "" };
    expect(readBudgetQuery(budgetQuery(noDebt)).values).toEqual(noDebt);
  });

  it("keeps separators typed inside a row from breaking the list", () => {
    const v = spendValue([{ name: "房租,水电", amount: "1,800" }]);
    const back = spendRows(v);
    expect(back).toHaveLength(1);
    const r = evaluateBudget({ ...BUDGET_DEFAULTS, spend: v });
    expect(r.summary?.essentialsFen).toBe(180_000);
  });

  it("uses at most 12 spending rows, with a note", () => {
    const many = Array.from({ length: 15 }, (_, i) => `项${i}:10`).join(",");
    const { values, notes } = readBudgetQuery(`income=6000&spend=${encodeURIComponent(many)}`);
    expect(notes.join("")).toContain(`${MAX_SPEND_ROWS} 项`);
    expect(evaluateBudget(values).spend).toHaveLength(MAX_SPEND_ROWS);
  });

  it("ignores hostile values with a note", () => {
    const { values, notes } = readBudgetQuery(`income=${encodeURIComponent("<script>")}&spend=a:1`);
    expect(values.income).toBe(BUDGET_DEFAULTS.income);
    expect(notes).toHaveLength(1);
  });

  it("shows a field error for a bad spending row", () => {
    const r = evaluateBudget({ ...BUDGET_DEFAULTS, spend: "房租:abc" });
    expect(r.spend[0]?.result.ok).toBe(false);
    expect(r.summary).toBeUndefined();
  });

  it("leftover is always income − spending − other debts", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000 }),
        fc.array(fc.integer({ min: 0, max: 20_000 }), { maxLength: 6 }),
        fc.integer({ min: 0, max: 20_000 }),
        (income, spend, debts) => {
          const r = evaluateBudget({
            income: String(income),
            spend: spend.map((s, i) => `项${i}:${s}`).join(","),
            debts: String(debts),
            amount: "",
            rate: "",
          });
          expect(r.summary?.leftoverFen).toBe((income - spend.reduce((a, b) => a + b, 0) - debts) * 100);
          expect(r.availableFen).toBeGreaterThanOrEqual(0);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("returns the rows it used, as typed, for the form", () => {
    const many = Array.from({ length: MAX_SPEND_ROWS + 2 }, (_, i) => `项${i}:${i}`).join(",");
    expect(evaluateBudget({ ...BUDGET_DEFAULTS, spend: many }).spend.map((x) => x.row)).toEqual(
      spendRows(many).slice(0, MAX_SPEND_ROWS),
    );
    const r = evaluateBudget({ ...BUDGET_DEFAULTS, spend: ":abc,房租:1800" });
    expect(r.spend.map((x) => x.row)).toEqual([
      { name: "", amount: "abc" },
      { name: "房租", amount: "1800" },
    ]);
    expect(r.spend[0]?.name).toBe("未命名");
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
