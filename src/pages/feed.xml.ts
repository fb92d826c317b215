import type { APIRoute } from "astro";
import { getCategory } from "@/lib/categories";
import { getArticles } from "@/lib/content";
import { ROUTES } from "@/lib/routes";
import { SITE } from "@/lib/site";
import { siteUrl } from "@/lib/url";
import { atomFeed, FEED_PATH } from "@/lib/seo/feed";

/** feed.xml: Atom feed of every article, newest review first (see src/lib/seo/feed.ts). */
export const GET: APIRoute = async () => {
  const articles = await getArticles();
  const body = atomFeed({
    title: SITE.name,
    subtitle: SITE.tagline,
    lang: SITE.lang,
    homeUrl: siteUrl(ROUTES.home),
    feedUrl: siteUrl(FEED_PATH),
    entries: articles.map((a) => ({
      title: a.title,
      url: siteUrl(a.path),
      updated: a.entry.data.reviewed,
      summary: a.entry.data.description,
      category: getCategory(a.category).name,
    })),
  });
  return new Response(body, { headers: { "Content-Type": "application/atom+xml; charset=utf-8" } });
};
