import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { createConverter } from "../hant/convert";
import {
  FOLD_NATIVE,
  FOLD_SIMPLIFIED,
  FOLD_TRADITIONAL,
  foldScript,
  parseAmount,
  parseMonths,
  parseDays,
  parseAnnualRate,
  parseMonthlyRate,
  parseDailyRate,
  parsePeriodFee,
  parseRateQuote,
  describeRate,
  ratePercentText,
  PARSERS,
  parseResultProblem,
  MAX_AMOUNT_FEN,
} from "./parse";
import type { ParseResult } from "./parse";

function value<T>(r: ParseResult<T>): T {
  if (!r.ok) throw new Error(`expected ok, got error: ${r.error}`);
  return r.value;
}

function error<T>(r: ParseResult<T>): string {
  if (r.ok) throw new Error(`expected error, got ${JSON.stringify(r.value)}`);
  return r.error;
}

describe("parseAmount", () => {
  it.each([
    ["50000", 5_000_000],
    ["5万", 5_000_000],
    ["5万元", 5_000_000],
    ["1.2w", 1_200_000],
    ["1.2W", 1_200_000],
    ["12,000", 1_200_000],
    ["12，000", 1_200_000],
    ["５０，０００", 5_000_000],
    ["５万", 5_000_000],
    ["3千", 300_000],
    ["3k", 300_000],
    ["3K", 300_000],
    ["￥5,000", 500_000],
    ["¥5000", 500_000],
    ["5000元", 500_000],
    ["5000.5", 500_050],
    ["  5000  ", 500_000],
    ["\u30005000\u3000", 500_000],
    ["5 000", 500_000],
    ["人民币5000元", 500_000],
    ["五万", 5_000_000],
    ["0.01", 1],
    [".5", 50],
    ["5000.", 500_000],
    ["1亿", 10_000_000_000],
    ["1.23456万", 1_234_560],
    ["2000块", 200_000],
    ["+300", 30_000],
  ])("%j → %d fen", (input, fen) => {
    expect(value(parseAmount(input))).toBe(fen);
  });

  it("echoes the figure it will use", () => {
    const r = parseAmount("5万");
    expect(r.ok && r.echo).toBe("按 50,000.00 元计算");
  });

  it("rounds more than two decimals half up and says so", () => {
    const r = parseAmount("1.005");
    expect(r).toEqual({ ok: true, value: 101, echo: "按 1.01 元计算（已四舍五入到分）" });
    expect(value(parseAmount("１２３４５．６７８"))).toBe(1_234_568);
    expect(value(parseAmount("0.005"))).toBe(1);
  });

  it("explains what is wrong", () => {
    expect(error(parseAmount(""))).toBe("请输入金额");
    expect(error(parseAmount("   "))).toBe("请输入金额");
    expect(error(parseAmount("-5"))).toBe("金额不能为负数");
    expect(error(parseAmount("－５０００"))).toBe("金额不能为负数");
    expect(error(parseAmount("-¥5000"))).toBe("金额不能为负数");
    expect(error(parseAmount("0"))).toBe("金额必须大于 0");
    expect(error(parseAmount("abc"))).toContain("无法识别这个金额");
    expect(error(parseAmount("5万5"))).toContain("无法识别这个金额");
    expect(error(parseAmount("1e5"))).toContain("无法识别这个金额");
    expect(error(parseAmount("12,00"))).toContain("千位分隔符");
    expect(error(parseAmount("2亿"))).toContain("金额过大");
    expect(error(parseAmount("9".repeat(40)))).toContain("金额过大");
    expect(error(parseAmount("1".repeat(300)))).toContain("输入过长");
  });

  it("treats an amount that rounds to 0 fen as zero", () => {
    expect(error(parseAmount("0.004"))).toBe("金额必须大于 0");
    expect(value(parseAmount("0.004", { allowZero: true }))).toBe(0);
    expect(value(parseAmount("0", { allowZero: true }))).toBe(0);
  });

  it("respects a custom cap", () => {
    expect(error(parseAmount("10001", { maxFen: 1_000_000 }))).toBe(
      "金额过大，不能超过 10,000.00 元，请检查是否多输了 0",
    );
    expect(value(parseAmount("10000", { maxFen: 1_000_000 }))).toBe(1_000_000);
    expect(MAX_AMOUNT_FEN).toBe(10_000_000_000);
  });

  it("reads any integer 元 amount written with grouping, full-width digits or 元", () => {
    const toFullWidth = (s: string) => s.replace(/[0-9,.]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000_000 }), fc.integer({ min: 0, max: 3 }), (yuan, style) => {
        const grouped = yuan.toLocaleString("en-US");
        const text = [String(yuan), grouped, toFullWidth(grouped), `¥${yuan}元`][style] ?? "";
        return value(parseAmount(text)) === yuan * 100;
      }),
      { numRuns: 2000 },
    );
  });
});

