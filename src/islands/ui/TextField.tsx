/**
 * A labelled text input that shows, beside it, how the value was read or why it could not be.
 * Uses text inputs (with a numeric-friendly keyboard) rather than type="number", so that
 * "5万", "1.2w" and full-width digits can be typed.
 */
import type { ParseResult } from "@/lib/finance/parse";

interface Props {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  result?: ParseResult<unknown> | undefined;
  hint?: string;
  inputMode?: "decimal" | "numeric" | "text";
  /** Context read before the label by screen readers only, e.g. "方案一：" when several cards repeat a label. */
  srPrefix?: string;
  maxLength?: number;
}

export function TextField({
  id,
  label,
  value,
  onInput,
  result,
  hint,
  inputMode = "decimal",
  srPrefix,
  maxLength,
}: Props) {
  const msgId = `${id}-msg`;
  const invalid = result !== undefined && !result.ok;
  return (
    <div class="calc-field">
      <label for={id} class="mb-1 block font-medium">
        {srPrefix && <span class="sr-only">{srPrefix}</span>}
        {label}
      </label>
      <input
        id={id}
        type="text"
        inputMode={inputMode}
        autoComplete="off"
        maxLength={maxLength}
        value={value}
        onInput={(e) => onInput((e.currentTarget as HTMLInputElement).value)}
        aria-invalid={invalid ? "true" : undefined}
        aria-describedby={msgId}
        class={`min-h-12 w-full min-w-0 rounded-md border bg-surface px-3 text-lg text-text ${invalid ? "border-danger-border" : "border-line"}`}
      />
      <p
        id={msgId}
        class={`mt-1 min-h-[1.5em] text-sm ${invalid ? "font-medium text-danger-text" : "text-muted"}`}
        aria-live="polite"
      >
        {result === undefined ? hint : result.ok ? result.echo : result.error}
        {result?.ok && result.warning && (
          <span class="mt-1 block rounded bg-warn-bg px-1 text-text">{result.warning}</span>
        )}
      </p>
    </div>
  );
}
