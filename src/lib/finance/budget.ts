/**
 * Monthly budget: what is left after essential spending and other debt payments, which
 * repayment terms that leftover can carry, and a plain sentence to say to the lender.
 * The sentence states figures only; it makes no promise on the reader's behalf.
 */
import { formatYuan, isFen, sumFen } from "./money";
import type { Fen } from "./money";
import { buildSchedule, MAX_SCHEDULE_MONTHS } from "./loan";
import type { InterestMethod } from "./loan";

/** One line of essential monthly spending (房租、吃饭、交通、孩子…). */
export interface BudgetItem {
  name: string;
  fen: Fen;
}

/** Input for {@link summariseBudget}. */
export interface BudgetInput {
  /** Monthly take-home income, fen ≥ 0. */
  incomeFen: Fen;
  /** Essential monthly spending by category. */
  essentials: readonly BudgetItem[];
  /** Payments already due each month on other debts, fen ≥ 0. */
  otherDebtPaymentsFen: Fen;
}

/** Result of {@link summariseBudget}. */
export interface BudgetSummary {
  incomeFen: Fen;
  essentialsFen: Fen;
  otherDebtPaymentsFen: Fen;
  /** income − essentials − other debt payments; negative when spending exceeds income. */
  leftoverFen: Fen;
  /** Other debt payments ÷ income (负债收入比), or null when income is 0. */
  debtToIncome: number | null;
}

function assertFen(value: Fen, name: string): void {
  if (!isFen(value) || value < 0) throw new RangeError(`${name} must be an integer fen amount ≥ 0, got ${value}`);
}

/**
 * Add up a monthly budget.
 * @throws RangeError when an amount is not a non-negative integer.
 */
export function summariseBudget(input: BudgetInput): BudgetSummary {
  assertFen(input.incomeFen, "incomeFen");
  assertFen(input.otherDebtPaymentsFen, "otherDebtPaymentsFen");
  input.essentials.forEach((item, i) => assertFen(item.fen, `essentials[${i}].fen`));
  const essentialsFen = sumFen(input.essentials.map((item) => item.fen));
  return {
    incomeFen: input.incomeFen,
    essentialsFen,
    otherDebtPaymentsFen: input.otherDebtPaymentsFen,
    leftoverFen: input.incomeFen - essentialsFen - input.otherDebtPaymentsFen,
    debtToIncome: input.incomeFen > 0 ? input.otherDebtPaymentsFen / input.incomeFen : null,
  };
}

/** The debt to fit into the budget. */
export interface DebtToFit {
  amountFen: Fen;
  annualRate: number;
  method: InterestMethod;
}

/** One candidate term. */
export interface TermOption {
  months: number;
  /** Largest single payment in the schedule (what the budget must cover). */
  paymentFen: Fen;
  totalInterestFen: Fen;
}

/** Result of {@link fitTerms}. */
export interface TermFit {
  /** Money per month available for this debt. */
  availableFen: Fen;
  /** Every term in range whose largest payment fits, shortest first. */
  fitting: TermOption[];
  /** Shortest fitting term (least interest), or null. */
  shortest: TermOption | null;
  /** Longest fitting term (smallest payment), or null. */
  longest: TermOption | null;
  /** The option at the longest term tried, for "even over N months it is …" messages. */
  atMaxMonths: TermOption;
}

/** Options for {@link fitTerms}. */
export interface TermRange {
  /** Shortest term tried (default 1). */
  minMonths?: number;
  /** Longest term tried (default 60, at most 600). */
  maxMonths?: number;
}

/**
 * Find the terms (in months) whose largest payment is ≤ `availableFen`.
 * Every term in the range is tried, so methods whose payment does not fall with the term
 * (先息后本 ends with a balloon) are handled honestly.
 * @throws RangeError for an invalid debt or a range outside 1..600.
 */
