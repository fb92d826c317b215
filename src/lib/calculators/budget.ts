/**
 * The affordability calculator's model. URL contract (documented on /tools/budget/):
 * income (元/月), spend ("名称:金额,名称:金额"), debts (other debt payments 元/月),
 * and optionally amount (the debt to plan, 元) with rate (its annual %, default 0).
 */
import {
  negotiationSentence,
  planBudget,
  summariseBudget,
  type BudgetPlan,
  type BudgetSummary,
} from "../finance/budget";
import { parseAmount, parseAnnualRate, type ParseResult } from "../finance/parse";
import {
  MAX_SPEND_ROWS,
  parseSpend,
  PLAN_SHARE,
  spendRows,
  spendValue,
  tooManyRowsNote,
  type SpendEntry,
  type SpendRow,
} from "./spend";

export { MAX_SPEND_ROWS, PLAN_SHARE, spendRows, spendValue, type SpendRow };
import { hasAny, MAX_LIST_LENGTH, readParams, writeParams } from "./query";

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
  const read = readParams(search, BUDGET_DEFAULTS, { spend: MAX_LIST_LENGTH });
  // An article may give only a budget; then the debt to plan is left empty rather than defaulted.
  if (hasAny(search, BUDGET_KEYS)) {
    if (!hasAny(search, ["amount"])) read.values.amount = "";
    if (!hasAny(search, ["rate"])) read.values.rate = "";
  }
  const many = tooManyRowsNote(read.values.spend);
  if (many) read.notes.push(many);
  return read;
}

export function budgetQuery(values: BudgetValues): string {
  return writeParams(values, BUDGET_KEYS);
}

/** Longest term tried when fitting the debt into the budget (fitTerms' default). */
export const PLAN_MAX_MONTHS = 60;

export interface BudgetEvaluation {
  income: ParseResult<number>;
  debts: ParseResult<number>;
  spend: SpendEntry[];
  amount?: ParseResult<number>;
  rate?: ParseResult<number>;
  summary?: BudgetSummary;
  /** What a plan may use each month: {@link PLAN_SHARE} of what is left, in fen (0 when nothing is left). */
  availableFen?: number;
  plan?: BudgetPlan;
  /** The sentence to say to the lender: from the plan when a debt is given, else from the budget alone. */
  sentence?: string;
}

export function evaluateBudget(values: BudgetValues): BudgetEvaluation {
  const income = parseAmount(values.income, { allowZero: true });
  const debts =
    values.debts.trim() === "" ? parseAmount("0", { allowZero: true }) : parseAmount(values.debts, { allowZero: true });
  const spend = parseSpend(values.spend);
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
  const summary = summariseBudget(input);
  out.summary = summary;
  out.availableFen = summary.leftoverFen > 0 ? Math.floor(summary.leftoverFen * PLAN_SHARE) : 0;
  if (amount?.ok && rate?.ok) {
    out.plan = planBudget({
      ...input,
      share: PLAN_SHARE,
      debt: { amountFen: amount.value, annualRate: rate.value, method: "equal-payment" },
      range: { maxMonths: PLAN_MAX_MONTHS },
    });
    out.sentence = out.plan.sentence;
  } else if (!planning) {
    out.sentence = negotiationSentence({ availableFen: out.availableFen });
  }
  return out;
}