describe("parseMonths", () => {
  it.each([
    ["12", 12],
    ["12期", 12],
    ["12个月", 12],
    ["１２", 12],
    ["1年", 12],
    ["2年", 24],
    ["1.5年", 18],
    ["半年", 6],
    ["十二期", 12],
    ["三年", 36],
    ["600", 600],
    ["1", 1],
    ["12.0", 12],
  ])("%j → %d", (input, months) => {
    expect(value(parseMonths(input))).toBe(months);
  });

  it("echoes the term", () => {
    const a = parseMonths("2年");
    expect(a.ok && a.echo).toBe("按 24 期（2 年）计算");
    const b = parseMonths("12期");
    expect(b.ok && b.echo).toBe("按 12 期（12 个月）计算");
  });

  it("rejects what is not a whole number of months in range", () => {
    expect(error(parseMonths(""))).toBe("请输入期数");
    expect(error(parseMonths("0"))).toBe("期数至少为 1 期");
    expect(error(parseMonths("601"))).toBe("期数不能超过 600 期（50 年）");
    expect(error(parseMonths("51年"))).toBe("期数不能超过 600 期（50 年）");
    expect(error(parseMonths("12.5"))).toBe("期数须为整数");
    expect(error(parseMonths("1.3年"))).toBe("1.3 年不是整月数，请直接输入月数");
    expect(error(parseMonths("-3"))).toBe("期数不能为负数");
    expect(error(parseMonths("十二点五"))).toBe("期数须为整数");
    expect(error(parseMonths("many"))).toContain("无法识别期数");
    expect(error(parseMonths("99999999999999999999"))).toBe("期数不能超过 600 期（50 年）");
  });

  it("honours a custom range", () => {
    expect(error(parseMonths("61", { max: 60 }))).toBe("期数不能超过 60 期");
    expect(error(parseMonths("2", { min: 3 }))).toBe("期数至少为 3 期");
  });
});

describe("parseDays", () => {
  it("reads days", () => {
    expect(value(parseDays("30天"))).toBe(30);
    expect(value(parseDays("30"))).toBe(30);
    expect(value(parseDays("0"))).toBe(0);
    expect(value(parseDays("三十天"))).toBe(30);
    expect(value(parseDays("3650"))).toBe(3650);
    const r = parseDays("90日");
    expect(r.ok && r.echo).toBe("按 90 天计算");
  });

  it("rejects bad day counts", () => {
    expect(error(parseDays(""))).toBe("请输入天数");
    expect(error(parseDays("3651"))).toBe("天数不能超过 3650 天（约 10 年）");
    expect(error(parseDays("1.5"))).toBe("天数须为整数");
    expect(error(parseDays("-1"))).toBe("天数不能为负数");
    expect(error(parseDays("x"))).toContain("无法识别天数");
  });
});

