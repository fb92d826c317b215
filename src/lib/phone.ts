/**
 * Finds phone-like numbers in text: runs of 5 or more digits, optionally split by hyphens or
 * spaces ("95188", "400-810-8866", "400 810 8866"). Used by the tests that keep every official
 * number in content/contacts.yaml and nowhere else. Not counted: ISO dates (2026-03-31),
 * amounts with separators or decimals (12,000 / 5000.00), and parts of longer words.
 */
const CANDIDATE = /(?<![\w.,，])\d[\d -]*\d(?![\w.,，]*\d)/g;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function findPhoneLikeNumbers(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(CANDIDATE)) {
    const raw = m[0].trim();
    if (ISO_DATE.test(raw)) continue;
    // a run split by single spaces is one number only if its groups look like a phone number
    for (const part of raw.split(/\s{2,}/)) {
      const digits = part.replace(/[^\d]/g, "");
      if (digits.length >= 5 && !ISO_DATE.test(part.trim())) found.push(digits);
    }
  }
  return found;
}
