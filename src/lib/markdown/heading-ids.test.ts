import { describe, expect, it } from "vitest";
import { createHeadingNumberer, headingLink, parseExplicitId } from "./heading-ids";

describe("explicit heading ids", () => {
  it("takes a trailing [#id] off the text", () => {
    expect(parseExplicitId("需要准备哪些材料 [#documents]")).toEqual({ text: "需要准备哪些材料", id: "documents" });
    expect(parseExplicitId("材料[#docs-2]  ")).toEqual({ text: "材料", id: "docs-2" });
  });
  it("ignores anything that is not a short ASCII id at the very end", () => {
    for (const t of ["材料 [#文件]", "材料 [#Docs]", "[#docs] 材料", "材料 #docs", "材料 [#1docs]"]) {
      expect(parseExplicitId(t)).toEqual({ text: t, id: null });
    }
  });
});

describe("default heading ids", () => {
  it("numbers h2 as s1, s2 and h3 beneath them as s1-1", () => {
    const next = createHeadingNumberer();
    expect([next(2), next(3), next(3), next(2), next(3), next(2)]).toEqual(["s1", "s1-1", "s1-2", "s2", "s2-1", "s3"]);
  });
  it("does not depend on heading text, so editing a heading keeps its id", () => {
    const a = createHeadingNumberer();
    const b = createHeadingNumberer();
    expect([a(2), a(3)]).toEqual([b(2), b(3)]);
  });
});

describe("heading links", () => {
  it("link to the heading's id", () => {
    expect(headingLink("documents")).toEqual({ href: "#documents", className: ["hlink"], ariaLabel: "本节链接" });
  });
});
