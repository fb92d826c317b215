import { describe, expect, it } from "vitest";
import { keywordsText } from "./keywords";

describe("keywords for the index", () => {
  it("lists each keyword once, separated so that words do not run together", () => {
    expect(keywordsText(["花呗逾期会怎样", " 逾期会坐牢吗", "花呗逾期会怎样", ""])).toBe(
      "花呗逾期会怎样，逾期会坐牢吗",
    );
  });
  it("is empty for no keywords", () => {
    expect(keywordsText([])).toBe("");
  });
});
