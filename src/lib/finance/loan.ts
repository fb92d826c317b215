/**
 * Repayment schedules in integer fen.
 *
 * ROUNDING RULE (every method):
 * - Monthly rate = annual rate ÷ 12.
 * - Interest (or fee) each period is rounded half up to the fen:
 *     interest = round(remaining principal × monthly rate)        (interest methods)
 *     fee      = round(original principal × fee rate per period)  (flat-fee)
 * - 等额本息 equal-payment: the payment is the annuity formula
 *     P × r / (1 − (1+r)^−n), computed with log1p/expm1, rounded half up to the fen;
 *     principal = payment − interest.
 * - 等额本金 equal-principal and flat-fee: principal each period = round(P ÷ n).
 * - 先息后本 interest-only: principal 0 each period, all of it in the last period.
 * - The LAST period absorbs the remainder: its principal is whatever is still owed, so
 *   principal parts sum to the amount exactly and the balance ends at 0. Its payment is
 *   that principal plus its interest, so it can differ from the others by a few fen.
 * - For tiny amounts, a period's principal is clamped to [0, remaining] so the balance
 *   never goes negative.
 * - Totals are the sums of the rows (never a separate formula).
 * - Consequence for 等额本息: the rounded payment moves the balance away from the exact path
 *   by at most s_n(r) = ((1+r)^n − 1)/r fen, and total interest away from the formula value
 *   n·P − A by at most 0.5·n + s_n(r) fen (1,000,000 元 / 360 months / 4.9%: 1.07 元 less than
 *   the published 910,616.19 元). With extreme terms and rates (tiny amounts, or e.g. 36% over
 *   50 years, where the payment is almost all interest) this can end the loan a few periods
 *   early (the trailing rows are then 0) or leave a visibly larger last payment.
 * A zero rate gives equal principal parts and no interest (1e-9 works too, no 0/0).
 */
import { roundHalfUp, sumFen, isFen } from "./money";
import type { Fen } from "./money";
import { solveIrr, annualise } from "./irr";
import type { AnnualisedRates } from "./irr";

/** One-sentence Chinese description of the rounding rule, for display under tables. */
export const ROUNDING_NOTE =
  "每期利息（或手续费）按剩余本金（手续费按原始本金）乘以月利率（年利率÷12）或每期费率计算并四舍五入到分，等额本息月供按公式计算后四舍五入到分，最后一期按剩余本金结清，因此最后一期金额可能与其他各期相差几分钱。";

/** Repayment methods. */
export type RepaymentMethod = "equal-payment" | "equal-principal" | "interest-only" | "flat-fee";

/** Chinese names of the repayment methods. */
export const METHOD_LABEL: Readonly<Record<RepaymentMethod, string>> = {
  "equal-payment": "等额本息",
  "equal-principal": "等额本金",
  "interest-only": "先息后本",
  "flat-fee": "按期手续费",
};

/** Methods that charge interest on the remaining balance at an annual rate. */
export type InterestMethod = Exclude<RepaymentMethod, "flat-fee">;

/** Longest schedule this module builds (50 years). */
export const MAX_SCHEDULE_MONTHS = 600;

/** Input for {@link buildSchedule}. */
export type LoanInput =
  | {
      method: InterestMethod;
      /** Amount borrowed, integer fen ≥ 0. */
      amountFen: Fen;
      /** Number of monthly periods, 1..600. */
      months: number;
      /** Annual rate as a fraction (0.049 = 4.9%), ≥ 0. */
      annualRate: number;
    }
  | {
      method: "flat-fee";
      amountFen: Fen;
      months: number;
      /** Fee per period as a fraction of the ORIGINAL principal (0.0075 = 0.75%). */
      feeRatePerPeriod: number;
    };

/** One period of a schedule. All money in integer fen. */
export interface ScheduleRow {
  /** 1-based period number. */
  period: number;
  /** Total paid this period = principal + interest. */
  payment: Fen;
  /** Principal repaid this period. */
  principal: Fen;
  /** Interest this period (for flat-fee: the fee). */
  interest: Fen;
  /** Principal still owed after this period. */
  remaining: Fen;
}

/** A full repayment schedule with totals that equal the sums of its rows. */
export interface LoanSchedule {
  method: RepaymentMethod;
  amountFen: Fen;
  months: number;
  /** Rate applied per period: annual ÷ 12, or the fee rate for flat-fee. */
  periodRate: number;
  rows: ScheduleRow[];
  /** Sum of payments. */
  totalPaid: Fen;
  /** Sum of interest (or fees). */
  totalInterest: Fen;
  /** Largest single payment (the first for 等额本金, the last for 先息后本). */
  maxPayment: Fen;
}

