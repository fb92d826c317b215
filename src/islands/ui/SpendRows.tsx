/**
 * Editable list of monthly spending rows (名称 + 金额), each amount echoing how it was read.
 * Used by the budget calculator and the letter generator; the rows live in one URL parameter.
 */
import type { ParseResult } from "@/lib/finance/parse";
import type { SpendRow } from "@/lib/calculators/spend";
import type { SpendCopy } from "@/lib/calculators/copy";

interface Props {
  uid: string;
  rows: readonly SpendRow[];
  results: readonly (ParseResult<number> | undefined)[];
  max: number;
  onChange: (rows: SpendRow[]) => void;
  /** The list's words (src/lib/calculators/copy.ts). */
  copy: SpendCopy;
}

export function SpendRows({ uid, rows, results, max, onChange, copy }: Props) {
  const edit = (i: number, patch: Partial<SpendRow>) =>
    onChange(rows.map((row, j) => (j === i ? { ...row, ...patch } : row)));
  return (
    <fieldset class="mb-4 sm:col-span-2">
      <legend class="mb-1 font-medium">{copy.spendLegend}</legend>
      <ul class="space-y-2">
        {rows.map((row, i) => {
          const res = results[i];
          const bad = res !== undefined && !res.ok;
          const msgId = `${uid}-spend-${i}-msg`;
          return (
            <li key={i} class="flex flex-wrap items-start gap-2">
              <input
                aria-label={`第 ${i + 1} 项开支的名称`}
                autoComplete="off"
                class="min-h-12 w-24 rounded-md border border-line bg-surface px-2 text-lg sm:w-32"
                value={row.name}
                onInput={(e) => edit(i, { name: (e.currentTarget as HTMLInputElement).value })}
              />
              <div class="min-w-0 flex-1">
                <input
                  aria-label={`${row.name || `第 ${i + 1} 项`}每月金额（元）`}
                  inputMode="decimal"
                  autoComplete="off"
                  aria-invalid={bad ? "true" : undefined}
                  aria-describedby={msgId}
                  class={`min-h-12 w-full rounded-md border bg-surface px-2 text-lg ${bad ? "border-danger-border" : "border-line"}`}
                  value={row.amount}
                  onInput={(e) => edit(i, { amount: (e.currentTarget as HTMLInputElement).value })}
                />
                <p id={msgId} class={`text-sm ${bad ? "font-medium text-danger-text" : "text-muted"}`}>
                  {res ? (res.ok ? res.echo : res.error) : ""}
                </p>
              </div>
              <button
                type="button"
                class="no-print min-h-12 rounded-md border border-line px-3 text-sm hover:bg-surface-2"
                onClick={() => onChange(rows.filter((_, j) => j !== i))}
              >
                删除<span class="sr-only">{row.name || `第 ${i + 1} 项`}</span>
              </button>
            </li>
          );
        })}
      </ul>
      {rows.length < max && (
        <button
          type="button"
          class="no-print mt-2 min-h-11 rounded-md border border-line px-4 hover:bg-surface-2"
          onClick={() => onChange([...rows, { name: copy.spendNew, amount: "0" }])}
        >
          {copy.spendAdd}
        </button>
      )}
    </fieldset>
  );
}
