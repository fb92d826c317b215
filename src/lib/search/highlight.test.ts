import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { findMatches, highlightParam, parseHighlight } from "./highlight";

describe("highlight parameter", () => {
  it("round-trips words through the URL", () => {
    const param = highlightParam(["逾期", "起诉"]);
    expect(parseHighlight(`?hl=${param}`)).toEqual(["逾期", "起诉"]);
  });
  it("drops anything that is not a plain word", () => {
    expect(parseHighlight("?hl=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E+逾期")).toEqual(["逾期"]);
    expect(highlightParam(["<b>", 'a"b', ""])).toBe("");
  });
  it("keeps at most eight words, longest first", () => {
    expect(parseHighlight("?hl=a+bb+ccc")).toEqual(["ccc", "bb", "a"]);
    expect(parseHighlight(`?hl=${Array.from({ length: 20 }, (_, i) => `w${i}`).join("+")}`)).toHaveLength(8);
  });
});

describe("finding words in text", () => {
  it("finds non-overlapping matches, the longest word first", () => {
    expect(findMatches("协商还款和协商", ["协商", "协商还款"])).toEqual([
      { start: 0, end: 4 },
      { start: 5, end: 7 },
    ]);
  });
  it("ignores case for Latin letters", () => {
    expect(findMatches("Call APP now", ["app"])).toEqual([{ start: 5, end: 8 }]);
  });
  it("returns ranges inside the text", () => {
    fc.assert(
      fc.property(fc.string(), fc.array(fc.string({ minLength: 1, maxLength: 3 }), { maxLength: 4 }), (text, words) => {
        for (const r of findMatches(text, words)) {
          expect(r.start).toBeGreaterThanOrEqual(0);
          expect(r.end).toBeLessThanOrEqual(text.length);
          expect(r.end).toBeGreaterThan(r.start);
        }
      }),
    );
  });
});
