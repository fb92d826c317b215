/**
 * The overdue-cost calculator's model. URL contract (documented on /tools/overdue/):
 * amount (元), rate (daily %, also 万分之五), days, mode = simple | compound.
 */
import { overdueCost, type Compounding, type OverdueResult } from "../finance/overdue";
import { parseAmount, parseDailyRate, parseDays, type ParseResult } from "../finance/parse";
import { readParams, writeParams } from "./query";

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

export interface OverdueEvaluation {
  fields: { amount: ParseResult<number>; rate: ParseResult<number>; days: ParseResult<number> };
  result?: OverdueResult;
}

export function evaluateOverdue(values: OverdueValues): OverdueEvaluation {
  const amount = parseAmount(values.amount);
  const rate = parseDailyRate(values.rate);
  const days = parseDays(values.days);
  const fields = { amount, rate, days };
  if (!amount.ok || !rate.ok || !days.ok) return { fields };
  const compounding: Compounding = values.mode === "compound" ? "compound" : "simple";
  return {
    fields,
    result: overdueCost({ amountFen: amount.value, dailyRate: rate.value, days: days.value, compounding }),
  };
}
