/**
 * The several-debts calculator's model. URL contract (documented on /tools/payoff/):
 * budget (元/月) and debts ("名称:余额:年利率%:最低还款;…").
 */
import { comparePayoff, type Debt, type PayoffComparison } from "../finance/payoff";
import { parseAmount, parseAnnualRate, type ParseResult } from "../finance/parse";
import { joinRows, splitRows } from "./list";
import { readParams, writeParams } from "./query";

export type PayoffKey = "budget" | "debts";
export type PayoffValues = Record<PayoffKey, string>;

/** Worked example (illustrative figures and rates, not any lender's). */
export const PAYOFF_DEFAULTS: PayoffValues = {
  budget: "3000",
  debts: "信用卡:20000:18:1000;花呗:8000:15:500;借呗:10000:10:600",
};

export function readPayoffQuery(search: string): { values: PayoffValues; notes: string[] } {
  return readParams(search, PAYOFF_DEFAULTS, ["debts"]);
}

export function payoffQuery(values: PayoffValues): string {
  return writeParams(values, ["budget", "debts"]);
}

export interface DebtRow {
  name: string;
  balance: string;
  rate: string;
  min: string;
}

export function debtRows(debts: string): DebtRow[] {
  return splitRows(debts, ";").map(([name = "", balance = "", rate = "", min = ""]) => ({ name, balance, rate, min }));
}

export function debtsValue(rows: readonly DebtRow[]): string {
  return joinRows(
    rows.map((r) => [r.name, r.balance, r.rate, r.min]),
    ";",
  );
}

export interface DebtFields {
  name: string;
  balance: ParseResult<number>;
  rate: ParseResult<number>;
  min: ParseResult<number>;
}

export interface PayoffEvaluation {
  budget: ParseResult<number>;
  debts: DebtFields[];
  /** A problem with the list as a whole (e.g. empty). */
  listError?: string;
  comparison?: PayoffComparison;
}

export const MAX_DEBTS = 10;

export function evaluatePayoff(values: PayoffValues): PayoffEvaluation {
  const budget = parseAmount(values.budget);
  const rows = debtRows(values.debts).slice(0, MAX_DEBTS);
  const debts = rows.map((r, i) => ({
    name: r.name || `欠款 ${i + 1}`,
    balance: parseAmount(r.balance, { allowZero: true }),
    rate: parseAnnualRate(r.rate === "" ? "0" : r.rate),
    min: parseAmount(r.min === "" ? "0" : r.min, { allowZero: true }),
  }));
  const out: PayoffEvaluation = { budget, debts };
  if (debts.length === 0) out.listError = "请至少填写一笔欠款";
  if (!budget.ok || out.listError) return out;
  const parsed: Debt[] = [];
  for (const d of debts) {
    if (!d.balance.ok || !d.rate.ok || !d.min.ok) return out;
    parsed.push({ name: d.name, balanceFen: d.balance.value, annualRate: d.rate.value, minPaymentFen: d.min.value });
  }
  out.comparison = comparePayoff(parsed, budget.value);
  return out;
}
