/**
 * Total parsers for what people actually type into the calculators.
 *
 * Every parser takes any string and returns either
 *   `{ ok: true, value, echo, warning? }` — `echo` is a Simplified Chinese sentence
 *   saying how the input was read, e.g. "按 50,000.00 元计算"; or
 *   `{ ok: false, error }` — a Simplified Chinese message saying what to fix.
 * They never throw and never return NaN or Infinity.
 *
 * Input is normalised first: Unicode NFKC (full-width digits, letters, "％", "，", "．"
 * and "￥" become their ASCII forms), all whitespace removed, lower-cased.
 *
 * Conventions (documented because they are choices):
 * - A rate written as a bare number is read as a PERCENT: "4.9" means 4.9%, and
 *   "0.0005" as a daily rate means 0.0005% (a warning suggests "0.05" if that was meant).
 * - "万分之五", "万5", "万五" mean 0.05% and, without another label, a DAILY rate
 *   (that is how Chinese lenders quote daily interest, 日息万五).
 * - Commas are thousands separators only and must sit between groups of three digits.
 * - Amounts with more than two decimals of 元 are rounded half up to the fen.
 */
import { formatYuan, trimDecimal, formatDecimal } from "./money";
import type { Fen } from "./money";
import { chineseNumeralToDecimal, toChineseNumeral } from "./numerals";
import {
  AMOUNT_TEXT,
  DAYS_TEXT,
  fill,
  MONTHS_TEXT,
  RATE_KIND_LABEL,
  RATE_TEXT,
  type AmountText,
  type DaysText,
  type MonthsText,
  type RateText,
} from "./parse-text";

export { PARSE_TEXT, RATE_KIND_LABEL, type ParseText } from "./parse-text";

/** Result of a parser: a value with an explanation, or a Chinese error message. */
export type ParseResult<T> = { ok: true; value: T; echo: string; warning?: string } | { ok: false; error: string };

/** How a rate is quoted. */
export type RateKind = "daily" | "monthly" | "annual" | "per-period";

/** A rate together with the period it applies to. `rate` is a fraction (0.0005 = 0.05%). */
export interface RateQuote {
  kind: RateKind;
  rate: number;
}

/** Upper bounds a rate of each kind may have before we call it a typo. */
export const RATE_LIMITS: Readonly<Record<RateKind, number>> = {
  daily: 0.01,
  monthly: 0.1,
  annual: 1,
  "per-period": 0.1,
};

/** Default cap for amounts: 1 亿元. */
export const MAX_AMOUNT_FEN: Fen = 100_000_000 * 100;
/** Longest loan term the parsers accept, in months (50 years). */
export const MAX_MONTHS = 600;
/** Longest period the day parser accepts (about 10 years). */
export const MAX_DAYS = 3650;

const MAX_INPUT_LENGTH = 64;

function fail<T>(error: string): ParseResult<T> {
  return { ok: false, error };
}

/**
 * Characters of amounts, terms and rates that Simplified and Traditional write differently. The
 * Traditional edition runs a copy of this code converted character by character
 * (docs/traditional.md): there FOLD_NATIVE reads 萬億個… like the rest of its tables, FOLD_TRADITIONAL
 * is already Traditional and stays, and the Simplified forms survive only as code points. Each
 * reader's input is folded to FOLD_NATIVE, whichever script they typed in.
 */
export const FOLD_NATIVE = "万亿个块钱两点周";
/** 万 亿 个 块 钱 两 点 周, as numbers (a minifier would fold String.fromCharCode("…") into a literal). */
export const FOLD_SIMPLIFIED = [0x4e07, 0x4ebf, 0x4e2a, 0x5757, 0x94b1, 0x4e24, 0x70b9, 0x5468];
export const FOLD_TRADITIONAL = "萬億個塊錢兩點週";
const FOLD = new Map<string, string>();
for (const [i, c] of Array.from(FOLD_NATIVE).entries()) {
  FOLD.set(String.fromCharCode(FOLD_SIMPLIFIED[i]!), c).set(FOLD_TRADITIONAL[i]!, c);
}
const FOLD_RE = new RegExp(`[${[...FOLD.keys()].join("")}]`, "gu");

