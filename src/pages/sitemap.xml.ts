import type { APIRoute } from "astro";
import { CATEGORIES } from "@/lib/categories";
import { ROUTES, categoryPath, toolPath } from "@/lib/routes";
import { readyTools } from "@/lib/tools";
import { getArticles } from "@/lib/content";
import { isoDate } from "@/lib/format";
import { url } from "@/lib/url";
import { pathInScript } from "@/lib/script-path";

/** sitemap.xml: every indexable page; articles carry their review date as lastmod. */
export const GET: APIRoute = async ({ site }) => {
  const abs = (path: string) => new URL(url(path), site).href;
  const articles = await getArticles();
  const entries: { loc: string; lastmod?: string }[] = [
    { loc: abs(ROUTES.home) },
    ...CATEGORIES.map((c) => ({ loc: abs(categoryPath(c.id)) })),
    ...articles.map((a) => ({ loc: abs(a.path), lastmod: isoDate(a.entry.data.reviewed) })),
    { loc: abs(ROUTES.tools) },
    ...readyTools().map((t) => ({ loc: abs(toolPath(t.slug)) })),
    { loc: abs(ROUTES.glossary) },
    { loc: abs(ROUTES.faq) },
    { loc: abs(ROUTES.search) },
    { loc: abs(ROUTES.about) },
  ];
  // Every page again in Traditional characters (generated at build time under /zh-hant/: src/lib/hant/).
  const hant = entries.map((e) => ({
    ...e,
    loc: new URL(pathInScript(import.meta.env.BASE_URL, new URL(e.loc).pathname, "hant"), site).href,
  }));
  const body =
    `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n` +
    [...entries, ...hant]
      .map((e) => `  <url><loc>${e.loc}</loc>${e.lastmod ? `<lastmod>${e.lastmod}</lastmod>` : ""}</url>`)
      .join("\n") +
    `\n</urlset>\n`;
  return new Response(body, { headers: { "Content-Type": "application/xml; charset=utf-8" } });
};
