/**
 * The link a reader shares or prints. It is the page's own address, less what belongs only to
 * this visit: `hl` (the words highlighted after a search, src/scripts/search-highlight.ts).
 * On a tool page the query holds the reader's inputs (amounts, rates); `bare` drops it, so the
 * link opens the calculator with its worked example instead of the reader's own numbers.
 */
export function shareUrl(href: string, bare = false): string {
  const url = new URL(href);
  if (bare) url.search = "";
  // Rewritten only when needed: URLSearchParams re-encodes every other parameter.
  else if (url.searchParams.has("hl")) url.searchParams.delete("hl");
  return url.href;
}

/** File name for the saved QR code image: "二维码-<last path segment>.png", "二维码-首页.png" for the home page. */
export function qrFileName(href: string): string {
  const segments = new URL(href).pathname.split("/").filter(Boolean);
  const last = segments[segments.length - 1];
  return `二维码-${last ? decodeURIComponent(last) : "首页"}.png`;
}
