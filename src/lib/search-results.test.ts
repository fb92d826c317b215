import { describe, expect, it } from "vitest";
import { excerptSegments } from "./search-results";

describe("search excerpts", () => {
  it("splits marked words from plain text", () => {
    expect(excerptSegments("花呗<mark>逾期</mark>一天")).toEqual([
      { text: "花呗", mark: false },
      { text: "逾期", mark: true },
      { text: "一天", mark: false },
    ]);
  });
  it("never passes markup through: tags are dropped and entities decoded to text", () => {
    const segs = excerptSegments("&lt;img src=x onerror=alert(1)&gt;<mark><b>x</b></mark><script>1</script>");
    expect(segs.map((s) => s.text).join("")).toBe("<img src=x onerror=alert(1)>x1");
    expect(segs.every((s) => typeof s.text === "string")).toBe(true);
  });
});
