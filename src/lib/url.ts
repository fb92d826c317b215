/** Base-aware URL helper for components: the only place that reads the configured base. */
import { withBase } from "./routes";
import { absoluteUrl } from "./seo/meta";

export function url(path: string): string {
  return withBase(import.meta.env.BASE_URL, path);
}

/** Absolute URL (site origin + base + path), for link previews, the feed and structured data. */
export function siteUrl(path: string): string {
  return absoluteUrl(import.meta.env.SITE, import.meta.env.BASE_URL, path);
}
