import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  NO_LINE_END,
  NO_LINE_START,
  breakLines,
  cardSvg,
  charWidth,
  clampLines,
  fallbackSvg,
  layoutTitle,
  textWidth,
} from "./card-svg";
import { findAll, parseXml } from "./xml.test-helper";

const OPENING = "（「“《";
const CLOSING = "，。、：？！）」”》";

/** Chinese-looking text: words of Han characters, sometimes quoted, sometimes followed by punctuation, and Latin words and numbers. */
const chineseText = fc
  .array(
    fc.oneof(
      fc
        .tuple(
          fc.constantFrom("", "", "", ...OPENING),
          fc.string({
            unit: fc.constantFrom(..."协商还款指南逾期征信催收花呗借呗分期利率"),
            minLength: 1,
            maxLength: 5,
          }),
          fc.constantFrom("", "", ...CLOSING),
        )
        .map((p) => p.join("")),
      fc.stringMatching(/^(?:[A-Za-z]{1,8}|[0-9]{1,5}(?:\.[0-9]{1,2})?%?)$/),
    ),
    { minLength: 1, maxLength: 30 },
  )
  .map((words) => words.join(""));

describe("breakLines", () => {
  it("keeps every character, in order, on lines no wider than the box (closing marks may hang)", () => {
    fc.assert(
      fc.property(chineseText, fc.integer({ min: 8, max: 20 }), (text, ems) => {
        const size = 50;
        const max = ems * size;
        const lines = breakLines(text, size, max);
        expect(lines.join("")).toBe(text);
        for (const line of lines) {
          let body = line;
          while (body.length > 1 && NO_LINE_START.has(body.at(-1)!)) body = body.slice(0, -1);
          expect(textWidth(body, size), line).toBeLessThanOrEqual(max);
        }
      }),
    );
  });

  it("never starts a line with closing punctuation nor ends one with opening punctuation", () => {
    fc.assert(
      fc.property(chineseText, fc.integer({ min: 6, max: 16 }), (text, ems) => {
        const lines = breakLines(text, 40, ems * 40);
        lines.slice(1).forEach((l) => expect(NO_LINE_START.has(l[0]!), l).toBe(false));
        lines.slice(0, -1).forEach((l) => expect(NO_LINE_END.has(l.at(-1)!), l).toBe(false));
      }),
    );
  });

  it("does not split Latin words or numbers", () => {
    const lines = breakLines("每期手续费 0.75% 相当于年化 16.22%，按 IRR 计算", 60, 60 * 7);
    for (const word of ["0.75%", "16.22%", "IRR"]) expect(lines.some((l) => l.includes(word))).toBe(true);
    expect(lines.length).toBeGreaterThan(1);
    // Only spaces at line breaks are dropped.
    expect(lines.join("").replace(/ /g, "")).toBe("每期手续费0.75%相当于年化16.22%，按IRR计算");
  });

  it("measures Han characters as 1 em and Latin narrower", () => {
    expect(charWidth("协")).toBe(1);
    expect(charWidth("，")).toBe(1);
    expect(charWidth("a")).toBeLessThan(1);
    expect(textWidth("协商", 10)).toBe(20);
  });
});

describe("layoutTitle", () => {
  it("sets a short title large on one line", () => {
    expect(layoutTitle("准备材料")).toEqual({ size: 76, lines: ["准备材料"] });
  });
  it("shrinks a long title so it fits in a few lines", () => {
    const t = layoutTitle("代理协商骗局：收费“停息挂账”“债务优化”的套路和识别方法，以及上当以后怎样尽量挽回损失");
    expect(t.size).toBeLessThan(76);
    expect(t.lines.length).toBeLessThanOrEqual(4);
    expect(t.lines.join("")).toBe(
      "代理协商骗局：收费“停息挂账”“债务优化”的套路和识别方法，以及上当以后怎样尽量挽回损失",
    );
  });
  it("cuts what cannot fit with an ellipsis", () => {
    const t = layoutTitle("协商".repeat(60));
    expect(t.lines).toHaveLength(4);
    expect(t.lines[3]!.endsWith("…")).toBe(true);
  });
  it("clampLines leaves short lists alone", () => {
    expect(clampLines(["一", "二"], 2, 40, 400)).toEqual(["一", "二"]);
  });
});

describe("cardSvg", () => {
  const opts = { siteName: "协商还款指南", host: "xieshang.example.org", fontFamily: "Noto Sans CJK SC" };

  it("is a well-formed 1200×630 SVG with the label, title, site name and host as text", () => {
    const svg = parseXml(
      cardSvg({ path: "/p/", title: "协商前的准备", label: "协商流程", subtitle: "算清自己的账" }, opts),
    );
    expect(svg.name).toBe("svg");
    expect([svg.attrs.width, svg.attrs.height]).toEqual(["1200", "630"]);
    const texts = findAll(svg, "text").map((t) => t.text);
    for (const s of ["协商流程", "协商前的准备", "算清自己的账", "协商还款指南", "xieshang.example.org"])
      expect(texts).toContain(s);
    expect(findAll(svg, "g")[0]!.attrs["font-family"]).toBe("Noto Sans CJK SC");
  });

  it("keeps any title as text, never markup", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), fc.string({ maxLength: 12 }), (title, label) => {
        const svg = parseXml(cardSvg({ path: "/p/", title, label }, opts));
        expect(findAll(svg, "script")).toHaveLength(0);
        const texts = findAll(svg, "text").map((t) => t.text);
        expect(texts).toContain(label);
      }),
      { numRuns: 200 },
    );
    const hostile = parseXml(
      cardSvg({ path: "/p/", title: `</text><script>alert(1)</script>&amp;"'`, label: "x" }, opts),
    );
    expect(findAll(hostile, "script")).toHaveLength(0);
    expect(
      findAll(hostile, "text")
        .map((t) => t.text)
        .join(""),
    ).toContain(`</text><script>alert(1)</script>&amp;"'`);
  });

  it("keeps every line of text inside the image", () => {
    const svg = parseXml(
      cardSvg({ path: "/p/", title: "一".repeat(45), label: "注意事项", subtitle: "二".repeat(80) }, opts),
    );
    for (const t of findAll(svg, "text")) {
      const y = Number(t.attrs.y);
      expect(y).toBeGreaterThan(Number(t.attrs["font-size"]));
      expect(y).toBeLessThan(630);
      if (t.attrs["text-anchor"] !== "end")
        expect(Number(t.attrs.x) + textWidth(t.text, Number(t.attrs["font-size"]))).toBeLessThanOrEqual(1200 - 88 + 40);
    }
  });

  it("the fallback has no text at all", () => {
    const svg = parseXml(fallbackSvg());
    expect([svg.attrs.width, svg.attrs.height]).toEqual(["1200", "630"]);
    expect(findAll(svg, "text")).toHaveLength(0);
  });
});
