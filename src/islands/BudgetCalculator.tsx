/** Affordability calculator (每月能还多少). Thin UI over src/lib/calculators/budget.ts. */
import { TextField } from "./ui/TextField";
import { idPrefix, useQueryState } from "./ui/useQueryState";
import { CalculatorFrame, Figure, Invalid, ResetButton } from "./ui/CalculatorFrame";
import {
  budgetQuery,
  evaluateBudget,
  readBudgetQuery,
  spendRows,
  spendValue,
  type SpendRow,
} from "@/lib/calculators/budget";
import { formatPercent, formatYuan } from "@/lib/finance/money";

interface Props {
  initialQuery?: string;
  embedded?: boolean;
  toolHref?: string;
}

const MODEL = { read: readBudgetQuery, write: budgetQuery };
const yuan = (fen: number) => `${formatYuan(fen)} 元`;

export default function BudgetCalculator({ initialQuery = "", embedded = false, toolHref = "" }: Props) {
  const { values, set, notes, query, reset } = useQueryState(MODEL, initialQuery, embedded);
  const uid = idPrefix("budget", embedded, initialQuery);
  const r = evaluateBudget(values);
  const rows = spendRows(values.spend);
  const setRows = (next: SpendRow[]) => set("spend")(spendValue(next));
  const editRow = (i: number, patch: Partial<SpendRow>) =>
    setRows(rows.map((row, j) => (j === i ? { ...row, ...patch } : row)));
  const s = r.summary;
  const plan = r.plan;

  return (
    <CalculatorFrame name="budget" notes={notes} embedded={embedded} toolHref={toolHref} query={query}>
      <form class="grid gap-x-4 sm:grid-cols-2" onSubmit={(e) => e.preventDefault()} aria-label="每月能还多少计算器">
        <TextField
          id={`${uid}-income`}
          label="每月到手收入（元）"
          value={values.income}
          onInput={set("income")}
          result={r.income}
        />
        <TextField
          id={`${uid}-debts`}
          label="每月其他必须还的钱（元）"
          value={values.debts}
          onInput={set("debts")}
          result={r.debts}
          hint="其他贷款、信用卡的月供，没有就填 0"
        />
        <fieldset class="mb-4 sm:col-span-2">
          <legend class="mb-1 font-medium">每月必要开支</legend>
          <ul class="space-y-2">
            {rows.map((row, i) => {
              const res = r.spend[i]?.result;
              const msgId = `${uid}-spend-${i}-msg`;
              return (
                <li key={i} class="flex flex-wrap items-start gap-2">
                  <input
                    aria-label={`第 ${i + 1} 项开支的名称`}
                    class="min-h-11 w-28 rounded-md border border-line bg-surface px-2"
                    value={row.name}
                    onInput={(e) => editRow(i, { name: (e.currentTarget as HTMLInputElement).value })}
                  />
                  <div class="min-w-0 flex-1">
                    <input
                      aria-label={`${row.name || `第 ${i + 1} 项`}每月金额（元）`}
                      inputMode="decimal"
                      aria-invalid={res && !res.ok ? "true" : undefined}
                      aria-describedby={msgId}
                      class={`min-h-11 w-full rounded-md border bg-surface px-2 ${res && !res.ok ? "border-danger-border" : "border-line"}`}
                      value={row.amount}
                      onInput={(e) => editRow(i, { amount: (e.currentTarget as HTMLInputElement).value })}
                    />
                    <p id={msgId} class={`text-sm ${res && !res.ok ? "text-danger-text" : "text-muted"}`}>
                      {res ? (res.ok ? res.echo : res.error) : ""}
                    </p>
                  </div>
                  <button
                    type="button"
                    class="min-h-11 rounded-md border border-line px-3 text-sm hover:bg-surface-2"
                    onClick={() => setRows(rows.filter((_, j) => j !== i))}
                  >
                    删除<span class="sr-only">{row.name}</span>
                  </button>
                </li>
              );
            })}
          </ul>
          <button
            type="button"
            class="mt-2 min-h-11 rounded-md border border-line px-4 hover:bg-surface-2"
            onClick={() => setRows([...rows, { name: "其他", amount: "0" }])}
          >
            添加一项开支
          </button>
        </fieldset>
        <TextField
          id={`${uid}-amount`}
          label="想协商的欠款（元，可不填）"
          value={values.amount}
          onInput={set("amount")}
          result={r.amount}
        />
        <TextField
          id={`${uid}-rate`}
          label="这笔欠款的年利率（%）"
          value={values.rate}
          onInput={set("rate")}
          result={r.rate}
          hint="不知道就先不填"
        />
        <div class="mb-4 sm:col-span-2">
          <ResetButton onClick={reset} />
        </div>
      </form>
      <section aria-live="polite" aria-label="计算结果">
        {s ? (
          <>
            <dl class="grid gap-3 sm:grid-cols-2">
              <Figure big name="leftover" label="每月扣除开支和其他还款后，剩下" value={yuan(s.leftoverFen)} />
              <Figure name="essentials" label="必要开支合计" value={yuan(s.essentialsFen)} />
              <Figure
                name="dti"
                label="负债收入比（其他还款 ÷ 收入）"
                value={s.debtToIncome === null ? "—" : formatPercent(s.debtToIncome, 1)}
              />
              {plan?.terms.shortest && (
                <Figure
                  name="shortest"
                  label="留出两成余地后，最短可以分"
                  value={`${plan.terms.shortest.months} 期，每期约 ${yuan(plan.terms.shortest.paymentFen)}`}
                />
              )}
              {plan?.terms.longest && (
                <Figure
                  name="longest"
                  label="60 期以内，最长可以分"
                  value={`${plan.terms.longest.months} 期，每期约 ${yuan(plan.terms.longest.paymentFen)}`}
                />
              )}
            </dl>
            {s.leftoverFen <= 0 && (
              <p class="mt-3 rounded-md border-l-4 border-warn-border bg-warn-bg p-3">
                收入已经不够支付必要开支和其他还款。协商时如实说明这一点，可以先请求暂缓或延长期限。
              </p>
            )}
            {plan && (
              <div class="mt-4 rounded-lg border border-line p-4">
                <p class="mb-1 text-sm text-muted">
                  可以这样对放贷机构说（按剩下金额的八成、等额本息估算，实际以对方方案为准）：
                </p>
                <p class="text-lg" data-result="sentence">
                  {plan.sentence}
                </p>
              </div>
            )}
          </>
        ) : (
          <Invalid />
        )}
      </section>
    </CalculatorFrame>
  );
}
