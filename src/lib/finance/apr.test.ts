import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { aprFromQuote, statedAnnualOf, DAYS_PER_MONTH } from "./apr";
import type { AprResult } from "./apr";
import { formatPercent } from "./money";
import { parseRateQuote } from "./parse";

function ok(r: AprResult): Extract<AprResult, { ok: true }> {
  if (!r.ok) throw new Error(r.error);
  return r;
}

describe("aprFromQuote", () => {
  it("fixture: 6,000 元, 12 instalments, 0.75% a period → 16.22% (IRR×12), 17.48% compounded", () => {
    const r = ok(aprFromQuote({ amountFen: 600_000, months: 12, quote: { kind: "per-period", rate: 0.0075 } }));
    expect(formatPercent(r.nominalAnnual, 2)).toBe("16.22%");
    expect(formatPercent(r.effectiveAnnual, 2)).toBe("17.48%");
    expect(Math.abs(r.nominalAnnual - 0.1622)).toBeLessThan(0.0001);
    expect(Math.abs(r.effectiveAnnual - 0.1748)).toBeLessThan(0.0001);
    expect(r.nominalAnnual).toBeCloseTo(0.16216482, 7);
    expect(r.statedAnnual).toBeCloseTo(0.09, 12); // what the fee "looks like": 0.75% × 12
    expect(r.schedule.rows[0]?.payment).toBe(54_500);
  });

  it("daily rate 万分之五 = 18% a year at face value (日利率 × 360)", () => {
    const q = parseRateQuote("日利率万分之五");
    if (!q.ok) throw new Error(q.error);
    const r = ok(aprFromQuote({ amountFen: 1_000_000, months: 12, quote: q.value }));
    expect(DAYS_PER_MONTH).toBe(30);
    expect(r.statedAnnual).toBeCloseTo(0.18, 12);
    expect(Math.abs(r.nominalAnnual - 0.18)).toBeLessThan(1e-4);
    expect(formatPercent(r.effectiveAnnual, 2)).toBe("19.56%");
    expect(r.assumption).toContain("日利率 × 30");
  });

  it("monthly 1% = 12% nominal; annual 4.9% with 等额本金 stays 4.9%", () => {
    const m = ok(aprFromQuote({ amountFen: 1_000_000, months: 24, quote: { kind: "monthly", rate: 0.01 } }));
    expect(Math.abs(m.nominalAnnual - 0.12)).toBeLessThan(1e-5);
    const a = ok(
      aprFromQuote({
        amountFen: 10_000_000,
        months: 60,
        quote: { kind: "annual", rate: 0.049 },
        method: "equal-principal",
      }),
    );
    expect(Math.abs(a.nominalAnnual - 0.049)).toBeLessThan(1e-5);
    expect(a.schedule.method).toBe("equal-principal");
  });

  it("an up-front fee raises the real rate", () => {
    const base = ok(aprFromQuote({ amountFen: 1_000_000, months: 12, quote: { kind: "annual", rate: 0.1 } }));
    const fee = ok(
      aprFromQuote({ amountFen: 1_000_000, months: 12, quote: { kind: "annual", rate: 0.1 }, upfrontFeeFen: 50_000 }),
    );
    expect(fee.nominalAnnual).toBeGreaterThan(base.nominalAnnual + 0.05);
    expect(fee.assumption).toContain("预先扣除");
  });

  it("returns Chinese errors instead of throwing", () => {
    const quote = { kind: "annual", rate: 0.1 } as const;
    expect(aprFromQuote({ amountFen: 0, months: 12, quote })).toEqual({ ok: false, error: "借款金额必须大于 0" });
    expect(aprFromQuote({ amountFen: 100, months: 0, quote }).ok).toBe(false);
    expect(aprFromQuote({ amountFen: 100, months: 12, quote: { kind: "daily", rate: Number.NaN } }).ok).toBe(false);
    expect(aprFromQuote({ amountFen: 100, months: 12, quote, upfrontFeeFen: 100 }).ok).toBe(false);
    expect(aprFromQuote({ amountFen: 100, months: 12, quote: { kind: "daily", rate: 1 } }).ok).toBe(false);
  });

  it("the real rate of a per-period fee is always above its face value (fee on the original principal)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 100_000, max: 100_000_000 }),
        fc.integer({ min: 2, max: 60 }),
        fc.integer({ min: 1, max: 200 }).map((bp) => bp / 10_000),
        (amountFen, months, rate) => {
          const r = aprFromQuote({ amountFen, months, quote: { kind: "per-period", rate } });
          return (
            r.ok && r.nominalAnnual > statedAnnualOf({ kind: "per-period", rate }) && Number.isFinite(r.effectiveAnnual)
          );
        },
      ),
      { numRuns: 300 },
    );
  });
});
