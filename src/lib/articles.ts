/**
 * Pure helpers over the list of articles: ordering, grouping, previous/next and related links.
 * They take plain objects so they can be unit-tested without Astro.
 */
import { CATEGORY_IDS, categoryIndex, type CategoryId } from "./categories";
import { articlePath, isValidSlug, parseArticleId } from "./routes";

export interface ArticleMeta {
  /** "category/slug", the id used in `related:` */
  id: string;
  category: CategoryId;
  slug: string;
  title: string;
  order: number;
  path: string;
}

/** Site order: by category, then `order`, then title (so ties are still deterministic). */
export function compareArticles(a: ArticleMeta, b: ArticleMeta): number {
  return (
    categoryIndex(a.category) - categoryIndex(b.category) ||
    a.order - b.order ||
    a.title.localeCompare(b.title, "zh-CN") ||
    a.slug.localeCompare(b.slug)
  );
}

export function sortArticles<T extends ArticleMeta>(list: readonly T[]): T[] {
  return [...list].sort(compareArticles);
}

export function groupByCategory<T extends ArticleMeta>(list: readonly T[]): Map<CategoryId, T[]> {
  const groups = new Map<CategoryId, T[]>(CATEGORY_IDS.map((id) => [id, []]));
  for (const item of sortArticles(list)) groups.get(item.category)?.push(item);
  return groups;
}

/** Previous and next article within the same category, in site order. */
export function prevNext<T extends ArticleMeta>(list: readonly T[], id: string): { prev?: T; next?: T } {
  const same = sortArticles(list.filter((a) => a.category === list.find((x) => x.id === id)?.category));
  const i = same.findIndex((a) => a.id === id);
  if (i === -1) return {};
  return { prev: same[i - 1], next: same[i + 1] };
}

/**
 * Turn a collection entry id and its declared category into ArticleMeta, or explain what is wrong
 * (the build reports these messages with the file name).
 */
export function toArticleMeta(
  entryId: string,
  data: { category: CategoryId; title: string; order: number },
): ArticleMeta {
  const parsed = parseArticleId(entryId);
  if (!parsed) throw new Error(`content/articles/${entryId}: 文章应放在 content/articles/<分类>/<slug>.mdx`);
  if (parsed.folder !== data.category) {
    throw new Error(
      `content/articles/${entryId}.mdx: category 字段为 “${data.category}”，但文件在 “${parsed.folder}” 文件夹里`,
    );
  }
  if (!isValidSlug(parsed.slug)) {
    throw new Error(`content/articles/${entryId}.mdx: 文件名（slug）只能是小写英文、数字和连字符，且不超过 40 个字符`);
  }
  return {
    id: `${data.category}/${parsed.slug}`,
    category: data.category,
    slug: parsed.slug,
    title: data.title,
    order: data.order,
    path: articlePath(data.category, parsed.slug),
  };
}

/** Resolve `related:` ids to articles; unknown ids are an error naming the article. */
export function resolveRelated<T extends ArticleMeta>(
  list: readonly T[],
  fromId: string,
  related: readonly string[],
): T[] {
  return related.map((rid) => {
    const found = list.find((a) => a.id === rid);
    if (!found) throw new Error(`content/articles/${fromId}.mdx: related 里的 “${rid}” 不是已有文章`);
    return found;
  });
}
