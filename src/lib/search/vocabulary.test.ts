import { describe, expect, it } from "vitest";
import { EXPANSIONS, extractTerms, nearestTopics, TOPICS, VOCABULARY } from "./vocabulary";

describe("key terms", () => {
  it("takes the longest vocabulary word at each position", () => {
    expect(extractTerms("协商还款话术").terms).toEqual(["协商还款", "话术"]);
    expect(extractTerms("个性化分期").terms).toEqual(["个性化分期"]);
    expect(extractTerms("借呗逾期了会被起诉").terms).toEqual(["借呗", "逾期", "起诉"]);
  });
  it("keeps the other runs of two or more characters", () => {
    expect(extractTerms("花呗逾期一天要紧")).toEqual({ terms: ["花呗", "逾期"], rest: ["一天要紧"] });
  });
  it("lists each term once", () => {
    expect(extractTerms("投诉花呗去哪里投诉").terms).toEqual(["投诉", "花呗"]);
  });
  it("has no duplicate words, and every synonym source is a vocabulary word", () => {
    expect(new Set(VOCABULARY).size).toBe(VOCABULARY.length);
    for (const k of Object.keys(EXPANSIONS)) expect(VOCABULARY, k).toContain(k);
  });
});

describe("nearest topics", () => {
  it("finds topics sharing characters with the query", () => {
    expect(nearestTopics("催收打给我妈")[0]?.q).toBe("催收 骚扰");
  });
  it("falls back to the first six topics", () => {
    expect(nearestTopics("xyz")).toEqual(TOPICS.slice(0, 6));
  });
});
