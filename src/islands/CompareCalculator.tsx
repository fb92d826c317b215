/** Proposal comparison (方案对比). Thin UI over src/lib/calculators/compare.ts. */
import { TextField } from "./ui/TextField";
import { calculatorIsland, type ViewProps } from "./ui/QueryState";
import { CalculatorFrame, Heading, Invalid, ResetButton } from "./ui/CalculatorFrame";
import { BalanceChart } from "./ui/BalanceChart";
import {
  balanceAt,
  compareQuery,
  evaluateCompareWith,
  KIND_CODES,
  KIND_FIELDS,
  MAX_PROPOSALS,
  newProposal,
  parseFlag,
  proposalValues,
  readCompareQueryWith,
  tableMonths,
  withProposals,
  writeProposal,
  type CompareValues,
  type KindCode,
  type ProposalFields,
} from "@/lib/calculators/compare";
import type { ProposalResult } from "@/lib/finance/compare";
import { formatYuan } from "@/lib/finance/money";
import type { CompareCopy } from "@/lib/calculators/copy";

const yuan = (fen: number) => `${formatYuan(fen)} 元`;

export default calculatorIsland(
  "compare",
  (copy) => ({ read: (q: string) => readCompareQueryWith(q, copy.text), write: compareQuery }),
  View,
);

