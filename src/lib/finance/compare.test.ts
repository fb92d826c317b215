import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { compareProposals } from "./compare";
import type { Proposal, ProposalResult, ProposalError, OverdueBalance } from "./compare";

const balance: OverdueBalance = { principalFen: 1_000_000, interestFen: 100_000, penaltyFen: 50_000 };

function ok(r: ProposalResult | ProposalError | undefined): ProposalResult {
  if (!r || !r.ok) throw new Error(r ? r.error : "missing");
  return r;
}

describe("compareProposals", () => {
  it("instalment of everything owed, interest-free", () => {
    const c = compareProposals(balance, [{ kind: "instalment", months: 12 }]);
    expect(c.owedFen).toBe(1_150_000);
    const r = ok(c.outcomes[0]);
    expect(r.monthlyPaymentFen).toBe(95_833);
    expect(r.maxPaymentFen).toBe(95_837); // last period absorbs 11,500 元 − 11 × 958.33 元
    expect(r.payments[11]).toBe(95_837);
    expect(r.totalPaidFen).toBe(1_150_000);
    expect(r.totalCostFen).toBe(150_000);
    expect(r.balanceSeries[0]).toBe(1_150_000);
  });

  it("instalment with a per-period fee", () => {
    const r = ok(compareProposals(balance, [{ kind: "instalment", months: 12, feeRatePerPeriod: 0.006 }]).outcomes[0]);
    // fee 0.6% × 11,500 元 = 69 元 a period, 12 periods
    expect(r.totalPaidFen).toBe(1_150_000 + 12 * 6_900);
  });

  it("waive penalties and half the interest, then 12 interest-free months", () => {
    const r = ok(
      compareProposals(balance, [{ kind: "waive", waivePenalties: true, interestWaivedShare: 0.5, months: 12 }])
        .outcomes[0],
    );
    expect(r.totalPaidFen).toBe(1_050_000);
    expect(r.totalCostFen).toBe(50_000);
  });

  it("lump sum: pay now, the rest waived", () => {
    const r = ok(compareProposals(balance, [{ kind: "lump-sum", payFen: 600_000 }]).outcomes[0]);
    expect(r).toMatchObject({ months: 1, totalPaidFen: 600_000, totalCostFen: -400_000, balanceSeries: [600_000, 0] });
  });

  it("extend: three months' pause with interest on the principal, then 12 instalments", () => {
    const r = ok(
      compareProposals(balance, [{ kind: "extend", graceMonths: 3, months: 12, annualRate: 0.12 }]).outcomes[0],
    );
    expect(r.months).toBe(15);
    expect(r.payments.slice(0, 3)).toEqual([0, 0, 0]);
    expect(r.balanceSeries.slice(0, 4)).toEqual([1_150_000, 1_160_000, 1_170_000, 1_180_000]);
    expect(r.balanceSeries[15]).toBe(0);
    expect(r.totalCostFen).toBeGreaterThan(180_000);
  });

  it("reports unusable proposals and refuses more than three", () => {
    const c = compareProposals(balance, [
      { kind: "lump-sum", payFen: 2_000_000 },
      { kind: "instalment", months: 0 },
      { kind: "waive", waivePenalties: false, interestWaivedShare: 2, months: 12 },
    ]);
    expect(c.outcomes.map((o) => o.ok)).toEqual([false, false, false]);
    expect(c.outcomes[0]).toEqual({ ok: false, kind: "lump-sum", error: "一次性还款金额超过了欠款总额" });
    const four: Proposal[] = new Array<Proposal>(4).fill({ kind: "instalment", months: 12 });
    expect(() => compareProposals(balance, four)).toThrow(RangeError);
    expect(() => compareProposals({ ...balance, penaltyFen: -1 }, [])).toThrow(RangeError);
  });

  it("every outcome is consistent: series ends at 0, totals are sums, cost = paid − principal", () => {
    const proposal: fc.Arbitrary<Proposal> = fc.oneof(
      fc.record({
        kind: fc.constant("extend" as const),
        graceMonths: fc.integer({ min: 0, max: 24 }),
        months: fc.integer({ min: 1, max: 120 }),
        annualRate: fc.double({ min: 0, max: 0.36, noNaN: true }),
      }),
      fc.record({
        kind: fc.constant("instalment" as const),
        months: fc.integer({ min: 1, max: 120 }),
        annualRate: fc.double({ min: 0, max: 0.36, noNaN: true }),
      }),
      fc.record({
        kind: fc.constant("waive" as const),
        waivePenalties: fc.boolean(),
        interestWaivedShare: fc.double({ min: 0, max: 1, noNaN: true }),
        months: fc.integer({ min: 1, max: 120 }),
      }),
      fc.record({ kind: fc.constant("lump-sum" as const), payFen: fc.integer({ min: 1, max: 100_000 }) }),
    );
    const bal = fc.record({
      principalFen: fc.integer({ min: 100_000, max: 1_000_000_000 }),
      interestFen: fc.integer({ min: 0, max: 100_000_000 }),
      penaltyFen: fc.integer({ min: 0, max: 100_000_000 }),
    });
    fc.assert(
      fc.property(bal, fc.array(proposal, { maxLength: 3 }), (b, ps) => {
        const c = compareProposals(b, ps);
        for (const o of c.outcomes) {
          if (!o.ok) return false;
          const paid = o.payments.reduce((a, p) => a + p, 0);
          if (o.totalPaidFen !== paid || o.totalCostFen !== paid - b.principalFen) return false;
          if (o.payments.length !== o.months || o.balanceSeries.length !== o.months + 1) return false;
          if (o.balanceSeries[o.months] !== 0 || o.balanceSeries.some((x) => x < 0)) return false;
          // Rates are ≥ 0, so every instalment plan pays at least what is owed after the agreement.
          if (o.totalPaidFen < (o.balanceSeries[0] ?? 0)) return false;
        }
        return true;
      }),
      { numRuns: 300 },
    );
  });
});
