import type { APIRoute } from "astro";
import { SITE } from "@/lib/site";
import { url } from "@/lib/url";

export const GET: APIRoute = () =>
  new Response(
    JSON.stringify({
      name: SITE.name,
      short_name: SITE.shortName,
      description: SITE.description,
      lang: SITE.lang,
      start_url: url("/"),
      scope: url("/"),
      display: "standalone",
      background_color: SITE.themeColor.light,
      theme_color: SITE.themeColor.light,
      icons: [{ src: url("/favicon.svg"), sizes: "any", type: "image/svg+xml", purpose: "any" }],
    }),
    { headers: { "Content-Type": "application/manifest+json; charset=utf-8" } },
  );
