/**
 * The site's icon: one SVG, served as /favicon.svg (src/pages/favicon.svg.ts, for the web app
 * manifest and anyone who asks for the file) and written into every page as a data: URL, so a
 * first visit makes no request for it while the page is still loading.
 */
export const ICON_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="7" fill="#0b5d56"/><path d="M9 17.5l4.5 4.5L23 11" stroke="#f7f5f0" stroke-width="3.2" fill="none" stroke-linecap="round" stroke-linejoin="round"/></svg>';

/**
 * An SVG as a data: URL, percent-encoding only what must be (RFC 3986 and HTML attribute safety):
 * shorter than base64, and still readable in the page source.
 */
export function svgDataUrl(svg: string): string {
  const body = svg
    .replace(/"/g, "'")
    .replace(/\s+/g, " ")
    .replace(/[%#<>{}|\\^`\r\n]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`);
  return `data:image/svg+xml,${body}`;
}

/** The icon as written into every page's <link rel="icon">: computed once, not per page. */
export const ICON_DATA_URL = svgDataUrl(ICON_SVG);