/** Cash flows of a loan for {@link realAnnualRate}: principal received now, payments monthly. */
export interface LoanCashflows {
  /** Amount actually received at the start (after any up-front fee), fen > 0. */
  receivedFen: Fen;
  /** Payments at the end of months 1..n, fen ≥ 0 (0 for a month without payment). */
  paymentsFen: readonly Fen[];
}

function assertLoanInput(amountFen: Fen, months: number, rate: number, rateName: string): void {
  if (!isFen(amountFen) || amountFen < 0) throw new RangeError(`amountFen must be an integer ≥ 0, got ${amountFen}`);
  if (!Number.isInteger(months) || months < 1 || months > MAX_SCHEDULE_MONTHS) {
    throw new RangeError(`months must be an integer in 1..${MAX_SCHEDULE_MONTHS}, got ${months}`);
  }
  if (!Number.isFinite(rate) || rate < 0 || rate > 100) {
    throw new RangeError(`${rateName} must be a finite number in 0..100, got ${rate}`);
  }
}

/**
 * Annuity payment per period (unrounded) for `amount` over `n` periods at rate `r`.
 * Uses log1p/expm1 so tiny rates are exact; r = 0 gives amount / n.
 */
export function annuityPayment(amount: number, r: number, n: number): number {
  if (r === 0) return amount / n;
  return (amount * r) / -Math.expm1(-n * Math.log1p(r));
}

/**
 * Build a repayment schedule. See the rounding rule at the top of this file.
 * @throws RangeError for a non-integer or negative amount, months outside 1..600, or a
 *   negative / non-finite rate (parse user input with `parse.ts` first).
 */
export function buildSchedule(input: LoanInput): LoanSchedule {
  const isFlat = input.method === "flat-fee";
  const quoted = isFlat ? input.feeRatePerPeriod : input.annualRate;
  assertLoanInput(input.amountFen, input.months, quoted, isFlat ? "feeRatePerPeriod" : "annualRate");
  return scheduleOf(input);
}

/**
 * {@link buildSchedule} without the input checks, for callers whose input is valid by construction
 * (amounts and rates that came through `parse.ts`), so the browser does not carry the checks twice.
 */
export function scheduleOf(input: LoanInput): LoanSchedule {
  const { amountFen, months } = input;
  const isFlat = input.method === "flat-fee";
  const periodRate = isFlat ? input.feeRatePerPeriod : input.annualRate / 12;

  const level = roundHalfUp(annuityPayment(amountFen, periodRate, months));
  const equalPart = roundHalfUp(amountFen / months);
  const flatFee = roundHalfUp(amountFen * periodRate);

  const rows: ScheduleRow[] = [];
  let remaining = amountFen;
  for (let period = 1; period <= months; period++) {
    const last = period === months;
    const interest = isFlat ? flatFee : roundHalfUp(remaining * periodRate);
    let principal: Fen;
    if (last) principal = remaining;
    else if (input.method === "equal-payment") principal = level - interest;
    else if (input.method === "interest-only") principal = 0;
    else principal = equalPart;
    principal = Math.min(Math.max(principal, 0), remaining);
    remaining -= principal;
    rows.push({ period, payment: principal + interest, principal, interest, remaining });
  }
  return summarise(input.method, amountFen, months, periodRate, rows);
}

function summarise(
  method: RepaymentMethod,
  amountFen: Fen,
  months: number,
  periodRate: number,
  rows: ScheduleRow[],
): LoanSchedule {
  let maxPayment = 0;
  for (const row of rows) maxPayment = Math.max(maxPayment, row.payment);
  return {
    method,
    amountFen,
    months,
    periodRate,
    rows,
    totalPaid: sumFen(rows.map((r) => r.payment)),
    totalInterest: sumFen(rows.map((r) => r.interest)),
    maxPayment,
  };
}

/** Result of {@link realAnnualRate}. */
export type RealRateResult = ({ ok: true } & AnnualisedRates) | { ok: false; error: string };

/**
 * The real cost of a loan by the IRR method: the monthly IRR of "receive the principal now,
 * pay the instalments monthly", IRR × 12 (名义年化, the figure 中国人民银行公告〔2021〕第3号
 * requires lenders to show as 年化利率) and the compounded rate (1 + IRR)^12 − 1.
 * Accepts a schedule (principal = its amount) or explicit cash flows (e.g. net of fees).
 */
export function realAnnualRate(source: LoanSchedule | LoanCashflows): RealRateResult {
  const received = "rows" in source ? source.amountFen : source.receivedFen;
  const payments = "rows" in source ? source.rows.map((r) => r.payment) : source.paymentsFen;
  const result = solveIrr([received, ...payments.map((p) => -p)]);
  if (!result.ok) return result;
  return { ok: true, ...annualise(result.rate) };
}
