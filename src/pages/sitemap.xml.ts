import type { APIRoute } from "astro";
import { CATEGORIES } from "@/lib/categories";
import { ROUTES, categoryPath, toolPath } from "@/lib/routes";
import { readyTools } from "@/lib/tools";
import { getArticles } from "@/lib/content";
import { isoDate } from "@/lib/format";
import { siteUrl } from "@/lib/url";
import { pathInScript } from "@/lib/script-path";

/** sitemap.xml: every indexable page; articles carry their review date as lastmod. */
export const GET: APIRoute = async () => {
  const articles = await getArticles();
  const pages: { path: string; lastmod?: string }[] = [
    { path: ROUTES.home },
    ...CATEGORIES.map((c) => ({ path: categoryPath(c.id) })),
    ...articles.map((a) => ({ path: a.path, lastmod: isoDate(a.entry.data.reviewed) })),
    { path: ROUTES.tools },
    ...readyTools().map((t) => ({ path: toolPath(t.slug) })),
    { path: ROUTES.glossary },
    { path: ROUTES.faq },
    { path: ROUTES.search },
    { path: ROUTES.about },
  ];
  // Every page again in Traditional characters (generated at build time under /zh-hant/: src/lib/hant/).
  const hant = pages.map((p) => ({ ...p, path: pathInScript("/", p.path, "hant") }));
  const body =
    `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n` +
    [...pages, ...hant]
      .map((p) => `  <url><loc>${siteUrl(p.path)}</loc>${p.lastmod ? `<lastmod>${p.lastmod}</lastmod>` : ""}</url>`)
      .join("\n") +
    `\n</urlset>\n`;
  return new Response(body, { headers: { "Content-Type": "application/xml; charset=utf-8" } });
};
