/** The frame every calculator shares: ignored-parameter notes, the tool-page link, the privacy line. */
import type { ComponentChildren } from "preact";

interface Props {
  name: string;
  notes: string[];
  embedded: boolean;
  toolHref: string;
  query: string;
  children: ComponentChildren;
}

export function CalculatorFrame({ name, notes, embedded, toolHref, query, children }: Props) {
  return (
    <div class="calculator rounded-xl border border-line bg-surface p-4 sm:p-5" data-calculator={name}>
      {notes.length > 0 && (
        <div role="status" class="mb-3 rounded-md border-l-4 border-warn-border bg-warn-bg px-3 py-2 text-sm">
          {notes.map((n) => (
            <p key={n}>{n}</p>
          ))}
        </div>
      )}
      {children}
      {embedded && toolHref && (
        <p class="mt-3 text-sm">
          <a href={toolHref.split("?")[0] + (query ? `?${query}` : "")}>在计算器页面打开（可以分享链接）</a>
        </p>
      )}
      <p class="mt-2 text-xs text-muted">计算只在你的设备上进行。结果是估算，实际金额以放贷机构的账单和合同为准。</p>
    </div>
  );
}

export function ResetButton({ onClick }: { onClick: () => void }) {
  return (
    <button
      type="button"
      class="min-h-11 rounded-md border border-line px-4 text-text hover:bg-surface-2"
      onClick={onClick}
    >
      恢复示例数字
    </button>
  );
}

export function Invalid() {
  return <p class="rounded-md bg-surface-2 p-3">请先改正上面标红的输入，结果会立刻更新。</p>;
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