export function fitTerms(availableFen: Fen, debt: DebtToFit, range: TermRange = {}): TermFit {
  const minMonths = range.minMonths ?? 1;
  const maxMonths = range.maxMonths ?? 60;
  if (!Number.isInteger(minMonths) || !Number.isInteger(maxMonths) || minMonths < 1 || maxMonths < minMonths) {
    throw new RangeError(`invalid term range ${minMonths}..${maxMonths}`);
  }
  if (maxMonths > MAX_SCHEDULE_MONTHS) throw new RangeError(`maxMonths must be ≤ ${MAX_SCHEDULE_MONTHS}`);
  if (!Number.isFinite(availableFen)) throw new RangeError("availableFen must be finite");

  const option = (months: number): TermOption => {
    const s = buildSchedule({ method: debt.method, amountFen: debt.amountFen, months, annualRate: debt.annualRate });
    return { months, paymentFen: s.maxPayment, totalInterestFen: s.totalInterest };
  };
  const fitting: TermOption[] = [];
  let last: TermOption | null = null;
  for (let months = minMonths; months <= maxMonths; months++) {
    last = option(months);
    if (last.paymentFen <= availableFen) fitting.push(last);
  }
  return {
    availableFen,
    fitting,
    shortest: fitting[0] ?? null,
    longest: fitting[fitting.length - 1] ?? null,
    atMaxMonths: last ?? option(maxMonths),
  };
}

/** Figures for {@link negotiationSentence}. */
export interface SentenceFigures {
  /** Money per month the reader can put towards this debt. */
  availableFen: Fen;
  /** The proposed term and payment, if some term fits. */
  proposal?: { months: number; paymentFen: Fen } | null;
  /** When nothing fits: the payment at the longest term considered. */
  atMaxMonths?: { months: number; paymentFen: Fen };
}

/**
 * A sentence the reader can say to the lender, built only from the figures, e.g.
 * "我每月扣除基本生活开支后可用于还款的金额约为 1,200.00 元，希望把欠款分 24 期偿还，每期约 1,150.00 元。"
 */
export function negotiationSentence(figures: SentenceFigures): string {
  const { availableFen, proposal, atMaxMonths } = figures;
  if (availableFen <= 0) {
    return "我目前每月收入扣除基本生活开支后，已没有可用于还款的余钱，希望能协商暂缓还款或延长还款期限，待收入恢复后再商定还款计划。";
  }
  const opening = `我每月扣除基本生活开支后可用于还款的金额约为 ${formatYuan(availableFen)} 元`;
  if (proposal) {
    return `${opening}，希望把欠款分 ${proposal.months} 期偿还，每期约 ${formatYuan(proposal.paymentFen)} 元。`;
  }
  if (atMaxMonths) {
    return `${opening}，按目前的利率即使分 ${atMaxMonths.months} 期，每期也需要约 ${formatYuan(atMaxMonths.paymentFen)} 元，超出我的还款能力，希望能协商减免部分利息或费用，或延长还款期限。`;
  }
  return `${opening}，希望能按这个金额协商分期还款方案。`;
}

/** Input for {@link planBudget}. */
export interface BudgetPlanInput extends BudgetInput {
  debt: DebtToFit;
  /** Share of the leftover to commit to this debt, 0 < share ≤ 1 (default 1). */
  share?: number;
  range?: TermRange;
}

/** Result of {@link planBudget}. */
export interface BudgetPlan {
  summary: BudgetSummary;
  /** floor(leftover × share), or 0 when nothing is left. */
  availableFen: Fen;
  terms: TermFit;
  /** (other debt payments + the shortest fitting payment) ÷ income, or null. */
  debtToIncomeWithPlan: number | null;
  /** Sentence built on the shortest fitting term (the least interest). */
  sentence: string;
}

/**
 * Budget summary, fitting terms and the sentence in one call.
 * @throws RangeError for invalid amounts or a share outside (0, 1].
 */
export function planBudget(input: BudgetPlanInput): BudgetPlan {
  const share = input.share ?? 1;
  if (!(share > 0 && share <= 1)) throw new RangeError(`share must be in (0, 1], got ${share}`);
  const summary = summariseBudget(input);
  const availableFen = summary.leftoverFen > 0 ? Math.floor(summary.leftoverFen * share) : 0;
  const terms = fitTerms(availableFen, input.debt, input.range);
  const chosen = terms.shortest;
  const debtToIncomeWithPlan =
    summary.incomeFen > 0 && chosen ? (summary.otherDebtPaymentsFen + chosen.paymentFen) / summary.incomeFen : null;
  return {
    summary,
    availableFen,
    terms,
    debtToIncomeWithPlan,
    sentence: negotiationSentence({ availableFen, proposal: chosen, atMaxMonths: terms.atMaxMonths }),
  };
}
