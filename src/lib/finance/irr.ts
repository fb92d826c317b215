/**
 * Internal rate of return (IRR) for evenly spaced cash flows.
 *
 * `cashflows[k]` is the net amount at period k (k = 0 is "now"). The IRR is the rate r > −1
 * with Σ cashflows[k] / (1 + r)^k = 0. For a loan seen from the borrower: +principal at
 * k = 0 and −payment at k = 1..n; the IRR is then the true per-period cost of the loan.
 *
 * The solver is a safeguarded Newton iteration: it keeps a sign-changing bracket and falls
 * back to bisection whenever a Newton step would leave it, so it always converges within a
 * bounded number of iterations and never returns NaN. For "conventional" flows (one sign
 * change, as every loan has) the root is unique; otherwise one root is returned.
 */

/** Result of {@link solveIrr}. `rate` is per period (monthly for monthly flows). */
export type IrrResult = { ok: true; rate: number; iterations: number } | { ok: false; error: string };

/** Options for {@link solveIrr}. */
export interface IrrOptions {
  /** Maximum iterations after bracketing (default 200). */
  maxIterations?: number;
  /** Absolute tolerance on the rate (default 1e-13). */
  tolerance?: number;
}

/** Lowest rate searched: just above −100% per period. */
const LOWEST_RATE = -1 + 1e-9;
/** Highest rate searched: 10^9 per period, far beyond any real loan. */
const HIGHEST_RATE = 1e9;

/**
 * A function with the same sign and roots as the NPV, plus its derivative.
 * For r ≥ 0 it is the NPV itself, computed with discount factor v = 1/(1+r) ≤ 1.
 * For r < 0 it is NPV × (1+r)^n, a polynomial in g = 1+r < 1 (Horner), so neither
 * form can overflow.
 */
function evaluate(cf: readonly number[], r: number): { f: number; df: number } {
  const n = cf.length - 1;
  if (r >= 0) {
    const v = 1 / (1 + r);
    let f = 0;
    let df = 0;
    let vk = 1;
    for (let k = 0; k <= n; k++) {
      const c = cf[k] ?? 0;
      f += c * vk;
      df -= k * c * vk * v;
      vk *= v;
    }
    return { f, df };
  }
  const g = 1 + r;
  let f = 0;
  let df = 0;
  for (let k = 0; k <= n; k++) {
    df = df * g + f;
    f = f * g + (cf[k] ?? 0);
  }
  return { f, df };
}

function sign(x: number): number {
  return x > 0 ? 1 : x < 0 ? -1 : 0;
}

/**
 * Solve for the per-period IRR of `cashflows`. Never throws, never returns NaN.
 * Errors (in Chinese) for: fewer than two flows, non-finite values, flows that do not
 * contain both an inflow and an outflow, or no root between −100% and 10^9 per period.
 */
export function solveIrr(cashflows: readonly number[], options: IrrOptions = {}): IrrResult {
  const maxIterations = Math.max(1, Math.min(options.maxIterations ?? 200, 10_000));
  const tolerance = Math.max(options.tolerance ?? 1e-13, 1e-16);
  if (cashflows.length < 2) return { ok: false, error: "现金流至少需要两期" };
  if (!cashflows.every((c) => Number.isFinite(c))) return { ok: false, error: "现金流中有无效数字" };
  if (!cashflows.some((c) => c > 0) || !cashflows.some((c) => c < 0)) {
    return { ok: false, error: "现金流须同时包含收入和支出，无法计算实际利率" };
  }

  // Trailing zeros do not change the NPV for r > −1, but they would make the polynomial form
  // underflow to 0 near r = −1 and fake a sign change there. Drop them.
  let end = cashflows.length;
  while (end > 1 && cashflows[end - 1] === 0) end--;
  const flows = cashflows.slice(0, end);
  return solveTrimmed(flows, maxIterations, tolerance);
}

function solveTrimmed(cashflows: readonly number[], maxIterations: number, tolerance: number): IrrResult {
  const atZero = evaluate(cashflows, 0).f;
  if (atZero === 0) return { ok: true, rate: 0, iterations: 0 };

  // Bracket: the root lies on the side of 0 where the sign flips.
  let lo: number;
  let hi: number;
  let iterations = 0;
  const s0 = sign(atZero);
  if (sign(evaluate(cashflows, LOWEST_RATE).f) !== s0) {
    lo = LOWEST_RATE;
    hi = 0;
  } else {
    lo = 0;
    hi = 1;
    while (sign(evaluate(cashflows, hi).f) === s0) {
      if (hi >= HIGHEST_RATE) return { ok: false, error: "找不到合理的实际利率（现金流可能有误）" };
      lo = hi;
      hi = Math.min(hi * 8, HIGHEST_RATE);
      iterations++;
    }
  }
  const sLo = sign(evaluate(cashflows, lo).f);
  let x = lo === LOWEST_RATE ? hi / 2 + lo / 2 : Math.min(lo + 0.01, (lo + hi) / 2);

  for (let i = 0; i < maxIterations; i++) {
    iterations++;
    const { f, df } = evaluate(cashflows, x);
    const sx = sign(f);
    if (sx === 0) return { ok: true, rate: x, iterations };
    if (sx === sLo) lo = x;
    else hi = x;
    if (hi - lo <= tolerance) break;
    let next = df !== 0 ? x - f / df : NaN;
    if (!(next > lo && next < hi)) next = (lo + hi) / 2;
    if (Math.abs(next - x) <= tolerance / 4) {
      x = next;
      break;
    }
    x = next;
  }
  const rate = Number.isFinite(x) ? x : (lo + hi) / 2;
  return { ok: true, rate, iterations };
}

/** Per-period rate r expressed three ways. */
export interface AnnualisedRates {
  /** The IRR per month. */
  monthly: number;
  /**
   * IRR × 12: the "nominal" annual rate. This is how 中国人民银行公告〔2021〕第3号 asks
   * lenders to state 年化利率 (内部收益率法, IRR annualised by multiplying by 12).
   */
  nominalAnnual: number;
  /** (1 + r)^12 − 1: the compounded (effective) annual rate. */
  effectiveAnnual: number;
}

/** Annualise a monthly rate: ×12 (nominal) and (1+r)^12 − 1 (compounded). */
export function annualise(monthly: number): AnnualisedRates {
  return {
    monthly,
    nominalAnnual: monthly * 12,
    effectiveAnnual: monthly <= -1 ? -1 : Math.expm1(12 * Math.log1p(monthly)),
  };
}
