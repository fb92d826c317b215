/**
 * Repayment-plan calculator (还款计划). Thin UI over src/lib/calculators/installment.ts:
 * it keeps the form values, shows what the model returns, and mirrors the inputs in the URL.
 */
import { TextField } from "./ui/TextField";
import { ChoiceGroup } from "./ui/ChoiceGroup";
import { calculatorIsland, type ViewProps } from "./ui/QueryState";
import { CalculatorFrame, Invalid, ResetButton } from "./ui/CalculatorFrame";
import {
  evaluateInstallment,
  installmentQuery,
  METHODS,
  readInstallmentQuery,
  type InstallmentValues,
} from "@/lib/calculators/installment";
import { METHOD_LABEL } from "@/lib/finance/loan";
import { formatPercent, formatYuan } from "@/lib/finance/money";
import type { InstallmentCopy } from "@/lib/calculators/copy";

const MODEL = { read: readInstallmentQuery, write: installmentQuery };
const yuan = (fen: number) => `${formatYuan(fen)} 元`;

export default calculatorIsland("calc", () => MODEL, View);

function View({ api, uid, embedded, toolHref, copy }: ViewProps<InstallmentValues, InstallmentCopy>) {
  const { values, set, notes, query, reset } = api;
  const r = evaluateInstallment(values);
  const s = r.schedule;
  const flat = r.method === "flat-fee";
  const first = s?.rows[0];
  const last = s?.rows[s.rows.length - 1];
  const level =
    s &&
    first &&
    last &&
    first.payment !== last.payment &&
    r.method !== "interest-only" &&
    r.method !== "equal-principal";

  return (
    <CalculatorFrame name="installment" notes={notes} embedded={embedded} toolHref={toolHref} query={query} copy={copy}>
      <form class="grid gap-x-4 sm:grid-cols-2" onSubmit={(e) => e.preventDefault()} aria-label="还款计划计算器">
        <TextField
          id={`${uid}-amount`}
          label="借款金额（元）"
          value={values.amount}
          onInput={set("amount")}
          result={r.fields.amount}
        />
        <TextField
          id={`${uid}-months`}
          label="期数（月）"
          value={values.months}
          onInput={set("months")}
          result={r.fields.months}
          inputMode="numeric"
        />
        <ChoiceGroup
          legend="还款方式"
          name={`${uid}-method`}
          options={METHODS}
          labels={METHOD_LABEL}
          value={values.method}
          onChange={set("method")}
          class="sm:col-span-2"
        />
        {flat ? (
          <TextField
            id={`${uid}-fee`}
            label="每期手续费率（%）"
            value={values.fee}
            onInput={set("fee")}
            result={r.fields.fee}
            hint="例如 0.6 或 0.6%"
          />
        ) : (
          <TextField
            id={`${uid}-rate`}
            label="年利率（%）"
            value={values.rate}
            onInput={set("rate")}
            result={r.fields.rate}
            hint="例如 4.9 或 4.9%"
          />
        )}
        <div class="flex items-end pb-8">
          <ResetButton onClick={reset} />
        </div>
      </form>

      <section aria-live="polite" aria-label="计算结果" class="mt-2">
        {s && first && last ? (
          <>
            <dl class="grid gap-3 sm:grid-cols-2">
              <div class="rounded-lg bg-accent-soft p-4 sm:col-span-2">
                <dt class="text-sm text-muted">
                  {r.method === "interest-only"
                    ? "每期利息（最后一期连本金一起还）"
                    : level
                      ? "每期还款（最后一期略有差别）"
                      : r.method === "equal-principal"
                        ? "第一期还款（以后逐期减少）"
                        : "每期还款"}
                </dt>
                <dd class="text-3xl font-bold text-accent-strong" data-result="payment">
                  {yuan(first.payment)}
                </dd>
                {r.method === "equal-principal" && s.rows[1] && (
                  <dd class="text-sm text-muted">
                    之后每期约减少 {yuan(first.payment - s.rows[1].payment)}，最后一期 {yuan(last.payment)}
                  </dd>
                )}
                {r.method === "interest-only" && <dd class="text-sm text-muted">最后一期 {yuan(last.payment)}</dd>}
              </div>
              <div class="rounded-lg border border-line p-3">
                <dt class="text-sm text-muted">{flat ? "手续费合计" : "利息合计"}</dt>
                <dd class="text-xl font-semibold" data-result="interest">
                  {yuan(s.totalInterest)}
                </dd>
              </div>
              <div class="rounded-lg border border-line p-3">
                <dt class="text-sm text-muted">还款总额</dt>
                <dd class="text-xl font-semibold" data-result="total">
                  {yuan(s.totalPaid)}
                </dd>
              </div>
              {r.real?.ok && (
                <div class="rounded-lg border border-line p-3 sm:col-span-2">
                  <dt class="text-sm text-muted">真实年化利率（内部收益率法）</dt>
                  <dd class="text-xl font-semibold" data-result="apr">
                    {formatPercent(r.real.nominalAnnual)}
                  </dd>
                  <dd class="text-sm text-muted">
                    {copy.irr} {formatPercent(r.real.effectiveAnnual)}。{flat && copy.flat}
                  </dd>
                </div>
              )}
            </dl>
            <details class="mt-4" open={!embedded && s.rows.length <= 36}>
              <summary class="min-h-11 cursor-pointer py-2 font-medium">每期明细（{s.rows.length} 期）</summary>
              <div
                class="max-h-[28rem] overflow-auto rounded-md border border-line"
                tabIndex={0}
                role="region"
                aria-label="每期明细表"
              >
                <table class="w-full text-right text-sm tabular-nums">
                  <caption class="sr-only">每期还款明细，单位：元</caption>
                  <thead class="sticky top-0 bg-surface-2">
                    <tr>
                      <th scope="col" class="px-2 py-1">
                        期数
                      </th>
                      <th scope="col" class="px-2 py-1">
                        还款
                      </th>
                      <th scope="col" class="px-2 py-1">
                        本金
                      </th>
                      <th scope="col" class="px-2 py-1">
                        {flat ? "手续费" : "利息"}
                      </th>
                      <th scope="col" class="px-2 py-1">
                        剩余本金
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {s.rows.map((row) => (
                      <tr key={row.period} class="border-t border-line">
                        <th scope="row" class="px-2 py-1 font-normal">
                          {row.period}
                        </th>
                        <td class="px-2 py-1">{formatYuan(row.payment)}</td>
                        <td class="px-2 py-1">{formatYuan(row.principal)}</td>
                        <td class="px-2 py-1">{formatYuan(row.interest)}</td>
                        <td class="px-2 py-1">{formatYuan(row.remaining)}</td>
                      </tr>
                    ))}
                  </tbody>
                  <tfoot>
                    <tr class="border-t-2 border-line font-semibold">
                      <th scope="row" class="px-2 py-1">
                        合计
                      </th>
                      <td class="px-2 py-1">{formatYuan(s.totalPaid)}</td>
                      <td class="px-2 py-1">{formatYuan(s.amountFen)}</td>
                      <td class="px-2 py-1">{formatYuan(s.totalInterest)}</td>
                      <td class="px-2 py-1"></td>
                    </tr>
                  </tfoot>
                </table>
              </div>
              <p class="mt-2 text-xs text-muted">{copy.rounding}</p>
            </details>
          </>
        ) : (
          <Invalid copy={copy} />
        )}
      </section>
    </CalculatorFrame>
  );
}
