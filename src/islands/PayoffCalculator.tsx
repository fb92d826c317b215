/** Several-debts calculator (多笔欠款怎么还). Thin UI over src/lib/calculators/payoff.ts. */
import { TextField } from "./ui/TextField";
import { calculatorIsland, type ViewProps } from "./ui/QueryState";
import { CalculatorFrame, Heading, Invalid, ResetButton } from "./ui/CalculatorFrame";
import {
  debtsValue,
  evaluatePayoff,
  MAX_DEBTS,
  payoffQuery,
  readPayoffQuery,
  type DebtRow,
  type PayoffValues,
} from "@/lib/calculators/payoff";
import { STRATEGY_LABEL, type PayoffResult } from "@/lib/finance/payoff";
import { formatYuan } from "@/lib/finance/money";
import type { ParseResult } from "@/lib/finance/parse";
import type { PayoffCopy } from "@/lib/calculators/copy";

const MODEL = { read: readPayoffQuery, write: payoffQuery };
const yuan = (fen: number) => `${formatYuan(fen)} 元`;
const COLUMNS: { key: keyof DebtRow; label: string; mode: "text" | "decimal" }[] = [
  { key: "name", label: "名称", mode: "text" },
  { key: "balance", label: "欠款余额（元）", mode: "decimal" },
  { key: "rate", label: "年利率（%）", mode: "decimal" },
  { key: "min", label: "每月最低还款（元）", mode: "decimal" },
];

