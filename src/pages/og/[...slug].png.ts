import type { APIRoute, GetStaticPaths } from "astro";
import { SITE } from "@/lib/site";
import { previewImageSlug } from "@/lib/seo/meta";
import type { PreviewCard } from "@/lib/seo/cards";
import { getPreviewCards } from "@/lib/seo/site-cards";
import { renderCards, resolveFonts } from "@/lib/seo/render";

/**
 * /og/<page>.png: each page's 1200×630 preview image, drawn at build time (src/lib/seo/render.ts).
 * Which pages have one: src/lib/seo/cards.ts. All are drawn together on the first request (in
 * parallel, off the main thread) and kept in node_modules/.cache/og-images/ for later builds.
 */
let images: Promise<Map<string, Buffer>> | undefined;

function allImages(site: URL | undefined): Promise<Map<string, Buffer>> {
  images ??= (async () =>
    renderCards(await getPreviewCards(), {
      siteName: SITE.name,
      host: site ? site.host : "",
      fonts: resolveFonts(),
      cacheDir: "node_modules/.cache/og-images",
    }))();
  return images;
}

export const getStaticPaths = (async () =>
  (await getPreviewCards()).map((card) => ({
    params: { slug: previewImageSlug(card.path) },
    props: { card },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: PreviewCard }> = async ({ props, site }) => {
  const png = (await allImages(site)).get(props.card.path);
  if (!png) throw new Error(`no preview image for ${props.card.path}`);
  return new Response(new Uint8Array(png), { headers: { "Content-Type": "image/png" } });
};
