/**
 * Sätteri (Astro 7's Markdown pipeline) HTML-tree plugins for articles:
 * - headingIds: explicit "[#id]" or numbered ASCII ids on h2/h3 (see heading-ids.ts), and after the
 *   text a link to the heading itself (see headingLink below);
 * - baseLinks: prefixes root-relative links with the deployment base so the site works under a sub-path;
 * - externalLinks: marks links to other sites with rel="noopener noreferrer".
 * Runs before Astro's own heading plugin, which keeps an id that is already set.
 */
import { defineHastPlugin } from "satteri";
import { createHeadingNumberer, headingLink, parseExplicitId } from "./heading-ids";
import { withBase } from "../routes";

export function headingIds() {
  const next = createHeadingNumberer();
  return defineHastPlugin({
    name: "xieshang-heading-ids",
    element: {
      filter: ["h2", "h3"],
      visit(node, ctx) {
        const depth = node.tagName === "h2" ? 2 : 3;
        const defaultId = next(depth);
        const last = node.children[node.children.length - 1];
        let id = typeof node.properties?.id === "string" ? node.properties.id : defaultId;
        if (last && last.type === "text") {
          const explicit = parseExplicitId(last.value);
          if (explicit.id) {
            ctx.replaceNode(last, { type: "text", value: explicit.text });
            id = explicit.id;
          }
        }
        ctx.setProperty(node, "id", id);
        ctx.appendChild(node, { type: "element", tagName: "a", properties: headingLink(id), children: [] });
      },
    },
  });
}

export function baseLinks(base: string) {
  return () =>
    defineHastPlugin({
      name: "xieshang-base-links",
      element: {
        filter: ["a"],
        visit(node, ctx) {
          const href = node.properties?.href;
          if (typeof href !== "string") return;
          if (href.startsWith("/") && !href.startsWith("//")) {
            ctx.setProperty(node, "href", withBase(base, href));
          } else if (/^https?:/i.test(href)) {
            ctx.setProperty(node, "rel", "noopener noreferrer");
          }
        },
      },
    });
}
