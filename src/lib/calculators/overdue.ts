/**
 * The overdue-cost calculator's model. URL contract (documented on /tools/overdue/):
 * amount (元), rate (daily %, also 万分之五 or 0.05%/天), days (also "3个月" = 90, "2周" = 14),
 * mode = simple | compound.
 */
import { overdueCost, type Compounding, type OverdueResult } from "../finance/overdue";
import {
  foldScript,
  MAX_DAYS,
  parseAmount,
  parseDailyRate,
  parseDays,
  parseMonths,
  type ParseResult,
} from "../finance/parse";
import { DAYS_TEXT, fill } from "../finance/parse-text";
import { readParams, writeParams } from "./query";

/**
 * Days per month for "3个月", the same convention as DAYS_PER_MONTH in finance/apr.ts (not imported
 * from there, so that this page's JavaScript does not pull in the APR module).
 */
export const DAYS_PER_MONTH = 30;

export type OverdueKey = "amount" | "rate" | "days" | "mode";
export type OverdueValues = Record<OverdueKey, string>;
export const OVERDUE_KEYS: readonly OverdueKey[] = ["amount", "rate", "days", "mode"];
export const MODES: readonly Compounding[] = ["simple", "compound"];

/** Worked example: an assumed contract rate, not any real lender's. */
export const OVERDUE_DEFAULTS: OverdueValues = { amount: "10000", rate: "0.05", days: "30", mode: "simple" };

export function readOverdueQuery(search: string): { values: OverdueValues; notes: string[] } {
  const { values, notes } = readParams(search, OVERDUE_DEFAULTS);
  if (!(MODES as readonly string[]).includes(values.mode)) {
    notes.push("链接里的计算方式无法识别，已改用“单利”。");
    values.mode = OVERDUE_DEFAULTS.mode;
  }
  return { values, notes };
}

export function overdueQuery(values: OverdueValues): string {
  return writeParams(values, OVERDUE_KEYS);
}

/**
 * Days overdue as people say them: "30", "30天", "三十天", and also "3个月" (× 30 days, the
 * convention lenders use for daily rates) and "2周" (× 7), in either script ("2週", "兩個星期").
 */
export function parseOverdueDays(input: string): ParseResult<number> {
  const text = foldScript(input.normalize("NFKC")).replace(/\s+/g, "");
  const weeks = /^(.+?)(?:个星期|星期|周)$/u.exec(text);
  if (weeks) {
    const n = parseDays(weeks[1] ?? "");
    if (!n.ok) return { ok: false, error: "无法识别周数，请直接输入天数，例如 14" };
    return withinDays(n.value * 7, `${n.value} 周`);
  }
  if (/(?:个月|月)$/u.test(text)) {
    const m = parseMonths(text, { min: 0 });
    if (!m.ok) return { ok: false, error: "无法识别月数，请输入整数，例如 3个月，或直接输入天数" };
    return withinDays(m.value * DAYS_PER_MONTH, `${m.value} 个月，每月按 ${DAYS_PER_MONTH} 天`);
  }
  return parseDays(input);
}

function withinDays(days: number, how: string): ParseResult<number> {
  if (days > MAX_DAYS) return { ok: false, error: fill(DAYS_TEXT.daysMax, MAX_DAYS) };
  return { ok: true, value: days, echo: `按 ${days} 天（${how}）计算` };
}

export interface OverdueEvaluation {
  fields: { amount: ParseResult<number>; rate: ParseResult<number>; days: ParseResult<number> };
  result?: OverdueResult;
}

export function evaluateOverdue(values: OverdueValues): OverdueEvaluation {
  const amount = parseAmount(values.amount);
  const rate = parseDailyRate(values.rate);
  const days = parseOverdueDays(values.days);
  const fields = { amount, rate, days };
  if (!amount.ok || !rate.ok || !days.ok) return { fields };
  const compounding: Compounding = values.mode === "compound" ? "compound" : "simple";
  return {
    fields,
    result: overdueCost({ amountFen: amount.value, dailyRate: rate.value, days: days.value, compounding }),
  };
}