function Plan({ plan, names }: { plan: PayoffResult; names: string[] }) {
  if (!plan.ok) return <p class="rounded-md border-l-4 border-warn-border bg-warn-bg p-3">{plan.error}</p>;
  return (
    <>
      <dl class="space-y-1">
        <div>
          <dt class="text-sm text-muted">全部还清需要</dt>
          <dd class="text-2xl font-bold text-accent-strong" data-result={`${plan.strategy}-months`}>
            {plan.months} 个月
          </dd>
        </div>
        <div>
          <dt class="text-sm text-muted">利息合计</dt>
          <dd class="text-lg font-semibold" data-result={`${plan.strategy}-interest`}>
            {yuan(plan.totalInterestFen)}
          </dd>
        </div>
        <div>
          <dt class="text-sm text-muted">一共还款</dt>
          <dd class="font-semibold">{yuan(plan.totalPaidFen)}</dd>
        </div>
        <div>
          <dt class="text-sm text-muted">还清顺序</dt>
          <dd>
            <ol class="list-decimal pl-5" data-result={`${plan.strategy}-order`}>
              {plan.payoffOrder.map((p) => (
                <li key={p.index}>
                  {p.name}：{p.month === 0 ? "已经还清" : `第 ${p.month} 个月还清`}
                </li>
              ))}
            </ol>
          </dd>
        </div>
      </dl>
      <details>
        <summary class="min-h-11 cursor-pointer py-2 font-medium">逐月明细</summary>
        <div
          class="max-h-96 overflow-auto rounded-md border border-line"
          tabIndex={0}
          role="region"
          aria-label={`${plan.strategy === "avalanche" ? "雪崩法" : "雪球法"}逐月明细表`}
        >
          <table class="w-full text-right text-sm whitespace-nowrap tabular-nums">
            <caption class="sr-only">每月还款后各笔欠款还剩多少，单位：元</caption>
            <thead class="sticky top-0 bg-surface-2">
              <tr>
                <th scope="col" class="px-2 py-1">
                  第几月
                </th>
                {names.map((n, i) => (
                  <th key={i} scope="col" class="px-2 py-1">
                    {n}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {plan.schedule.map((m) => (
                <tr key={m.month} class="border-t border-line">
                  <th scope="row" class="px-2 py-1 font-normal">
                    {m.month}
                  </th>
                  {m.balances.map((b, i) => (
                    <td key={i} class="px-2 py-1">
                      {b > 0 ? formatYuan(b) : "还清"}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </>
  );
}

export default calculatorIsland("payoff", () => MODEL, View);

function View({ api, uid, embedded, toolHref, copy }: ViewProps<PayoffValues, PayoffCopy>) {
  const { values, set, notes, query, reset } = api;
  const r = evaluatePayoff(values);
  const rows = r.debts.map((d) => d.row);
  const setRows = (next: DebtRow[]) => set("debts")(debtsValue(next));
  const edit = (i: number, key: keyof DebtRow, v: string) =>
    setRows(rows.map((row, j) => (j === i ? { ...row, [key]: v } : row)));
  const c = r.comparison;

  return (
    <CalculatorFrame name="payoff" notes={notes} embedded={embedded} toolHref={toolHref} query={query} copy={copy}>
      <form onSubmit={(e) => e.preventDefault()} aria-label="多笔欠款还款顺序计算器">
        <TextField
          id={`${uid}-budget`}
          label="每月能用来还款的总额（元）"
          value={values.budget}
          onInput={set("budget")}
          result={r.budget}
        />
        <fieldset class="mb-4">
          <legend class="mb-1 font-medium">欠款（每笔一行）</legend>
          <ul class="space-y-3">
            {rows.map((row, i) => (
              <li key={i} class="rounded-md border border-line p-3">
                <div class="grid grid-cols-2 gap-2 sm:grid-cols-4">
                  {COLUMNS.map((col) => {
                    const id = `${uid}-d${i}-${col.key}`;
                    const res =
                      col.key === "name" ? undefined : (r.debts[i]?.[col.key] as ParseResult<number> | undefined);
                    const bad = res !== undefined && !res.ok;
                    return (
                      <div key={col.key} class="min-w-0">
                        <label for={id} class="block text-sm">
                          <span class="sr-only">第 {i + 1} 笔</span>
                          {col.label}
                        </label>
                        <input
                          id={id}
                          inputMode={col.mode}
                          autoComplete="off"
                          aria-invalid={bad ? "true" : undefined}
                          aria-describedby={res ? `${id}-msg` : undefined}
                          class={`min-h-12 w-full rounded-md border bg-surface px-2 text-lg ${bad ? "border-danger-border" : "border-line"}`}
                          value={row[col.key]}
                          onInput={(e) => edit(i, col.key, (e.currentTarget as HTMLInputElement).value)}
                        />
                        {res && (
                          <p id={`${id}-msg`} class={`text-xs ${bad ? "font-medium text-danger-text" : "text-muted"}`}>
                            {res.ok ? res.echo : res.error}
                          </p>
                        )}
                      </div>
                    );
                  })}
                </div>
                <button
                  type="button"
                  class="no-print mt-2 min-h-11 rounded-md border border-line px-3 text-sm hover:bg-surface-2"
                  onClick={() => setRows(rows.filter((_, j) => j !== i))}
                >
                  删除这笔<span class="sr-only">：{row.name || `第 ${i + 1} 笔`}</span>
                </button>
              </li>
            ))}
          </ul>
          {r.listError && <p class="mt-2 font-medium text-danger-text">{r.listError}</p>}
          {rows.length < MAX_DEBTS && (
            <button
              type="button"
              class="no-print mt-2 min-h-11 rounded-md border border-line px-4 hover:bg-surface-2"
              onClick={() => setRows([...rows, { name: `欠款${rows.length + 1}`, balance: "0", rate: "0", min: "0" }])}
            >
              添加一笔欠款
            </button>
          )}
        </fieldset>
        <div class="mb-4">
          <ResetButton onClick={reset} />
        </div>
      </form>
      <section aria-live="polite" aria-label="计算结果">
        {r.failure ? (
          <p class="rounded-md border-l-4 border-warn-border bg-warn-bg p-3" data-result="failure">
            {r.failure}
          </p>
        ) : c ? (
          <>
            <div class="grid gap-3 sm:grid-cols-2">
              {(["avalanche", "snowball"] as const).map((k) => (
                <section key={k} class="rounded-lg border border-line p-4" aria-labelledby={`${uid}-${k}`}>
                  <Heading embedded={embedded} id={`${uid}-${k}`} class="mb-2 font-bold">
                    {STRATEGY_LABEL[k]}
                  </Heading>
                  <Plan plan={c[k]} names={r.debts.map((d) => d.name)} />
                </section>
              ))}
            </div>
            {c.interestSavedByAvalancheFen !== null && (
              <p class="mt-3">
                {copy.saved} <strong data-result="saved">{yuan(c.interestSavedByAvalancheFen)}</strong>
                {copy.both}
              </p>
            )}
          </>
        ) : (
          <Invalid copy={copy} />
        )}
      </section>
    </CalculatorFrame>
  );
}
