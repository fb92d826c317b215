/**
 * The real-annual-rate calculator's model. URL contract (documented on /tools/apr/):
 * - amount (元), months;
 * - quote = per-period | daily | monthly: how the lender quoted (default per-period);
 * - fee: the per-period fee % (with quote=per-period; `?amount=6000&months=12&fee=0.75` works alone);
 * - rate: the daily or monthly rate % (with quote=daily or monthly; "万分之五" is fine).
 * A link with rate but no quote and no fee is read as a daily rate unless the rate names its
 * own period ("1%/月", "月息1%").
 */
import { aprFromQuote, type AprResult } from "../finance/apr";
import {
  parseAmount,
  parseDailyRate,
  parseMonthlyRate,
  parseMonths,
  parsePeriodFee,
  parseRateQuote,
  type ParseResult,
  type RateKind,
} from "../finance/parse";
import { hasAny, readParams, writeParams } from "./query";

export type AprKey = "amount" | "months" | "quote" | "fee" | "rate";
export type AprValues = Record<AprKey, string>;
export type QuoteKind = Extract<RateKind, "per-period" | "daily" | "monthly">;
export const QUOTES: readonly QuoteKind[] = ["per-period", "daily", "monthly"];
export const QUOTE_LABEL: Readonly<Record<QuoteKind, string>> = {
  "per-period": "每期手续费",
  daily: "日利率",
  monthly: "月利率",
};

/** Example rate shown when the reader switches to a daily or monthly quote. */
export const RATE_EXAMPLE: Readonly<Record<Exclude<QuoteKind, "per-period">, string>> = {
  daily: "0.05",
  monthly: "1.5",
};

/** Worked example: 6,000 元 in 12 instalments at 0.75% per period. */
export const APR_DEFAULTS: AprValues = { amount: "6000", months: "12", quote: "per-period", fee: "0.75", rate: "0.05" };

function isQuote(v: string): v is QuoteKind {
  return (QUOTES as readonly string[]).includes(v);
}

export function readAprQuery(search: string): { values: AprValues; notes: string[] } {
  const { values, notes } = readParams(search, APR_DEFAULTS);
  if (!isQuote(values.quote)) {
    notes.push("链接里的报价方式无法识别，已改用“每期手续费”。");
    values.quote = APR_DEFAULTS.quote;
  } else if (!hasAny(search, ["quote", "fee"]) && hasAny(search, ["rate"])) {
    const named = parseRateQuote(values.rate);
    values.quote = named.ok && named.value.kind === "monthly" ? "monthly" : "daily";
  }
  return { values, notes };
}

export function aprQuery(values: AprValues): string {
  const keys: AprKey[] = ["amount", "months", "quote", values.quote === "per-period" ? "fee" : "rate"];
  return writeParams(values, keys);
}

/**
 * The values after the reader picks another quote kind. A rate still showing the other kind's
 * example is replaced by this kind's example (0.05 a month would be a strange default).
 */
export function withQuote(values: AprValues, quote: QuoteKind): AprValues {
  const next = { ...values, quote };
  if (quote !== "per-period" && Object.values(RATE_EXAMPLE).includes(values.rate.trim())) {
    next.rate = RATE_EXAMPLE[quote];
  }
  return next;
}

export interface AprEvaluation {
  fields: { amount: ParseResult<number>; months: ParseResult<number>; rate: ParseResult<number> };
  kind: QuoteKind;
  result?: AprResult;
}

export function evaluateApr(values: AprValues): AprEvaluation {
  const kind: QuoteKind = isQuote(values.quote) ? values.quote : "per-period";
  const amount = parseAmount(values.amount);
  const months = parseMonths(values.months);
  const rate =
    kind === "per-period"
      ? parsePeriodFee(values.fee)
      : kind === "daily"
        ? parseDailyRate(values.rate)
        : parseMonthlyRate(values.rate);
  const fields = { amount, months, rate };
  if (!amount.ok || !months.ok || !rate.ok) return { fields, kind };
  return {
    fields,
    kind,
    result: aprFromQuote({ amountFen: amount.value, months: months.value, quote: { kind, rate: rate.value } }),
  };
}
