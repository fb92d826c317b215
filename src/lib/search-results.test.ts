import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { bestExcerpt, excerptSegments, markWords, plainText } from "./search-results";

describe("search excerpts", () => {
  it("splits marked words from plain text", () => {
    expect(excerptSegments("花呗<mark>逾期</mark>一天")).toEqual([
      { text: "花呗", mark: false },
      { text: "逾期", mark: true },
      { text: "一天", mark: false },
    ]);
  });
  it("joins adjacent marks (Pagefind marks Chinese character by character)", () => {
    expect(excerptSegments("开通<mark>提</mark><mark>额</mark>了")).toEqual([
      { text: "开通", mark: false },
      { text: "提额", mark: true },
      { text: "了", mark: false },
    ]);
  });
  it("never passes markup through: tags are dropped and entities decoded to text", () => {
    const segs = excerptSegments("&lt;img src=x onerror=alert(1)&gt;<mark><b>x</b></mark><script>1</script>");
    expect(segs.map((s) => s.text).join("")).toBe("<img src=x onerror=alert(1)>x1");
    expect(segs.every((s) => typeof s.text === "string")).toBe(true);
  });
  it("keeps all the text, whatever the input", () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        expect(plainText(s)).not.toMatch(/<mark>/);
      }),
    );
  });
});

describe("marking the reader's words", () => {
  it("marks every occurrence", () => {
    expect(markWords("逾期后逾期", ["逾期"])).toEqual([
      { text: "逾期", mark: true },
      { text: "后", mark: false },
      { text: "逾期", mark: true },
    ]);
  });
  it("chooses the section with the most words, never the keyword list, else the description", () => {
    const data = {
      excerpt: "x",
      meta: { description: "讲逾期的后果" },
      sub_results: [
        { url: "/a/", excerpt: "开头没有" },
        { url: "/a/#s2", excerpt: "催收可以<mark>投</mark>诉" },
        { url: "/a/#search-keywords", excerpt: "催收，投诉，家人" },
      ],
    };
    expect(
      bestExcerpt(data, ["催收", "投诉"], "search-keywords")
        .map((s) => s.text)
        .join(""),
    ).toBe("催收可以投诉");
    expect(bestExcerpt(data, ["家人"], "search-keywords")).toEqual([{ text: "讲逾期的后果", mark: false }]);
  });
});
