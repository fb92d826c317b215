/**
 * Reciprocal-rank fusion: several ranked lists become one. A page scores, for every list it is
 * in, weight / (k + rank); pages found by many lists, or near the top of important ones, rise.
 * Scores from different Pagefind queries are not comparable, ranks are.
 */
export interface RankedList<T> {
  ids: readonly string[];
  weight: number;
  /** Anything to remember about the list (returned with each id's best list). */
  tag: T;
}

export interface Fused<T> {
  id: string;
  score: number;
  /** The list that contributed most to this id's score. */
  best: T;
}

export function fuse<T>(lists: readonly RankedList<T>[], k = 10): Fused<T>[] {
  const acc = new Map<string, { score: number; bestPart: number; best: T; order: number }>();
  let order = 0;
  for (const list of lists) {
    list.ids.forEach((id, rank) => {
      const part = list.weight / (k + rank + 1);
      const cur = acc.get(id);
      if (!cur) acc.set(id, { score: part, bestPart: part, best: list.tag, order: order++ });
      else {
        cur.score += part;
        if (part > cur.bestPart) {
          cur.bestPart = part;
          cur.best = list.tag;
        }
      }
    });
  }
  return [...acc.entries()]
    .sort((a, b) => b[1].score - a[1].score || a[1].order - b[1].order)
    .map(([id, v]) => ({ id, score: v.score, best: v.best }));
}
