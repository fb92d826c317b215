/**
 * Time-limited facts (content guide: "the build warns when one has passed"). Articles list them
 * in frontmatter as `timeLimited: [{ fact, until }]`; the build prints a warning for each one
 * whose date is before the build date, so a writer re-reviews the article.
 */
export interface TimeLimitedFact {
  fact: string;
  until: Date;
}

/**
 * Facts that have expired since the article was last reviewed: `until` is strictly before
 * `today` (UTC calendar day) and not before the review date. An article reviewed after a fact's
 * end date already says it has ended, so it is not flagged again.
 */
export function expiredFacts(facts: readonly TimeLimitedFact[], today: Date, reviewed?: Date): TimeLimitedFact[] {
  const day = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  return facts.filter((f) => f.until.getTime() < day && (!reviewed || f.until.getTime() >= reviewed.getTime()));
}

export function expiryWarning(articleId: string, fact: TimeLimitedFact): string {
  return `[时效提醒] content/articles/${articleId}.mdx：“${fact.fact}”已于 ${fact.until.toISOString().slice(0, 10)} 到期，请重新审核这篇文章。`;
}
