import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { buildSchedule, annuityPayment, realAnnualRate, ROUNDING_NOTE, METHOD_LABEL } from "./loan";
import type { LoanInput, LoanSchedule, RepaymentMethod } from "./loan";
import { roundHalfUp, formatYuan } from "./money";

const 万 = 10_000 * 100; // fen in 1 万元

describe("published fixture: 1,000,000 元, 360 months, 4.9%", () => {
  const equal = buildSchedule({ method: "equal-payment", amountFen: 100 * 万, months: 360, annualRate: 0.049 });

  it("等额本息 pays 5,307.27 元 a month", () => {
    expect(formatYuan(equal.rows[0]?.payment ?? 0)).toBe("5,307.27");
    expect(equal.rows.slice(0, 359).every((r) => r.payment === 530_727)).toBe(true);
    // The last period absorbs the rounding and is 5,305.19 元.
    expect(equal.rows[359]?.payment).toBe(530_519);
  });

  it("等额本息 total interest: published 910,616.19 元, this schedule 910,615.12 元", () => {
    // The published figure is (unrounded payment × 360 − principal); we reproduce it exactly:
    const exactPayment = annuityPayment(100 * 万, 0.049 / 12, 360); // 530,726.72… fen
    expect(roundHalfUp(exactPayment * 360 - 100 * 万)).toBe(91_061_619);
    // Our rows pay 5,307.27 元 (0.28 fen more than the exact 5,307.2672… 元) for 359 months.
    // That extra repays principal early; compounded at 4.9%/12 for up to 30 years it is worth
    // about 2.28 元 by the end, so the last payment is 2.08 元 smaller (5,305.19 元).
    // Net effect on total interest: +359 × 0.0028 元 − 2.08 元 ≈ −1.07 元.
    expect(equal.totalInterest).toBe(91_061_512);
    expect(91_061_619 - equal.totalInterest).toBe(107);
    // The gap is within the rounding bound proved in the property test below (0.5n + s_n fen).
    expect(Math.abs(91_061_619 - equal.totalInterest)).toBeLessThanOrEqual(roundingBound(0.049 / 12, 360));
  });

  it("等额本金 starts at 6,861.11 元 and falls by 11.34 元 a month", () => {
    const ep = buildSchedule({ method: "equal-principal", amountFen: 100 * 万, months: 360, annualRate: 0.049 });
    const [p1, p2, p3] = ep.rows.map((r) => r.payment);
    expect(p1).toBe(686_111);
    expect(Math.abs((p1 ?? 0) - (p2 ?? 0) - 1134)).toBeLessThanOrEqual(1);
    expect(Math.abs((p2 ?? 0) - (p3 ?? 0) - 1134)).toBeLessThanOrEqual(1);
    expect(ep.totalInterest).toBe(73_704_108); // 737,041.08 元
  });
});

/** Bound on |rounded total interest − exact total interest| for 等额本息, in fen (see test below). */
function roundingBound(r: number, n: number): number {
  const sn = r === 0 ? n : Math.expm1(n * Math.log1p(r)) / r;
  return 0.5 * n + sn;
}

