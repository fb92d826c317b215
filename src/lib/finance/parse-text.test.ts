import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { AMOUNT_TEXT, DAYS_TEXT, fill, MONTHS_TEXT, PARSE_TEXT, RATE_TEXT, type ParseText } from "./parse-text";
import {
  parseAmount,
  parseAmountWith,
  parseAnnualRate,
  parseAnnualRateWith,
  parseDays,
  parseDaysWith,
  parseMonths,
  parseMonthsWith,
  parseRateQuote,
  parseRateQuoteWith,
  type ParseResult,
  type RateQuote,
} from "./parse";

describe("fill", () => {
  it("puts values into numbered slots, as often as they appear", () => {
    expect(fill("按 {0} 元计算", "5,000.00")).toBe("按 5,000.00 元计算");
    expect(fill("按 {0} 期（{0} 个月）计算", 12)).toBe("按 12 期（12 个月）计算");
    expect(fill("{1}，{0}", "a", "b")).toBe("b，a");
  });

  it("leaves a slot without a value as it is, and never reads a value as a pattern", () => {
    expect(fill("{0} 和 {1}", "x")).toBe("x 和 {1}");
    expect(fill("{0}", "$& {1}")).toBe("$& {1}");
  });
});

describe("PARSE_TEXT", () => {
  it("joins the per-parser tables without one hiding another's sentence", () => {
    for (const table of [AMOUNT_TEXT, MONTHS_TEXT, DAYS_TEXT, RATE_TEXT]) {
      for (const [key, value] of Object.entries(table)) expect(PARSE_TEXT[key as keyof ParseText]).toEqual(value);
    }
  });

  it("survives the trip through a page's props (JSON) unchanged", () => {
    expect(JSON.parse(JSON.stringify(PARSE_TEXT))).toEqual(PARSE_TEXT);
  });
});

/** Every sentence marked with its key, so a result shows which entry of the table it came from. */
const mark = (table: Record<string, unknown>): Record<string, unknown> =>
  Object.fromEntries(
    Object.entries(table).map(([k, v]) => [
      k,
      typeof v === "string" ? `«${k}»${v}` : mark(v as Record<string, unknown>),
    ]),
  );
const MARKED = mark(PARSE_TEXT) as ParseText;

const texts = (r: ParseResult<number> | ParseResult<RateQuote>) =>
  r.ok ? [r.echo, ...(r.warning === undefined ? [] : [r.warning])] : [r.error];

// Shaped like what people type, with every error path within reach.
const input = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.stringMatching(/^[-负]?[0-9.,，]{0,8}(万|w|k|元|期|个月|年|天|%|‰|日利率|年化|每期)?$/),
  fc.constantFrom(
    "",
    "半年",
    "1.5年",
    "0.3年",
    "601",
    "0",
    "万分之五",
    "日利率0.05%年化",
    "0.0001",
    "9".repeat(30),
    "x".repeat(300),
  ),
);

describe("the …With parsers", () => {
  const pairs = [
    ["amount", (s: string) => parseAmount(s), (s: string, t: ParseText) => parseAmountWith(s, t)],
    ["months", (s: string) => parseMonths(s), (s: string, t: ParseText) => parseMonthsWith(s, t)],
    [
      "grace months",
      (s: string) => parseMonths(s, { min: 0, max: 120 }),
      (s: string, t: ParseText) => parseMonthsWith(s, t, { min: 0, max: 120 }),
    ],
    ["days", (s: string) => parseDays(s), (s: string, t: ParseText) => parseDaysWith(s, t)],
    ["annual rate", (s: string) => parseAnnualRate(s), (s: string, t: ParseText) => parseAnnualRateWith(s, t)],
    ["rate quote", (s: string) => parseRateQuote(s), (s: string, t: ParseText) => parseRateQuoteWith(s, t)],
  ] as const;

  it.each(pairs)("%s: with PARSE_TEXT, the same answers as the plain parser", (_name, plain, withText) => {
    fc.assert(
      fc.property(input, (s) => {
        expect(withText(s, PARSE_TEXT)).toEqual(plain(s));
      }),
      { numRuns: 2000 },
    );
  });

  it.each(pairs)("%s: every sentence comes from the table passed in", (_name, _plain, withText) => {
    fc.assert(
      fc.property(input, (s) => {
        for (const text of texts(withText(s, MARKED))) expect(text).toMatch(/«[a-zA-Z0-9-]+»/);
      }),
      { numRuns: 2000 },
    );
  });
});
