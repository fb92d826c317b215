import { describe, expect, it } from "vitest";
import { markdownToHtml } from "satteri";
import { headingIds } from "./plugins";

describe("headingIds plugin", () => {
  it("gives ## and ### headings an id and a link to it, leaving their text as written", async () => {
    const texts: string[] = [];
    const { html } = markdownToHtml("## 需要准备 **材料** [#documents]\n\n正文\n\n### 子标题\n\n## 第二\n", {
      hastPlugins: [
        headingIds,
        // Later plugins (Astro's own heading list, hence the table of contents) see the text only.
        {
          name: "text",
          element: { filter: ["h2", "h3"], visit: (node, ctx) => void texts.push(ctx.textContent(node)) },
        },
      ],
    });
    expect(html).toContain(
      '<h2 id="documents">需要准备 <strong>材料</strong><a href="#documents" class="hlink" aria-label="本节链接"></a></h2>',
    );
    expect(html).toContain('<h3 id="s1-1">子标题<a href="#s1-1" class="hlink" aria-label="本节链接"></a></h3>');
    expect(html).toContain('<h2 id="s2">第二<a href="#s2" class="hlink" aria-label="本节链接"></a></h2>');
    expect(texts).toEqual(["需要准备 材料", "子标题", "第二"]);
  });
});
