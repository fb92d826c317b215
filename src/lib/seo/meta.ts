/**
 * Link-preview tags (Open Graph, read by WeChat, QQ, Weibo, Telegram…, and the Twitter card) for
 * one page, as plain data; src/components/head/SocialMeta.astro only prints them.
 * Every URL in them is absolute: a preview is fetched by a crawler that knows no base.
 */
import { withBase } from "../routes";

/** Size of every generated preview image (the common 1.91:1 "large" card). */
export const PREVIEW_SIZE = { width: 1200, height: 630 } as const;

/** Absolute URL of a root-relative site path, with the deployment base (SITE_BASE) prefixed. */
export function absoluteUrl(site: URL | string, base: string | undefined, path: string): string {
  return new URL(withBase(base, path), site).href;
}

/**
 * Root-relative path of a page's preview image: "/" → "/og/home.png",
 * "/process/prepare/" → "/og/process/prepare.png". ("home" is no route of the site.)
 */
export function previewImagePath(pagePath: string): string {
  return `/og/${previewImageSlug(pagePath)}.png`;
}

/** The [...slug] of src/pages/og/[...slug].png.ts for a page path (see previewImagePath). */
export function previewImageSlug(pagePath: string): string {
  const trimmed = pagePath.replace(/^\/+|\/+$/g, "");
  return trimmed === "" ? "home" : trimmed;
}

export interface SocialInput {
  /** Page title without the site name (the site name goes into og:site_name). */
  title: string;
  description: string;
  /** The canonical URL (absolute). */
  url: string;
  type: "website" | "article";
  siteName: string;
  /** BCP 47 tag such as "zh-CN"; written as og:locale "zh_CN". */
  lang: string;
  image?: { url: string; alt: string; width: number; height: number } | undefined;
}

/** One <meta> tag: Open Graph uses `property`, the Twitter card `name`. */
export interface MetaTag {
  key: "property" | "name";
  id: string;
  content: string;
}

/**
 * The tags, in print order. Lean on purpose (every byte is on every page): twitter:title and
 * twitter:description are left out because the card falls back to og:title and og:description.
 */
export function socialMeta(input: SocialInput): MetaTag[] {
  const og = (id: string, content: string): MetaTag => ({ key: "property", id: `og:${id}`, content });
  const tags = [
    og("type", input.type),
    og("site_name", input.siteName),
    og("locale", input.lang.replace("-", "_")),
    og("title", input.title),
    og("description", input.description),
    og("url", input.url),
  ];
  if (input.image) {
    tags.push(
      og("image", input.image.url),
      og("image:width", String(input.image.width)),
      og("image:height", String(input.image.height)),
      og("image:alt", input.image.alt),
    );
  }
  tags.push({ key: "name", id: "twitter:card", content: input.image ? "summary_large_image" : "summary" });
  return tags;
}
