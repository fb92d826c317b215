import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { planPayoff, comparePayoff, MAX_PAYOFF_MONTHS } from "./payoff";
import type { Debt, PayoffResult, PayoffPlan } from "./payoff";

function ok(r: PayoffResult): PayoffPlan {
  if (!r.ok) throw new Error(r.error);
  return r;
}

describe("planPayoff", () => {
  it("one interest-free debt by hand", () => {
    const r = ok(
      planPayoff([{ name: "花呗", balanceFen: 100_000, annualRate: 0, minPaymentFen: 10_000 }], 30_000, "avalanche"),
    );
    expect(r.months).toBe(4);
    expect(r.schedule.map((m) => m.payments[0])).toEqual([30_000, 30_000, 30_000, 10_000]);
    expect(r.totalInterestFen).toBe(0);
    expect(r.totalBalanceSeries).toEqual([100_000, 70_000, 40_000, 10_000, 0]);
    expect(r.payoffOrder).toEqual([{ name: "花呗", index: 0, month: 4 }]);
  });

  it("avalanche clears the expensive debt first, snowball the small one", () => {
    const debts: Debt[] = [
      { name: "信用卡", balanceFen: 500_000, annualRate: 0.18, minPaymentFen: 10_000 },
      { name: "借呗", balanceFen: 100_000, annualRate: 0.06, minPaymentFen: 5_000 },
    ];
    const c = comparePayoff(debts, 100_000);
    const a = ok(c.avalanche);
    const s = ok(c.snowball);
    expect(a.payoffOrder.map((p) => p.name)).toEqual(["信用卡", "借呗"]);
    expect(s.payoffOrder.map((p) => p.name)).toEqual(["借呗", "信用卡"]);
    expect(a.totalInterestFen).toBeLessThan(s.totalInterestFen);
    expect(c.interestSavedByAvalancheFen).toBe(s.totalInterestFen - a.totalInterestFen);
    // Month 1 by hand (avalanche): interest 7,500 + 500; minimums 10,000 + 5,000; extra 85,000 to 信用卡.
    expect(a.schedule[0]?.interest).toEqual([7_500, 500]);
    expect(a.schedule[0]?.payments).toEqual([95_000, 5_000]);
    expect(a.schedule[0]?.balances).toEqual([412_500, 95_500]);
  });

  it("explains infeasible budgets", () => {
    const debts: Debt[] = [{ name: "A", balanceFen: 1_000_000, annualRate: 0.24, minPaymentFen: 50_000 }];
    const low = planPayoff(debts, 40_000, "avalanche");
    expect(low).toMatchObject({ ok: false, reason: "budget-below-minimums" });
    expect(!low.ok && low.error).toContain("少于各笔欠款最低还款合计 500.00 元");
    const interest = planPayoff(
      [{ name: "A", balanceFen: 1_000_000, annualRate: 0.24, minPaymentFen: 0 }],
      20_000,
      "snowball",
    );
    expect(interest).toMatchObject({ ok: false, reason: "budget-below-interest" });
    // 1,000,000 元 at 12% costs 10,000 元 a month; 10,001 元 needs far more than 600 months.
    const slow = planPayoff(
      [{ name: "B", balanceFen: 100_000_000, annualRate: 0.12, minPaymentFen: 0 }],
      1_000_100,
      "avalanche",
    );
    expect(slow).toMatchObject({ ok: false, reason: "too-long" });
  });

  it("handles zero balances and rejects invalid input", () => {
    const r = ok(
      planPayoff(
        [
          { name: "done", balanceFen: 0, annualRate: 0.1, minPaymentFen: 100 },
          { name: "open", balanceFen: 1000, annualRate: 0, minPaymentFen: 100 },
        ],
        500,
        "snowball",
      ),
    );
    expect(r.payoffOrder).toEqual([
      { name: "done", index: 0, month: 0 },
      { name: "open", index: 1, month: 2 },
    ]);
    expect(ok(planPayoff([], 0, "avalanche")).months).toBe(0);
    expect(() => planPayoff([{ name: "x", balanceFen: -1, annualRate: 0, minPaymentFen: 0 }], 1, "avalanche")).toThrow(
      RangeError,
    );
    expect(() => planPayoff([], 1.5, "avalanche")).toThrow(RangeError);
  });
});

describe("payoff properties", () => {
  const debt: fc.Arbitrary<Debt> = fc.record({
    name: fc.string({ maxLength: 4 }),
    balanceFen: fc.oneof(fc.integer({ min: 0, max: 500_000 }), fc.integer({ min: 0, max: 50_000_000 })),
    annualRate: fc.oneof(
      fc.double({ min: 0, max: 0.4, noNaN: true }),
      fc.integer({ min: 0, max: 4000 }).map((bp) => bp / 10_000),
      fc.constantFrom(0.18, 0.180002, 0.18001, 0.1801),
    ),
    minPaymentFen: fc.integer({ min: 0, max: 200_000 }),
  });
  const input = fc.tuple(fc.array(debt, { minLength: 1, maxLength: 6 }), fc.integer({ min: 0, max: 2_000_000 }));

  it("avalanche never pays more interest than snowball (beyond fen rounding)", () => {
    // Avalanche is optimal for interest in exact arithmetic. Interest is rounded to the fen per debt
    // per month, so for almost equal rates the order can be decided by rounding noise: allow
    // 1 fen per month of the longer plan (the worst seen in 60,000 random cases was 0.33 fen/month).
    let feasible = 0;
    fc.assert(
      fc.property(input, ([debts, budget]) => {
        const { avalanche, snowball } = comparePayoff(debts, budget);
        // The up-front checks do not depend on the order, so they fail alike…
        if (!avalanche.ok && avalanche.reason !== "too-long")
          return !snowball.ok && snowball.reason === avalanche.reason;
        // …and whatever snowball can pay off within 600 months, avalanche can too.
        if (snowball.ok && !avalanche.ok) return false;
        if (!avalanche.ok || !snowball.ok) return true;
        feasible++;
        const slack = Math.max(avalanche.months, snowball.months);
        return avalanche.totalInterestFen <= snowball.totalInterestFen + slack;
      }),
      { numRuns: 2000 },
    );
    expect(feasible).toBeGreaterThan(500);
  });

  it("plans are consistent: budget respected, balances never negative, every debt cleared once", () => {
    fc.assert(
      fc.property(input, fc.constantFrom("avalanche" as const, "snowball" as const), ([debts, budget], strategy) => {
        const r = planPayoff(debts, budget, strategy);
        if (!r.ok) return r.error.length > 0;
        const start = debts.reduce((a, d) => a + d.balanceFen, 0);
        if (r.totalPaidFen !== start + r.totalInterestFen) return false;
        if (r.months > MAX_PAYOFF_MONTHS || r.totalBalanceSeries.length !== r.months + 1) return false;
        for (const m of r.schedule) {
          if (m.payments.reduce((a, p) => a + p, 0) > budget) return false;
          if (m.balances.some((b) => b < 0)) return false;
        }
        const cleared = r.payoffOrder.map((p) => p.index).sort((a, b) => a - b);
        return cleared.join() === debts.map((_, i) => i).join();
      }),
      { numRuns: 1000 },
    );
  });
});
