/**
 * Paying off several debts with one monthly budget: avalanche (雪崩法, highest rate first)
 * versus snowball (雪球法, smallest balance first).
 *
 * Each month, in this order:
 * 1. interest = round half up(balance × annual rate ÷ 12) is added to every open debt;
 * 2. every open debt gets its minimum payment (or its whole balance if smaller);
 * 3. whatever is left of the budget goes to the open debts in strategy order, each paid
 *    off before the next one gets money.
 * Avalanche orders by rate (highest first; rates within 0.0001 percentage point are ties,
 * broken like snowball: smaller balance, then higher rate, then input order).
 * Snowball orders by current balance (smallest first; ties: higher rate, then input order).
 * The simulation stops after 600 months at most and reports it did not finish.
 */
import { roundHalfUp, isFen, formatYuan, sumFen } from "./money";
import type { Fen } from "./money";

/** One debt. */
export interface Debt {
  name: string;
  balanceFen: Fen;
  /** Annual rate as a fraction (0.18 = 18%). */
  annualRate: number;
  /** Minimum payment each month, fen ≥ 0. */
  minPaymentFen: Fen;
}

/** Payoff strategy. */
export type PayoffStrategy = "avalanche" | "snowball";

/** Chinese names of the strategies. */
export const STRATEGY_LABEL: Readonly<Record<PayoffStrategy, string>> = {
  avalanche: "雪崩法（先还利率最高的）",
  snowball: "雪球法（先还余额最小的）",
};

/** Longest simulation, in months (50 years). */
export const MAX_PAYOFF_MONTHS = 600;

/** One simulated month. Arrays are indexed like the input debts. */
export interface PayoffMonth {
  month: number;
  interest: Fen[];
  payments: Fen[];
  /** Balances after this month's payments. */
  balances: Fen[];
  /** Names of debts cleared this month. */
  paidOff: string[];
}

/** Successful plan. */
export interface PayoffPlan {
  ok: true;
  strategy: PayoffStrategy;
  /** Months until every debt is paid. */
  months: number;
  totalInterestFen: Fen;
  totalPaidFen: Fen;
  /** Debts in the order they are cleared, with the month each is cleared (0 if already 0). */
  payoffOrder: { name: string; index: number; month: number }[];
  /** Total owed after each month; index 0 is the starting total. */
  totalBalanceSeries: Fen[];
  schedule: PayoffMonth[];
}

/** Why a plan cannot be made. */
export type PayoffFailureReason = "budget-below-minimums" | "budget-below-interest" | "too-long";

/** Failed plan, with a Chinese explanation. */
export interface PayoffFailure {
  ok: false;
  strategy: PayoffStrategy;
  reason: PayoffFailureReason;
  error: string;
}

/** Result of {@link planPayoff}. */
export type PayoffResult = PayoffPlan | PayoffFailure;

function validate(debts: readonly Debt[], budgetFen: Fen): void {
  if (!isFen(budgetFen) || budgetFen < 0) throw new RangeError(`budgetFen must be an integer ≥ 0, got ${budgetFen}`);
  debts.forEach((d, i) => {
    if (!isFen(d.balanceFen) || d.balanceFen < 0) throw new RangeError(`debts[${i}].balanceFen must be an integer ≥ 0`);
    if (!isFen(d.minPaymentFen) || d.minPaymentFen < 0) {
      throw new RangeError(`debts[${i}].minPaymentFen must be an integer ≥ 0`);
    }
    if (!Number.isFinite(d.annualRate) || d.annualRate < 0 || d.annualRate > 100) {
      throw new RangeError(`debts[${i}].annualRate must be in 0..100`);
    }
  });
}

/**
 * Rates closer than this (0.0001 percentage point) count as equal for avalanche ordering;
 * otherwise fen rounding noise between "different" rates of 18% and 18.000001% could decide
 * the order. Ties fall back to the snowball order.
 */
export const RATE_TIE_EPSILON = 1e-6;

function priority(strategy: PayoffStrategy, debts: readonly Debt[], balances: readonly Fen[]): number[] {
  const open = balances.map((_, i) => i).filter((i) => (balances[i] ?? 0) > 0);
  return open.sort((a, b) => {
    const rateA = debts[a]?.annualRate ?? 0;
    const rateB = debts[b]?.annualRate ?? 0;
    const byRate = Math.abs(rateA - rateB) < RATE_TIE_EPSILON ? 0 : rateB - rateA;
    const byBalance = (balances[a] ?? 0) - (balances[b] ?? 0);
    if (strategy === "avalanche") return byRate || byBalance || rateB - rateA || a - b;
    return byBalance || rateB - rateA || a - b;
  });
}

