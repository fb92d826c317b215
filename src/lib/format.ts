/** Display formatting shared by pages (not finance: money formatting lives in src/lib/finance). */

/** "2026 年 11 月 28 日", read in UTC so a date in frontmatter never shifts by a time zone. */
export function formatDateZh(date: Date): string {
  return `${date.getUTCFullYear()} 年 ${date.getUTCMonth() + 1} 月 ${date.getUTCDate()} 日`;
}

/** "2026-11-28" for <time datetime>. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
