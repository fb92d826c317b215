import { describe, expect, it } from "vitest";
import { analyzeQuery } from "./analyze";

describe("analyzeQuery", () => {
  it("reads a whole question with a typo and a homophone", () => {
    const a = analyzeQuery("借呗预期了会被上诉吗");
    expect(a.text).toBe("借呗逾期了会被起诉");
    expect(a.terms).toEqual(["借呗", "逾期", "起诉"]);
    expect(a.corrections.map((c) => c.to)).toEqual(["逾期", "起诉"]);
  });
  it("reads Traditional characters and pinyin", () => {
    expect(analyzeQuery("協商還款").terms).toEqual(["协商还款"]);
    expect(analyzeQuery("huabei yuqi").terms).toEqual(["花呗", "逾期"]);
  });
  it("adds synonyms for the key terms", () => {
    expect(analyzeQuery("会不会变成老赖").synonyms).toEqual(["失信被执行人"]);
  });
  it("drops grammatical leftovers", () => {
    expect(analyzeQuery("借呗预期了会被上诉吗").rest).toEqual([]);
  });
  it("gives nothing to search for when there is nothing but question words", () => {
    expect(analyzeQuery("  怎么办？？ ").text).toBe("");
  });
  it("highlights the key terms", () => {
    expect(analyzeQuery("催收天天打电话给我家人").highlight).toEqual(["催收", "电话", "家人"]);
  });
});
