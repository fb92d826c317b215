/**
 * What an overdue amount grows to at a daily rate (逾期罚息、违约金按日计算).
 *
 * Two ways of charging:
 * - "simple": interest on the original amount only — added(d) = amount × rate × d.
 * - "compound": interest on interest, every day — added(d) = amount × ((1 + rate)^d − 1).
 * Each figure is computed from the exact formula and rounded half up to the fen once,
 * at the day reported (no day-by-day rounding drift).
 */
import { roundHalfUp, isFen } from "./money";
import type { Fen } from "./money";
import { MAX_DAYS } from "./parse";

/** How daily charges accumulate. */
export type Compounding = "simple" | "compound";

/** Days shown in the overdue table (those not beyond the chosen number of days). */
export const OVERDUE_TABLE_DAYS: readonly number[] = [1, 7, 30, 90, 180, 365];

/** Input for {@link overdueCost}. */
export interface OverdueInput {
  /** Overdue amount, fen ≥ 0. */
  amountFen: Fen;
  /** Daily rate as a fraction (0.0005 = 0.05%, 万分之五), 0..1. */
  dailyRate: number;
  /** Days overdue, integer 0..3650. */
  days: number;
  /** Default "simple". */
  compounding?: Compounding;
}

/** One line of the overdue table. */
export interface OverdueRow {
  day: number;
  /** Charges added by this day, fen. */
  addedFen: Fen;
  /** Amount plus charges, fen (may exceed 2^53 only when capped). */
  totalFen: Fen;
}

/** Result of {@link overdueCost}. */
export interface OverdueResult {
  amountFen: Fen;
  dailyRate: number;
  days: number;
  compounding: Compounding;
  /** Charges added after `days` days. */
  addedFen: Fen;
  /** amountFen + addedFen. */
  totalFen: Fen;
  /** Charges in the first day, first 7 days and first 30 days (from day 0). */
  perDayFen: Fen;
  perWeekFen: Fen;
  perMonthFen: Fen;
  /** Charges added on the last day alone (larger than perDayFen when compounding). */
  lastDayFen: Fen;
  /** True when some figure hit {@link MAX_CHARGE_FEN} (absurd compounding); show a warning. */
  capped: boolean;
  /** Rows for days 1, 7, 30, 90, 180, 365 that are ≤ days, plus `days` itself if not listed. */
  rows: OverdueRow[];
}

/**
 * Largest charge reported. Compounding 1% a day for ten years multiplies a debt by about
 * 6 × 10^15, beyond exact integers; such results are capped here and flagged `capped`.
 */
export const MAX_CHARGE_FEN: Fen = 2 ** 52;

/** Charges (fen) accumulated after `day` days, capped at {@link MAX_CHARGE_FEN}. */
export function chargesAfter(amountFen: Fen, dailyRate: number, day: number, compounding: Compounding): Fen {
  if (day <= 0 || amountFen === 0 || dailyRate === 0) return 0;
  const factor = compounding === "compound" ? Math.expm1(day * Math.log1p(dailyRate)) : dailyRate * day;
  const raw = amountFen * factor;
  return raw >= MAX_CHARGE_FEN ? MAX_CHARGE_FEN : roundHalfUp(raw);
}

/**
 * Cost of being overdue for `days` days, with per-day/week/month figures and a table.
 * @throws RangeError for a negative or non-integer amount, a rate outside 0..1, or days outside 0..3650.
 */
export function overdueCost(input: OverdueInput): OverdueResult {
  const { amountFen, dailyRate, days } = input;
  const compounding = input.compounding ?? "simple";
  if (!isFen(amountFen) || amountFen < 0) throw new RangeError(`amountFen must be an integer ≥ 0, got ${amountFen}`);
  if (!Number.isFinite(dailyRate) || dailyRate < 0 || dailyRate > 1) {
    throw new RangeError(`dailyRate must be in 0..1, got ${dailyRate}`);
  }
  if (!Number.isInteger(days) || days < 0 || days > MAX_DAYS) {
    throw new RangeError(`days must be an integer in 0..${MAX_DAYS}, got ${days}`);
  }
  const at = (d: number): Fen => chargesAfter(amountFen, dailyRate, d, compounding);
  const tableDays = OVERDUE_TABLE_DAYS.filter((d) => d <= days);
  if (days > 0 && !tableDays.includes(days)) tableDays.push(days);
  const addedFen = at(days);
  return {
    amountFen,
    dailyRate,
    days,
    compounding,
    addedFen,
    totalFen: amountFen + addedFen,
    perDayFen: at(1),
    perWeekFen: at(7),
    perMonthFen: at(30),
    lastDayFen: days > 0 ? addedFen - at(days - 1) : 0,
    capped: addedFen >= MAX_CHARGE_FEN || at(30) >= MAX_CHARGE_FEN,
    rows: tableDays.map((day) => {
      const added = at(day);
      return { day, addedFen: added, totalFen: amountFen + added };
    }),
  };
}