/** Input written in the other script → this code's script (see FOLD_NATIVE). */
export function foldScript(text: string): string {
  return text.replace(FOLD_RE, (c) => FOLD.get(c) ?? c);
}

/** NFKC, strip whitespace (including zero-width), unify minus signs, lower-case, one script. */
function normalise(input: string): string {
  return foldScript(input.normalize("NFKC"))
    .replace(/[\s\u200b-\u200d\u2060\ufeff]+/gu, "")
    .replace(/[\u2212\u2012-\u2015\ufe63]/gu, "-")
    .toLowerCase();
}

/**
 * Shared first step: reject non-strings, over-long input and empty input.
 * Returns the normalised text, or an error result.
 */
function prepare(input: unknown, emptyMessage: string, t: { tooLong: string }): { text: string } | { error: string } {
  if (typeof input !== "string") return { error: emptyMessage };
  if (input.length > MAX_INPUT_LENGTH * 4) return { error: t.tooLong };
  const text = normalise(input);
  if (text.length === 0) return { error: emptyMessage };
  if (text.length > MAX_INPUT_LENGTH) return { error: t.tooLong };
  return { text };
}

/** An unsigned decimal number in ASCII or Chinese numerals → ASCII decimal string. */
function readDecimal(text: string): string | null {
  if (/^\d+(?:\.\d*)?$|^\.\d+$/.test(text)) return text;
  return chineseNumeralToDecimal(text);
}

/** Exact decimal × 10^shift, rounded half up to an integer, as a BigInt. */
function scaleDecimal(decimal: string, shift: number): { value: bigint; rounded: boolean } {
  const [intPart = "", fracPart = ""] = decimal.split(".");
  const digits = `${intPart}${fracPart}`.replace(/^0+/, "") || "0";
  const exp = shift - fracPart.length;
  const n = BigInt(digits);
  if (exp >= 0) return { value: n * 10n ** BigInt(exp), rounded: false };
  const div = 10n ** BigInt(-exp);
  const q = n / div;
  const r = n % div;
  return { value: r * 2n >= div ? q + 1n : q, rounded: r !== 0n };
}

// ---------------------------------------------------------------- amounts

/** Options for {@link parseAmount}. */
export interface AmountOptions {
  /** Accept 0 (default false: an amount must be positive). */
  allowZero?: boolean;
  /** Largest accepted amount in fen (default {@link MAX_AMOUNT_FEN}, 1 亿元). */
  maxFen?: Fen;
}

const AMOUNT_UNITS: ReadonlyArray<readonly [string, number]> = [
  ["万块钱", 4],
  ["千块钱", 3],
  ["块钱", 0],
  ["亿元", 8],
  ["万元", 4],
  ["千元", 3],
  ["万块", 4],
  ["千块", 3],
  ["rmb", 0],
  ["cny", 0],
  ["亿", 8],
  ["万", 4],
  ["千", 3],
  ["元", 0],
  ["块", 0],
  ["w", 4],
  ["k", 3],
];

/**
 * Parse a money amount in 元 and return integer fen.
 * Accepts "50000", "5万", "5万元", "1.2w", "12,000", "12，000", "５０，０００", "3千", "3k",
 * "￥5,000", "¥5000", "5000元", "5000.5", "五万", with surrounding spaces.
 * More than two decimals of 元 are rounded half up to the fen (the echo shows the result).
 */
export function parseAmount(input: string, options: AmountOptions = {}): ParseResult<Fen> {
  return parseAmountWith(input, AMOUNT_TEXT, options);
}

