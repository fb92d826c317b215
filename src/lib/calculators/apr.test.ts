import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { APR_DEFAULTS, aprQuery, evaluateApr, readAprQuery, withQuote } from "./apr";
import { formatPercent } from "../finance/money";

describe("APR calculator model", () => {
  it("reproduces the fixture: 6,000 元, 12 期, 0.75%/期 → 16.22% (IRR×12) and 17.48% (compounded)", () => {
    const r = evaluateApr(APR_DEFAULTS).result;
    if (!r?.ok) throw new Error("no result");
    expect(formatPercent(r.nominalAnnual)).toBe("16.22%");
    expect(formatPercent(r.effectiveAnnual)).toBe("17.48%");
    expect(formatPercent(r.statedAnnual)).toBe("9.00%");
  });

  it("reads the same fixture from a fee-only link, typed the Chinese way", () => {
    const { values, notes } = readAprQuery("?amount=6000&months=12&fee=0.75");
    expect(notes).toEqual([]);
    expect(values.quote).toBe("per-period");
    const r = evaluateApr({ ...values, amount: "０．６万元", months: "一年", fee: "每期0.75%" });
    expect(r.fields.amount.ok && r.fields.amount.value).toBe(600_000);
    expect(r.fields.months.ok && r.fields.months.value).toBe(12);
    if (!r.result?.ok) throw new Error("no result");
    expect(formatPercent(r.result.nominalAnnual)).toBe("16.22%");
  });

  it.each([["万分之五"], ["0.05%/天"], ["日利率0.05%"], ["0.05"], ["万5"]])(
    "accepts the daily quote %s as 18%% a year",
    (rate) => {
      const r = evaluateApr({ ...APR_DEFAULTS, quote: "daily", rate }).result;
      if (!r?.ok) throw new Error(`no result for ${rate}`);
      expect(formatPercent(r.statedAnnual)).toBe("18.00%");
      expect(r.nominalAnnual).toBeGreaterThan(0.179);
      expect(r.effectiveAnnual).toBeGreaterThan(r.nominalAnnual);
    },
  );

  it("accepts a monthly quote", () => {
    const r = evaluateApr({ ...APR_DEFAULTS, quote: "monthly", rate: "1%/月" }).result;
    if (!r?.ok) throw new Error("no result");
    expect(Math.abs(r.nominalAnnual - 0.12)).toBeLessThan(1e-4);
  });

  it("infers the quote kind from a link that has rate but no quote", () => {
    expect(readAprQuery("amount=6000&months=12&rate=万分之五").values.quote).toBe("daily");
    expect(readAprQuery("amount=6000&months=12&rate=" + encodeURIComponent("1%/月")).values.quote).toBe("monthly");
    expect(readAprQuery("amount=6000&months=12&rate=0.05").values.quote).toBe("daily");
  });

  it("switching the quote kind swaps an example rate but keeps the reader's own", () => {
    expect(withQuote({ ...APR_DEFAULTS, quote: "daily" }, "monthly").rate).toBe("1.5");
    expect(withQuote({ ...APR_DEFAULTS, quote: "monthly", rate: "1.5" }, "daily").rate).toBe("0.05");
    expect(withQuote({ ...APR_DEFAULTS, quote: "daily", rate: "万分之三" }, "monthly").rate).toBe("万分之三");
  });

  it("says which field is wrong when a daily rate is typed as a fee", () => {
    const r = evaluateApr({ ...APR_DEFAULTS, fee: "万分之五" });
    expect(r.result).toBeUndefined();
    expect(!r.fields.rate.ok && r.fields.rate.error).toContain("每期手续费率");
  });

  it("ignores hostile or unknown values with a note", () => {
    const { values, notes } = readAprQuery(`quote=${encodeURIComponent("<img src=x>")}&amount=${"9".repeat(60)}`);
    expect(values.quote).toBe("per-period");
    expect(values.amount).toBe(APR_DEFAULTS.amount);
    expect(notes).toHaveLength(2);
  });

  it("round-trips through the URL", () => {
    const text = fc.stringMatching(/^[0-9.万wk%分之五]{1,10}$/);
    fc.assert(
      fc.property(
        text,
        text,
        text,
        fc.constantFrom("per-period", "daily", "monthly"),
        (amount, months, rate, quote) => {
          const values = { ...APR_DEFAULTS, amount, months, quote, fee: rate, rate };
          const back = readAprQuery(aprQuery(values)).values;
          expect([back.amount, back.months, back.quote]).toEqual([amount, months, quote]);
          expect(quote === "per-period" ? back.fee : back.rate).toBe(rate);
        },
      ),
    );
  });

  it("never throws, and every result is a finite rate", () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.string(), fc.string(), (amount, months, fee, quote) => {
        const r = evaluateApr({ amount, months, fee, quote, rate: fee });
        if (r.result?.ok) {
          expect(Number.isFinite(r.result.nominalAnnual)).toBe(true);
          expect(Number.isFinite(r.result.effectiveAnnual)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
