/**
 * Shared URL-state helpers for the calculators: each tool keeps its inputs in the query string
 * so a result can be shared. Values are only ever used as text (input values), never as markup.
 */

/** Longest value read from a single-value parameter; anything longer is ignored as hostile or broken. */
export const MAX_PARAM_LENGTH = 40;

/** Longest value read from a list parameter (spend, debts): room for about ten rows. */
export const MAX_LIST_LENGTH = 400;

export interface QueryRead<K extends string> {
  values: Record<K, string>;
  /** Chinese notes about parameters that were ignored, to show on the page. */
  notes: string[];
}

/**
 * Read known string parameters from a query string, falling back to defaults.
 * Over-long values (longer than `limits[key]`, else {@link MAX_PARAM_LENGTH}), control characters
 * and angle brackets are ignored with a note. Unknown parameters are ignored silently.
 */
export function readParams<K extends string>(
  search: string,
  defaults: Record<K, string>,
  limits: Partial<Record<K, number>> = {},
): QueryRead<K> {
  const params = new URLSearchParams(search.startsWith("?") ? search.slice(1) : search);
  const values = { ...defaults };
  const notes: string[] = [];
  for (const key of Object.keys(defaults) as K[]) {
    const raw = params.get(key);
    if (raw === null) continue;
    // eslint-disable-next-line no-control-regex -- control characters are exactly what is rejected
    if (raw.length > (limits[key] ?? MAX_PARAM_LENGTH) || /[\u0000-\u001f\u007f<>]/.test(raw)) {
      notes.push(`链接里的参数 ${key} 无法使用，已改用默认值。`);
      continue;
    }
    values[key] = raw;
  }
  return { values, notes };
}

/** Serialise values to a query string (without "?"), in the order of `keys`, skipping empty ones. */
export function writeParams<K extends string>(values: Record<K, string>, keys: readonly K[]): string {
  const params = new URLSearchParams();
  for (const key of keys) {
    const v = values[key].trim();
    if (v !== "") params.set(key, v);
  }
  return params.toString();
}

/** True when the query string sets at least one of `keys`. */
export function hasAny(search: string, keys: readonly string[]): boolean {
  const params = new URLSearchParams(search.startsWith("?") ? search.slice(1) : search);
  return keys.some((k) => params.has(k));
}
