/** A labelled group of large radio buttons (repayment method, quote kind, interest mode…). */
interface Props<T extends string> {
  legend: string;
  name: string;
  options: readonly T[];
  labels: Readonly<Record<T, string>>;
  value: string;
  onChange: (value: T) => void;
  class?: string;
}

export function ChoiceGroup<T extends string>({
  legend,
  name,
  options,
  labels,
  value,
  onChange,
  class: cls = "",
}: Props<T>) {
  return (
    <fieldset class={`mb-3 ${cls}`}>
      <legend class="mb-1 font-medium">{legend}</legend>
      <div class="flex flex-wrap gap-2">
        {options.map((o) => (
          <label
            key={o}
            class={`inline-flex min-h-11 cursor-pointer items-center gap-2 rounded-md border px-3 ${value === o ? "border-accent bg-accent-soft" : "border-line"}`}
          >
            <input type="radio" name={name} value={o} checked={value === o} onChange={() => onChange(o)} />
            {labels[o]}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
