/**
 * Fuzz: every calculator parser (PARSERS) is fed 100,000 random strings and must never throw and
 * never return NaN, Infinity, a negative value or an empty message (parseResultProblem). The inputs
 * mix arbitrary Unicode, lone surrogates, and pieces of the grammar people really type, so that
 * most runs reach the number-reading branches rather than the "not a number" exit.
 * A failure prints the smallest input fast-check finds, and the seed to replay it.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PARSERS, parseResultProblem } from "@/lib/finance/parse";

const RUNS = Number(process.env.FUZZ_RUNS ?? 100_000);

const PIECES = [
  ..."0123456789",
  ..."０１２３４５６７８９",
  ".",
  "．",
  "。",
  ",",
  "，",
  "、",
  "%",
  "％",
  "‰",
  "‱",
  "万",
  "千",
  "百",
  "十",
  "亿",
  "元",
  "块",
  "块钱",
  "w",
  "W",
  "k",
  "rmb",
  "¥",
  "￥",
  "-",
  "－",
  "−",
  "+",
  "e",
  "E",
  "x",
  "日",
  "月",
  "年",
  "期",
  "个月",
  "天",
  "日息",
  "月息",
  "年化",
  "每期",
  "万分之",
  "百分之",
  "千分之",
  "万五",
  ..."零〇一二两三四五六七八九",
  "点",
  "/天",
  "/月",
  "半年",
  " ",
  "\u3000",
  "\u200b",
  "\t",
  "∞",
  "NaN",
  "Infinity",
  "1e400",
  "9".repeat(20),
  "0.".padEnd(30, "0") + "1",
  "<script>",
  '"',
  "\\",
];

const grammar = fc.array(fc.constantFrom(...PIECES), { maxLength: 16 }).map((parts) => parts.join(""));
const numberLike = fc
  .tuple(fc.double({ noNaN: false }), fc.constantFrom("", "%", "万", "元", "个月", "天", "‰", "w"))
  .map(([n, unit]) => `${n}${unit}`);
// Shaped like real input (a label, a number, a unit), with a random piece spliced in somewhere.
const shaped = fc
  .tuple(
    fc.constantFrom("", "日利率", "日息", "月利率", "月息", "年利率", "年化", "每期", "每期手续费", "万分之", "百分之"),
    fc.oneof(
      fc.nat({ max: 100_000 }).map(String),
      fc.double({ min: 0, max: 1000, noNaN: true }).map((n) => n.toFixed(3)),
      fc.constantFrom("五", "十二", "三百六十", "一千零一", "二点五", "零点五"),
    ),
    fc.constantFrom("", "%", "％", "‰", "元", "万", "w", "个月", "期", "天", "/天", "/月"),
    fc.constantFrom(...PIECES),
    fc.nat({ max: 40 }),
    fc.boolean(),
  )
  .map(([label, number, unit, noise, at, splice]) => {
    const s = `${label}${number}${unit}`;
    return splice ? s.slice(0, at) + noise + s.slice(at) : s;
  });
// Plain figures with a unit: the inputs most people type, so the success paths get exercised.
const plain = fc
  .tuple(fc.nat({ max: 999 }), fc.nat({ max: 99 }), fc.boolean(), fc.constantFrom("", "%", "元", "万", "个月", "天"))
  .map(([whole, cents, decimal, unit]) => `${whole}${decimal ? `.${cents}` : ""}${unit}`);
const loneSurrogates = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) });
const input = fc.oneof(
  { weight: 3, arbitrary: plain },
  { weight: 4, arbitrary: shaped },
  { weight: 3, arbitrary: grammar },
  { weight: 2, arbitrary: numberLike },
  { weight: 1, arbitrary: fc.string() },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 300 }) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme" }) },
  { weight: 1, arbitrary: loneSurrogates },
);

describe(`every parser on ${RUNS.toLocaleString("en")} random strings`, () => {
  for (const parser of PARSERS) {
    it(`${parser.name} never throws and never yields NaN or Infinity`, { timeout: 120_000 }, () => {
      let accepted = 0;
      fc.assert(
        fc.property(input, (s) => {
          const result = parser.parse(s);
          const problem = parseResultProblem(result);
          if (problem !== null) throw new Error(`${parser.name}(${JSON.stringify(s)}): ${problem}`);
          if (result.ok) accepted += 1;
        }),
        { numRuns: RUNS },
      );
      // The grammar must actually reach the success paths, or the fuzz proves little.
      expect(accepted, `${parser.name} accepted too few inputs`).toBeGreaterThan(RUNS / 200);
    });
  }
});
