/**
 * Real annual cost (实际年化利率) of a quoted loan, by the IRR method.
 *
 * A quote such as "每期手续费 0.75%" or "日利率 0.05%" is turned into a fen schedule
 * (see `loan.ts`), then the IRR of "receive the money now, pay the instalments monthly"
 * is solved and annualised two ways: IRR × 12 (what lenders must show as 年化利率 under
 * 中国人民银行公告〔2021〕第3号) and compounded (1 + IRR)^12 − 1.
 *
 * Daily-rate assumption: a daily rate d is converted to a monthly rate of d × 30
 * (so the stated annual rate is d × 360). This matches how Chinese lenders quote
 * (日利率 = 年利率 ÷ 360, e.g. "日利率 0.05%，年利率 18%"). Lenders that charge on actual
 * calendar days cost slightly more in 31-day months; the difference is small.
 */
import type { Fen } from "./money";
import { buildSchedule, realAnnualRate } from "./loan";
import type { InterestMethod, LoanSchedule } from "./loan";
import type { RateQuote } from "./parse";

/** Days per month used to turn a daily rate into a monthly one (日利率 × 30). */
export const DAYS_PER_MONTH = 30;

/** Input for {@link aprFromQuote}. */
export interface AprInput {
  /** Amount borrowed (the principal the schedule is built on), fen > 0. */
  amountFen: Fen;
  /** Number of monthly instalments, 1..600. */
  months: number;
  /** The quoted rate and its kind. */
  quote: RateQuote;
  /** Repayment method for daily/monthly/annual quotes (default 等额本息). Ignored for per-period fees. */
  method?: InterestMethod;
  /** Fee deducted up front (砍头息、服务费), fen ≥ 0: you receive amountFen − upfrontFeeFen. */
  upfrontFeeFen?: Fen;
}

/** Result of {@link aprFromQuote}. Rates are fractions. */
export type AprResult =
  | {
      ok: true;
      /** Monthly IRR. */
      monthly: number;
      /** IRR × 12 (名义年化，内部收益率法). */
      nominalAnnual: number;
      /** (1 + IRR)^12 − 1 (按复利折算的年化). */
      effectiveAnnual: number;
      /** The annual figure the quote seems to say: daily × 360, monthly × 12, fee × 12, or the annual rate. */
      statedAnnual: number;
      /** The schedule the IRR was computed from. */
      schedule: LoanSchedule;
      /** Chinese sentence describing how the quote was converted. */
      assumption: string;
    }
  | { ok: false; error: string };

const ASSUMPTIONS: Readonly<Record<RateQuote["kind"], string>> = {
  "per-period": "每期手续费按原始借款金额 × 每期费率收取，本金每期等额归还。",
  daily: "日利率按每月 30 天折算为月利率（日利率 × 30，即年利率 = 日利率 × 360），按剩余本金计息。",
  monthly: "月利率按剩余本金计息（年利率 = 月利率 × 12）。",
  annual: "年利率按月折算（月利率 = 年利率 ÷ 12），按剩余本金计息。",
};

/** The annual figure a quote states at face value (daily × 360, monthly × 12, per-period × 12). */
export function statedAnnualOf(quote: RateQuote): number {
  switch (quote.kind) {
    case "daily":
      return quote.rate * DAYS_PER_MONTH * 12;
    case "monthly":
    case "per-period":
      return quote.rate * 12;
    case "annual":
      return quote.rate;
  }
}

/**
 * Compute the real annual rate of a quoted loan. Never throws: invalid input gives
 * `{ ok: false, error }` in Chinese.
 */
export function aprFromQuote(input: AprInput): AprResult {
  const { amountFen, months, quote } = input;
  const upfront = input.upfrontFeeFen ?? 0;
  if (!Number.isSafeInteger(amountFen) || amountFen <= 0) return { ok: false, error: "借款金额必须大于 0" };
  if (!Number.isInteger(months) || months < 1 || months > 600) return { ok: false, error: "期数须为 1 到 600 的整数" };
  if (!Number.isFinite(quote.rate) || quote.rate < 0) return { ok: false, error: "利率无效" };
  if (!Number.isSafeInteger(upfront) || upfront < 0 || upfront >= amountFen) {
    return { ok: false, error: "预扣费用须为 0 或小于借款金额的金额" };
  }
  const method = input.method ?? "equal-payment";
  const statedAnnual = statedAnnualOf(quote);
  if (statedAnnual > 100) return { ok: false, error: "利率过高，超出可计算范围" };
  const schedule =
    quote.kind === "per-period"
      ? buildSchedule({ method: "flat-fee", amountFen, months, feeRatePerPeriod: quote.rate })
      : buildSchedule({ method, amountFen, months, annualRate: statedAnnual });
  let assumption = ASSUMPTIONS[quote.kind];
  if (upfront > 0) assumption += "借款时预先扣除的费用已计入成本（实际到手金额减少）。";

  const rates = realAnnualRate({
    receivedFen: amountFen - upfront,
    paymentsFen: schedule.rows.map((r) => r.payment),
  });
  if (!rates.ok) return rates;
  return {
    ok: true,
    monthly: rates.monthly,
    nominalAnnual: rates.nominalAnnual,
    effectiveAnnual: rates.effectiveAnnual,
    statedAnnual,
    schedule,
    assumption,
  };
}
