import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { APR_DEFAULTS, aprQuery, evaluateApr, readAprQuery } from "./apr";
import { evaluateOverdue, OVERDUE_DEFAULTS, overdueQuery, readOverdueQuery } from "./overdue";

describe("overdue calculator model", () => {
  it("computes the worked example: 10,000 元 at 0.05% a day adds 5 元 a day, 150 元 in 30 days", () => {
    const r = evaluateOverdue(OVERDUE_DEFAULTS).result!;
    expect(r.perDayFen).toBe(500);
    expect(r.perMonthFen).toBe(15_000);
    expect(r.addedFen).toBe(15_000);
  });
  it("reads 万分之五 and Chinese amounts", () => {
    const r = evaluateOverdue({ amount: "1万", rate: "万分之五", days: "30天", mode: "simple" });
    expect(r.result?.addedFen).toBe(15_000);
  });
  it("compounding never costs less than simple interest", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 1, max: 3650 }), (yuan, days) => {
        const base = { amount: String(yuan), rate: "0.05", days: String(days) };
        const s = evaluateOverdue({ ...base, mode: "simple" }).result!;
        const c = evaluateOverdue({ ...base, mode: "compound" }).result!;
        expect(c.addedFen).toBeGreaterThanOrEqual(s.addedFen);
      }),
      { numRuns: 200 },
    );
  });
  it("round-trips the URL and rejects unknown modes with a note", () => {
    const v = { amount: "8000", rate: "0.04", days: "45", mode: "compound" };
    expect(readOverdueQuery(overdueQuery(v)).values).toEqual(v);
    const bad = readOverdueQuery("?mode=<b>x</b>");
    expect(bad.values.mode).toBe("simple");
    expect(bad.notes.length).toBe(1);
  });
  it("gives field errors, not numbers, for bad input", () => {
    const r = evaluateOverdue({ amount: "abc", rate: "", days: "-3", mode: "simple" });
    expect(r.result).toBeUndefined();
    expect([r.fields.amount.ok, r.fields.rate.ok, r.fields.days.ok]).toEqual([false, false, false]);
  });
});

describe("APR calculator model", () => {
  it("reproduces the published example: 6,000 元, 12 期, 0.75%/期 → 16.22% and 17.48%", () => {
    const r = evaluateApr(APR_DEFAULTS).result;
    if (!r?.ok) throw new Error("no result");
    expect(r.nominalAnnual * 100).toBeCloseTo(16.22, 2);
    expect(r.effectiveAnnual * 100).toBeCloseTo(17.48, 2);
  });
  it("accepts a daily quote such as 万分之五", () => {
    const r = evaluateApr({ ...APR_DEFAULTS, quote: "daily", rate: "万分之五" }).result;
    if (!r?.ok) throw new Error("no result");
    expect(r.statedAnnual).toBeCloseTo(0.18, 6);
    expect(r.nominalAnnual).toBeGreaterThan(0.179);
  });
  it("treats fee-only links as per-period quotes and round-trips", () => {
    expect(readAprQuery("amount=6000&months=12&fee=0.6").values.quote).toBe("per-period");
    const v = { ...APR_DEFAULTS, quote: "monthly", rate: "1" };
    const back = readAprQuery(aprQuery(v)).values;
    expect([back.quote, back.rate, back.amount]).toEqual(["monthly", "1", "6000"]);
  });
  it("never throws for any input", () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.string(), fc.string(), (amount, months, fee, quote) => {
        const r = evaluateApr({ amount, months, fee, quote, rate: fee });
        if (r.result?.ok) expect(Number.isFinite(r.result.nominalAnnual)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
