/**
 * Offline reading: the service worker's rules, as pure functions (src/scripts/service-worker.ts
 * only wires them to the browser's events; docs/offline.md explains them for readers of the code).
 *
 * Update rule, in short:
 * - Pages (navigation requests) are network-first. The network gets NAVIGATION_TIMEOUT_MS; only if
 *   it is slower than that AND a saved copy exists is the saved copy shown (the network answer still
 *   refreshes the copy for next time). With no saved copy the worker waits for the network as long
 *   as the browser would. On a network error it shows the saved copy, else the offline page. So an
 *   online reader always gets the deployed page, and a new version is used on the next load.
 * - Hashed build assets (/_astro/, names change when contents change) are cache-first.
 * - Other files under the base (favicon, manifest, Pagefind's index) are network-first, saved as
 *   they are used, and read from the cache only when the network fails.
 * - The worker calls skipWaiting() and clients.claim(): a new sw.js (its version is a hash of what
 *   it precaches, so any change to those files makes a new sw.js) takes over as soon as it has
 *   precached everything, and on activate deletes the caches of every other version.
 *   The saved pages (PAGE_CACHE) are kept across versions on purpose: they are what the reader
 *   opened, and each online visit replaces the copy with the current page anyway.
 */
import { ROUTES } from "../routes";

/** Milliseconds the network has to answer a page before a saved copy is shown instead. */
export const NAVIGATION_TIMEOUT_MS = 4000;

/** Cache names start with this, so activate deletes only this site's old caches. */
export const CACHE_PREFIX = "xs-offline";
/** The pages the reader opened: kept across versions, at most MAX_SAVED_PAGES of them. */
export const PAGE_CACHE = `${CACHE_PREFIX}-pages`;
export const MAX_SAVED_PAGES = 150;

/** The page shown for a page that was never saved, while offline (src/pages/offline.astro). */
export const OFFLINE_PATH = ROUTES.offline;

/** Attribute the worker adds to <html> of a page it serves from the cache (see markSaved). */
export const SAVED_ATTRIBUTE = "data-saved-copy";

/** The caches of one worker version: what it precaches, and what it saves at runtime. */
export function versionCaches(version: string): { precache: string; runtime: string } {
  return { precache: `${CACHE_PREFIX}-precache-${version}`, runtime: `${CACHE_PREFIX}-runtime-${version}` };
}

/** Of the existing cache names, those to delete when `version` activates. */
export function staleCaches(names: readonly string[], version: string): string[] {
  const keep = new Set([PAGE_CACHE, ...Object.values(versionCaches(version))]);
  return names.filter((n) => n.startsWith(`${CACHE_PREFIX}-`) && !keep.has(n));
}

export type Strategy =
  /** A page: network-first with a timeout, then the saved copy, then the offline page. */
  | "page"
  /** A hashed build asset: cache-first. */
  | "hashed"
  /** Another file of the site: network-first, cache when the network fails. */
  | "file"
  /** Not the worker's business: the browser handles it as if there were no worker. */
  | "none";

export interface RequestInfo {
  url: string;
  method: string;
  /** Request.mode: "navigate" for pages. */
  mode: string;
  /** True when the request carries a Range header (media streaming): never cached. */
  range?: boolean;
}

/**
 * How the worker answers a request. `scope` is the worker's scope URL (origin + base, e.g.
 * "https://example.org/guide/"). Only GET requests to the site itself, under the base, are handled;
 * the worker script itself is always left to the browser.
 */
export function strategyFor(request: RequestInfo, scope: string): Strategy {
  if (request.method !== "GET" || request.range) return "none";
  let url: URL, base: URL;
  try {
    url = new URL(request.url);
    base = new URL(scope);
  } catch {
    return "none";
  }
  if (url.origin !== base.origin || !url.pathname.startsWith(base.pathname)) return "none";
  const path = url.pathname.slice(base.pathname.length);
  if (path === "sw.js") return "none";
  if (request.mode === "navigate") return "page";
  if (/^_astro\/[^/]+$/.test(path)) return "hashed";
  return "file";
}

/** The key a page is saved under: its URL without query or fragment (?hl=…, ?q=… share one copy). */
export function pageKey(url: string): string {
  const u = new URL(url);
  u.search = "";
  u.hash = "";
  return u.href;
}

/** Why a saved copy was shown: the network failed (offline), or was slower than the timeout. */
export type SavedReason = "offline" | "slow";

/**
 * Marks a page served from the cache, so the page can say that it may be out of date: adds
 * SAVED_ATTRIBUTE="reason" to the first <html> tag. Text that is not an HTML page comes back unchanged.
 * (navigator.onLine is no guide: a weak connection is "online" while every request fails.)
 */
export function markSaved(html: string, reason: SavedReason): string {
  return html.replace(/<html(?=[\s>])/i, `<html ${SAVED_ATTRIBUTE}="${reason}"`);
}

/** Which of the saved pages' keys (oldest first, as Cache.keys() lists them) to delete to keep `max`. */
export function pagesToEvict(keys: readonly string[], max = MAX_SAVED_PAGES): string[] {
  return keys.length > max ? keys.slice(0, keys.length - max) : [];
}

/**
 * The page strategy. `network` is the fetch already started; `saved(reason)` looks up the saved
 * copy; `fallback()` the offline page. The timeout applies only when a saved copy exists: a reader
 * with nothing saved waits for the network as long as the browser would. Rejects (a network error
 * response) only when there is neither a saved copy nor an offline page.
 */
export async function networkFirst<R>(
  network: Promise<R>,
  saved: (reason: SavedReason) => Promise<R | undefined>,
  fallback: () => Promise<R | undefined>,
  timeoutMs = NAVIGATION_TIMEOUT_MS,
): Promise<R> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<"timeout">((resolve) => (timer = setTimeout(resolve, timeoutMs, "timeout")));
  try {
    const first = await Promise.race([network, timeout]);
    if (first !== "timeout") return first;
    return (await saved("slow")) ?? (await network);
  } catch (error) {
    const copy = (await saved("offline")) ?? (await fallback());
    if (copy === undefined) throw error;
    return copy;
  } finally {
    clearTimeout(timer);
  }
}
