/**
 * The real-annual-rate calculator's model. URL contract (documented on /tools/apr/):
 * amount (元), months, fee (per-period fee %), and for other quotes quote = daily | monthly
 * with rate (daily or monthly %). quote defaults to per-period when only fee is given.
 */
import { aprFromQuote, type AprResult } from "../finance/apr";
import {
  parseAmount,
  parseDailyRate,
  parseMonthlyRate,
  parseMonths,
  parsePeriodFee,
  type ParseResult,
  type RateKind,
} from "../finance/parse";
import { readParams, writeParams } from "./query";

export type AprKey = "amount" | "months" | "quote" | "fee" | "rate";
export type AprValues = Record<AprKey, string>;
export type QuoteKind = Extract<RateKind, "per-period" | "daily" | "monthly">;
export const QUOTES: readonly QuoteKind[] = ["per-period", "daily", "monthly"];
export const QUOTE_LABEL: Readonly<Record<QuoteKind, string>> = {
  "per-period": "每期手续费",
  daily: "日利率",
  monthly: "月利率",
};

/** Worked example: 6,000 元 in 12 instalments at 0.75% per period (a published example). */
export const APR_DEFAULTS: AprValues = { amount: "6000", months: "12", quote: "per-period", fee: "0.75", rate: "0.05" };

export function readAprQuery(search: string): { values: AprValues; notes: string[] } {
  const { values, notes } = readParams(search, APR_DEFAULTS);
  if (!(QUOTES as readonly string[]).includes(values.quote)) {
    notes.push("链接里的报价方式无法识别，已改用“每期手续费”。");
    values.quote = APR_DEFAULTS.quote;
  }
  return { values, notes };
}

export function aprQuery(values: AprValues): string {
  const keys: AprKey[] = ["amount", "months", "quote", values.quote === "per-period" ? "fee" : "rate"];
  return writeParams(values, keys);
}

export interface AprEvaluation {
  fields: { amount: ParseResult<number>; months: ParseResult<number>; rate: ParseResult<number> };
  kind: QuoteKind;
  result?: AprResult;
}

export function evaluateApr(values: AprValues): AprEvaluation {
  const kind: QuoteKind = (QUOTES as readonly string[]).includes(values.quote)
    ? (values.quote as QuoteKind)
    : "per-period";
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
