/** The frame every calculator shares: ignored-parameter notes, the tool-page link, the privacy line. */
import type { ComponentChildren } from "preact";
import type { FrameCopy } from "@/lib/calculators/copy";

interface Props {
  name: string;
  notes: string[];
  embedded: boolean;
  toolHref: string;
  query: string;
  /** The frame's sentences (passed in by the page, see src/lib/calculators/copy.ts). */
  copy: FrameCopy;
  children: ComponentChildren;
}

export function CalculatorFrame({ name, notes, embedded, toolHref, query, copy, children }: Props) {
  return (
    <div class="calculator rounded-xl border border-line bg-surface p-3 sm:p-5" data-calculator={name}>
      {notes.length > 0 && (
        <div role="status" class="mb-3 rounded-md border-l-4 border-warn-border bg-warn-bg px-3 py-2 text-sm">
          {notes.map((n) => (
            <p key={n}>{n}</p>
          ))}
        </div>
      )}
      {children}
      {embedded && toolHref && (
        <p class="no-print mt-3 text-sm">
          <a href={toolHref.split("?")[0] + (query ? `?${query}` : "")}>{copy.open}</a>
        </p>
      )}
      <p class="mt-2 text-xs text-muted">{copy.privacy}</p>
    </div>
  );
}

export function ResetButton({ onClick }: { onClick: () => void }) {
  return (
    <button
      type="button"
      class="no-print min-h-11 rounded-md border border-line px-4 text-text hover:bg-surface-2"
      onClick={onClick}
    >
      恢复示例数字
    </button>
  );
}

export function Invalid({ copy }: { copy: FrameCopy }) {
  return <p class="rounded-md bg-surface-2 p-3">{copy.invalid}</p>;
}

export function Figure({
  label,
  value,
  name,
  big = false,
}: {
  label: string;
  value: string;
  name: string;
  big?: boolean;
}) {
  return (
    <div class={big ? "rounded-lg bg-accent-soft p-4 sm:col-span-2" : "rounded-lg border border-line p-3"}>
      <dt class="text-sm text-muted">{label}</dt>
      <dd class={big ? "text-3xl font-bold text-accent-strong" : "text-xl font-semibold"} data-result={name}>
        {value}
      </dd>
    </div>
  );
}

/**
 * A heading inside a calculator: h2 on the tool page (right under the page's h1), h3 when the
 * calculator is embedded in an article (under the article's h2), so heading levels never skip.
 */
export function Heading({
  embedded,
  id,
  class: cls,
  children,
}: {
  embedded: boolean;
  id?: string;
  class?: string;
  children: ComponentChildren;
}) {
  return embedded ? (
    <h3 id={id} class={cls}>
      {children}
    </h3>
  ) : (
    <h2 id={id} class={cls}>
      {children}
    </h2>
  );
}
