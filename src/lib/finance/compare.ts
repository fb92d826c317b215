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
import { roundHalfUp, isFen, sumFen, formatYuan, formatPercent } from "./money";
import type { Fen } from "./money";
import { buildSchedule, MAX_SCHEDULE_MONTHS } from "./loan";
import type { LoanSchedule } from "./loan";

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

/** Chinese names of the proposal kinds. */
export const PROPOSAL_LABEL: Readonly<Record<Proposal["kind"], string>> = {
  extend: "延期还款",
  instalment: "分期还款",
  waive: "减免后分期",
  "lump-sum": "一次性结清",
};

/** The figures for one proposal. All money in fen. */
export interface ProposalResult {
  ok: true;
  kind: Proposal["kind"];
  /** Short Chinese description, e.g. "分期还款：36 期，年利率 4.90%". */
  label: string;
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

function pct(rate: number): string {
  return formatPercent(rate, 2);
}

function validMonths(months: number): boolean {
  return Number.isInteger(months) && months >= 1 && months <= MAX_SCHEDULE_MONTHS;
}

function validRate(rate: number, max: number): boolean {
  return Number.isFinite(rate) && rate >= 0 && rate <= max;
}

/** Turn a schedule (possibly preceded by grace months) into a result. */
function fromSchedule(
  kind: Proposal["kind"],
  label: string,
  principalFen: Fen,
  schedule: LoanSchedule,
  grace: { payments: Fen[]; balances: Fen[] } = { payments: [], balances: [] },
): ProposalResult {
  const payments = [...grace.payments, ...schedule.rows.map((r) => r.payment)];
  const balanceSeries = [...grace.balances, schedule.amountFen, ...schedule.rows.map((r) => r.remaining)];
  const totalPaidFen = sumFen(payments);
  return {
    ok: true,
    kind,
    label,
    monthlyPaymentFen: payments.find((p) => p > 0) ?? 0,
    maxPaymentFen: schedule.maxPayment,
    months: payments.length,
    payments,
    totalPaidFen,
    totalCostFen: totalPaidFen - principalFen,
    balanceSeries,
  };
}

function evaluateProposal(balance: OverdueBalance, owedFen: Fen, proposal: Proposal): ProposalResult | ProposalError {
  const { principalFen, interestFen, penaltyFen } = balance;
  const error = (message: string): ProposalError => ({ ok: false, kind: proposal.kind, error: message });
  switch (proposal.kind) {
    case "extend": {
      const { graceMonths, months, annualRate } = proposal;
      if (!Number.isInteger(graceMonths) || graceMonths < 0 || graceMonths > 120) {
        return error("延期月数须为 0 到 120 的整数");
      }
      if (!validMonths(months)) return error("还款期数须为 1 到 600 的整数");
      if (!validRate(annualRate, 1)) return error("年利率须在 0% 到 100% 之间");
      const monthlyGraceInterest = roundHalfUp((principalFen * annualRate) / 12);
      const balances: Fen[] = [];
      let owed = owedFen;
      for (let m = 0; m < graceMonths; m++) {
        balances.push(owed);
        owed += monthlyGraceInterest;
      }
      const schedule = buildSchedule({ method: "equal-payment", amountFen: owed, months, annualRate });
      const label = `${PROPOSAL_LABEL.extend}：先停 ${graceMonths} 个月，再分 ${months} 期，年利率 ${pct(annualRate)}`;
      return fromSchedule("extend", label, principalFen, schedule, {
        payments: new Array<Fen>(graceMonths).fill(0),
        balances,
      });
    }
    case "instalment": {
      const { months, annualRate, feeRatePerPeriod } = proposal;
      if (!validMonths(months)) return error("分期期数须为 1 到 600 的整数");
      if (feeRatePerPeriod !== undefined) {
        if (!validRate(feeRatePerPeriod, 0.1)) return error("每期手续费率须在 0% 到 10% 之间");
        const schedule = buildSchedule({ method: "flat-fee", amountFen: owedFen, months, feeRatePerPeriod });
        const label = `${PROPOSAL_LABEL.instalment}：${months} 期，每期手续费率 ${pct(feeRatePerPeriod)}`;
        return fromSchedule("instalment", label, principalFen, schedule);
      }
      const rate = annualRate ?? 0;
      if (!validRate(rate, 1)) return error("年利率须在 0% 到 100% 之间");
      const schedule = buildSchedule({ method: "equal-payment", amountFen: owedFen, months, annualRate: rate });
      const label = `${PROPOSAL_LABEL.instalment}：${months} 期，年利率 ${pct(rate)}`;
      return fromSchedule("instalment", label, principalFen, schedule);
    }
    case "waive": {
      const { waivePenalties, interestWaivedShare, months } = proposal;
      const rate = proposal.annualRate ?? 0;
      if (!(interestWaivedShare >= 0 && interestWaivedShare <= 1)) return error("利息减免比例须在 0% 到 100% 之间");
      if (!validMonths(months)) return error("还款期数须为 1 到 600 的整数");
      if (!validRate(rate, 1)) return error("年利率须在 0% 到 100% 之间");
      const keptInterest = interestFen - roundHalfUp(interestFen * interestWaivedShare);
      const amountFen = principalFen + keptInterest + (waivePenalties ? 0 : penaltyFen);
      const schedule = buildSchedule({ method: "equal-payment", amountFen, months, annualRate: rate });
      const parts = [
        waivePenalties ? "免罚息和费用" : "",
        interestWaivedShare > 0 ? `免 ${pct(interestWaivedShare)} 利息` : "",
      ]
        .filter((p) => p !== "")
        .join("、");
      const label = `${PROPOSAL_LABEL.waive}：${parts || "不减免"}，分 ${months} 期，年利率 ${pct(rate)}`;
      return fromSchedule("waive", label, principalFen, schedule);
    }
    case "lump-sum": {
      const { payFen } = proposal;
      if (!isFen(payFen) || payFen <= 0) return error("一次性还款金额须大于 0");
      if (payFen > owedFen) return error("一次性还款金额超过了欠款总额");
      return {
        ok: true,
        kind: "lump-sum",
        label: `${PROPOSAL_LABEL["lump-sum"]}：还 ${formatYuan(payFen)} 元，其余减免`,
        monthlyPaymentFen: payFen,
        maxPaymentFen: payFen,
        months: 1,
        payments: [payFen],
        totalPaidFen: payFen,
        totalCostFen: payFen - principalFen,
        balanceSeries: [payFen, 0],
      };
    }
  }
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
  const owedFen = balance.principalFen + balance.interestFen + balance.penaltyFen;
  return {
    owedFen,
    principalFen: balance.principalFen,
    outcomes: proposals.map((p) => evaluateProposal(balance, owedFen, p)),
  };
}
