/** Real annual rate calculator (真实年化利率). Thin UI over src/lib/calculators/apr.ts. */
import { TextField } from "./ui/TextField";
import { ChoiceGroup } from "./ui/ChoiceGroup";
import { calculatorIsland, type ViewProps } from "./ui/QueryState";
import { CalculatorFrame, Figure, Invalid, ResetButton } from "./ui/CalculatorFrame";
import {
  aprQuery,
  evaluateApr,
  QUOTE_LABEL,
  QUOTES,
  readAprQuery,
  withQuote,
  type AprValues,
} from "@/lib/calculators/apr";
import { formatPercent, formatYuan } from "@/lib/finance/money";
import type { AprCopy } from "@/lib/calculators/copy";

const MODEL = { read: readAprQuery, write: aprQuery };
const yuan = (fen: number) => `${formatYuan(fen)} 元`;

export default calculatorIsland("apr", () => MODEL, View);

function View({ api, uid, embedded, toolHref, copy }: ViewProps<AprValues, AprCopy>) {
  const { values, set, patch, notes, query, reset } = api;
  const { fields, kind, result } = evaluateApr(values);
  const perPeriod = kind === "per-period";

  return (
    <CalculatorFrame name="apr" notes={notes} embedded={embedded} toolHref={toolHref} query={query} copy={copy}>
      <form class="grid gap-x-4 sm:grid-cols-2" onSubmit={(e) => e.preventDefault()} aria-label="真实年化利率计算器">
        <TextField
          id={`${uid}-amount`}
          label="借款金额（元）"
          value={values.amount}
          onInput={set("amount")}
          result={fields.amount}
        />
        <TextField
          id={`${uid}-months`}
          label="期数（月）"
          value={values.months}
          onInput={set("months")}
          result={fields.months}
          inputMode="numeric"
        />
        <ChoiceGroup
          legend="对方是怎么报价的"
          name={`${uid}-quote`}
          options={QUOTES}
          labels={QUOTE_LABEL}
          value={values.quote}
          onChange={(q) => patch(withQuote(values, q))}
          class="sm:col-span-2"
        />
        {perPeriod ? (
          <TextField
            id={`${uid}-fee`}
            label="每期手续费率（%）"
            value={values.fee}
            onInput={set("fee")}
            result={fields.rate}
          />
        ) : (
          <TextField
            id={`${uid}-rate`}
            label={`${QUOTE_LABEL[kind]}（%）`}
            value={values.rate}
            onInput={set("rate")}
            result={fields.rate}
            inputMode={kind === "daily" ? "text" : "decimal"}
          />
        )}
        <div class="no-print flex items-end pb-8">
          <ResetButton onClick={reset} />
        </div>
      </form>
      <section aria-live="polite" aria-label="计算结果">
        {result?.ok ? (
          <>
            <dl class="grid gap-3 sm:grid-cols-2">
              <Figure big name="apr" label={copy.apr} value={formatPercent(result.nominalAnnual)} />
              <Figure name="effective" label={copy.effective} value={formatPercent(result.effectiveAnnual)} />
              <Figure name="stated" label={copy.stated} value={formatPercent(result.statedAnnual)} />
              <Figure name="payment" label="第一期还款" value={yuan(result.schedule.rows[0]?.payment ?? 0)} />
              <Figure
                name="cost"
                label={perPeriod ? "手续费合计" : "利息合计"}
                value={yuan(result.schedule.totalInterest)}
              />
            </dl>
            <p class="mt-3 text-[0.95rem]" data-result="why">
              {perPeriod ? copy.whyFee : copy.whyRate}
            </p>
            <p class="mt-1 text-sm text-muted">{result.assumption}</p>
          </>
        ) : result && !result.ok ? (
          <p class="rounded-md bg-surface-2 p-3">{result.error}</p>
        ) : (
          <Invalid copy={copy} />
        )}
      </section>
    </CalculatorFrame>
  );
}
