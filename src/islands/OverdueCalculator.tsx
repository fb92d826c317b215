/** Overdue-cost calculator (逾期成本). Thin UI over src/lib/calculators/overdue.ts. */
import { TextField } from "./ui/TextField";
import { ChoiceGroup } from "./ui/ChoiceGroup";
import { calculatorIsland, type ViewProps } from "./ui/QueryState";
import { CalculatorFrame, Figure, Invalid, ResetButton } from "./ui/CalculatorFrame";
import { evaluateOverdue, MODES, overdueQuery, readOverdueQuery, type OverdueValues } from "@/lib/calculators/overdue";
import { formatYuan } from "@/lib/finance/money";
import type { OverdueCopy } from "@/lib/calculators/copy";

const MODEL = { read: readOverdueQuery, write: overdueQuery };
const MODE_LABEL = { simple: "单利（按原金额计）", compound: "复利（利上加利）" } as const;
const yuan = (fen: number) => `${formatYuan(fen)} 元`;

export default calculatorIsland("overdue", () => MODEL, View);

function View({ api, uid, embedded, toolHref, copy }: ViewProps<OverdueValues, OverdueCopy>) {
  const { values, set, notes, query, reset } = api;
  const { fields, result } = evaluateOverdue(values);

  return (
    <CalculatorFrame name="overdue" notes={notes} embedded={embedded} toolHref={toolHref} query={query} copy={copy}>
      <form class="grid gap-x-4 sm:grid-cols-2" onSubmit={(e) => e.preventDefault()} aria-label="逾期成本计算器">
        <TextField
          id={`${uid}-amount`}
          label="逾期金额（元）"
          value={values.amount}
          onInput={set("amount")}
          result={fields.amount}
        />
        <TextField
          id={`${uid}-rate`}
          label="合同约定的日利率（%）"
          value={values.rate}
          onInput={set("rate")}
          result={fields.rate}
          hint="例如 0.05 或 万分之五"
          inputMode="text"
        />
        <TextField
          id={`${uid}-days`}
          label="逾期天数"
          value={values.days}
          onInput={set("days")}
          result={fields.days}
          inputMode="numeric"
        />
        <ChoiceGroup
          legend="计算方式"
          name={`${uid}-mode`}
          options={MODES}
          labels={MODE_LABEL}
          value={values.mode}
          onChange={set("mode")}
        />
        <div class="mb-4 sm:col-span-2">
          <ResetButton onClick={reset} />
        </div>
      </form>
      <section aria-live="polite" aria-label="计算结果">
        {result ? (
          <>
            <dl class="grid gap-3 sm:grid-cols-2">
              <Figure
                big
                name="added"
                label={`逾期 ${result.days} 天，按这个日利率会多出`}
                value={yuan(result.addedFen)}
              />
              <Figure name="per-day" label="每拖一天（第一天）" value={yuan(result.perDayFen)} />
              <Figure name="per-week" label="每拖一周（前 7 天）" value={yuan(result.perWeekFen)} />
              <Figure name="per-month" label="每拖一个月（前 30 天）" value={yuan(result.perMonthFen)} />
              <Figure name="total" label="欠款加上这些费用" value={yuan(result.totalFen)} />
              {result.compounding === "compound" && result.days > 1 && (
                <Figure
                  name="last-day"
                  label={`利上加利：第 ${result.days} 天这一天多出`}
                  value={yuan(result.lastDayFen)}
                />
              )}
            </dl>
            {result.capped && (
              <p class="mt-2 text-sm text-danger-text">数字过大，已超出可以精确计算的范围，请检查输入。</p>
            )}
            {result.rows.length > 0 && (
              <div
                class="mt-4 overflow-auto rounded-md border border-line"
                tabIndex={0}
                role="region"
                aria-label="逾期天数与费用表"
              >
                <table class="w-full text-right text-sm tabular-nums">
                  <caption class="sr-only">逾期天数与累计费用，单位：元</caption>
                  <thead class="bg-surface-2">
                    <tr>
                      <th scope="col" class="px-2 py-1">
                        逾期天数
                      </th>
                      <th scope="col" class="px-2 py-1">
                        累计多出
                      </th>
                      <th scope="col" class="px-2 py-1">
                        合计
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {result.rows.map((row) => (
                      <tr key={row.day} class="border-t border-line">
                        <th scope="row" class="px-2 py-1 font-normal">
                          {row.day} 天
                        </th>
                        <td class="px-2 py-1">{formatYuan(row.addedFen)}</td>
                        <td class="px-2 py-1">{formatYuan(row.totalFen)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
            <p class="mt-2 text-sm text-muted" data-result="note">
              {copy.note}
            </p>
          </>
        ) : (
          <Invalid copy={copy} />
        )}
      </section>
    </CalculatorFrame>
  );
}
