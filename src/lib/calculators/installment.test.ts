import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { evaluateInstallment, installmentQuery, INSTALLMENT_DEFAULTS, readInstallmentQuery } from "./installment";

describe("installment URL state", () => {
  it("reads the documented parameters", () => {
    const { values, notes } = readInstallmentQuery("?amount=6000&months=12&fee=0.75&method=flat-fee");
    expect(values).toMatchObject({ amount: "6000", months: "12", fee: "0.75", method: "flat-fee" });
    expect(notes).toEqual([]);
  });
  it("treats fee without method as the flat-fee method", () => {
    expect(readInstallmentQuery("amount=6000&months=12&fee=0.75").values.method).toBe("flat-fee");
  });
  it("ignores an unknown method and hostile values, with a note", () => {
    const { values, notes } = readInstallmentQuery(
      `?method=${encodeURIComponent("<script>alert(1)</script>")}&amount=${encodeURIComponent('"><img src=x onerror=alert(1)>')}`,
    );
    expect(values.method).toBe("equal-payment");
    expect(values.amount).toBe(INSTALLMENT_DEFAULTS.amount);
    expect(notes.length).toBe(2);
  });
  it("round-trips: writing then reading gives the same values", () => {
    const value = fc.stringMatching(/^[0-9.万wk%]{1,8}$/);
    fc.assert(
      fc.property(
        value,
        value,
        value,
        value,
        fc.constantFrom("equal-payment", "equal-principal", "interest-only", "flat-fee"),
        (amount, months, rate, fee, method) => {
          const values = { amount, months, rate, fee, method };
          const back = readInstallmentQuery(installmentQuery(values)).values;
          expect(back.amount).toBe(amount);
          expect(back.months).toBe(months);
          expect(back.method).toBe(method);
          if (method === "flat-fee") expect(back.fee).toBe(fee);
          else expect(back.rate).toBe(rate);
        },
      ),
    );
  });
});

describe("installment evaluation", () => {
  it("computes the worked default example", () => {
    const r = evaluateInstallment(INSTALLMENT_DEFAULTS);
    expect(r.schedule?.rows).toHaveLength(12);
    expect(r.schedule?.rows[0]?.payment).toBe(88849); // 10,000 元, 12 期, 年利率 12%: 888.49 元/期
    expect(r.real?.ok && r.real.nominalAnnual).toBeCloseTo(0.12, 4);
  });
  it("reproduces the published flat-fee example: 6,000 元, 12 期, 0.75%/期 ≈ 16.22% / 17.48%", () => {
    const r = evaluateInstallment({
      ...INSTALLMENT_DEFAULTS,
      amount: "6000",
      months: "12",
      method: "flat-fee",
      fee: "0.75",
    });
    if (!r.real?.ok) throw new Error("no rate");
    expect(r.real.nominalAnnual * 100).toBeCloseTo(16.22, 1);
    expect(r.real.effectiveAnnual * 100).toBeCloseTo(17.48, 1);
  });
  it("accepts Chinese-format input", () => {
    const r = evaluateInstallment({ ...INSTALLMENT_DEFAULTS, amount: "５万", months: "2年", rate: "4.9%" });
    expect(r.fields.amount.ok && r.fields.amount.value).toBe(5_000_000);
    expect(r.fields.months.ok && r.fields.months.value).toBe(24);
    expect(r.schedule?.rows).toHaveLength(24);
  });
  it("returns field errors instead of a schedule for bad input", () => {
    const r = evaluateInstallment({ ...INSTALLMENT_DEFAULTS, amount: "", months: "0" });
    expect(r.schedule).toBeUndefined();
    expect(r.fields.amount.ok).toBe(false);
    expect(r.fields.months.ok).toBe(false);
  });
  it("never throws for any input", () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.string(),
        fc.string(),
        fc.string(),
        fc.string(),
        (amount, months, rate, fee, method) => {
          const r = evaluateInstallment({ amount, months, rate, fee, method });
          if (r.schedule) expect(Number.isFinite(r.schedule.totalPaid)).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });
});
