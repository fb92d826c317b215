/**
 * Money helpers. Every amount in the finance library is an integer number of fen
 * (分, 1 元 = 100 fen). Rates are plain fractions (0.049 means 4.9%).
 *
 * Rounding is "round half up" in the everyday Chinese sense (四舍五入): halves move
 * away from zero. A tiny tolerance absorbs binary floating-point noise, so
 * 1.005 × 100 (which is 100.49999999999999 in binary) still rounds to 101.
 */

/** An amount of money in integer fen (分). 1 元 = 100 fen. */
export type Fen = number;

/** Fen per 元. */
export const FEN_PER_YUAN = 100;

/** True when `x` is a safe integer, i.e. a valid fen amount. */
export function isFen(x: unknown): x is Fen {
  return typeof x === "number" && Number.isSafeInteger(x);
}

/**
 * Round to the nearest integer, halves away from zero (四舍五入).
 * Values within a few ULPs of a half are treated as that half.
 * Non-finite input is returned unchanged (callers validate beforehand).
 */
export function roundHalfUp(x: number): number {
  if (!Number.isFinite(x)) return x;
  const a = Math.abs(x);
  const whole = Math.floor(a);
  const frac = a - whole;
  const eps = Math.max(a, 1) * 8 * Number.EPSILON;
  const rounded = frac + eps >= 0.5 ? whole + 1 : whole;
  // `|| 0` turns -0 into 0 so that results compare and print cleanly.
  return (x < 0 ? -rounded : rounded) || 0;
}

/** Convert 元 (possibly fractional) to fen, rounding half up to the fen. */
export function yuanToFen(yuan: number): Fen {
  return roundHalfUp(yuan * FEN_PER_YUAN);
}

/** Convert fen to 元 as a plain number (for charts; do not do arithmetic on it). */
export function fenToYuan(fen: Fen): number {
  return fen / FEN_PER_YUAN;
}

/** Sum a list of fen amounts. */
export function sumFen(values: readonly Fen[]): Fen {
  let total = 0;
  for (const v of values) total += v;
  return total;
}

/** Group an ASCII digit string in threes with commas: "1234567" → "1,234,567". */
function groupThousands(digits: string): string {
  let out = "";
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += ",";
    out += digits[i];
  }
  return out;
}

/**
 * Format fen as 元 with thousands separators and exactly two decimals:
 * 5000000 → "50,000.00", -150 → "-1.50". Deterministic (no Intl).
 * Non-integer input is first rounded half up to the fen.
 */
export function formatYuan(fen: Fen): string {
  if (!Number.isFinite(fen)) return "—";
  const n = roundHalfUp(fen);
  const abs = Math.abs(n);
  const yuan = Math.floor(abs / FEN_PER_YUAN);
  const cents = abs - yuan * FEN_PER_YUAN;
  const body = `${groupThousands(yuan.toFixed(0))}.${cents.toString().padStart(2, "0")}`;
  return n < 0 ? `-${body}` : body;
}

let cnyFormatter: Intl.NumberFormat | undefined;

/**
 * Format fen with the runtime's zh-CN currency formatter, e.g. "¥50,000.00".
 * Output can vary slightly between runtimes; use {@link formatYuan} where the exact
 * text matters (tests, sentences users copy).
 */
export function formatCNY(fen: Fen): string {
  cnyFormatter ??= new Intl.NumberFormat("zh-CN", { style: "currency", currency: "CNY" });
  return cnyFormatter.format(roundHalfUp(fen) / FEN_PER_YUAN);
}

/**
 * Format a rate as a percentage with a fixed number of decimals, rounding half up:
 * formatPercent(0.049) → "4.90%", formatPercent(0.0005, 3) → "0.050%".
 * Deterministic (no Intl, no toFixed rounding surprises).
 */
export function formatPercent(rate: number, digits = 2): string {
  if (!Number.isFinite(rate)) return "—";
  const d = Math.min(Math.max(Math.trunc(digits), 0), 10);
  return `${formatScaled(rate * 100, d)}%`;
}

/**
 * Format a number with exactly `digits` decimals (half up), without grouping.
 * formatDecimal(4.9, 2) → "4.90".
 */
export function formatDecimal(x: number, digits: number): string {
  if (!Number.isFinite(x)) return "—";
  const d = Math.min(Math.max(Math.trunc(digits), 0), 10);
  return formatScaled(x, d);
}

function formatScaled(x: number, digits: number): string {
  const scale = 10 ** digits;
  const units = roundHalfUp(x * scale);
  const abs = Math.abs(units);
  const whole = Math.floor(abs / scale);
  const frac = abs - whole * scale;
  const body = digits === 0 ? `${whole}` : `${whole}.${frac.toFixed(0).padStart(digits, "0")}`;
  return units < 0 ? `-${body}` : body;
}

/**
 * Format a number with up to `maxDigits` decimals, dropping trailing zeros:
 * trimDecimal(0.05) → "0.05", trimDecimal(5) → "5". Used in echo strings.
 */
export function trimDecimal(x: number, maxDigits = 4): string {
  const s = formatDecimal(x, maxDigits);
  return s.includes(".") ? s.replace(/\.?0+$/, "") : s;
}
