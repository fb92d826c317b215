import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { atomFeed, sortEntries, type FeedEntry } from "./feed";
import { escapeXmlText } from "./xml";
import { findAll, parseXml } from "./xml.test-helper";

const entry = (title: string, date: string, extra: Partial<FeedEntry> = {}): FeedEntry => ({
  title,
  url: `https://example.org/process/${encodeURIComponent(title)}/`,
  updated: new Date(`${date}T00:00:00Z`),
  summary: `${title}的摘要`,
  ...extra,
});

const input = {
  title: "协商还款指南",
  subtitle: "还不上时怎样协商",
  lang: "zh-CN",
  homeUrl: "https://example.org/",
  feedUrl: "https://example.org/feed.xml",
  entries: [
    entry("较早", "2026-10-01"),
    entry("最新", "2026-11-28", { category: "协商流程" }),
    entry("中间", "2026-11-01"),
  ],
};

describe("atomFeed", () => {
  const feed = parseXml(atomFeed(input));
  const text = (node: ReturnType<typeof parseXml>, name: string) => findAll(node, name)[0]?.text;

  it("is a well-formed Atom feed with its required elements", () => {
    expect(feed.name).toBe("feed");
    expect(feed.attrs.xmlns).toBe("http://www.w3.org/2005/Atom");
    expect(feed.attrs["xml:lang"]).toBe("zh-CN");
    const top = (name: string) => feed.children.filter((c) => c.name === name);
    expect(top("title")[0]!.text).toBe("协商还款指南");
    expect(top("id")[0]!.text).toBe("https://example.org/feed.xml");
    expect(top("updated")[0]!.text).toBe("2026-11-28T00:00:00Z");
    expect(top("link").map((l) => [l.attrs.rel, l.attrs.href])).toEqual([
      ["self", "https://example.org/feed.xml"],
      ["alternate", "https://example.org/"],
    ]);
    expect(text(top("author")[0]!, "name")).toBe("协商还款指南");
  });

  it("lists every article, newest review first, with title, link, id, updated and summary", () => {
    const entries = findAll(feed, "entry");
    expect(entries.map((e) => text(e, "title"))).toEqual(["最新", "中间", "较早"]);
    const first = entries[0]!;
    expect(findAll(first, "link")[0]!.attrs.href).toBe(input.entries[1]!.url);
    expect(text(first, "id")).toBe(input.entries[1]!.url);
    expect(text(first, "updated")).toBe("2026-11-28T00:00:00Z");
    expect(text(first, "summary")).toBe("最新的摘要");
    expect(findAll(first, "category")[0]!.attrs.term).toBe("协商流程");
    expect(findAll(entries[1]!, "category")).toHaveLength(0);
  });

  it("stays well-formed and reads back the same text whatever the titles and summaries say", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.string({ unit: "binary" }),
            fc.string({ unit: "binary" }),
            fc.date({ noInvalidDate: true, min: new Date(0) }),
          ),
          { maxLength: 5 },
        ),
        (rows) => {
          const entries = rows.map(([title, summary, updated], i) => ({
            title,
            summary,
            updated,
            url: `https://example.org/a${i}/?x=1&y=<2>`,
          }));
          const parsed = parseXml(atomFeed({ ...input, entries }));
          const back = findAll(parsed, "entry").map((e) => [
            text(e, "title"),
            text(e, "summary"),
            findAll(e, "link")[0]!.attrs.href,
          ]);
          const clean = (s: string) =>
            s.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "").replace(/\r\n?/g, "\n");
          expect(back).toEqual(sortEntries(entries).map((e) => [clean(e.title), clean(e.summary), e.url]));
        },
      ),
    );
  });

  it("escapes markup characters", () => {
    expect(escapeXmlText(`<a href="x">&</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;");
    expect(escapeXmlText("a\u0000b\u0008c")).toBe("abc");
  });
});