/** {@link parseAmount} answering with the sentences `t` (a page's copy of PARSE_TEXT). */
export function parseAmountWith(input: string, t: AmountText, options: AmountOptions = {}): ParseResult<Fen> {
  const requested = options.maxFen ?? MAX_AMOUNT_FEN;
  const maxFen = Number.isNaN(requested)
    ? MAX_AMOUNT_FEN
    : Math.min(Math.max(Math.floor(requested), 0), Number.MAX_SAFE_INTEGER);
  const prepared = prepare(input, t.amountEmpty, t);
  if ("error" in prepared) return fail(prepared.error);
  let text = prepared.text.replace(/^(?:人民币|rmb|cny)/u, "").replace(/^[¥$]/u, "");
  let negative = false;
  if (/^[-负]/u.test(text)) {
    negative = true;
    text = text.slice(1).replace(/^[¥$]/u, "");
  }
  if (text.startsWith("+")) text = text.slice(1);

  let shift = 0;
  for (const [unit, exp] of AMOUNT_UNITS) {
    if (text.endsWith(unit)) {
      text = text.slice(0, -unit.length);
      shift = exp;
      break;
    }
  }
  if (text.length === 0) return fail(t.amountUnreadable);
  if (text.includes(",")) {
    if (!/^\d{1,3}(?:,\d{3})+(?:\.\d*)?$/.test(text)) {
      return fail(t.amountComma);
    }
    text = text.replace(/,/g, "");
  }
  const decimal = readDecimal(text);
  if (decimal === null) return fail(t.amountUnreadable);
  if (negative) return fail(t.amountNegative);
  const { value, rounded } =
    decimal.replace(".", "").replace(/^0+/, "").length > 24
      ? { value: BigInt(maxFen) + 1n, rounded: false }
      : scaleDecimal(decimal, shift + 2);
  if (value === 0n && !options.allowZero) return fail(t.amountZero);
  if (value > BigInt(maxFen)) return fail(fill(t.amountTooLarge, formatYuan(maxFen)));
  const fen = Number(value);
  return {
    ok: true,
    value: fen,
    echo: fill(t.amountEcho, formatYuan(fen)) + (rounded ? t.amountRounded : ""),
  };
}

// ---------------------------------------------------------------- counts

/** Parse a plain non-negative integer (ASCII or Chinese numerals); distinguishes decimals. */
function readCount(text: string): { value: number } | { error: "decimal" | "garbage" } {
  const decimal = readDecimal(text);
  if (decimal === null) return { error: "garbage" };
  const [intPart = "", fracPart = ""] = decimal.split(".");
  if (/[1-9]/.test(fracPart)) return { error: "decimal" };
  const digits = intPart.replace(/^0+/, "") || "0";
  if (digits.length > 9) return { value: Number.MAX_SAFE_INTEGER };
  return { value: Number(digits) };
}

/** Options for {@link parseMonths}. */
export interface MonthsOptions {
  /** Smallest accepted number of months (default 1). */
  min?: number;
  /** Largest accepted number of months (default {@link MAX_MONTHS}). */
  max?: number;
}

/**
 * Parse a loan term in months (期数). Accepts "12", "12期", "12个月", "１２", "十二期",
 * "1年" / "2年" / "1.5年" (×12), "半年". Must be a whole number of months in 1..600.
 */
export function parseMonths(input: string, options: MonthsOptions = {}): ParseResult<number> {
  return parseMonthsWith(input, MONTHS_TEXT, options);
}

