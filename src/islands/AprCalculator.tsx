/** Real annual rate calculator (真实年化利率). Thin UI over src/lib/calculators/apr.ts. */
import { TextField } from "./ui/TextField";
import { ChoiceGroup } from "./ui/ChoiceGroup";
import { idPrefix, useQueryState } from "./ui/useQueryState";
import { CalculatorFrame, Figure, Invalid, ResetButton } from "./ui/CalculatorFrame";
import { aprQuery, evaluateApr, QUOTE_LABEL, QUOTES, readAprQuery } from "@/lib/calculators/apr";
import { formatPercent, formatYuan } from "@/lib/finance/money";

interface Props {
  initialQuery?: string;
  embedded?: boolean;
  toolHref?: string;
}

const MODEL = { read: readAprQuery, write: aprQuery };

export default function AprCalculator({ initialQuery = "", embedded = false, toolHref = "" }: Props) {
  const { values, set, notes, query, reset } = useQueryState(MODEL, initialQuery, embedded);
  const uid = idPrefix("apr", embedded, initialQuery);
  const { fields, kind, result } = evaluateApr(values);
  const perPeriod = kind === "per-period";

  return (
    <CalculatorFrame name="apr" notes={notes} embedded={embedded} toolHref={toolHref} query={query}>
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
          onChange={set("quote")}
          class="sm:col-span-2"
        />
        {perPeriod ? (
          <TextField
            id={`${uid}-fee`}
            label="每期手续费率（%）"
            value={values.fee}
            onInput={set("fee")}
            result={fields.rate}
            hint="例如 0.6 或 0.6%"
          />
        ) : (
          <TextField
            id={`${uid}-rate`}
            label={`${QUOTE_LABEL[kind]}（%）`}
            value={values.rate}
            onInput={set("rate")}
            result={fields.rate}
            hint={kind === "daily" ? "例如 0.05 或 万分之五" : "例如 1 或 1%"}
            inputMode="text"
          />
        )}
        <div class="flex items-end pb-8">
          <ResetButton onClick={reset} />
        </div>
      </form>
      <section aria-live="polite" aria-label="计算结果">
        {result?.ok ? (
          <>
            <dl class="grid gap-3 sm:grid-cols-2">
              <Figure
                big
                name="apr"
                label="真实年化利率（内部收益率法，月 IRR × 12）"
                value={formatPercent(result.nominalAnnual)}
              />
              <Figure name="effective" label="按复利折算的年化利率" value={formatPercent(result.effectiveAnnual)} />
              <Figure name="stated" label="按报价简单乘出来的年利率" value={formatPercent(result.statedAnnual)} />
              <Figure
                name="payment"
                label="第一期还款"
                value={`${formatYuan(result.schedule.rows[0]?.payment ?? 0)} 元`}
              />
              <Figure
                name="cost"
                label={perPeriod ? "手续费合计" : "利息合计"}
                value={`${formatYuan(result.schedule.totalInterest)} 元`}
              />
            </dl>
            <p class="mt-3 text-[0.95rem]">
              {perPeriod
                ? "手续费每期都按最初的借款金额收，可你欠的本金在逐月减少，所以真实的年化利率比“每期费率 × 12”高得多。"
                : "报价只说了每天或每月的利率；真实年化利率把还款方式和时间都算进去，是比较不同借款成本的统一口径。"}
            </p>
            <p class="mt-1 text-sm text-muted">{result.assumption}</p>
          </>
        ) : result && !result.ok ? (
          <p class="rounded-md bg-surface-2 p-3">{result.error}</p>
        ) : (
          <Invalid />
        )}
      </section>
    </CalculatorFrame>
  );
}