describe("rate parsers", () => {
  it("annual: percent by default", () => {
    expect(value(parseAnnualRate("4.9"))).toBe(0.049);
    expect(value(parseAnnualRate("4.9%"))).toBe(0.049);
    expect(value(parseAnnualRate("４．９％"))).toBe(0.049);
    expect(value(parseAnnualRate("年化18%"))).toBe(0.18);
    expect(value(parseAnnualRate("年利率 4.9%"))).toBe(0.049);
    expect(value(parseAnnualRate("年化利率为18%"))).toBe(0.18);
    expect(value(parseAnnualRate("18%/年"))).toBe(0.18);
    expect(value(parseAnnualRate("0"))).toBe(0);
    expect(value(parseAnnualRate("100"))).toBe(1);
    expect(value(parseAnnualRate("百分之四点九"))).toBe(0.049);
    const r = parseAnnualRate("4.9");
    expect(r.ok && r.echo).toBe("按 年利率 4.90% 计算");
  });

  it("annual: errors and warnings", () => {
    expect(error(parseAnnualRate(""))).toBe("请输入利率");
    expect(error(parseAnnualRate("150"))).toBe("年利率超过 100%，请检查输入（例如 18 或 18%）");
    expect(error(parseAnnualRate("-3"))).toBe("利率不能为负数");
    expect(error(parseAnnualRate("0", { allowZero: false }))).toBe("年利率必须大于 0");
    expect(error(parseAnnualRate("日利率0.05%"))).toBe("这里需要年利率，你输入的看起来是日利率");
    expect(error(parseAnnualRate("abc"))).toContain("无法识别这个利率");
    const small = parseAnnualRate("0.049");
    expect(small.ok && small.value).toBe(0.00049);
    expect(small.ok && small.warning).toBe("不带 % 的数字按百分数理解；如果你指的是 4.90%，请输入 4.9");
    const plain = parseAnnualRate("4.9");
    expect(plain.ok && plain.warning).toBeUndefined();
  });

  it("per-period fee", () => {
    expect(value(parsePeriodFee("0.75"))).toBe(0.0075);
    expect(value(parsePeriodFee("0.75%"))).toBe(0.0075);
    expect(value(parsePeriodFee("每期0.6%"))).toBe(0.006);
    expect(value(parsePeriodFee("每期手续费 0.6%"))).toBe(0.006);
    const r = parsePeriodFee("0.75");
    expect(r.ok && r.echo).toBe("按 每期手续费率 0.75% 计算");
    expect(error(parsePeriodFee("11%"))).toContain("每期手续费率超过 10%");
  });

  it("daily rate in all its spellings", () => {
    for (const text of [
      "万分之五",
      "万5",
      "万五",
      "0.05%",
      "0.05%/天",
      "0.05%/日",
      "日利率0.05%",
      "日息万五",
      "0.05",
      "５‱",
    ]) {
      const r = parseDailyRate(text);
      expect(r, text).toEqual({ ok: true, value: 0.0005, echo: "按 日利率 0.05%（万分之五）计算" });
    }
    expect(value(parseDailyRate("千分之一"))).toBe(0.001);
    expect(value(parseDailyRate("1‰"))).toBe(0.001);
    expect(value(parseDailyRate("日息万二点五"))).toBe(0.00025);
    const r = parseDailyRate("0.035%");
    expect(r.ok && r.echo).toBe("按 日利率 0.035%（万分之三点五）计算");
  });

  it("daily rate: a bare number is a percent, with a hint when it looks like a fraction", () => {
    const r = parseDailyRate("0.0005");
    expect(r.ok && r.value).toBe(0.000005);
    expect(r.ok && r.warning).toBe("不带 % 的数字按百分数理解；如果你指的是 0.05%，请输入 0.05");
    expect(error(parseDailyRate("2%"))).toContain("日利率超过 1%");
    expect(error(parseDailyRate("年化18%"))).toBe("这里需要日利率，你输入的看起来是年利率");
  });

  it("monthly rate", () => {
    expect(value(parseMonthlyRate("1%"))).toBe(0.01);
    expect(value(parseMonthlyRate("月利率1%"))).toBe(0.01);
    expect(value(parseMonthlyRate("月息0.8%"))).toBe(0.008);
    expect(value(parseMonthlyRate("1%/月"))).toBe(0.01);
    const r = parseMonthlyRate("1");
    expect(r.ok && r.echo).toBe("按 月利率 1.00% 计算");
  });

  it("parseRateQuote recognises the period from the text", () => {
    expect(value(parseRateQuote("日利率0.05%"))).toEqual({ kind: "daily", rate: 0.0005 });
    expect(value(parseRateQuote("万五"))).toEqual({ kind: "daily", rate: 0.0005 });
    expect(value(parseRateQuote("万分之五"))).toEqual({ kind: "daily", rate: 0.0005 });
    expect(value(parseRateQuote("0.05%/天"))).toEqual({ kind: "daily", rate: 0.0005 });
    expect(value(parseRateQuote("月息1%"))).toEqual({ kind: "monthly", rate: 0.01 });
    expect(value(parseRateQuote("年化18%"))).toEqual({ kind: "annual", rate: 0.18 });
    expect(value(parseRateQuote("18%年化"))).toEqual({ kind: "annual", rate: 0.18 });
    expect(value(parseRateQuote("APR 18%"))).toEqual({ kind: "annual", rate: 0.18 });
    expect(value(parseRateQuote("每期0.75%"))).toEqual({ kind: "per-period", rate: 0.0075 });
    expect(value(parseRateQuote("18%", { defaultKind: "annual" }))).toEqual({ kind: "annual", rate: 0.18 });
    expect(error(parseRateQuote("18%"))).toContain("请注明是日利率、月利率、年利率还是每期手续费率");
    expect(error(parseRateQuote("年化18%/月"))).toContain("同时出现了几种利率写法");
    expect(error(parseRateQuote("18%/月"))).toContain("月利率超过 10%");
  });

  it("describeRate and ratePercentText", () => {
    expect(describeRate({ kind: "annual", rate: 0.049 })).toBe("按 年利率 4.90% 计算");
    expect(describeRate({ kind: "daily", rate: 0.0005 })).toBe("按 日利率 0.05%（万分之五）计算");
    expect(describeRate({ kind: "daily", rate: 0.0000123 })).toBe("按 日利率 0.0012% 计算");
    expect(ratePercentText(0.00035)).toBe("0.035%");
    expect(ratePercentText(0.18)).toBe("18.00%");
  });
});

