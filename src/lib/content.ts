/**
 * Route data for articles, computed once per build and read by pages and components.
 * This is the only module that calls getCollection("articles").
 */
import { getCollection, type CollectionEntry } from "astro:content";
import { toArticleMeta, sortArticles, type ArticleMeta } from "./articles";

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
    return sortArticles(list);
  })();
  return cache;
}