/** {@link parseMonths} answering with the sentences `t` (a page's copy of PARSE_TEXT). */
export function parseMonthsWith(input: string, t: MonthsText, options: MonthsOptions = {}): ParseResult<number> {
  const min = options.min ?? 1;
  const max = options.max ?? MAX_MONTHS;
  const prepared = prepare(input, t.monthsEmpty, t);
  if ("error" in prepared) return fail(prepared.error);
  const text = prepared.text;
  if (/^[-负]/u.test(text)) return fail(t.monthsNegative);

  let months: number;
  let echo: string;
  if (text === "半年") {
    months = 6;
    echo = t.monthsHalfYearEcho;
  } else {
    const years = /^(.+?)(?:年|years?|y)$/u.exec(text);
    if (years) {
      const decimal = readDecimal(years[1] ?? "");
      if (decimal === null) return fail(t.monthsUnreadable);
      const yearsText = trimDecimal(Number(decimal), 4);
      const intDigits = (decimal.split(".")[0] ?? "").replace(/^0+/, "");
      if (intDigits.length > 6) {
        months = Number.MAX_SAFE_INTEGER;
      } else {
        const { value, rounded } = scaleDecimal(decimal, 4);
        const times12 = value * 12n;
        if (rounded || times12 % 10000n !== 0n) return fail(fill(t.monthsNotWhole, yearsText));
        months = Number(times12 / 10000n);
      }
      echo = fill(t.monthsYearsEcho, months, yearsText);
    } else {
      const body = text.replace(/(?:个月|月|期|months?|m)$/u, "");
      const count = readCount(body);
      if ("error" in count) {
        return fail(count.error === "decimal" ? t.monthsDecimal : t.monthsUnreadable);
      }
      months = count.value;
      echo = fill(t.monthsEcho, months);
    }
  }
  if (months < min) return fail(fill(t.monthsMin, Math.max(min, 1)));
  if (months > max) return fail(max === MAX_MONTHS ? t.monthsMax600 : fill(t.monthsMax, max));
  return { ok: true, value: months, echo };
}

/**
 * Parse a number of days, integer 0..3650. Accepts "30", "30天", "30日", "三十天".
 */
export function parseDays(input: string): ParseResult<number> {
  return parseDaysWith(input, DAYS_TEXT);
}

/** {@link parseDays} answering with the sentences `t` (a page's copy of PARSE_TEXT). */
export function parseDaysWith(input: string, t: DaysText): ParseResult<number> {
  const prepared = prepare(input, t.daysEmpty, t);
  if ("error" in prepared) return fail(prepared.error);
  const text = prepared.text;
  if (/^[-负]/u.test(text)) return fail(t.daysNegative);
  const count = readCount(text.replace(/(?:天|日|days?|d)$/u, ""));
  if ("error" in count) return fail(count.error === "decimal" ? t.daysDecimal : t.daysUnreadable);
  if (count.value > MAX_DAYS) return fail(fill(t.daysMax, MAX_DAYS));
  return { ok: true, value: count.value, echo: fill(t.daysEcho, count.value) };
}

// ---------------------------------------------------------------- rates

/** Labels that mark a rate kind, longest first so "日利率" wins over "日". */
const PREFIXES: ReadonlyArray<readonly [string, RateKind | null]> = sortByLength([
  ["日利率", "daily"],
  ["日息", "daily"],
  ["日率", "daily"],
  ["每日", "daily"],
  ["每天", "daily"],
  ["按日", "daily"],
  ["日", "daily"],
  ["月利率", "monthly"],
  ["月息", "monthly"],
  ["月率", "monthly"],
  ["月费率", "monthly"],
  ["每月", "monthly"],
  ["月", "monthly"],
  ["年化利率", "annual"],
  ["年化率", "annual"],
  ["年化", "annual"],
  ["年利率", "annual"],
  ["年息", "annual"],
  ["年率", "annual"],
  ["每年", "annual"],
  ["年", "annual"],
  ["apr", "annual"],
  ["每期手续费率", "per-period"],
  ["每期手续费", "per-period"],
  ["每期费率", "per-period"],
  ["每期", "per-period"],
  ["分期手续费率", "per-period"],
  ["分期手续费", "per-period"],
  ["手续费率", "per-period"],
  ["手续费", "per-period"],
  ["期费率", "per-period"],
  ["利率", null],
  ["利息", null],
  ["费率", null],
  ["为", null],
  ["是", null],
  ["约", null],
  ["大约", null],
  [":", null],
  ["=", null],
]);

const SUFFIXES: ReadonlyArray<readonly [string, RateKind | null]> = sortByLength([
  ["/天", "daily"],
  ["/日", "daily"],
  ["每天", "daily"],
  ["每日", "daily"],
  ["一天", "daily"],
  ["/d", "daily"],
  ["/月", "monthly"],
  ["每月", "monthly"],
  ["一个月", "monthly"],
  ["/年", "annual"],
  ["每年", "annual"],
  ["一年", "annual"],
  ["年化", "annual"],
  ["/期", "per-period"],
  ["每期", "per-period"],
  ["一期", "per-period"],
  ["左右", null],
]);