describe("every parser is total", () => {
  const loneSurrogates = fc.string({
    unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
  });
  // Pieces of the real grammar, so the fuzzer reaches the interesting branches.
  const grammar = fc
    .array(
      fc.constantFrom(
        "0",
        "1",
        "5",
        "9",
        ".",
        ",",
        "，",
        "．",
        "%",
        "％",
        "‰",
        "‱",
        "万",
        "千",
        "亿",
        "元",
        "w",
        "k",
        "¥",
        "￥",
        "-",
        "－",
        "+",
        "日",
        "月",
        "年",
        "期",
        "个月",
        "天",
        "年化",
        "每期",
        "万分之",
        "百分之",
        "五",
        "十",
        "点",
        "零",
        "/天",
        "半年",
        " ",
        "\u3000",
        "e",
        "∞",
        "NaN",
        "Infinity",
        "1e400",
      ),
      { maxLength: 12 },
    )
    .map((parts) => parts.join(""));
  const sources: [string, fc.Arbitrary<string>][] = [
    ["fc.string()", fc.string()],
    ["full Unicode (binary units)", fc.string({ unit: "binary" })],
    ["graphemes", fc.string({ unit: "grapheme" })],
    ["lone surrogates", loneSurrogates],
    ["grammar pieces", grammar],
  ];

  for (const parser of PARSERS) {
    for (const [label, arbitrary] of sources) {
      it(`${parser.name} on ${label}`, () => {
        fc.assert(
          fc.property(arbitrary, (input) => {
            const problem = parseResultProblem(parser.parse(input));
            if (problem !== null) throw new Error(`${parser.name}(${JSON.stringify(input)}): ${problem}`);
          }),
          { numRuns: 2000 },
        );
      });
    }
  }

  it("amount and count parsers return integers", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: "binary" })), (input) => {
        for (const r of [parseAmount(input), parseMonths(input), parseDays(input)]) {
          if (r.ok && !Number.isSafeInteger(r.value)) return false;
        }
        return true;
      }),
      { numRuns: 2000 },
    );
  });

  it("survives non-string input from untyped callers", () => {
    for (const parser of PARSERS) {
      for (const bad of [undefined, null, 42, {}, []]) {
        expect(parseResultProblem(parser.parse(bad as unknown as string))).toBeNull();
      }
    }
  });

  it("parseResultProblem flags malformed results", () => {
    expect(parseResultProblem({ ok: true, value: Number.NaN, echo: "x" })).toMatch(/non-finite/);
    expect(parseResultProblem({ ok: true, value: 1, echo: "" })).toBe("empty echo");
    expect(parseResultProblem({ ok: false, error: "" })).toBe("empty error message");
    expect(parseResultProblem({ ok: true, value: 1, echo: "按 1 计算" })).toBeNull();
  });
});

describe("input in either script (the Traditional edition runs a converted copy of this code)", () => {
  it("reads Traditional units and numerals as their Simplified forms", () => {
    expect(foldScript("5萬元、1億、3個月、兩塊錢、零點五、2週")).toBe("5万元、1亿、3个月、两块钱、零点五、2周");
    expect(parseAmount("5萬")).toEqual(parseAmount("5万"));
    expect(parseAmount("1.2萬塊錢")).toEqual(parseAmount("1.2万块钱"));
    expect(parseMonths("12個月")).toEqual(parseMonths("12个月"));
    expect(parseAmount("5萬").ok).toBe(true);
  });
  it("keeps its tables intact through the conversion to Traditional", () => {
    const convert = createConverter();
    expect(String.fromCharCode(...FOLD_SIMPLIFIED)).toBe(FOLD_NATIVE);
    expect(convert(FOLD_TRADITIONAL)).toBe(FOLD_TRADITIONAL);
    expect(convert(FOLD_NATIVE)).not.toBe(FOLD_NATIVE);
  });
  it("leaves everything else alone", () => {
    expect(foldScript("0.05% 400-810-8866 还款 萬分之五")).toBe("0.05% 400-810-8866 还款 万分之五");
  });
});
