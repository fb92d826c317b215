import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { overdueCost, chargesAfter, MAX_CHARGE_FEN } from "./overdue";
import { roundHalfUp } from "./money";

describe("overdueCost", () => {
  it("10,000 元 at 万分之五, simple, 30 days → 150 元", () => {
    const r = overdueCost({ amountFen: 1_000_000, dailyRate: 0.0005, days: 30 });
    expect(r.addedFen).toBe(15_000);
    expect(r.totalFen).toBe(1_015_000);
    expect(r.perDayFen).toBe(500);
    expect(r.perWeekFen).toBe(3_500);
    expect(r.perMonthFen).toBe(15_000);
    expect(r.lastDayFen).toBe(500);
    expect(r.rows.map((row) => row.day)).toEqual([1, 7, 30]);
    expect(r.capped).toBe(false);
  });

  it("compounds daily when asked", () => {
    const r = overdueCost({ amountFen: 1_000_000, dailyRate: 0.0005, days: 365, compounding: "compound" });
    expect(r.addedFen).toBe(roundHalfUp(1_000_000 * (1.0005 ** 365 - 1))); // ≈ 2,001.59 元
    expect(r.addedFen).toBe(200_159);
    expect(r.lastDayFen).toBeGreaterThan(r.perDayFen);
    expect(r.rows.map((row) => row.day)).toEqual([1, 7, 30, 90, 180, 365]);
  });

  it("adds the chosen day to the table and handles day 0", () => {
    expect(overdueCost({ amountFen: 100, dailyRate: 0.001, days: 100 }).rows.map((r) => r.day)).toEqual([
      1, 7, 30, 90, 100,
    ]);
    const zero = overdueCost({ amountFen: 100_000, dailyRate: 0.0005, days: 0 });
    expect(zero.rows).toEqual([]);
    expect(zero.addedFen).toBe(0);
    expect(zero.totalFen).toBe(100_000);
    expect(zero.perMonthFen).toBe(1500);
  });

  it("caps absurd compounding and says so", () => {
    const r = overdueCost({ amountFen: 1_000_000_000, dailyRate: 0.01, days: 3650, compounding: "compound" });
    expect(r.addedFen).toBe(MAX_CHARGE_FEN);
    expect(r.capped).toBe(true);
  });

  it("rejects invalid input", () => {
    expect(() => overdueCost({ amountFen: -1, dailyRate: 0.0005, days: 1 })).toThrow(RangeError);
    expect(() => overdueCost({ amountFen: 1, dailyRate: 2, days: 1 })).toThrow(RangeError);
    expect(() => overdueCost({ amountFen: 1, dailyRate: 0.0005, days: 3651 })).toThrow(RangeError);
    expect(() => overdueCost({ amountFen: 1, dailyRate: 0.0005, days: 1.5 })).toThrow(RangeError);
  });

  it("charges grow with days, compound ≥ simple, all integer fen", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000_000 }),
        fc.double({ min: 0, max: 0.01, noNaN: true }),
        fc.integer({ min: 0, max: 3649 }),
        (amount, rate, day) => {
          for (const mode of ["simple", "compound"] as const) {
            const a = chargesAfter(amount, rate, day, mode);
            const b = chargesAfter(amount, rate, day + 1, mode);
            if (!Number.isSafeInteger(a) || a < 0 || b < a) return false;
          }
          return chargesAfter(amount, rate, day, "compound") >= chargesAfter(amount, rate, day, "simple");
        },
      ),
      { numRuns: 1000 },
    );
  });
});
