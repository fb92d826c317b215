import { describe, it, expect } from "vitest";
import fc from "fast-check";
import {
  roundHalfUp,
  yuanToFen,
  fenToYuan,
  formatYuan,
  formatCNY,
  formatPercent,
  formatDecimal,
  trimDecimal,
  isFen,
  sumFen,
} from "./money";
import { parseAmount } from "./parse";

describe("roundHalfUp", () => {
  it("rounds halves away from zero", () => {
    expect(roundHalfUp(0.5)).toBe(1);
    expect(roundHalfUp(1.5)).toBe(2);
    expect(roundHalfUp(2.5)).toBe(3);
    expect(roundHalfUp(-0.5)).toBe(-1);
    expect(roundHalfUp(-2.5)).toBe(-3);
    expect(roundHalfUp(2.4999)).toBe(2);
    expect(roundHalfUp(4083.3333)).toBe(4083);
  });

  it("absorbs binary noise just below a half", () => {
    expect(1.005 * 100).toBeLessThan(100.5); // the trap this guards against
    expect(roundHalfUp(1.005 * 100)).toBe(101);
    expect(yuanToFen(1.005)).toBe(101);
    expect(yuanToFen(0.285)).toBe(29);
  });

  it("never returns -0", () => {
    expect(Object.is(roundHalfUp(-0.2), 0)).toBe(true);
  });

  it("is the identity on integers and moves any value by at most one half", () => {
    fc.assert(fc.property(fc.integer({ min: -1e12, max: 1e12 }), (n) => roundHalfUp(n) === n));
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), (x) => {
        const r = roundHalfUp(x);
        return Number.isInteger(r) && Math.abs(r - x) <= 0.5 + 1e-6;
      }),
    );
  });
});

describe("fen helpers", () => {
  it("converts and sums", () => {
    expect(fenToYuan(123456)).toBe(1234.56);
    expect(sumFen([1, 2, 3])).toBe(6);
    expect(sumFen([])).toBe(0);
    expect(isFen(12)).toBe(true);
    expect(isFen(1.5)).toBe(false);
    expect(isFen(Number.NaN)).toBe(false);
    expect(isFen("12")).toBe(false);
  });
});

describe("formatYuan", () => {
  it("groups thousands and always shows two decimals", () => {
    expect(formatYuan(5_000_000)).toBe("50,000.00");
    expect(formatYuan(0)).toBe("0.00");
    expect(formatYuan(5)).toBe("0.05");
    expect(formatYuan(99_999)).toBe("999.99");
    expect(formatYuan(100_000)).toBe("1,000.00");
    expect(formatYuan(-150)).toBe("-1.50");
    expect(formatYuan(123_456_789_012)).toBe("1,234,567,890.12");
    expect(formatYuan(530_727)).toBe("5,307.27");
  });

  it("round-trips through parseAmount for every amount up to 1 亿元", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000_000_000 }), (fen) => {
        const r = parseAmount(formatYuan(fen));
        return r.ok && r.value === fen;
      }),
      { numRuns: 2000 },
    );
  });
});

describe("formatCNY", () => {
  it("uses the zh-CN currency format", () => {
    expect(formatCNY(5_000_000)).toMatch(/^¥\s?50,000\.00$/);
  });
});

describe("formatPercent / formatDecimal / trimDecimal", () => {
  it("formats rates deterministically with half-up rounding", () => {
    expect(formatPercent(0.049)).toBe("4.90%");
    expect(formatPercent(0.0005, 3)).toBe("0.050%");
    expect(formatPercent(0.1621648)).toBe("16.22%");
    expect(formatPercent(0.00125)).toBe("0.13%");
    expect(formatPercent(0.18, 0)).toBe("18%");
    expect(formatPercent(-0.012)).toBe("-1.20%");
    expect(formatPercent(Number.NaN)).toBe("—");
  });

  it("formats and trims decimals", () => {
    expect(formatDecimal(4.9, 2)).toBe("4.90");
    expect(formatDecimal(1.005, 2)).toBe("1.01");
    expect(trimDecimal(0.05)).toBe("0.05");
    expect(trimDecimal(5)).toBe("5");
    expect(trimDecimal(2.5)).toBe("2.5");
  });
});
