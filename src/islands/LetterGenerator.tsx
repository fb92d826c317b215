/**
 * Negotiation documents (协商材料生成). Thin UI over src/lib/calculators/letter.ts: the reader's
 * name, the lender's name and the details stay in this page's memory only (never in the URL).
 */
import { TextField } from "./ui/TextField";
import { calculatorIsland, type ViewProps } from "./ui/QueryState";
import { CalculatorFrame, Heading, Invalid, ResetButton } from "./ui/CalculatorFrame";
import { CopyButton } from "./ui/CopyButton";
import { SpendRows } from "./ui/SpendRows";
import {
  docText,
  evaluateLetter,
  letterQuery,
  PRIVATE_LIMITS,
  readLetterQuery,
  REASONS,
  type Block,
  type LetterDoc,
  type LetterValues,
} from "@/lib/calculators/letter";
import { MAX_SPEND_ROWS, spendValue } from "@/lib/calculators/spend";
import type { LetterCopy } from "@/lib/calculators/copy";

const MODEL = { read: readLetterQuery, write: letterQuery };

export default calculatorIsland("letter", () => MODEL, View);

function BlockView({ block, indent }: { block: Block; indent: boolean }) {
  if (block.type === "p") return <p class={indent ? "indent-[2em]" : ""}>{block.text}</p>;
  if (block.type === "ol")
    return (
      <ol class="list-decimal space-y-1 pl-6">
        {block.items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ol>
    );
  return (
    <table class="w-full text-left tabular-nums">
      <tbody>
        {block.rows.map((row) => (
          <tr key={row.label} class="border-b border-line">
            <th scope="row" class={`py-1.5 pr-3 ${row.strong ? "font-bold" : "font-normal"}`}>
              {row.label}
            </th>
            <td class={`py-1.5 text-right ${row.strong ? "font-bold" : ""}`}>{row.value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Doc({
  doc,
  uid,
  index,
  embedded,
  copy,
}: {
  doc: LetterDoc;
  uid: string;
  index: number;
  embedded: boolean;
  copy: LetterCopy;
}) {
  const bodyId = `${uid}-${doc.id}-text`;
  const letter = doc.id === "application";
  return (
    <article
      class={`letter-doc mt-4 rounded-lg border border-line bg-surface p-4 sm:p-6 ${index > 0 ? "print:break-before-page" : ""}`}
      aria-labelledby={`${uid}-${doc.id}-title`}
      data-doc={doc.id}
    >
      <Heading
        embedded={embedded}
        id={`${uid}-${doc.id}-title`}
        class={`mb-3 text-xl font-bold ${letter ? "text-center" : ""}`}
      >
        {doc.title}
      </Heading>
      <div id={bodyId} class="space-y-3 leading-relaxed">
        {doc.blocks.map((b, i) => (
          <BlockView key={i} block={b} indent={letter && i > 0 && i < doc.blocks.length - 2 && b.type === "p"} />
        ))}
      </div>
      <div class="mt-4">
        <CopyButton text={docText(doc)} target={bodyId} label={`复制${doc.title}`} copy={copy} />
      </div>
    </article>
  );
}

function View({ api, uid, embedded, toolHref, copy }: ViewProps<LetterValues, LetterCopy>) {
  const { values, set, notes, query, reset } = api;
  const r = evaluateLetter(values, copy.docs);
  const f = r.fields;

  return (
    <CalculatorFrame name="letter" notes={notes} embedded={embedded} toolHref={toolHref} query={query} copy={copy}>
      <form class="no-print grid gap-x-4 sm:grid-cols-2" onSubmit={(e) => e.preventDefault()} aria-label="协商材料生成">
        <fieldset class="sm:col-span-2">
          <legend class="mb-1 text-lg font-bold">{copy.you}</legend>
          <p class="mb-3 rounded-md border-l-4 border-accent bg-accent-soft px-3 py-2 text-sm" id={`${uid}-privacy`}>
            {copy.keep}
          </p>
          <div class="grid gap-x-4 sm:grid-cols-2">
            <TextField
              id={`${uid}-name`}
              label={copy.name}
              value={values.name}
              onInput={set("name")}
              inputMode="text"
              maxLength={PRIVATE_LIMITS.name}
              hint={copy.nameHint}
            />
            <TextField
              id={`${uid}-lender`}
              label={copy.lender}
              value={values.lender}
              onInput={set("lender")}
              inputMode="text"
              maxLength={PRIVATE_LIMITS.lender}
              hint={copy.lenderHint}
            />
            <TextField id={`${uid}-owed`} label={copy.owed} value={values.owed} onInput={set("owed")} result={f.owed} />
            <TextField
              id={`${uid}-days`}
              label={copy.days}
              value={values.days}
              onInput={set("days")}
              result={f.days}
              inputMode="numeric"
              hint={copy.daysHint}
            />
            <div class="mb-4">
              <label for={`${uid}-reason`} class="mb-1 block font-medium">
                {copy.reason}
              </label>
              <select
                id={`${uid}-reason`}
                class="min-h-12 w-full rounded-md border border-line bg-surface px-2 text-lg text-text"
                value={values.reason}
                onChange={(e) => set("reason")((e.currentTarget as HTMLSelectElement).value)}
              >
                {REASONS.map((k) => (
                  <option key={k} value={k}>
                    {copy.docs.reasonLabels[k]}
                  </option>
                ))}
              </select>
            </div>
            <label class="mb-4 flex min-h-12 cursor-pointer items-center gap-3 self-end">
              <input
                type="checkbox"
                class="size-5"
                checked={values.waive === "1"}
                onChange={(e) => set("waive")((e.currentTarget as HTMLInputElement).checked ? "1" : "")}
              />
              {copy.waive}
            </label>
            <TextField
              id={`${uid}-contact`}
              label={copy.contact}
              value={values.contact}
              onInput={set("contact")}
              inputMode="text"
              maxLength={PRIVATE_LIMITS.contact}
              hint={copy.contactHint}
            />
            <div class="mb-4 sm:col-span-2">
              <label for={`${uid}-detail`} class="mb-1 block font-medium">
                具体情况（可不填，{PRIVATE_LIMITS.detail} 字以内）
              </label>
              <textarea
                id={`${uid}-detail`}
                rows={3}
                maxLength={PRIVATE_LIMITS.detail}
                aria-describedby={`${uid}-privacy`}
                class="w-full rounded-md border border-line bg-surface px-3 py-2 text-lg text-text"
                value={values.detail}
                onInput={(e) => set("detail")((e.currentTarget as HTMLTextAreaElement).value)}
              />
            </div>
          </div>
        </fieldset>
        <fieldset class="sm:col-span-2">
          <legend class="mb-2 text-lg font-bold">{copy.money}</legend>
          <div class="grid gap-x-4 sm:grid-cols-2">
            <TextField
              id={`${uid}-income`}
              label={copy.income}
              value={values.income}
              onInput={set("income")}
              result={f.income}
            />
            <TextField
              id={`${uid}-debts`}
              label={copy.debts}
              value={values.debts}
              onInput={set("debts")}
              result={f.debts}
            />
            <SpendRows
              uid={uid}
              rows={f.spend.map((x) => x.row)}
              results={f.spend.map((x) => x.result)}
              max={MAX_SPEND_ROWS}
              onChange={(next) => set("spend")(spendValue(next))}
              copy={copy}
            />
          </div>
        </fieldset>
        <fieldset class="sm:col-span-2">
          <legend class="mb-2 text-lg font-bold">{copy.proposal}</legend>
          <div class="grid gap-x-4 sm:grid-cols-2">
            <TextField
              id={`${uid}-pay`}
              label={copy.pay}
              value={values.pay}
              onInput={set("pay")}
              result={f.pay}
              hint={copy.payHint}
            />
            <TextField
              id={`${uid}-months`}
              label={copy.months}
              value={values.months}
              onInput={set("months")}
              result={f.months}
              inputMode="numeric"
              hint={copy.monthsHint}
            />
          </div>
        </fieldset>
        <div class="mb-4">
          <ResetButton onClick={reset} />
        </div>
      </form>

      <section aria-live="polite" aria-label="生成的材料">
        {r.docs ? (
          <>
            {r.warnings.length > 0 && (
              <ul
                class="no-print mb-3 space-y-1 rounded-md border-l-4 border-warn-border bg-warn-bg px-3 py-2"
                data-result="warnings"
              >
                {r.warnings.map((w) => (
                  <li key={w}>{w}</li>
                ))}
              </ul>
            )}
            <div class="no-print flex flex-wrap items-center gap-3">
              <button
                type="button"
                class="min-h-11 rounded-md bg-accent px-4 font-medium text-bg hover:bg-accent-strong"
                onClick={() => window.print()}
              >
                {copy.printAll}
              </button>
              <span class="text-sm text-muted">{copy.print}</span>
            </div>
            <div class="letter-docs" data-result="docs">
              {r.docs.map((doc, i) => (
                <Doc key={doc.id} doc={doc} uid={uid} index={i} embedded={embedded} copy={copy} />
              ))}
            </div>
          </>
        ) : (
          <Invalid copy={copy} />
        )}
      </section>
    </CalculatorFrame>
  );
}
