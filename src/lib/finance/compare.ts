/**
 * Compare up to three repayment proposals for an overdue debt.
 *
 * The debt is principal + accrued interest + penalties/fees ("owed"). Proposal kinds and
 * the exact model used for each (these are simplifications; real agreements vary):
 *
 * - "extend" (延期还款): nothing is paid for `graceMonths` months; meanwhile simple interest
 *   at `annualRate` ÷ 12 on the PRINCIPAL is added each month (rounded half up to the fen).
 *   After the grace period everything owed is repaid 等额本息 over `months` months at
 *   `annualRate` (interest charged on the whole amount owed, a conservative upper bound).
 *   `months: 1` means one lump sum at the end of the grace period.
 * - "instalment" (个性化分期): everything owed is repaid over `months` months, either 等额本息
 *   at `annualRate` or, when `feeRatePerPeriod` is given, with a flat fee per period on the
 *   amount owed (按期手续费).
 * - "waive" (减免): penalties are waived if `waivePenalties`, and `interestWaivedShare`
 *   (0..1) of the accrued interest; the rest is repaid 等额本息 over `months` at
 *   `annualRate` (default 0: interest-free instalments).
 * - "lump-sum" (一次性结清): `payFen` is paid in the first month and the rest is waived.
 *
 * Every outcome reports money in fen. `balanceSeries[k]` is what is still owed after month k;
 * index 0 is the amount owed right after the agreement (after any waiver), so the last
 * entry is 0. `totalCostFen` = total paid − original principal (negative means the reader
 * pays back less than the principal).
 */
import { roundHalfUp, isFen, sumFen } from "./money";
import type { Fen } from "./money";
import { scheduleOf, MAX_SCHEDULE_MONTHS } from "./loan";

/** The overdue debt as the lender states it. */
export interface OverdueBalance {
  principalFen: Fen;
  /** Interest accrued so far. */
  interestFen: Fen;
  /** Penalty interest, late fees and other charges. */
  penaltyFen: Fen;
}

/** A repayment proposal. See the module comment for the exact model of each kind. */
export type Proposal =
  | { kind: "extend"; graceMonths: number; months: number; annualRate: number }
  | { kind: "instalment"; months: number; annualRate?: number; feeRatePerPeriod?: number }
  | { kind: "waive"; waivePenalties: boolean; interestWaivedShare: number; months: number; annualRate?: number }
  | { kind: "lump-sum"; payFen: Fen };

/**
 * The figures for one proposal. All money in fen. (Describing a proposal in words is the
 * calculator's job: describeProposal in src/lib/calculators/compare.ts.)
 */
export interface ProposalResult {
  ok: true;
  kind: Proposal["kind"];
  /** The regular monthly payment: the first non-zero one (after any grace months). */
  monthlyPaymentFen: Fen;
  /** The largest single payment (the last one can be a few fen more after rounding). */
  maxPaymentFen: Fen;
  /** Months from agreement to the final payment, grace months included. */
  months: number;
  /** Payment in each month 1..months (0 during grace). */
  payments: Fen[];
  totalPaidFen: Fen;
  /** totalPaidFen − principal. */
  totalCostFen: Fen;
  /** Owed after month k, k = 0..months; index 0 is right after the agreement. */
  balanceSeries: Fen[];
}

/** A proposal whose parameters cannot be used. */
export interface ProposalError {
  ok: false;
  kind: Proposal["kind"];
  error: string;
}

/** Result of {@link compareProposals}. */
export interface Comparison {
  /** principal + interest + penalties. */
  owedFen: Fen;
  principalFen: Fen;
  outcomes: (ProposalResult | ProposalError)[];
}

/** Maximum number of proposals compared at once. */
export const MAX_PROPOSALS = 3;

function validMonths(months: number): boolean {
  return Number.isInteger(months) && months >= 1 && months <= MAX_SCHEDULE_MONTHS;
}

function validRate(rate: number, max: number): boolean {
  return Number.isFinite(rate) && rate >= 0 && rate <= max;
}

/**
 * Why a proposal's parameters cannot be used (outside the ranges of the module comment), or null.
 * {@link compareProposals} applies it; values read by `parse.ts` (as the calculator does) always pass.
 */
