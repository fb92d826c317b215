import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { MAX_QUERY_LENGTH, normalizeText, stripPunctuation, stripQuestionWords, toHalfWidth } from "./normalize";
import { toSimplified, TRADITIONAL_TO_SIMPLIFIED } from "./traditional";

describe("width, script and punctuation", () => {
  it("keeps Traditional characters on the Traditional edition, whose index is in Traditional", () => {
    expect(normalizeText("協商還款，關係", "hant")).toBe("協商還款 關係");
    expect(normalizeText("協商還款，關係")).toBe("协商还款 关系");
    expect(normalizeText("ＡＢＣ　協商", "hant")).toBe("abc 協商");
  });
  it("turns full-width letters, digits and spaces into half-width", () => {
    expect(toHalfWidth("ＨＵＡＢＥＩ　１２３１５")).toBe("HUABEI 12315");
  });
  it("converts the Traditional characters readers use for this topic", () => {
    expect(toSimplified("協商還款")).toBe("协商还款");
    expect(toSimplified("花唄逾期會坐牢嗎")).toBe("花呗逾期会坐牢吗");
    expect(toSimplified("徵信報告")).toBe("征信报告");
    expect(toSimplified("催收打電話給家人怎麼辦")).toBe("催收打电话给家人怎么办");
  });
  it("leaves Simplified text and unknown characters as they are", () => {
    expect(toSimplified("协商还款 abc 😀")).toBe("协商还款 abc 😀");
  });
  it("maps every table entry to a different, single character", () => {
    for (const [t, s] of TRADITIONAL_TO_SIMPLIFIED) {
      expect(Array.from(t)).toHaveLength(1);
      expect(Array.from(s)).toHaveLength(1);
      expect(t).not.toBe(s);
    }
  });
  it("turns punctuation and symbols into single spaces", () => {
    expect(stripPunctuation("花呗，逾期？！“一天”……要紧吗?")).toBe("花呗 逾期 一天 要紧吗");
    expect(stripPunctuation("<script>alert(1)</script>")).toBe("script alert 1 script");
  });
  it("normalises case and caps the length", () => {
    expect(normalizeText("HuaBei 逾期")).toBe("huabei 逾期");
    expect(Array.from(normalizeText("花".repeat(500))).length).toBe(MAX_QUERY_LENGTH);
  });
  it("never returns markup characters, whatever the input", () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        expect(normalizeText(s)).not.toMatch(/[<>"'&]/);
      }),
    );
  });
});

describe("question words", () => {
  it("drops question words, fillers, pronouns and final particles", () => {
    expect(stripQuestionWords("花呗逾期一天要紧吗")).toBe("花呗逾期一天要紧");
    expect(stripQuestionWords("请问花呗还不上怎么办")).toBe("花呗还不上");
    expect(stripQuestionWords("会不会被起诉")).toBe("被起诉");
    expect(stripQuestionWords("催收天天打电话给我家人")).toBe("催收天天打电话给 家人");
    expect(stripQuestionWords("能不能申请分期 可以吗")).toBe("申请分期");
  });
  it("keeps 怎么说、怎么查 (they name what the reader wants to do)", () => {
    expect(stripQuestionWords("借呗逾期了怎么跟客服说")).toBe("借呗逾期了 客服 怎么说");
    expect(stripQuestionWords("协商还款怎么说")).toBe("协商还款怎么说");
    expect(stripQuestionWords("征信怎么查")).toBe("征信怎么查");
  });
  it("only removes particles at the end of a clause", () => {
    expect(stripQuestionWords("贴吧里说的")).toBe("贴吧里说的");
  });
});