function sortByLength<T extends readonly [string, unknown]>(list: T[]): T[] {
  return [...list].sort((a, b) => b[0].length - a[0].length);
}

/** How the number part of a rate was written. */
type RateForm = "bare" | "percent" | "permille" | "per-ten-thousand";

const FORM_SHIFT: Readonly<Record<RateForm, number>> = {
  bare: 2,
  percent: 2,
  permille: 3,
  "per-ten-thousand": 4,
};

/** Read the number part of a rate: "4.9", "4.9%", "5‰", "百分之四点九", "万分之五", "万5". */
function readRateNumber(body: string): { decimal: string; form: RateForm } | null {
  const symbol = /^(.+?)(%|‰|‱)$/u.exec(body);
  if (symbol) {
    const decimal = readDecimal(symbol[1] ?? "");
    if (decimal === null) return null;
    const form: RateForm = symbol[2] === "%" ? "percent" : symbol[2] === "‰" ? "permille" : "per-ten-thousand";
    return { decimal, form };
  }
  const words = /^(百分之|千分之|万分之|万)(.+)$/u.exec(body);
  if (words) {
    const decimal = readDecimal(words[2] ?? "");
    if (decimal === null) return null;
    const form: RateForm = words[1] === "百分之" ? "percent" : words[1] === "千分之" ? "permille" : "per-ten-thousand";
    return { decimal, form };
  }
  const decimal = /^\d+(?:\.\d*)?$|^\.\d+$/.test(body) ? body : null;
  return decimal === null ? null : { decimal, form: "bare" };
}

/** Strip labels from both ends, collecting the kinds they name. */
function stripLabels(text: string): { body: string; kinds: Set<RateKind> } {
  const kinds = new Set<RateKind>();
  let body = text;
  for (let pass = 0; pass < 6; pass++) {
    const hit = PREFIXES.find(([p]) => body.startsWith(p) && body.length > p.length);
    if (!hit) break;
    body = body.slice(hit[0].length);
    if (hit[1]) kinds.add(hit[1]);
  }
  for (let pass = 0; pass < 4; pass++) {
    const hit = SUFFIXES.find(([s]) => body.endsWith(s) && body.length > s.length);
    if (!hit) break;
    body = body.slice(0, -hit[0].length);
    if (hit[1]) kinds.add(hit[1]);
  }
  return { body, kinds };
}

/** Percent text with at least two and at most four decimals: 0.049 → "4.90%", 0.00035 → "0.035%". */
export function ratePercentText(rate: number): string {
  const full = formatDecimal(rate * 100, 4);
  const [whole = "0", frac = ""] = full.split(".");
  const trimmed = frac.replace(/0+$/, "").padEnd(2, "0");
  return `${whole}.${trimmed}%`;
}

/** "（万分之五）" for daily rates that are a tidy number of 万分之; empty otherwise. */
function perTenThousandNote(rate: number, t: RateText): string {
  const n = rate * 10000;
  if (!(n >= 0.1 && n < 100)) return "";
  const tidy = Math.round(n * 100) / 100;
  if (Math.abs(tidy - n) > 1e-9) return "";
  const words = toChineseNumeral(tidy);
  return words === null ? "" : fill(t.perTenThousand, words);
}

/** Echo text for a rate quote: "按 年利率 4.90% 计算", "按 日利率 0.05%（万分之五）计算". */
export function describeRate(quote: RateQuote): string {
  return describeRateWith(quote, RATE_TEXT);
}

function describeRateWith(quote: RateQuote, t: RateText): string {
  const note = quote.kind === "daily" ? perTenThousandNote(quote.rate, t) : "";
  return fill(t.rateEcho, t.kinds[quote.kind], ratePercentText(quote.rate) + (note === "" ? " " : note));
}

