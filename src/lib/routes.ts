/**
 * Every URL the site builds comes from here, so a route is defined once.
 * Paths are root-relative ("/process/prepare/") and get the deployment base prepended by `withBase`.
 * Functions take the base explicitly so they stay pure and testable; components pass
 * `import.meta.env.BASE_URL` through `url()` in `src/lib/url.ts`.
 */
import type { CategoryId } from "./categories";

/** Article slugs: short lowercase ASCII words joined by hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function isValidSlug(slug: string): boolean {
  return SLUG_PATTERN.test(slug) && slug.length <= 40;
}

/** Normalise a base such as "", "/", "guide", "/guide" or "/guide/" to "/" or "/guide/". */
export function normaliseBase(base: string | undefined): string {
  const trimmed = (base ?? "").replace(/^\/+|\/+$/g, "");
  return trimmed === "" ? "/" : `/${trimmed}/`;
}

/** Prefix a root-relative path with the base. Leaves external URLs, mailto/tel and pure fragments alone. */
export function withBase(base: string | undefined, path: string): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(path) || path.startsWith("//") || path.startsWith("#")) return path;
  const b = normaliseBase(base);
  if (!path.startsWith("/")) return path;
  if (b !== "/" && (path === b.slice(0, -1) || path.startsWith(b))) return path;
  return b + path.slice(1);
}

/** Remove the base from a pathname (the inverse of withBase for root-relative paths). */
export function stripBase(base: string | undefined, pathname: string): string {
  const b = normaliseBase(base);
  if (b === "/") return pathname;
  if (pathname === b.slice(0, -1)) return "/";
  return pathname.startsWith(b) ? `/${pathname.slice(b.length)}` : pathname;
}

export const ROUTES = {
  home: "/",
  search: "/search/",
  tools: "/tools/",
  glossary: "/glossary/",
  faq: "/faq/",
  about: "/about/",
  scamWarning: "/cautions/agent-scams/",
  /** Shown by the service worker for a page not saved for offline reading (docs/offline.md). */
  offline: "/offline/",
} as const;

export function categoryPath(category: CategoryId): string {
  return `/${category}/`;
}

export function articlePath(category: CategoryId, slug: string): string {
  return `/${category}/${slug}/`;
}

export function toolPath(slug: string): string {
  return `/tools/${slug}/`;
}

export function glossaryTermPath(termId: string): string {
  return `${ROUTES.glossary}#${termId}`;
}

/**
 * The search page for a query (and category): the one place its address is built. `root` is where
 * it goes ("/" for a root-relative path, or a base / edition root ending in "/").
 */
export function searchPath(query: string, category?: string, root = "/"): string {
  const params = [query && `q=${encodeURIComponent(query)}`, category && `cat=${encodeURIComponent(category)}`];
  const search = params.filter(Boolean).join("&");
  return `${root}${ROUTES.search.slice(1)}${search ? `?${search}` : ""}`;
}

/**
 * Split a content-collection id ("process/prepare", from content/articles/process/prepare.mdx)
 * into its category folder and slug. Returns null for ids that are not exactly two segments.
 */
export function parseArticleId(id: string): { folder: string; slug: string } | null {
  const parts = id.replace(/\.mdx?$/, "").split("/");
  if (parts.length !== 2 || !parts[0] || !parts[1]) return null;
  return { folder: parts[0], slug: parts[1] };
}
