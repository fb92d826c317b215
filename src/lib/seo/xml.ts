/** XML text shared by the Atom feed (feed.ts) and the preview-card SVGs (card-svg.ts). */

/**
 * Escape text for XML character data and double-quoted attributes; drops characters XML forbids
 * and writes line breaks as "\n" (what an XML parser would turn "\r\n" and "\r" into anyway).
 */
export function escapeXmlText(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "")
    .replace(/[<>&"]/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;" })[c]!);
}