/**
 * Simulate paying off `debts` with `budgetFen` a month using `strategy`.
 * Returns a failure (never loops forever) when the budget does not cover the minimum
 * payments, does not exceed the first month's interest, or needs more than 600 months.
 * @throws RangeError for negative or non-integer amounts or invalid rates.
 */
export function planPayoff(debts: readonly Debt[], budgetFen: Fen, strategy: PayoffStrategy): PayoffResult {
  validate(debts, budgetFen);
  const fail = (reason: PayoffFailureReason, error: string): PayoffFailure => ({ ok: false, strategy, reason, error });

  const balances = debts.map((d) => d.balanceFen);
  const minimums = sumFen(debts.map((d) => (d.balanceFen > 0 ? Math.min(d.minPaymentFen, d.balanceFen) : 0)));
  if (budgetFen < minimums) {
    return fail(
      "budget-below-minimums",
      `每月预算 ${formatYuan(budgetFen)} 元，少于各笔欠款最低还款合计 ${formatYuan(minimums)} 元，无法按计划还款，建议先与债权人协商降低每月还款额。`,
    );
  }
  const firstInterest = sumFen(debts.map((d) => roundHalfUp((d.balanceFen * d.annualRate) / 12)));
  if (firstInterest > 0 && budgetFen <= firstInterest) {
    return fail(
      "budget-below-interest",
      `每月预算 ${formatYuan(budgetFen)} 元，还不够支付每月约 ${formatYuan(firstInterest)} 元的利息，欠款只会越来越多，建议先与债权人协商停息或减免。`,
    );
  }

  const payoffOrder: PayoffPlan["payoffOrder"] = [];
  debts.forEach((d, index) => {
    if (d.balanceFen === 0) payoffOrder.push({ name: d.name, index, month: 0 });
  });
  const schedule: PayoffMonth[] = [];
  const totalBalanceSeries: Fen[] = [sumFen(balances)];
  let totalInterestFen = 0;
  let totalPaidFen = 0;

  for (let month = 1; month <= MAX_PAYOFF_MONTHS; month++) {
    if (balances.every((b) => b === 0)) break;
    const interest = debts.map((d, i) => {
      const b = balances[i] ?? 0;
      return b > 0 ? roundHalfUp((b * d.annualRate) / 12) : 0;
    });
    const payments = debts.map(() => 0);
    let left = budgetFen;
    debts.forEach((d, i) => {
      const b = (balances[i] ?? 0) + (interest[i] ?? 0);
      const pay = Math.min(d.minPaymentFen, b);
      balances[i] = b - pay;
      payments[i] = pay;
      left -= pay;
    });
    for (const i of priority(strategy, debts, balances)) {
      if (left <= 0) break;
      const extra = Math.min(left, balances[i] ?? 0);
      balances[i] = (balances[i] ?? 0) - extra;
      payments[i] = (payments[i] ?? 0) + extra;
      left -= extra;
    }
    const paidOff: string[] = [];
    debts.forEach((d, i) => {
      if ((balances[i] ?? 0) === 0 && payments[i] !== 0 && !payoffOrder.some((p) => p.index === i)) {
        payoffOrder.push({ name: d.name, index: i, month });
        paidOff.push(d.name);
      }
    });
    totalInterestFen += sumFen(interest);
    totalPaidFen += sumFen(payments);
    totalBalanceSeries.push(sumFen(balances));
    schedule.push({ month, interest, payments, balances: [...balances], paidOff });
  }

  if (!balances.every((b) => b === 0)) {
    return fail(
      "too-long",
      `按每月 ${formatYuan(budgetFen)} 元的预算，${MAX_PAYOFF_MONTHS} 个月（50 年）内仍无法还清，建议与债权人协商减免利息或延长期限。`,
    );
  }
  return {
    ok: true,
    strategy,
    months: schedule.length,
    totalInterestFen,
    totalPaidFen,
    payoffOrder,
    totalBalanceSeries,
    schedule,
  };
}

/** Both strategies side by side. */
export interface PayoffComparison {
  avalanche: PayoffResult;
  snowball: PayoffResult;
  /** snowball interest − avalanche interest when both succeed (≥ 0 in practice), else null. */
  interestSavedByAvalancheFen: Fen | null;
}

/** Run avalanche and snowball on the same debts and budget. */
export function comparePayoff(debts: readonly Debt[], budgetFen: Fen): PayoffComparison {
  const avalanche = planPayoff(debts, budgetFen, "avalanche");
  const snowball = planPayoff(debts, budgetFen, "snowball");
  return {
    avalanche,
    snowball,
    interestSavedByAvalancheFen:
      avalanche.ok && snowball.ok ? snowball.totalInterestFen - avalanche.totalInterestFen : null,
  };
}
