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
  suffix?: string;
}

export function TextField({ id, label, value, onInput, result, hint, inputMode = "decimal", suffix }: Props) {
  const msgId = `${id}-msg`;
  const invalid = result !== undefined && !result.ok;
  return (
    <div class="calc-field">
      <label for={id} class="mb-1 block font-medium">
        {label}
      </label>
      <div class="flex items-center gap-2">
        <input
          id={id}
          type="text"
          inputMode={inputMode}
          autoComplete="off"
          value={value}
          onInput={(e) => onInput((e.currentTarget as HTMLInputElement).value)}
          aria-invalid={invalid ? "true" : undefined}
          aria-describedby={msgId}
          class={`min-h-12 w-full min-w-0 rounded-md border bg-surface px-3 text-lg text-text ${invalid ? "border-danger-border" : "border-line"}`}
        />
        {suffix && <span class="shrink-0 text-muted">{suffix}</span>}
      </div>
      <p
        id={msgId}
        class={`mt-1 min-h-[1.5em] text-sm ${invalid ? "font-medium text-danger-text" : "text-muted"}`}
        aria-live="polite"
      >
        {result === undefined ? hint : result.ok ? result.echo : result.error}
      </p>
    </div>
  );
}