/** Options for the rate parsers. */
export interface RateOptions {
  /** Accept a zero rate (default true: 0% is meaningful for interest-free offers). */
  allowZero?: boolean;
  /**
   * For {@link parseRateQuote}: the kind assumed when the text names none.
   * Without it, an unlabelled rate is an error asking which kind it is.
   */
  defaultKind?: RateKind;
}

/** Core rate reader shared by all rate parsers. `expected` forces one kind. */
function readRate(input: string, expected: RateKind | null, options: RateOptions, t: RateText): ParseResult<RateQuote> {
  const prepared = prepare(input, t.rateEmpty, t);
  if ("error" in prepared) return fail(prepared.error);
  const { body, kinds } = stripLabels(prepared.text);
  if (/^[-负]/u.test(body)) return fail(t.rateNegative);
  const number = readRateNumber(body);
  if (number === null) return fail(fill(t.rateUnreadable, expected ? t.examples[expected] : t.rateAnyExample));
  if (number.form === "per-ten-thousand" && kinds.size === 0 && /^万/u.test(body)) kinds.add("daily");
  if (kinds.size > 1) return fail(t.rateSeveral);

  const named = kinds.values().next().value;
  let kind: RateKind;
  if (expected) {
    if (named !== undefined && named !== expected)
      return fail(fill(t.rateWrongKind, t.kinds[expected], t.kinds[named]));
    kind = expected;
  } else if (named !== undefined) {
    kind = named;
  } else if (options.defaultKind) {
    kind = options.defaultKind;
  } else {
    return fail(t.rateNoKind);
  }

  const digits = number.decimal.replace(".", "").replace(/^0+/, "");
  const shift = FORM_SHIFT[number.form];
  const rate = digits.length > 30 ? Infinity : Number(`${number.decimal}e-${shift}`);
  const limit = RATE_LIMITS[kind];
  if (!Number.isFinite(rate) || rate > limit) {
    return fail(fill(t.rateTooHigh, t.kinds[kind], trimDecimal(limit * 100), t.examples[kind]));
  }
  if (rate === 0 && options.allowZero === false) return fail(fill(t.rateZero, t.kinds[kind]));

  const quote: RateQuote = { kind, rate };
  const result: ParseResult<RateQuote> = { ok: true, value: quote, echo: describeRateWith(quote, t) };
  const warning = bareNumberWarning(kind, number.form, rate, t);
  if (warning) result.warning = warning;
  return result;
}

/** Thresholds below which a bare number probably was meant as a fraction, not a percent. */
const SUSPICIOUS_BARE: Readonly<Record<RateKind, number>> = {
  daily: 0.0001, // typed "0.0005" (0.0005%) when 0.05% was meant
  monthly: 0.001,
  annual: 0.01,
  "per-period": 0.001,
};

function bareNumberWarning(kind: RateKind, form: RateForm, rate: number, t: RateText): string | undefined {
  if (form !== "bare" || rate === 0 || rate >= SUSPICIOUS_BARE[kind]) return undefined;
  const meant = rate * 100;
  if (meant > RATE_LIMITS[kind]) return undefined;
  const meantText = trimDecimal(meant * 100, 4);
  return fill(t.bareNumber, ratePercentText(meant), meantText);
}

function narrow(result: ParseResult<RateQuote>): ParseResult<number> {
  if (!result.ok) return result;
  const out: ParseResult<number> = { ok: true, value: result.value.rate, echo: result.echo };
  if (result.warning) out.warning = result.warning;
  return out;
}

/**
 * Parse an annual interest rate written as a percent: "4.9", "4.9%", "４．９％", "年化18%",
 * "年利率4.9%". Returns the fraction (0.049). Range 0..100%.
 */
export function parseAnnualRate(input: string, options: RateOptions = {}): ParseResult<number> {
  return parseAnnualRateWith(input, RATE_TEXT, options);
}