describe("small cases by hand", () => {
  it("equal-payment at 0%: equal parts, remainder in the last period", () => {
    const s = buildSchedule({ method: "equal-payment", amountFen: 100_000, months: 3, annualRate: 0 });
    expect(s.rows.map((r) => r.principal)).toEqual([33_333, 33_333, 33_334]);
    expect(s.totalInterest).toBe(0);
  });

  it("equal-principal rounds the part half up and lets the last period absorb", () => {
    const s = buildSchedule({ method: "equal-principal", amountFen: 200, months: 3, annualRate: 0.12 });
    // 200 / 3 = 66.67 → 67; interest 1% of 200, 133, 66 → 2, 1 (1.33), 1 (0.66)
    expect(s.rows).toEqual([
      { period: 1, payment: 69, principal: 67, interest: 2, remaining: 133 },
      { period: 2, payment: 68, principal: 67, interest: 1, remaining: 66 },
      { period: 3, payment: 67, principal: 66, interest: 1, remaining: 0 },
    ]);
  });

  it("interest-only: interest every month, principal at the end", () => {
    const s = buildSchedule({ method: "interest-only", amountFen: 1_000_000, months: 12, annualRate: 0.06 });
    expect(s.rows.slice(0, 11).every((r) => r.payment === 5000 && r.principal === 0)).toBe(true);
    expect(s.rows[11]).toEqual({ period: 12, payment: 1_005_000, principal: 1_000_000, interest: 5000, remaining: 0 });
    expect(s.maxPayment).toBe(1_005_000);
  });

  it("flat-fee: the same fee on the original principal every period", () => {
    const s = buildSchedule({ method: "flat-fee", amountFen: 600_000, months: 12, feeRatePerPeriod: 0.0075 });
    expect(s.rows.every((r) => r.interest === 4500 && r.principal === 50_000 && r.payment === 54_500)).toBe(true);
    expect(s.totalInterest).toBe(54_000);
  });

  it("tiny amounts never drive the balance negative", () => {
    const s = buildSchedule({ method: "equal-payment", amountFen: 5, months: 10, annualRate: 0 });
    expect(s.rows.every((r) => r.remaining >= 0 && r.principal >= 0)).toBe(true);
    expect(s.rows.reduce((a, r) => a + r.principal, 0)).toBe(5);
  });

  it("tiny and zero rates behave", () => {
    const tiny = buildSchedule({ method: "equal-payment", amountFen: 100 * 万, months: 360, annualRate: 1e-9 });
    const zero = buildSchedule({ method: "equal-payment", amountFen: 100 * 万, months: 360, annualRate: 0 });
    expect(tiny.rows[0]?.payment).toBe(zero.rows[0]?.payment);
    expect(tiny.totalInterest).toBeGreaterThanOrEqual(0);
    expect(tiny.totalInterest).toBeLessThan(100);
    expect(annuityPayment(100, 1e-12, 12)).toBeCloseTo(100 / 12, 9);
  });

  it("labels and note exist in Chinese", () => {
    expect(METHOD_LABEL["equal-payment"]).toBe("等额本息");
    expect(METHOD_LABEL["flat-fee"]).toBe("按期手续费");
    expect(ROUNDING_NOTE).toMatch(/四舍五入到分/);
    expect(ROUNDING_NOTE).toMatch(/最后一期/);
  });

  it("rejects invalid programmatic input", () => {
    expect(() => buildSchedule({ method: "equal-payment", amountFen: 1.5, months: 12, annualRate: 0.1 })).toThrow(
      RangeError,
    );
    expect(() => buildSchedule({ method: "equal-payment", amountFen: 100, months: 0, annualRate: 0.1 })).toThrow(
      RangeError,
    );
    expect(() => buildSchedule({ method: "equal-payment", amountFen: 100, months: 601, annualRate: 0.1 })).toThrow(
      RangeError,
    );
    expect(() => buildSchedule({ method: "equal-principal", amountFen: 100, months: 12, annualRate: -0.1 })).toThrow(
      RangeError,
    );
    expect(() =>
      buildSchedule({ method: "flat-fee", amountFen: 100, months: 12, feeRatePerPeriod: Number.NaN }),
    ).toThrow(RangeError);
  });
});

const methods: RepaymentMethod[] = ["equal-payment", "equal-principal", "interest-only", "flat-fee"];

const loanInput: fc.Arbitrary<LoanInput> = fc
  .record({
    method: fc.constantFrom(...methods),
    amountFen: fc.oneof(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 10_000_000_000 })),
    months: fc.integer({ min: 1, max: 600 }),
    rate: fc.oneof(fc.constant(0), fc.double({ min: 1e-12, max: 0.36, noNaN: true })),
  })
  .map(({ method, amountFen, months, rate }): LoanInput =>
    method === "flat-fee"
      ? { method, amountFen, months, feeRatePerPeriod: rate / 12 }
      : { method, amountFen, months, annualRate: rate },
  );

