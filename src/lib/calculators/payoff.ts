/**
 * The several-debts calculator's model. URL contract (documented on /tools/payoff/):
 * budget (元/月) and debts ("名称:余额:年利率%:最低还款;…").
 */
import { comparePayoff, type Debt, type PayoffComparison } from "../finance/payoff";
import { parseAmount, parseAnnualRate, type ParseResult } from "../finance/parse";
import { joinRows, splitRows } from "./list";
import { MAX_LIST_LENGTH, readParams, writeParams } from "./query";

export type PayoffKey = "budget" | "debts";
export type PayoffValues = Record<PayoffKey, string>;

/** Worked example (illustrative figures and rates, not any lender's). */
export const PAYOFF_DEFAULTS: PayoffValues = {
  budget: "3000",
  debts: "信用卡:20000:18:1000;花呗:8000:15:500;借呗:10000:10:600",
};

/** Most debts compared at once. */
export const MAX_DEBTS = 10;

export function readPayoffQuery(search: string): { values: PayoffValues; notes: string[] } {
  const read = readParams(search, PAYOFF_DEFAULTS, { debts: MAX_LIST_LENGTH });
  if (debtRows(read.values.debts).length > MAX_DEBTS) {
    read.notes.push(`链接里的欠款超过 ${MAX_DEBTS} 笔，只使用了前 ${MAX_DEBTS} 笔。`);
  }
  return read;
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
  /** The row as typed. */
  row: DebtRow;
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
  /** Set when neither strategy can work, for the same reason: one message instead of two. */
  failure?: string;
}

export function evaluatePayoff(values: PayoffValues): PayoffEvaluation {
  const budget = parseAmount(values.budget);
  // The rows the calculator uses: at most MAX_DEBTS.
  const debts = debtRows(values.debts)
    .slice(0, MAX_DEBTS)
    .map((r, i) => ({
      row: r,
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
  const comparison = comparePayoff(parsed, budget.value);
  out.comparison = comparison;
  const { avalanche, snowball } = comparison;
  if (!avalanche.ok && !snowball.ok && avalanche.reason === snowball.reason) out.failure = avalanche.error;
  return out;
}
