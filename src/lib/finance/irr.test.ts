import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { solveIrr, annualise } from "./irr";

function rate(cf: number[]): number {
  const r = solveIrr(cf);
  if (!r.ok) throw new Error(r.error);
  return r.rate;
}

describe("solveIrr", () => {
  it("solves known cases", () => {
    expect(rate([-100, 110])).toBeCloseTo(0.1, 12);
    expect(rate([100, -110])).toBeCloseTo(0.1, 12);
    expect(rate([100, -90])).toBeCloseTo(-0.1, 12);
    expect(rate([100, -50, -50])).toBe(0);
    // 100 = 50 v + 60 v² → v = (−50 + √26500) / 120
    const v = (-50 + Math.sqrt(26500)) / 120;
    expect(rate([100, -50, -60])).toBeCloseTo(1 / v - 1, 12);
    // a payment much larger than the principal: 1 fen borrowed, 1,000,000 fen repaid
    expect(rate([1, -1_000_000])).toBeCloseTo(999_999, 3);
    // almost nothing repaid
    expect(rate([100, -1e-6])).toBeGreaterThan(-1);
  });

  it("reports unusable cash flows instead of returning NaN", () => {
    expect(solveIrr([])).toEqual({ ok: false, error: "现金流至少需要两期" });
    expect(solveIrr([100])).toEqual({ ok: false, error: "现金流至少需要两期" });
    expect(solveIrr([100, 50]).ok).toBe(false);
    expect(solveIrr([0, 0, 0]).ok).toBe(false);
    expect(solveIrr([100, Number.NaN]).ok).toBe(false);
    expect(solveIrr([100, -Infinity]).ok).toBe(false);
  });

  it("finds a root of the NPV for random loan-like flows, in bounded iterations", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1e10 }),
        fc.array(fc.integer({ min: 0, max: 1e9 }), { minLength: 1, maxLength: 600 }),
        (principal, payments) => {
          fc.pre(payments.some((p) => p > 0));
          // Loan-like: at least 0.1% of the principal comes back. Below that the root sits within
          // floating-point distance of −100% (e.g. 10 million yuan repaid with 1 fen), which no
          // calculator input can produce (amounts are capped and rates are non-negative).
          fc.pre(payments.reduce((a, b) => a + b, 0) >= principal / 1000);
          const r = solveIrr([principal, ...payments.map((p) => -p)]);
          if (!r.ok) return false;
          if (!Number.isFinite(r.rate) || r.rate <= -1 || r.iterations > 300) return false;
          // The NPV at the rate is ~0 relative to the flows' size (check where it is well conditioned).
          if (r.rate > 10 || r.rate < -0.5) return true;
          const v = 1 / (1 + r.rate);
          let npv = principal;
          let scale = principal;
          payments.forEach((p, k) => {
            npv -= p * v ** (k + 1);
            scale += p * v ** (k + 1);
          });
          return Math.abs(npv) <= 1e-9 * scale;
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe("annualise", () => {
  it("gives ×12 and compounded figures", () => {
    const a = annualise(0.01);
    expect(a.nominalAnnual).toBeCloseTo(0.12, 15);
    expect(a.effectiveAnnual).toBeCloseTo(1.01 ** 12 - 1, 14);
    expect(annualise(0).effectiveAnnual).toBe(0);
    expect(annualise(-1).effectiveAnnual).toBe(-1);
  });
});

describe("solveIrr edge cases", () => {
  it("ignores trailing zero payments (regression: underflow faked a root near −100%)", () => {
    const payments = [...new Array<number>(200).fill(-301), ...new Array<number>(60).fill(0)];
    const withZeros = solveIrr([10_010, ...payments]);
    const without = solveIrr([10_010, ...payments.slice(0, 200)]);
    expect(withZeros.ok && without.ok).toBe(true);
    if (withZeros.ok && without.ok) {
      expect(withZeros.rate).toBeGreaterThan(0.02);
      expect(withZeros.rate).toBe(without.rate);
    }
  });
});