function checkInvariants(s: LoanSchedule): void {
  expect(s.rows).toHaveLength(s.months);
  expect(s.rows.reduce((a, r) => a + r.principal, 0)).toBe(s.amountFen);
  expect(s.totalPaid).toBe(s.rows.reduce((a, r) => a + r.payment, 0));
  expect(s.totalInterest).toBe(s.rows.reduce((a, r) => a + r.interest, 0));
  expect(s.totalPaid).toBe(s.amountFen + s.totalInterest);
  let before = s.amountFen;
  for (const r of s.rows) {
    expect(Number.isSafeInteger(r.payment) && Number.isSafeInteger(r.interest)).toBe(true);
    expect(r.principal).toBeGreaterThanOrEqual(0);
    expect(r.interest).toBeGreaterThanOrEqual(0);
    expect(r.remaining).toBeGreaterThanOrEqual(0);
    expect(r.remaining).toBe(before - r.principal);
    expect(r.payment).toBe(r.principal + r.interest);
    before = r.remaining;
  }
  expect(s.rows[s.rows.length - 1]?.remaining).toBe(0);
}

describe("schedule properties", () => {
  it("principal sums to the amount, balance never negative and ends at 0, totals are row sums", () => {
    fc.assert(
      fc.property(loanInput, (input) => {
        checkInvariants(buildSchedule(input));
      }),
      { numRuns: 500 },
    );
  });

  it("等额本息 total interest stays within 0.5n + s_n(r) fen of the exact formula", () => {
    // Derivation: with payment error δ ≤ ½ and interest rounding errors ε_k ≤ ½, the balance
    // error after k periods is e_k = e_{k−1}(1+r) + ε_k − δ, so |e_{n−1}| ≤ s_{n−1}(r); the total
    // paid differs from n·P by (n−1)δ + e_{n−1}(1+r) + ε_n, i.e. at most 0.5n + s_n(r).
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000_000_000 }),
        fc.integer({ min: 1, max: 600 }),
        fc.double({ min: 0, max: 0.36, noNaN: true }),
        (amountFen, months, annualRate) => {
          const s = buildSchedule({ method: "equal-payment", amountFen, months, annualRate });
          const r = annualRate / 12;
          const exact = annuityPayment(amountFen, r, months) * months - amountFen;
          // (+ a relative 1e-9 for the floating-point error in the "exact" reference itself)
          return Math.abs(s.totalInterest - exact) <= roundingBound(r, months) + 1e-9 * Math.abs(exact);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it("a higher rate never lowers total interest", () => {
    // Exact for 等额本金, 先息后本 and flat fee (the principal path does not depend on the rate).
    // For 等额本息 the fen-rounded payment can invert two almost equal rates by up to the rounding
    // bound, so the comparison is made when the exact totals differ by more than both bounds.
    fc.assert(
      fc.property(
        fc.constantFrom(...methods),
        fc.integer({ min: 1, max: 10_000_000_000 }),
        fc.integer({ min: 1, max: 360 }),
        fc.double({ min: 0, max: 0.36, noNaN: true }),
        fc.double({ min: 0, max: 0.36, noNaN: true }),
        (method, amountFen, months, a, b) => {
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          const build = (rate: number) =>
            method === "flat-fee"
              ? buildSchedule({ method, amountFen, months, feeRatePerPeriod: rate / 12 })
              : buildSchedule({ method, amountFen, months, annualRate: rate });
          const tLo = build(lo).totalInterest;
          const tHi = build(hi).totalInterest;
          if (method !== "equal-payment") return tHi >= tLo;
          const exact = (rate: number) => annuityPayment(amountFen, rate / 12, months) * months - amountFen;
          const margin = roundingBound(lo / 12, months) + roundingBound(hi / 12, months);
          if (exact(hi) - exact(lo) <= margin) return true;
          return tHi >= tLo;
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("documents the 等额本息 inversion for nearly equal rates (rounding, bounded)", () => {
    const build = (annualRate: number) =>
      buildSchedule({ method: "equal-payment", amountFen: 9_999_999_982, months: 258, annualRate }).totalInterest;
    const lower = build(0.359999999999999);
    const higher = build(0.3600000059892367);
    // The higher rate's payment rounds up one fen more; over 258 months at 3%/month the
    // extra principal saves 6.18 元 of interest, far inside the rounding bound.
    expect(lower - higher).toBe(618);
    expect(lower - higher).toBeLessThanOrEqual(roundingBound(0.36 / 12, 258));
  });

  it("IRR × 12 of a typical fen-rounded 等额本息 schedule recovers the rate within 1e-6", () => {
    for (const [amountFen, months, annualRate] of [
      [100 * 万, 360, 0.049],
      [20 * 万, 36, 0.18],
      [5 * 万, 12, 0.24],
      [30 * 万, 120, 0.0365],
    ] as const) {
      const real = realAnnualRate(buildSchedule({ method: "equal-payment", amountFen, months, annualRate }));
      expect(real.ok && Math.abs(real.nominalAnnual - annualRate)).toBeLessThan(1e-6);
    }
  });

  it("IRR × 12 of a fen-rounded 等额本息 schedule recovers the rate within the rounding bound", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 10_000, max: 10_000_000_000 }), // 100 元 .. 1亿元
        fc.integer({ min: 1, max: 360 }),
        fc.double({ min: 0.001, max: 0.36, noNaN: true }),
        (amountFen, months, annualRate) => {
          const s = buildSchedule({ method: "equal-payment", amountFen, months, annualRate });
          const real = realAnnualRate(s);
          // The rounded rows satisfy A = Σ (p_k − ε_k) v^k with interest rounding |ε_k| ≤ ½ fen, so
          // the payments' present value is off by ≤ n/2 fen and, since |dNPV/dr| ≥ A·v, the monthly
          // rate by ≤ n(1+r)/(2A). Annualised (×12) with a safety factor of 2: 12·n·(1+r)/A.
          // For 1亿元 over 360 months that is 4.3e-5; the fixture above actually lands within 1e-8.
          const tolerance = (12 * months * (1 + annualRate / 12)) / amountFen + 1e-9;
          return real.ok && Math.abs(real.nominalAnnual - annualRate) <= tolerance;
        },
      ),
      { numRuns: 500 },
    );
  });

  it("the solver recovers the rate exactly from unrounded annuity cash flows, any size", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 1e10, noNaN: true }),
        fc.integer({ min: 1, max: 600 }),
        fc.double({ min: 1e-6, max: 0.36, noNaN: true }),
        (amount, months, annualRate) => {
          const p = annuityPayment(amount, annualRate / 12, months);
          const real = realAnnualRate({ receivedFen: amount, paymentsFen: new Array<number>(months).fill(p) });
          return real.ok && Math.abs(real.nominalAnnual - annualRate) < 1e-9;
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe("realAnnualRate", () => {
  it("reports the three figures and handles explicit cash flows", () => {
    const s = buildSchedule({ method: "equal-payment", amountFen: 100 * 万, months: 360, annualRate: 0.049 });
    const r = realAnnualRate(s);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.nominalAnnual).toBeCloseTo(0.049, 7);
    expect(r.monthly * 12).toBeCloseTo(r.nominalAnnual, 15);
    expect(r.effectiveAnnual).toBeCloseTo((1 + r.monthly) ** 12 - 1, 12);
    // Receiving less than the principal (an up-front fee) raises the rate.
    const net = realAnnualRate({ receivedFen: 95 * 万, paymentsFen: s.rows.map((row) => row.payment) });
    expect(net.ok && net.nominalAnnual > r.nominalAnnual).toBe(true);
    expect(realAnnualRate({ receivedFen: 100, paymentsFen: [] }).ok).toBe(false);
  });
});

describe("performance", () => {
  it("builds a 360-month schedule in well under 5 ms on average", () => {
    const input: LoanInput = { method: "equal-payment", amountFen: 100 * 万, months: 360, annualRate: 0.049 };
    for (let i = 0; i < 20; i++) buildSchedule(input); // warm up the JIT
    const runs = 100;
    const start = performance.now();
    let sink = 0;
    for (let i = 0; i < runs; i++) sink += buildSchedule({ ...input, annualRate: 0.049 + i * 1e-6 }).totalInterest;
    const average = (performance.now() - start) / runs;
    expect(sink).toBeGreaterThan(0);
    expect(average).toBeLessThan(5);
  });
});
