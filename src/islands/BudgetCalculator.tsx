/** Affordability calculator (每月能还多少). Thin UI over src/lib/calculators/budget.ts. */
import { TextField } from "./ui/TextField";
import { calculatorIsland, type ViewProps } from "./ui/QueryState";
import { CalculatorFrame, Figure, Invalid, ResetButton } from "./ui/CalculatorFrame";
import { CopyButton } from "./ui/CopyButton";
import { SpendRows } from "./ui/SpendRows";
import {
  budgetQuery,
  evaluateBudget,
  MAX_SPEND_ROWS,
  readBudgetQuery,
  spendValue,
  type BudgetValues,
} from "@/lib/calculators/budget";
import { formatPercent, formatYuan } from "@/lib/finance/money";
import type { BudgetCopy } from "@/lib/calculators/copy";

const MODEL = { read: readBudgetQuery, write: budgetQuery };
const yuan = (fen: number) => `${formatYuan(fen)} 元`;
/** A term and its payment: "12 期，每期约 1,000.00 元". */
const term = (t: { months: number; paymentFen: number }) => `${t.months} 期，每期约 ${yuan(t.paymentFen)}`;
const ratio = (r: number | null) => (r === null ? "—" : formatPercent(r, 1));

export default calculatorIsland("budget", () => MODEL, View);

function View({ api, uid, embedded, toolHref, copy }: ViewProps<BudgetValues, BudgetCopy>) {
  const { values, set, notes, query, reset } = api;
  const r = evaluateBudget(values);
  const s = r.summary;
  const plan = r.plan;

  return (
    <CalculatorFrame name="budget" notes={notes} embedded={embedded} toolHref={toolHref} query={query} copy={copy}>
      <form class="grid gap-x-4 sm:grid-cols-2" onSubmit={(e) => e.preventDefault()} aria-label="每月能还多少计算器">
        <TextField
          id={`${uid}-income`}
          label={copy.income}
          value={values.income}
          onInput={set("income")}
          result={r.income}
        />
        <TextField
          id={`${uid}-debts`}
          label={copy.debts}
          value={values.debts}
          onInput={set("debts")}
          result={r.debts}
        />
        <SpendRows
          uid={uid}
          rows={r.spend.map((x) => x.row)}
          results={r.spend.map((x) => x.result)}
          max={MAX_SPEND_ROWS}
          onChange={(next) => set("spend")(spendValue(next))}
          copy={copy}
        />
        <TextField
          id={`${uid}-amount`}
          label={copy.amount}
          value={values.amount}
          onInput={set("amount")}
          result={r.amount}
          hint={copy.amountHint}
        />
        <TextField
          id={`${uid}-rate`}
          label={copy.rate}
          value={values.rate}
          onInput={set("rate")}
          result={r.rate}
          hint={copy.rateHint}
        />
        <div class="mb-4 sm:col-span-2">
          <ResetButton onClick={reset} />
        </div>
      </form>
      <section aria-live="polite" aria-label="计算结果">
        {s ? (
          <>
            <dl class="grid gap-3 sm:grid-cols-2">
              <Figure big name="leftover" label={copy.leftover} value={yuan(s.leftoverFen)} />
              <Figure name="available" label={copy.available} value={yuan(r.availableFen ?? 0)} />
              <Figure name="essentials" label={copy.essentials} value={yuan(s.essentialsFen)} />
              <Figure name="dti" label={copy.dti} value={ratio(s.debtToIncome)} />
              {plan && (
                <>
                  <Figure
                    name="shortest"
                    label={copy.shortest}
                    value={plan.terms.shortest ? term(plan.terms.shortest) : copy.none}
                  />
                  <Figure
                    name="longest"
                    label={copy.longest}
                    value={
                      plan.terms.longest
                        ? term(plan.terms.longest)
                        : `分 ${plan.terms.atMaxMonths.months} 期也要每期约 ${yuan(plan.terms.atMaxMonths.paymentFen)}`
                    }
                  />
                  {plan.debtToIncomeWithPlan !== null && (
                    <Figure name="dti-plan" label={copy.dtiPlan} value={ratio(plan.debtToIncomeWithPlan)} />
                  )}
                </>
              )}
            </dl>
            {s.leftoverFen <= 0 && (
              <p class="mt-3 rounded-md border-l-4 border-warn-border bg-warn-bg p-3">{copy.short}</p>
            )}
            {r.sentence && (
              <div class="mt-4 rounded-lg border border-line p-4">
                <p class="mb-1 text-sm text-muted">{copy.say}</p>
                <p class="mb-3 text-lg" id={`${uid}-sentence`} data-result="sentence">
                  {r.sentence}
                </p>
                <CopyButton text={r.sentence} target={`${uid}-sentence`} label={copy.copySentence} copy={copy} />
              </div>
            )}
          </>
        ) : (
          <Invalid copy={copy} />
        )}
      </section>
    </CalculatorFrame>
  );
}
