/**
 * The site's preview cards, from the content collections (Astro-aware glue, like src/lib/content.ts;
 * the logic is in cards.ts). Computed once per build, read by BaseLayout and the image endpoint.
 */
import { getEntry } from "astro:content";
import { getArticles } from "../content";
import { SITE } from "../site";
import { readyTools } from "../tools";
import { previewCards, type PreviewCard } from "./cards";

let cache: Promise<PreviewCard[]> | undefined;

export function getPreviewCards(): Promise<PreviewCard[]> {
  cache ??= (async () => {
    const about = await getEntry("pages", "about");
    return previewCards({
      site: SITE,
      articles: await getArticles(),
      tools: readyTools(),
      aboutTitle: about?.data.title ?? "关于本站",
    });
  })();
  return cache;
}
