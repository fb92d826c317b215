import { describe, expect, it } from "vitest";
import { sourceDateText } from "./sources";

describe("sourceDateText", () => {
  it("shows the document's own date", () => {
    expect(sourceDateText({ date: new Date("2013-01-21") })).toBe("2013 年 1 月 21 日");
  });

  it("prefers the document's date over the day it was read", () => {
    expect(sourceDateText({ date: new Date("2013-01-21"), accessed: new Date("2026-11-02") })).toBe(
      "2013 年 1 月 21 日",
    );
  });

  it("shows the day it was read when the document states no date", () => {
    expect(sourceDateText({ accessed: new Date("2026-11-02") })).toBe("查阅于 2026 年 11 月 2 日");
  });

  it("is empty when there is neither", () => {
    expect(sourceDateText({})).toBe("");
  });
});
