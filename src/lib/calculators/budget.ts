/**
 * The affordability calculator's model. URL contract (documented on /tools/budget/):
 * income (元/月), spend ("名称:金额,名称:金额"), debts (other debt payments 元/月),
 * and optionally amount (the debt to plan, 元) with rate (its annual %, default 0).
 */
import { planBudget, summariseBudget, type BudgetPlan, type BudgetSummary } from "../finance/budget";
import { parseAmount, parseAnnualRate, type ParseResult } from "../finance/parse";
import { joinRows, splitRows } from "./list";
import { readParams, writeParams } from "./query";

export type BudgetKey = "income" | "spend" | "debts" | "amount" | "rate";
export type BudgetValues = Record<BudgetKey, string>;
export const BUDGET_KEYS: readonly BudgetKey[] = ["income", "spend", "debts", "amount", "rate"];

/** Worked example (illustrative figures). */
export const BUDGET_DEFAULTS: BudgetValues = {
  income: "6000",
  spend: "房租:1800,吃饭:1500,交通:300,其他:400",
  debts: "500",
  amount: "20000",
  rate: "12",
};

export function readBudgetQuery(search: string): { values: BudgetValues; notes: string[] } {
  const params = new URLSearchParams(search);
  const read = readParams(search, BUDGET_DEFAULTS, ["spend"]);
  // An article may give only a budget; then the debt to plan is left empty rather than defaulted.
  if (params.toString() !== "" && !params.has("amount")) read.values.amount = "";
  if (params.toString() !== "" && !params.has("rate")) read.values.rate = "";
  return read;
}

export function budgetQuery(values: BudgetValues): string {
  return writeParams(values, BUDGET_KEYS);
}

export interface SpendRow {
  name: string;
  amount: string;
}

export function spendRows(spend: string): SpendRow[] {
  return splitRows(spend, ",").map(([name = "", amount = ""]) => ({ name, amount }));
}

export function spendValue(rows: readonly SpendRow[]): string {
  return joinRows(
    rows.map((r) => [r.name, r.amount]),
    ",",
  );
}

/** Plans use this share of what is left each month, keeping the rest as a margin for surprises. */
export const PLAN_SHARE = 0.8;

export interface BudgetEvaluation {
  income: ParseResult<number>;
  debts: ParseResult<number>;
  spend: { name: string; result: ParseResult<number> }[];
  amount?: ParseResult<number>;
  rate?: ParseResult<number>;
  summary?: BudgetSummary;
  plan?: BudgetPlan;
}

export function evaluateBudget(values: BudgetValues): BudgetEvaluation {
  const income = parseAmount(values.income, { allowZero: true });
  const debts =
    values.debts.trim() === "" ? parseAmount("0", { allowZero: true }) : parseAmount(values.debts, { allowZero: true });
  const spend = spendRows(values.spend).map((r) => ({
    name: r.name || "未命名",
    result: parseAmount(r.amount, { allowZero: true }),
  }));
  const planning = values.amount.trim() !== "";
  const amount = planning ? parseAmount(values.amount) : undefined;
  const rate = planning ? parseAnnualRate(values.rate.trim() === "" ? "0" : values.rate) : undefined;
  const out: BudgetEvaluation = { income, debts, spend, amount, rate };
  if (!income.ok || !debts.ok || spend.some((s) => !s.result.ok)) return out;
  const input = {
    incomeFen: income.value,
    otherDebtPaymentsFen: debts.value,
    essentials: spend.map((s) => ({ name: s.name, fen: s.result.ok ? s.result.value : 0 })),
  };
  out.summary = summariseBudget(input);
  if (amount?.ok && rate?.ok) {
    out.plan = planBudget({
      ...input,
      share: PLAN_SHARE,
      debt: { amountFen: amount.value, annualRate: rate.value, method: "equal-payment" },
    });
  }
  return out;
}
