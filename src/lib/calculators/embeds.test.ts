/**
 * Every <Calculator tool="…" query="…" /> an article embeds must work as written: its query is read
 * without any ignored parameter and gives a result, not a field error. Writers change articles
 * often; this catches a typo in a query (or a renamed parameter) before a reader sees it.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { evaluateApr, readAprQuery } from "./apr";
import { evaluateBudget, readBudgetQuery } from "./budget";
import { evaluateCompare, readCompareQuery } from "./compare";
import { evaluateInstallment, readInstallmentQuery } from "./installment";
import { evaluateLetter, LETTER_WORDING, readLetterQuery } from "./letter";
import { evaluateOverdue, readOverdueQuery } from "./overdue";
import { evaluatePayoff, readPayoffQuery } from "./payoff";

const ARTICLES = "content/articles";

/** Each tool: read the query, and say whether the evaluation produced a result. */
const TOOLS: Record<string, (query: string) => { notes: string[]; ok: boolean }> = {
  installment: (q) => {
    const { values, notes } = readInstallmentQuery(q);
    return { notes, ok: evaluateInstallment(values).schedule !== undefined };
  },
  apr: (q) => {
    const { values, notes } = readAprQuery(q);
    return { notes, ok: evaluateApr(values).result?.ok === true };
  },
  compare: (q) => {
    const { values, notes } = readCompareQuery(q);
    const r = evaluateCompare(values);
    return { notes, ok: r.comparison !== undefined && r.comparison.outcomes.every((o) => o.ok) };
  },
  budget: (q) => {
    const { values, notes } = readBudgetQuery(q);
    return { notes, ok: evaluateBudget(values).summary !== undefined };
  },
  overdue: (q) => {
    const { values, notes } = readOverdueQuery(q);
    return { notes, ok: evaluateOverdue(values).result !== undefined };
  },
  payoff: (q) => {
    const { values, notes } = readPayoffQuery(q);
    return { notes, ok: evaluatePayoff(values).comparison !== undefined };
  },
  letter: (q) => {
    const { values, notes } = readLetterQuery(q);
    return { notes, ok: evaluateLetter(values, LETTER_WORDING).docs !== undefined };
  },
};

function mdxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = join(dir, d.name);
    return d.isDirectory() ? mdxFiles(p) : d.name.endsWith(".mdx") ? [p] : [];
  });
}

/** Unescape the few HTML entities a writer might use inside the query attribute. */
function attr(value: string): string {
  return value
    .replace(/&amp;/g, "&")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'");
}

const embeds = mdxFiles(ARTICLES).flatMap((file) =>
  [...readFileSync(file, "utf8").matchAll(/<Calculator\b([^>]*)\/?>/g)].map((m) => {
    const attrs = m[1] ?? "";
    const tool = /\btool="([^"]*)"/.exec(attrs)?.[1] ?? "";
    const query = attr(/\bquery="([^"]*)"/.exec(attrs)?.[1] ?? "");
    return { file: file.slice(ARTICLES.length + 1), tool, query };
  }),
);

describe("calculators embedded in articles", () => {
  it("there are some", () => {
    expect(embeds.length).toBeGreaterThan(0);
  });

  for (const { file, tool, query } of embeds) {
    it(`${file}: <Calculator tool="${tool}" query="${query}" />`, () => {
      const run = TOOLS[tool];
      expect(run, `unknown tool "${tool}"`).toBeDefined();
      const { notes, ok } = run!(query);
      expect(notes, "parameters the calculator ignored").toEqual([]);
      expect(ok, "the query gives a result (no field error)").toBe(true);
    });
  }
});
