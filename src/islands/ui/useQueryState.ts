/**
 * Form state mirrored in the URL, shared by every calculator island.
 * Embedded in an article: starts from the article's query and never touches the page URL.
 * On a tool page: reads location.search after hydration and keeps the URL in step (replaceState).
 */
import { useEffect, useMemo, useState } from "preact/hooks";

export interface QueryModel<V> {
  read: (search: string) => { values: V; notes: string[] };
  write: (values: V) => string;
}

export function useQueryState<V extends Record<string, string>>(
  model: QueryModel<V>,
  initialQuery: string,
  embedded: boolean,
) {
  const initial = useMemo(() => model.read(initialQuery), [initialQuery]);
  const [values, setValues] = useState<V>(initial.values);
  const [notes, setNotes] = useState<string[]>(initial.notes);

  useEffect(() => {
    if (embedded || !location.search) return;
    const fromUrl = model.read(location.search);
    setValues(fromUrl.values);
    setNotes(fromUrl.notes);
  }, [embedded]);

  const query = model.write(values);
  useEffect(() => {
    if (embedded) return;
    const next = `${location.pathname}${query ? `?${query}` : ""}${location.hash}`;
    if (next !== `${location.pathname}${location.search}${location.hash}`) history.replaceState(null, "", next);
  }, [embedded, query]);

  const set = (key: keyof V) => (v: string) => setValues((old) => ({ ...old, [key]: v }));
  const reset = () => {
    setValues(initial.values);
    setNotes([]);
  };
  return { values, set, notes, query, reset };
}

/** A stable id prefix for an island, unique per embedded example on a page. */
export function idPrefix(name: string, embedded: boolean, initialQuery: string): string {
  if (!embedded) return name;
  let h = 0;
  for (let i = 0; i < initialQuery.length; i++) h = (h * 31 + initialQuery.charCodeAt(i)) | 0;
  return `${name}-${Math.abs(h).toString(36)}`;
}
