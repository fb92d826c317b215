/** Several-debts calculator (多笔欠款怎么还). Thin UI over src/lib/calculators/payoff.ts. */
import { TextField } from "./ui/TextField";
import { idPrefix, useQueryState } from "./ui/useQueryState";
import { CalculatorFrame, Invalid, ResetButton } from "./ui/CalculatorFrame";
import {
  debtRows,
  debtsValue,
  evaluatePayoff,
  MAX_DEBTS,
  payoffQuery,
  readPayoffQuery,
  type DebtRow,
} from "@/lib/calculators/payoff";
import { STRATEGY_LABEL, type PayoffResult } from "@/lib/finance/payoff";
import { formatYuan } from "@/lib/finance/money";
import type { ParseResult } from "@/lib/finance/parse";

interface Props {
  initialQuery?: string;
  embedded?: boolean;
  toolHref?: string;
}

const MODEL = { read: readPayoffQuery, write: payoffQuery };
const yuan = (fen: number) => `${formatYuan(fen)} 元`;
const COLUMNS: { key: keyof DebtRow; label: string; mode: "text" | "decimal" }[] = [
  { key: "name", label: "名称", mode: "text" },
  { key: "balance", label: "欠款余额（元）", mode: "decimal" },
  { key: "rate", label: "年利率（%）", mode: "decimal" },
  { key: "min", label: "每月最低还款（元）", mode: "decimal" },
];

function Plan({ plan }: { plan: PayoffResult }) {
  if (!plan.ok)
    return <p class="rounded-md border-l-4 border-warn-border bg-warn-bg p-3 text-[0.95rem]">{plan.error}</p>;
  return (
    <dl class="space-y-1">
      <div>
        <dt class="text-sm text-muted">还清需要</dt>
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
        <dt class="text-sm text-muted">还清顺序</dt>
        <dd>
          <ol class="list-decimal pl-5">
            {plan.payoffOrder.map((p) => (
              <li key={p.index}>
                {p.name}：第 {p.month} 个月还清
              </li>
            ))}
          </ol>
        </dd>
      </div>
    </dl>
  );
}

export default function PayoffCalculator({ initialQuery = "", embedded = false, toolHref = "" }: Props) {
  const { values, set, notes, query, reset } = useQueryState(MODEL, initialQuery, embedded);
  const uid = idPrefix("payoff", embedded, initialQuery);
  const r = evaluatePayoff(values);
  const rows = debtRows(values.debts);
  const setRows = (next: DebtRow[]) => set("debts")(debtsValue(next));
  const edit = (i: number, key: keyof DebtRow, v: string) =>
    setRows(rows.map((row, j) => (j === i ? { ...row, [key]: v } : row)));
  const c = r.comparison;

  return (
    <CalculatorFrame name="payoff" notes={notes} embedded={embedded} toolHref={toolHref} query={query}>
      <form onSubmit={(e) => e.preventDefault()} aria-label="多笔欠款还款顺序计算器">
        <TextField
          id={`${uid}-budget`}
          label="每月能用来还款的总额（元）"
          value={values.budget}
          onInput={set("budget")}
          result={r.budget}
        />
        <fieldset class="mb-4">
          <legend class="mb-1 font-medium">欠款</legend>
          <ul class="space-y-3">
            {rows.map((row, i) => (
              <li key={i} class="rounded-md border border-line p-3">
                <div class="grid grid-cols-2 gap-2 sm:grid-cols-4">
                  {COLUMNS.map((col) => {
                    const id = `${uid}-d${i}-${col.key}`;
                    const res =
                      col.key === "name" ? undefined : (r.debts[i]?.[col.key] as ParseResult<number> | undefined);
                    return (
                      <div key={col.key}>
                        <label for={id} class="block text-sm">
                          {col.label}
                        </label>
                        <input
                          id={id}
                          inputMode={col.mode}
                          aria-invalid={res && !res.ok ? "true" : undefined}
                          aria-describedby={res ? `${id}-msg` : undefined}
                          class={`min-h-11 w-full rounded-md border bg-surface px-2 ${res && !res.ok ? "border-danger-border" : "border-line"}`}
                          value={row[col.key]}
                          onInput={(e) => edit(i, col.key, (e.currentTarget as HTMLInputElement).value)}
                        />
                        {res && (
                          <p id={`${id}-msg`} class={`text-xs ${res.ok ? "text-muted" : "text-danger-text"}`}>
                            {res.ok ? res.echo : res.error}
                          </p>
                        )}
                      </div>
                    );
                  })}
                </div>
                <button
                  type="button"
                  class="mt-2 min-h-11 rounded-md border border-line px-3 text-sm hover:bg-surface-2"
                  onClick={() => setRows(rows.filter((_, j) => j !== i))}
                >
                  删除这笔<span class="sr-only">：{row.name}</span>
                </button>
              </li>
            ))}
          </ul>
          {r.listError && <p class="mt-2 text-danger-text">{r.listError}</p>}
          {rows.length < MAX_DEBTS && (
            <button
              type="button"
              class="mt-2 min-h-11 rounded-md border border-line px-4 hover:bg-surface-2"
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
        {c ? (
          <>
            <div class="grid gap-3 sm:grid-cols-2">
              {(["avalanche", "snowball"] as const).map((k) => (
                <section key={k} class="rounded-lg border border-line p-4" aria-label={STRATEGY_LABEL[k]}>
                  <h3 class="mb-2 font-bold">{STRATEGY_LABEL[k]}</h3>
                  <Plan plan={c[k]} />
                </section>
              ))}
            </div>
            {c.interestSavedByAvalancheFen !== null && (
              <p class="mt-3">
                按这些数字，先还利率最高的比先还余额最小的少付利息{" "}
                <strong data-result="saved">{yuan(c.interestSavedByAvalancheFen)}</strong>
                。先还清小额欠款能更快减少要操心的账户数，两种办法都可以，关键是每月按时还上最低还款。
              </p>
            )}
          </>
        ) : (
          <Invalid />
        )}
      </section>
    </CalculatorFrame>
  );
}
