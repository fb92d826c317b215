/**
 * Monthly spending rows ("房租:1800,吃饭:1500"), shared by the budget calculator and the letter
 * generator: the list in one URL parameter ⇄ editable rows ⇄ parsed amounts.
 */
import { parseAmount, type ParseResult } from "../finance/parse";
import { joinRows, splitRows } from "./list";

export interface SpendRow {
  name: string;
  amount: string;
}

/** Most spending rows kept (the URL parameter has room for about this many). */
export const MAX_SPEND_ROWS = 12;

/** Plans use this share of what is left each month, keeping the rest as a margin for surprises. */
export const PLAN_SHARE = 0.8;

/** Every row of a spend list, in order. */
export function spendRows(spend: string): SpendRow[] {
  return splitRows(spend, ",").map(([name = "", amount = ""]) => ({ name, amount }));
}

/** The rows a calculator uses: at most {@link MAX_SPEND_ROWS}. */
export function usedSpendRows(spend: string): SpendRow[] {
  return spendRows(spend).slice(0, MAX_SPEND_ROWS);
}

export function spendValue(rows: readonly SpendRow[]): string {
  return joinRows(
    rows.map((r) => [r.name, r.amount]),
    ",",
  );
}

/** The note shown when a link lists more rows than are used, or null. */
export function tooManyRowsNote(spend: string): string | null {
  return spendRows(spend).length > MAX_SPEND_ROWS
    ? `链接里的开支超过 ${MAX_SPEND_ROWS} 项，只使用了前 ${MAX_SPEND_ROWS} 项。`
    : null;
}

/** One used row: as typed, its name (a row without a name is "未命名") and how its amount was read. */
export interface SpendEntry {
  row: SpendRow;
  name: string;
  result: ParseResult<number>;
}

/** Each used row ({@link usedSpendRows}), read. */
export function parseSpend(spend: string): SpendEntry[] {
  return usedSpendRows(spend).map((row) => ({
    row,
    name: row.name || "未命名",
    result: parseAmount(row.amount, { allowZero: true }),
  }));
}
