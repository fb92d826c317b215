import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { summariseBudget, fitTerms, negotiationSentence, planBudget } from "./budget";
import { buildSchedule } from "./loan";

describe("summariseBudget", () => {
  it("adds up income, essentials and other debts", () => {
    const s = summariseBudget({
      incomeFen: 800_000,
      essentials: [
        { name: "房租", fen: 250_000 },
        { name: "吃饭", fen: 150_000 },
        { name: "交通", fen: 30_000 },
      ],
      otherDebtPaymentsFen: 120_000,
    });
    expect(s.essentialsFen).toBe(430_000);
    expect(s.leftoverFen).toBe(250_000);
    expect(s.debtToIncome).toBeCloseTo(0.15, 12);
  });

  it("allows a negative leftover and a zero income", () => {
    const s = summariseBudget({ incomeFen: 0, essentials: [{ name: "吃饭", fen: 100 }], otherDebtPaymentsFen: 0 });
    expect(s.leftoverFen).toBe(-100);
    expect(s.debtToIncome).toBeNull();
  });

  it("rejects invalid amounts", () => {
    expect(() => summariseBudget({ incomeFen: -1, essentials: [], otherDebtPaymentsFen: 0 })).toThrow(RangeError);
    expect(() =>
      summariseBudget({ incomeFen: 1, essentials: [{ name: "x", fen: 0.5 }], otherDebtPaymentsFen: 0 }),
    ).toThrow(RangeError);
  });
});

describe("fitTerms", () => {
  it("finds the shortest and longest fitting term", () => {
    // 27,600 元 interest-free: 23 months = 1,200.00, 24 months = 1,150.00 元.
    const fit = fitTerms(118_000, { amountFen: 2_760_000, annualRate: 0, method: "equal-payment" });
    expect(fit.shortest).toEqual({ months: 24, paymentFen: 115_000, totalInterestFen: 0 });
    expect(fit.longest?.months).toBe(60);
    expect(fit.fitting).toHaveLength(37);
  });

  it("is honest about 先息后本: the balloon never fits a small budget", () => {
    const fit = fitTerms(100_000, { amountFen: 2_000_000, annualRate: 0.12, method: "interest-only" });
    expect(fit.shortest).toBeNull();
    expect(fit.atMaxMonths.paymentFen).toBe(2_020_000);
  });

  it("respects a custom range and rejects invalid ones", () => {
    const fit = fitTerms(
      1e9,
      { amountFen: 100_000, annualRate: 0.1, method: "equal-principal" },
      { minMonths: 6, maxMonths: 12 },
    );
    expect(fit.shortest?.months).toBe(6);
    expect(fit.longest?.months).toBe(12);
    expect(() => fitTerms(1, { amountFen: 1, annualRate: 0, method: "equal-payment" }, { maxMonths: 601 })).toThrow(
      RangeError,
    );
    expect(() => fitTerms(1, { amountFen: 1, annualRate: 0, method: "equal-payment" }, { minMonths: 0 })).toThrow(
      RangeError,
    );
  });

  it("every reported term fits, and no shorter term does", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2_000_000 }),
        fc.integer({ min: 1, max: 50_000_000 }),
        fc.double({ min: 0, max: 0.36, noNaN: true }),
        fc.constantFrom("equal-payment" as const, "equal-principal" as const, "interest-only" as const),
        (available, amountFen, annualRate, method) => {
          const fit = fitTerms(available, { amountFen, annualRate, method }, { maxMonths: 36 });
          if (!fit.fitting.every((t) => t.paymentFen <= available)) return false;
          const first = fit.shortest?.months ?? 37;
          for (let m = 1; m < first; m++) {
            if (buildSchedule({ method, amountFen, months: m, annualRate }).maxPayment <= available) return false;
          }
          return true;
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe("negotiationSentence", () => {
  it("builds the sentence from the figures", () => {
    expect(negotiationSentence({ availableFen: 120_000, proposal: { months: 24, paymentFen: 115_000 } })).toBe(
      "我每月扣除基本生活开支后可用于还款的金额约为 1,200.00 元，希望把欠款分 24 期偿还，每期约 1,150.00 元。",
    );
  });

  it("says so when nothing fits or nothing is left", () => {
    expect(
      negotiationSentence({ availableFen: 50_000, proposal: null, atMaxMonths: { months: 60, paymentFen: 80_000 } }),
    ).toBe(
      "我每月扣除基本生活开支后可用于还款的金额约为 500.00 元，按目前的利率即使分 60 期，每期也需要约 800.00 元，超出我的还款能力，希望能协商减免部分利息或费用，或延长还款期限。",
    );
    expect(negotiationSentence({ availableFen: 0 })).toContain("已没有可用于还款的余钱");
    expect(negotiationSentence({ availableFen: 100 })).toBe(
      "我每月扣除基本生活开支后可用于还款的金额约为 1.00 元，希望能按这个金额协商分期还款方案。",
    );
  });
});

describe("planBudget", () => {
  it("puts it together", () => {
    const plan = planBudget({
      incomeFen: 500_000,
      essentials: [
        { name: "房租", fen: 200_000 },
        { name: "生活", fen: 182_000 },
      ],
      otherDebtPaymentsFen: 0,
      debt: { amountFen: 2_760_000, annualRate: 0, method: "equal-payment" },
    });
    expect(plan.availableFen).toBe(118_000);
    expect(plan.sentence).toBe(
      "我每月扣除基本生活开支后可用于还款的金额约为 1,180.00 元，希望把欠款分 24 期偿还，每期约 1,150.00 元。",
    );
    expect(plan.debtToIncomeWithPlan).toBeCloseTo(0.23, 12);
  });

  it("applies the share and rejects a bad one", () => {
    const input = {
      incomeFen: 500_000,
      essentials: [],
      otherDebtPaymentsFen: 0,
      debt: { amountFen: 100_000, annualRate: 0, method: "equal-payment" as const },
    };
    expect(planBudget({ ...input, share: 0.5 }).availableFen).toBe(250_000);
    expect(() => planBudget({ ...input, share: 0 })).toThrow(RangeError);
    expect(() => planBudget({ ...input, share: 1.5 })).toThrow(RangeError);
    const broke = planBudget({ ...input, incomeFen: 100, essentials: [{ name: "x", fen: 200 }] });
    expect(broke.availableFen).toBe(0);
    expect(broke.terms.shortest).toBeNull();
    expect(broke.sentence).toContain("已没有可用于还款的余钱");
  });
});