/** {@link parseAnnualRate} answering with the sentences `t` (a page's copy of PARSE_TEXT). */
export function parseAnnualRateWith(input: string, t: RateText, options: RateOptions = {}): ParseResult<number> {
  return narrow(readRate(input, "annual", options, t));
}

/**
 * Parse a monthly rate: "1%", "月利率1%", "月息0.8%", "1%/月". Returns the fraction. Range 0..10%.
 */
export function parseMonthlyRate(input: string, options: RateOptions = {}): ParseResult<number> {
  return narrow(readRate(input, "monthly", options, RATE_TEXT));
}

/**
 * Parse a daily rate: "万分之五", "万5", "0.05%", "0.05%/天", "日利率0.05%", "5‰" (千分之五).
 * A bare number is a percent ("0.05" = 0.05%). Returns the fraction (0.0005). Range 0..1% a day.
 */
export function parseDailyRate(input: string, options: RateOptions = {}): ParseResult<number> {
  return narrow(readRate(input, "daily", options, RATE_TEXT));
}

/**
 * Parse a per-period instalment fee rate: "0.75", "0.75%", "每期0.6%", "每期手续费0.6%".
 * Returns the fraction (0.0075). Range 0..10% per period.
 */
export function parsePeriodFee(input: string, options: RateOptions = {}): ParseResult<number> {
  return narrow(readRate(input, "per-period", options, RATE_TEXT));
}

/**
 * Parse a rate quote that names its own period: "日利率0.05%", "万五", "月息1%", "年化18%",
 * "每期0.75%". Unlabelled numbers are an error unless `options.defaultKind` is given.
 */
export function parseRateQuote(input: string, options: RateOptions = {}): ParseResult<RateQuote> {
  return readRate(input, null, options, RATE_TEXT);
}

/** {@link parseRateQuote} answering with the sentences `t` (a page's copy of PARSE_TEXT). */
export function parseRateQuoteWith(input: string, t: RateText, options: RateOptions = {}): ParseResult<RateQuote> {
  return readRate(input, null, options, t);
}

/** A named parser, for fuzz tests and form wiring. */
export interface NamedParser {
  name: string;
  parse: (input: string) => ParseResult<number> | ParseResult<RateQuote>;
}

/** Every public parser with default options, so fuzz tests can iterate over them. */
export const PARSERS: readonly NamedParser[] = [
  { name: "parseAmount", parse: (s) => parseAmount(s) },
  { name: "parseAmount(allowZero)", parse: (s) => parseAmount(s, { allowZero: true }) },
  { name: "parseMonths", parse: (s) => parseMonths(s) },
  { name: "parseDays", parse: (s) => parseDays(s) },
  { name: "parseAnnualRate", parse: (s) => parseAnnualRate(s) },
  { name: "parseMonthlyRate", parse: (s) => parseMonthlyRate(s) },
  { name: "parseDailyRate", parse: (s) => parseDailyRate(s) },
  { name: "parsePeriodFee", parse: (s) => parsePeriodFee(s) },
  { name: "parseRateQuote", parse: (s) => parseRateQuote(s) },
  { name: "parseRateQuote(annual)", parse: (s) => parseRateQuote(s, { defaultKind: "annual" }) },
];

/**
 * For fuzz tests: describe what is wrong with a parser result, or return null if it is
 * well formed (ok results carry a finite value and a non-empty echo; errors a message).
 */
export function parseResultProblem(result: ParseResult<number> | ParseResult<RateQuote>): string | null {
  if (typeof result !== "object" || result === null) return "result is not an object";
  if (!result.ok) return typeof result.error === "string" && result.error.length > 0 ? null : "empty error message";
  const value = result.value;
  const n = typeof value === "number" ? value : value.rate;
  if (typeof value !== "number" && !(value.kind in RATE_KIND_LABEL)) return `unknown rate kind ${String(value.kind)}`;
  if (typeof n !== "number" || !Number.isFinite(n)) return `non-finite value ${String(n)}`;
  if (n < 0) return `negative value ${n}`;
  if (typeof result.echo !== "string" || result.echo.length === 0) return "empty echo";
  return null;
}
