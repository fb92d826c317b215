import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  debtRows,
  debtsValue,
  evaluatePayoff,
  MAX_DEBTS,
  PAYOFF_DEFAULTS,
  payoffQuery,
  readPayoffQuery,
} from "./payoff";

describe("payoff model", () => {
  it("computes both strategies for the worked example, avalanche never costing more", () => {
    const c = evaluatePayoff(PAYOFF_DEFAULTS).comparison!;
    if (!c.avalanche.ok || !c.snowball.ok) throw new Error("plan failed");
    expect(c.avalanche.totalInterestFen).toBeLessThanOrEqual(c.snowball.totalInterestFen);
    expect(c.avalanche.payoffOrder[0]?.name).toBe("信用卡");
    expect(c.snowball.payoffOrder[0]?.name).toBe("花呗");
  });

  it("reads the article's four-debt link, longer than a single value may be", () => {
    const { values, notes } = readPayoffQuery(
      "budget=1800&debts=信用卡:9500:18:480;花呗:4200:12:380;借呗:8000:10:350;网贷:6000:24:300",
    );
    expect(notes).toEqual([]);
    const r = evaluatePayoff(values);
    expect(r.debts).toHaveLength(4);
    const c = r.comparison!;
    if (!c.avalanche.ok || !c.snowball.ok) throw new Error("plan failed");
    expect(c.avalanche.payoffOrder).toHaveLength(4);
    expect(c.avalanche.totalInterestFen).toBeLessThanOrEqual(c.snowball.totalInterestFen);
  });

  it("reads the brief's example with Chinese amounts", () => {
    const r = evaluatePayoff({ budget: "0.3万", debts: "信用卡:2万:18%:1000;花呗:8千:15:500" });
    const c = r.comparison!;
    expect(c.avalanche.ok && c.snowball.ok).toBe(true);
  });

  it("explains once when the budget is below the minimum payments", () => {
    const r = evaluatePayoff({ ...PAYOFF_DEFAULTS, budget: "1000" });
    expect(r.failure).toContain("最低还款");
    expect(r.failure).toContain("2,100.00 元");
  });

  it("round-trips debt rows, including full-width separators", () => {
    expect(debtRows("信用卡：9500：18：480；花呗:4200:12:380")).toEqual([
      { name: "信用卡", balance: "9500", rate: "18", min: "480" },
      { name: "花呗", balance: "4200", rate: "12", min: "380" },
    ]);
    const rows = debtRows(PAYOFF_DEFAULTS.debts);
    expect(debtsValue(rows)).toBe(PAYOFF_DEFAULTS.debts);
    expect(readPayoffQuery(payoffQuery(PAYOFF_DEFAULTS)).values).toEqual(PAYOFF_DEFAULTS);
    expect(readPayoffQuery("?budget=1800").values.debts).toBe(PAYOFF_DEFAULTS.debts);
  });

  it("uses at most ten debts, with a note, and asks for at least one", () => {
    const many = Array.from({ length: 12 }, (_, i) => `d${i}:100:1:10`).join(";");
    const { values, notes } = readPayoffQuery(`budget=3000&debts=${encodeURIComponent(many)}`);
    expect(notes.join("")).toContain(`${MAX_DEBTS} 笔`);
    expect(evaluatePayoff(values).debts).toHaveLength(MAX_DEBTS);
    expect(evaluatePayoff({ budget: "3000", debts: "" }).listError).toBeTruthy();
  });

  it("ignores a hostile list with a note", () => {
    const { values, notes } = readPayoffQuery(`debts=${encodeURIComponent("<img src=x onerror=alert(1)>:1:1:1")}`);
    expect(values.debts).toBe(PAYOFF_DEFAULTS.debts);
    expect(notes).toHaveLength(1);
  });

  it("avalanche never pays more interest than snowball when both finish", () => {
    const debt = fc.record({
      balance: fc.integer({ min: 0, max: 50_000 }),
      rate: fc.integer({ min: 0, max: 36 }),
      min: fc.integer({ min: 0, max: 800 }),
    });
    fc.assert(
      fc.property(
        fc.array(debt, { minLength: 1, maxLength: 4 }),
        fc.integer({ min: 500, max: 8_000 }),
        (ds, budget) => {
          const debts = ds.map((d, i) => `d${i}:${d.balance}:${d.rate}:${d.min}`).join(";");
          const c = evaluatePayoff({ budget: String(budget), debts }).comparison;
          if (c?.avalanche.ok && c.snowball.ok) {
            expect(c.avalanche.totalInterestFen).toBeLessThanOrEqual(c.snowball.totalInterestFen);
          }
        },
      ),
      { numRuns: 100 },
    );
  });

  it("returns the rows it used, as typed, for the form", () => {
    const many = Array.from({ length: MAX_DEBTS + 2 }, (_, i) => `d${i}:${i}:1:0`).join(";");
    const r = evaluatePayoff({ budget: "1000", debts: many });
    expect(r.debts.map((d) => d.row)).toEqual(debtRows(many).slice(0, MAX_DEBTS));
    expect(evaluatePayoff({ budget: "1000", debts: ":x" }).debts[0]?.row).toEqual({
      name: "",
      balance: "x",
      rate: "",
      min: "",
    });
  });

  it("never throws", () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (budget, debts) => {
        evaluatePayoff({ budget, debts });
      }),
      { numRuns: 300 },
    );
  });
});
