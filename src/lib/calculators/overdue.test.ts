import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { evaluateOverdue, OVERDUE_DEFAULTS, overdueQuery, parseOverdueDays, readOverdueQuery } from "./overdue";

describe("overdue calculator model", () => {
  it("computes the worked example: 10,000 元 at 0.05% a day adds 5 元 a day, 150 元 in 30 days", () => {
    const r = evaluateOverdue(OVERDUE_DEFAULTS).result!;
    expect(r.perDayFen).toBe(500);
    expect(r.perWeekFen).toBe(3_500);
    expect(r.perMonthFen).toBe(15_000);
    expect(r.addedFen).toBe(15_000);
  });

  it("computes an article's example: 10,000 元, 0.05%, 90 days, simple → 450 元", () => {
    const r = evaluateOverdue(readOverdueQuery("amount=10000&rate=0.05&days=90&mode=simple").values).result!;
    expect(r.addedFen).toBe(45_000);
    expect(r.rows.map((row) => row.day)).toEqual([1, 7, 30, 90]);
  });

  it.each([["万分之五"], ["0.05%/天"], ["日利率0.05%"], ["０．０５％"]])("reads the daily rate %s", (rate) => {
    const r = evaluateOverdue({ amount: "1万", rate, days: "30天", mode: "simple" });
    expect(r.result?.addedFen).toBe(15_000);
  });

  it("reads days as people say them", () => {
    expect(parseOverdueDays("三十天")).toMatchObject({ ok: true, value: 30 });
    expect(parseOverdueDays("3个月")).toMatchObject({ ok: true, value: 90 });
    expect(parseOverdueDays("半年")).toMatchObject({ ok: false });
    expect(parseOverdueDays("2周")).toMatchObject({ ok: true, value: 14 });
    // Weeks typed in the other script read the same (as amounts and months already did).
    expect(parseOverdueDays("2週")).toMatchObject({ ok: true, value: 14 });
    expect(parseOverdueDays("兩週")).toMatchObject({ ok: true, value: 14 });
    expect(parseOverdueDays("2個星期")).toMatchObject({ ok: true, value: 14 });
    expect(parseOverdueDays("0")).toMatchObject({ ok: true, value: 0 });
    expect(parseOverdueDays("200个月").ok).toBe(false);
    expect(parseOverdueDays("-3").ok).toBe(false);
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
    const v = { amount: "8000", rate: "万分之四", days: "45天", mode: "compound" };
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

  it("never throws", () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.string(), fc.string(), (amount, rate, days, mode) => {
        const r = evaluateOverdue({ amount, rate, days, mode });
        if (r.result) expect(Number.isFinite(r.result.totalFen)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
