/**
 * The sentences the parsers (./parse.ts) answer with: errors, echoes and warnings.
 *
 * They live apart from the parsing code so that a calculator island can take them from its page
 * (the `copy` prop, src/lib/calculators/copy.ts) instead of carrying them in its JavaScript: the
 * `…With` parsers take the text as an argument, and an island that calls only those never bundles
 * this table (the proposal comparison does, for the 15 KB budget). The plain parsers use PARSE_TEXT.
 *
 * One table per parser, so that an island using the plain parsers bundles only the sentences of
 * those it calls; PARSE_TEXT joins them for the pages. `{0}`, `{1}` are filled in by {@link fill}.
 */
/** How each kind of rate is called, in echoes and errors (PARSE_TEXT.kinds). */
export const RATE_KIND_LABEL = { daily: "日利率", monthly: "月利率", annual: "年利率", "per-period": "每期手续费率" };

const TOO_LONG = "输入过长，请只输入一个数字";

export const AMOUNT_TEXT = {
  tooLong: TOO_LONG,
  amountEmpty: "请输入金额",
  amountUnreadable: "无法识别这个金额，请输入数字，例如 50000、5万 或 1.2w",
  amountComma: "千位分隔符“,”的位置不对，请直接输入数字，例如 12000",
  amountNegative: "金额不能为负数",
  /** {0}: the largest amount, formatted. */
  amountTooLarge: "金额过大，不能超过 {0} 元，请检查是否多输了 0",
  amountZero: "金额必须大于 0",
  /** {0}: the amount, formatted. */
  amountEcho: "按 {0} 元计算",
  amountRounded: "（已四舍五入到分）",
};

export const MONTHS_TEXT = {
  tooLong: TOO_LONG,
  monthsEmpty: "请输入期数",
  monthsNegative: "期数不能为负数",
  monthsUnreadable: "无法识别期数，请输入整数，例如 12 或 12期",
  monthsDecimal: "期数须为整数",
  /** {0}: the number of years as typed. */
  monthsNotWhole: "{0} 年不是整月数，请直接输入月数",
  /** {0}: months. */
  monthsEcho: "按 {0} 期（{0} 个月）计算",
  /** {0}: months; {1}: years. */
  monthsYearsEcho: "按 {0} 期（{1} 年）计算",
  monthsHalfYearEcho: "按 6 期（半年）计算",
  /** {0}: the smallest number of months. */
  monthsMin: "期数至少为 {0} 期",
  /** {0}: the largest number of months. */
  monthsMax: "期数不能超过 {0} 期",
  monthsMax600: "期数不能超过 600 期（50 年）",
};

export const DAYS_TEXT = {
  tooLong: TOO_LONG,
  daysEmpty: "请输入天数",
  daysNegative: "天数不能为负数",
  daysUnreadable: "无法识别天数，请输入整数，例如 30 或 30天",
  daysDecimal: "天数须为整数",
  /** {0}: the largest number of days. */
  daysMax: "天数不能超过 {0} 天（约 10 年）",
  /** {0}: days. */
  daysEcho: "按 {0} 天计算",
};

export const RATE_TEXT = {
  tooLong: TOO_LONG,
  kinds: RATE_KIND_LABEL,
  /** An example of each kind, in errors. */
  examples: { daily: "0.05 或 万分之五", monthly: "1 或 1%", annual: "18 或 18%", "per-period": "0.75 或 0.75%" },
  rateEmpty: "请输入利率",
  rateNegative: "利率不能为负数",
  /** {0}: an example. */
  rateUnreadable: "无法识别这个利率，请输入数字，例如 {0}",
  rateAnyExample: "年化18%、日利率0.05%",
  rateSeveral: "同时出现了几种利率写法，请只输入一种，例如 年化18% 或 日利率0.05%",
  /** {0}: the kind needed; {1}: the kind typed. */
  rateWrongKind: "这里需要{0}，你输入的看起来是{1}",
  rateNoKind: "请注明是日利率、月利率、年利率还是每期手续费率，例如 年化18% 或 日利率0.05%",
  /** {0}: the kind; {1}: the limit in percent; {2}: an example. */
  rateTooHigh: "{0}超过 {1}%，请检查输入（例如 {2}）",
  /** {0}: the kind. */
  rateZero: "{0}必须大于 0",
  /** {0}: the kind; {1}: the rate in percent, with a note such as "（万分之五）" or a space. */
  rateEcho: "按 {0} {1}计算",
  /** {0}: a number of 万分之, in Chinese numerals. */
  perTenThousand: "（万分之{0}）",
  /** {0}: the rate the reader probably meant, as a percent; {1}: what to type for it. */
  bareNumber: "不带 % 的数字按百分数理解；如果你指的是 {0}，请输入 {1}",
};

export type AmountText = typeof AMOUNT_TEXT;
export type MonthsText = typeof MONTHS_TEXT;
export type DaysText = typeof DAYS_TEXT;
export type RateText = typeof RATE_TEXT;

/**
 * Every parser's sentences, for a page to pass to an island that calls the `…With` parsers.
 * (A call marked pure rather than an object spread, so that islands which never use it drop it.)
 */
export const PARSE_TEXT = /* @__PURE__ */ Object.assign({}, AMOUNT_TEXT, MONTHS_TEXT, DAYS_TEXT, RATE_TEXT);
export type ParseText = typeof PARSE_TEXT;

/** "按 {0} 元计算" with "5,000.00" → "按 5,000.00 元计算". A placeholder without a value stays as it is. */
export function fill(template: string, ...values: readonly (string | number)[]): string {
  return template.replace(/\{(\d)\}/g, (slot, i: string) => {
    const v = values[Number(i)];
    return v === undefined ? slot : String(v);
  });
}
