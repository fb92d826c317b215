/**
 * Small Chinese numeral helpers used by the parsers and echo strings.
 * Only the everyday range is supported: integers below 10,000 written with
 * 十/百/千 (no 万/亿, which the parsers treat as units), plus a decimal part after 点.
 */

const DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

const UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };

/**
 * Read a Chinese numeral such as "五", "十二", "三百六十", "一千零一", "二点五", "零点五"
 * and return it as an ASCII decimal string ("5", "12", "360", "1001", "2.5", "0.5"),
 * or `null` when the text is not a numeral of that form. Never throws.
 */
export function chineseNumeralToDecimal(text: string): string | null {
  if (text.length === 0 || text.length > 20) return null;
  const [intText = "", fracText, extra] = text.split("点");
  if (extra !== undefined) return null;
  const whole = readInteger(intText);
  if (whole === null) return null;
  if (fracText === undefined) return String(whole);
  if (fracText.length === 0) return null;
  let frac = "";
  for (const ch of fracText) {
    const d = DIGITS[ch];
    if (d === undefined) return null;
    frac += String(d);
  }
  return `${whole}.${frac}`;
}

/** Integer part: digits and 十/百/千 in strictly decreasing order, 零 as a filler. */
function readInteger(text: string): number | null {
  if (text.length === 0) return null;
  let total = 0;
  let pending: number | null = null; // a digit waiting for its unit
  let lastUnit = Infinity;
  let sawAnything = false;
  for (const ch of text) {
    const d = DIGITS[ch];
    if (d !== undefined) {
      if (pending !== null && pending !== 0) return null; // "五五" is not a numeral
      pending = d;
      sawAnything = true;
      continue;
    }
    const u = UNITS[ch];
    if (u === undefined || u >= lastUnit) return null;
    // A bare leading 十 means 一十 ("十二" = 12); elsewhere a unit needs a digit.
    if (pending === null || pending === 0) {
      if (u !== 10 || sawAnything) return null;
      pending = 1;
    }
    total += pending * u;
    pending = null;
    lastUnit = u;
    sawAnything = true;
  }
  if (pending !== null) {
    // "二百五" style abbreviations are ambiguous; accept only a trailing units digit.
    if (lastUnit !== Infinity && lastUnit > 10 && !text.includes("零") && pending !== 0) return null;
    total += pending;
  }
  return total;
}

const DIGIT_CHARS = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"] as const;

/**
 * Write a small non-negative number (below 100, up to a few decimals) in Chinese:
 * 5 → "五", 12 → "十二", 25 → "二十五", 2.5 → "二点五", 0.5 → "零点五".
 * Returns `null` outside 0 ≤ x < 100 or for more than 4 decimals.
 */
export function toChineseNumeral(x: number): string | null {
  if (!Number.isFinite(x) || x < 0 || x >= 100) return null;
  const text = x.toFixed(4).replace(/\.?0+$/, "");
  const [intText = "0", fracText] = text.split(".");
  const n = Number(intText);
  let out: string;
  if (n < 10) out = DIGIT_CHARS[n] ?? "";
  else {
    const tens = Math.floor(n / 10);
    const ones = n % 10;
    out = `${tens === 1 ? "" : DIGIT_CHARS[tens]}十${ones === 0 ? "" : DIGIT_CHARS[ones]}`;
  }
  if (fracText !== undefined) {
    out += "点";
    for (const ch of fracText) out += DIGIT_CHARS[Number(ch)] ?? "";
  }
  return out;
}
