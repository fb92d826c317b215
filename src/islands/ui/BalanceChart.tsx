/**
 * The balance-over-time chart of the proposal comparison: a small inline SVG, the same on the
 * server and in the browser (no inline styles, so it passes the Content-Security-Policy).
 * Lines differ by dash pattern as well as colour; role="img" with a summary for screen readers;
 * the calculator shows the same numbers in a table below.
 */
import { chartGeometry, chartSummary, SERIES_STYLE } from "@/lib/calculators/compare";
import type { ProposalError, ProposalResult } from "@/lib/finance/compare";
import type { CompareCopy } from "@/lib/calculators/copy";

interface Props {
  outcomes: readonly (ProposalResult | ProposalError)[];
  names: readonly string[];
  copy: Pick<CompareCopy, "axis" | "axisMonth" | "failed" | "text">;
}

export function BalanceChart({ outcomes, names, copy }: Props) {
  const g = chartGeometry(outcomes);
  return (
    <figure class="m-0">
      <svg
        viewBox={`0 0 ${g.width} ${g.height}`}
        class="h-auto w-full max-w-xl text-muted"
        role="img"
        aria-label={chartSummary(outcomes, names, copy.text)}
        data-result="chart"
      >
        {g.yTicks.map((t) => (
          <g key={t.y}>
            <line x1={g.left} x2={g.right} y1={t.y} y2={t.y} class="stroke-line" stroke-width="1" />
            <text x={g.left - 4} y={t.y + 4} text-anchor="end" font-size="10" fill="currentColor">
              {t.label}
            </text>
          </g>
        ))}
        {g.xTicks.map((t) => (
          <text key={t.x} x={t.x} y={g.bottom + 14} text-anchor="middle" font-size="10" fill="currentColor">
            {t.label}
          </text>
        ))}
        <text x={g.right} y={g.height - 1} text-anchor="end" font-size="10" fill="currentColor">
          {copy.axisMonth}
        </text>
        {g.lines.map((line) => {
          if (!line) return null;
          const style = SERIES_STYLE[line.index] ?? SERIES_STYLE[0];
          return (
            <polyline
              key={line.index}
              points={line.points}
              fill="none"
              class={style.stroke}
              stroke-width="2.5"
              stroke-dasharray={style.dash || undefined}
              stroke-linejoin="round"
            />
          );
        })}
      </svg>
      <figcaption class="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-sm">
        {outcomes.map((o, i) => {
          const style = SERIES_STYLE[i] ?? SERIES_STYLE[0];
          return (
            <span key={i} class="inline-flex items-center gap-1">
              <svg viewBox="0 0 24 6" class="h-2 w-6" aria-hidden="true">
                <line
                  x1="0"
                  x2="24"
                  y1="3"
                  y2="3"
                  class={style.stroke}
                  stroke-width="3"
                  stroke-dasharray={style.dash || undefined}
                />
              </svg>
              {names[i]}
              {!o.ok && copy.failed}
            </span>
          );
        })}
        <span class="text-muted">{copy.axis}</span>
      </figcaption>
    </figure>
  );
}
