/**
 * Simplified → Traditional text conversion for the build (OpenCC, Hong Kong standard characters,
 * no change of wording: see docs/traditional.md for why “hk” and not “twp”).
 * OpenCC converts Chinese characters only; `hanOnly` checks that for every text it is given, so
 * digits, phone numbers, URLs, code and punctuation come out exactly as they went in.
 */
import * as OpenCC from "opencc-js/cn2t";

export type Convert = (text: string) => string;

const HAN = /\p{Script=Han}/u;

/** Where `after` differs from `before` other than one Han character for another (null: nowhere). */
export function nonHanChange(before: string, after: string): string | null {
  const a = Array.from(before);
  const b = Array.from(after);
  if (a.length !== b.length) return `length ${a.length} → ${b.length}`;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    if (!HAN.test(a[i]!) || !HAN.test(b[i]!)) {
      return `“${a[i]}” → “${b[i]}” at ${i}: …${a.slice(Math.max(0, i - 12), i + 12).join("")}…`;
    }
  }
  return null;
}

/** Wrap a converter so that it throws rather than change anything but Han characters. */
export function hanOnly(convert: Convert): Convert {
  return (text) => {
    if (!HAN.test(text)) return text;
    const out = convert(text);
    const problem = nonHanChange(text, out);
    if (problem) throw new Error(`Traditional conversion changed more than Han characters: ${problem}`);
    return out;
  };
}

/** The site's converter: Simplified (mainland) → Traditional (Hong Kong standard characters), checked. */
export function createConverter(): Convert {
  return hanOnly(OpenCC.Converter({ from: "cn", to: "hk" }));
}