function proposalProblem(proposal: Proposal): string | null {
  switch (proposal.kind) {
    case "extend": {
      const { graceMonths, months, annualRate } = proposal;
      if (!Number.isInteger(graceMonths) || graceMonths < 0 || graceMonths > 120) return "延期月数须为 0 到 120 的整数";
      if (!validMonths(months)) return "还款期数须为 1 到 600 的整数";
      return validRate(annualRate, 1) ? null : "年利率须在 0% 到 100% 之间";
    }
    case "instalment": {
      const { months, annualRate, feeRatePerPeriod } = proposal;
      if (!validMonths(months)) return "分期期数须为 1 到 600 的整数";
      if (feeRatePerPeriod !== undefined) {
        return validRate(feeRatePerPeriod, 0.1) ? null : "每期手续费率须在 0% 到 10% 之间";
      }
      return validRate(annualRate ?? 0, 1) ? null : "年利率须在 0% 到 100% 之间";
    }
    case "waive": {
      const { interestWaivedShare, months } = proposal;
      if (!(interestWaivedShare >= 0 && interestWaivedShare <= 1)) return "利息减免比例须在 0% 到 100% 之间";
      if (!validMonths(months)) return "还款期数须为 1 到 600 的整数";
      return validRate(proposal.annualRate ?? 0, 1) ? null : "年利率须在 0% 到 100% 之间";
    }
    case "lump-sum":
      return isFen(proposal.payFen) && proposal.payFen > 0 ? null : "一次性还款金额须大于 0";
  }
}

/** The outcome of a proposal whose parameters are valid ({@link proposalProblem} is null). */
function evaluateProposal(balance: OverdueBalance, owedFen: Fen, p: Proposal): ProposalResult | ProposalError {
  const { principalFen, interestFen, penaltyFen } = balance;
  const { kind } = p;
  if (kind === "lump-sum") {
    const { payFen } = p;
    if (payFen > owedFen) return { ok: false, kind, error: "一次性还款金额超过了欠款总额" };
    return {
      ok: true,
      kind,
      monthlyPaymentFen: payFen,
      maxPaymentFen: payFen,
      months: 1,
      payments: [payFen],
      totalPaidFen: payFen,
      totalCostFen: payFen - principalFen,
      balanceSeries: [payFen, 0],
    };
  }
  const { months } = p;
  const rate = p.annualRate ?? 0;
  const fee = kind === "instalment" ? p.feeRatePerPeriod : undefined;
  const graceMonths = kind === "extend" ? p.graceMonths : 0;
  let owed = owedFen;
  if (kind === "waive") {
    owed =
      principalFen +
      interestFen -
      roundHalfUp(interestFen * p.interestWaivedShare) +
      (p.waivePenalties ? 0 : penaltyFen);
  }
  // Extend: simple interest on the principal is added each month of the pause.
  const graceInterest = roundHalfUp((principalFen * rate) / 12);
  const payments: Fen[] = [];
  const balanceSeries: Fen[] = [];
  for (let m = 0; m < graceMonths; m++) {
    payments.push(0);
    balanceSeries.push(owed);
    owed += graceInterest;
  }
  const schedule = scheduleOf(
    fee === undefined
      ? { method: "equal-payment", amountFen: owed, months, annualRate: rate }
      : { method: "flat-fee", amountFen: owed, months, feeRatePerPeriod: fee },
  );
  balanceSeries.push(owed);
  for (const row of schedule.rows) {
    payments.push(row.payment);
    balanceSeries.push(row.remaining);
  }
  const totalPaidFen = sumFen(payments);
  return {
    ok: true,
    kind,
    monthlyPaymentFen: payments.find((x) => x > 0) ?? 0,
    maxPaymentFen: schedule.maxPayment,
    months: payments.length,
    payments,
    totalPaidFen,
    totalCostFen: totalPaidFen - principalFen,
    balanceSeries,
  };
}

/**
 * Compare an overdue balance with up to three proposals.
 * @throws RangeError for more than three proposals or a balance that is not non-negative integer fen.
 */
export function compareProposals(balance: OverdueBalance, proposals: readonly Proposal[]): Comparison {
  if (proposals.length > MAX_PROPOSALS) throw new RangeError(`at most ${MAX_PROPOSALS} proposals`);
  for (const [name, value] of Object.entries(balance)) {
    if (!isFen(value) || value < 0) throw new RangeError(`${name} must be an integer fen amount ≥ 0`);
  }
  return compareValid(balance, proposals, (p) => {
    const error = proposalProblem(p);
    return error === null ? null : { ok: false, kind: p.kind, error };
  });
}

/**
 * {@link compareProposals} for a balance and proposals that are valid by construction (read by
 * `parse.ts`, as the calculator does): the same outcomes without the checks.
 */
export function compareValid(
  balance: OverdueBalance,
  proposals: readonly Proposal[],
  check: (p: Proposal) => ProposalError | null = () => null,
): Comparison {
  const owedFen = balance.principalFen + balance.interestFen + balance.penaltyFen;
  return {
    owedFen,
    principalFen: balance.principalFen,
    outcomes: proposals.map((p) => check(p) ?? evaluateProposal(balance, owedFen, p)),
  };
}