function View({ api, uid, embedded, toolHref, copy }: ViewProps<CompareValues, CompareCopy>) {
  const { values, set, patch, notes, query, reset } = api;
  const r = evaluateCompareWith(values, copy.text);
  const list = proposalValues(values);
  const setList = (next: string[]) => patch(withProposals(values, next));
  const setField = (p: ProposalFields, i: number, f: number, v: string) => {
    const fields = [...p.text];
    fields[f] = v;
    setList(list.map((x, j) => (j === i ? writeProposal({ kind: p.kind, fields }) : x)));
  };
  const unused = KIND_CODES.find((k) => !r.proposals.some((p) => p.kind === k)) ?? "instal";
  const c = r.comparison;
  const results = c?.outcomes ?? [];
  const NAME = copy.names;
  const rows = copy.rows;

  return (
    <CalculatorFrame name="compare" notes={notes} embedded={embedded} toolHref={toolHref} query={query} copy={copy}>
      <form onSubmit={(e) => e.preventDefault()} aria-label={copy.form}>
        <p class="no-print mb-2">
          <a class="inline-flex min-h-11 items-center text-sm" href={`#${uid}-results`}>
            {copy.skip}
          </a>
        </p>
        <fieldset class="mb-2">
          <legend class="mb-2 font-bold">{copy.owe}</legend>
          <div class="grid gap-x-4 sm:grid-cols-3">
            <TextField
              id={`${uid}-principal`}
              label={copy.principal}
              value={values.principal}
              onInput={set("principal")}
              result={r.principal}
            />
            <TextField
              id={`${uid}-interest`}
              label={copy.interest}
              value={values.interest}
              onInput={set("interest")}
              result={r.interest}
            />
            <TextField id={`${uid}-fees`} label={copy.fees} value={values.fees} onInput={set("fees")} result={r.fees} />
          </div>
        </fieldset>
        {r.proposals.map((p, i) => {
          const outcome = results[i];
          return (
            <fieldset key={i} class="mb-4 rounded-lg border border-line p-3 sm:p-4">
              <legend class="px-1 font-bold">
                {NAME[i]}：{copy.kinds[p.kind]}
              </legend>
              <div class="mb-4">
                <label for={`${uid}-p${i}-kind`} class="mb-1 block font-medium">
                  <span class="sr-only">{NAME[i]}：</span>
                  {copy.kind}
                </label>
                <select
                  id={`${uid}-p${i}-kind`}
                  class="min-h-12 w-full rounded-md border border-line bg-surface px-2 text-lg text-text sm:w-auto"
                  value={p.kind}
                  onChange={(e) => {
                    const k = (e.currentTarget as HTMLSelectElement).value as KindCode;
                    setList(list.map((v, j) => (j === i ? newProposal(k) : v)));
                  }}
                >
                  {KIND_CODES.map((k) => (
                    <option key={k} value={k}>
                      {copy.kinds[k]}
                    </option>
                  ))}
                </select>
              </div>
              <div class="grid grid-cols-2 gap-x-3 sm:gap-x-4">
                {KIND_FIELDS[p.kind].map((spec, f) => {
                  const id = `${uid}-p${i}-f${f}`;
                  const value = p.text[f] ?? "";
                  if (spec.flag) {
                    const on = parseFlag(value, copy.text);
                    return (
                      <label key={f} class="col-span-2 mb-4 flex min-h-12 cursor-pointer items-center gap-3 self-start">
                        <input
                          id={id}
                          type="checkbox"
                          class="size-5"
                          checked={on.ok && on.value}
                          onChange={(e) => setField(p, i, f, (e.currentTarget as HTMLInputElement).checked ? "1" : "0")}
                        />
                        <span>
                          <span class="sr-only">{NAME[i]}：</span>
                          {copy.fields[p.kind][f]}
                        </span>
                      </label>
                    );
                  }
                  return (
                    <div key={f} class={spec.wide ? "col-span-2" : "min-w-0"}>
                      <TextField
                        id={id}
                        label={copy.fields[p.kind][f] ?? ""}
                        srPrefix={`${NAME[i]}：`}
                        value={value}
                        onInput={(v) => setField(p, i, f, v)}
                        result={p.fields[f]}
                        inputMode={spec.inputMode}
                      />
                    </div>
                  );
                })}
              </div>
              {outcome && !outcome.ok && (
                <p class="mb-2 font-medium text-danger-text" data-result={`error-${i + 1}`}>
                  {outcome.error}
                </p>
              )}
              <button
                type="button"
                class="no-print min-h-11 rounded-md border border-line px-3 text-sm hover:bg-surface-2"
                onClick={() => setList(list.filter((_, j) => j !== i))}
              >
                {copy.remove}
                {NAME[i]}
              </button>
            </fieldset>
          );
        })}
        <div class="no-print mb-4 flex flex-wrap gap-2">
          {list.length < MAX_PROPOSALS && (
            <button
              type="button"
              class="min-h-11 rounded-md border border-line px-4 hover:bg-surface-2"
              onClick={() => setList([...list, newProposal(unused)])}
            >
              {copy.add}
            </button>
          )}
          <ResetButton onClick={reset} />
        </div>
      </form>

      <section id={`${uid}-results`} aria-live="polite" aria-label={copy.results}>
        {list.length === 0 ? (
          <p class="rounded-md bg-surface-2 p-3">{copy.empty}</p>
        ) : c ? (
          <>
            <p class="mb-3 rounded-lg bg-accent-soft p-4 text-lg" data-result="summary">
              {copy.owedNow}
              <strong>{yuan(c.owedFen)}</strong>
              {copy.ofPrincipal}
              {yuan(c.principalFen)}
              {copy.close}
              {r.lightest !== undefined && (
                <>
                  {copy.lightest}
                  <strong>{NAME[r.lightest]}</strong>
                  {r.cheapest !== undefined && r.cheapest !== r.lightest && (
                    <>
                      {copy.cheapest}
                      <strong>{NAME[r.cheapest]}</strong>
                    </>
                  )}
                  {r.cheapest === r.lightest && copy.same}
                  {copy.stop}
                </>
              )}
            </p>
            <div class="overflow-auto rounded-md border border-line" tabIndex={0} role="region" aria-label={copy.table}>
              <table class="w-full text-right text-sm tabular-nums sm:text-base">
                <caption class="px-2 py-1 text-left text-xs text-muted">{copy.unit}</caption>
                <thead class="bg-surface-2">
                  <tr>
                    <th scope="col" class="px-2 py-2 text-left">
                      <span class="sr-only">{copy.item}</span>
                    </th>
                    {r.proposals.map((p, i) => (
                      <th key={i} scope="col" class="px-1.5 py-2 align-top sm:px-2">
                        {NAME[i]}
                        <span class="block text-xs font-normal text-muted">{copy.kinds[p.kind]}</span>
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  <Row
                    label={rows[0]}
                    name="monthly"
                    outcomes={results}
                    show={(o) => formatYuan(o.monthlyPaymentFen)}
                  />
                  <Row label={rows[1]} name="max" outcomes={results} show={(o) => formatYuan(o.maxPaymentFen)} />
                  <Row label={rows[2]} name="months" outcomes={results} show={(o) => `${o.months}`} />
                  <Row label={rows[3]} name="total" outcomes={results} show={(o) => formatYuan(o.totalPaidFen)} />
                  <Row
                    label={rows[4]}
                    name="cost"
                    outcomes={results}
                    show={(o) =>
                      o.totalCostFen >= 0 ? formatYuan(o.totalCostFen) : copy.less + formatYuan(-o.totalCostFen)
                    }
                  />
                </tbody>
              </table>
            </div>
            <ul class="mt-2 space-y-1 text-sm text-muted">
              {r.proposals.map((p, i) => {
                const o = results[i];
                return (
                  <li key={i}>
                    {NAME[i]}：{o?.ok ? `${copy.kinds[p.kind]}：${p.detail}` : o?.error}
                  </li>
                );
              })}
            </ul>
            <Heading embedded={embedded} class="mt-5 mb-1 font-bold">
              {copy.chart}
            </Heading>
            <BalanceChart outcomes={results} names={NAME} copy={copy} />
            <details class="mt-2">
              <summary class="min-h-11 cursor-pointer py-2 font-medium">{copy.asTable}</summary>
              <div
                class="overflow-auto rounded-md border border-line"
                tabIndex={0}
                role="region"
                aria-label={copy.balanceTable}
              >
                <table class="w-full text-right text-sm tabular-nums">
                  <caption class="sr-only">{copy.tableCaption}</caption>
                  <thead class="bg-surface-2">
                    <tr>
                      <th scope="col" class="px-2 py-1 text-left">
                        {copy.month}
                      </th>
                      {results.map((_, i) => (
                        <th key={i} scope="col" class="px-2 py-1">
                          {NAME[i]}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {tableMonths(results).map((m) => (
                      <tr key={m} class="border-t border-line">
                        <th scope="row" class="px-2 py-1 text-left font-normal">
                          {m === 0 ? copy.start : `${m}`}
                        </th>
                        {results.map((o, i) => (
                          <td key={i} class="px-2 py-1">
                            {o.ok ? formatYuan(balanceAt(o, m)) : "—"}
                          </td>
                        ))}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </details>
            <p class="mt-3 text-sm text-muted">{copy.disclaimer}</p>
          </>
        ) : (
          <Invalid copy={copy} />
        )}
      </section>
    </CalculatorFrame>
  );
}

function Row({
  label,
  name,
  outcomes,
  show,
}: {
  label: string | undefined;
  name: string;
  outcomes: readonly { ok: boolean }[];
  show: (o: ProposalResult) => string;
}) {
  return (
    <tr class="border-t border-line">
      <th scope="row" class="min-w-[5em] px-1.5 py-2 text-left font-normal sm:px-2">
        {label}
      </th>
      {outcomes.map((o, i) => (
        <td key={i} class="px-1.5 py-2 whitespace-nowrap sm:px-2" data-result={`${name}-${i + 1}`}>
          {o.ok ? show(o as ProposalResult) : "—"}
        </td>
      ))}
    </tr>
  );
}
