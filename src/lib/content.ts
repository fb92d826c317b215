/**
 * Route data for articles, computed once per build and read by pages and components.
 * This is the only module that calls getCollection("articles").
 */
import { getCollection, type CollectionEntry } from "astro:content";
import { toArticleMeta, sortArticles, type ArticleMeta } from "./articles";
import { expiredFacts, expiryWarning } from "./time-limited";

export interface Article extends ArticleMeta {
  entry: CollectionEntry<"articles">;
}

let cache: Promise<Article[]> | undefined;

export function getArticles(): Promise<Article[]> {
  cache ??= (async () => {
    const entries = await getCollection("articles");
    const list = entries.map((entry) => ({ ...toArticleMeta(entry.id, entry.data), entry }));
    const seen = new Set<string>();
    for (const a of list) {
      if (seen.has(a.id)) throw new Error(`重复的文章 id：${a.id}`);
      seen.add(a.id);
    }
    const today = new Date();
    for (const a of list) {
      for (const fact of expiredFacts(a.entry.data.timeLimited ?? [], today, a.entry.data.reviewed))
        console.warn(expiryWarning(a.id, fact));
    }
    return sortArticles(list);
  })();
  return cache;
}
