/**
 * Heading anchors: short ASCII ids that stay stable when the Chinese heading text is edited.
 * A writer may end a heading with "[#id]" to fix its anchor; otherwise ## headings are numbered
 * s1, s2, … and ### headings below them s1-1, s1-2, … (documented in docs/writing.md).
 */
const EXPLICIT_ID = /\s*\[#([a-z][a-z0-9-]{0,39})\]\s*$/;

/** Split "标题 [#documents]" into the visible text and the explicit id, if any. */
export function parseExplicitId(text: string): { text: string; id: string | null } {
  const match = EXPLICIT_ID.exec(text);
  if (!match) return { text, id: null };
  return { text: text.slice(0, match.index), id: match[1] ?? null };
}

/** Per-document counter producing the default ids. */
export function createHeadingNumberer(): (depth: number) => string {
  let h2 = 0;
  let h3 = 0;
  return (depth: number) => {
    if (depth <= 2) {
      h2 += 1;
      h3 = 0;
      return `s${h2}`;
    }
    h3 += 1;
    return `s${h2}-${h3}`;
  };
}

/**
 * The small link after each ## / ### heading's text, to the heading itself, so a reader can copy
 * or share a link to one section. It has no text of its own (the "#" is drawn by CSS, .hlink in
 * global.css), so the heading's text stays as written in the table of contents and in the search
 * index. Its name, "本节链接", is short on purpose: being inside the heading, it is also read as part
 * of the heading's own name, and the heading tells which section it links to.
 */
export const HEADING_LINK_LABEL = "本节链接";

export function headingLink(id: string): { href: string; className: string[]; ariaLabel: string } {
  return { href: `#${id}`, className: ["hlink"], ariaLabel: HEADING_LINK_LABEL };
}
