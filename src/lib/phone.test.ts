import { describe, expect, it } from "vitest";
import { findPhoneLikeNumbers } from "./phone";

describe("phone-like numbers", () => {
  it("finds hotlines written any way", () => {
    expect(findPhoneLikeNumbers("请拨打95188咨询")).toEqual(["95188"]);
    expect(findPhoneLikeNumbers("热线 400-810-8866。")).toEqual(["4008108866"]);
    expect(findPhoneLikeNumbers("电话：400 810 8866")).toEqual(["4008108866"]);
    expect(findPhoneLikeNumbers("假客服 95055 和 12378")).toEqual(["95055", "12378"]);
  });
  it("ignores short numbers, dates, grouped amounts and decimals", () => {
    expect(findPhoneLikeNumbers("拨打 110 或 96 次")).toEqual([]);
    expect(findPhoneLikeNumbers("2026-03-31 前还清")).toEqual([]);
    expect(findPhoneLikeNumbers("借了 12,000 元，月供 5,307.27 元，合计 6540.00 元")).toEqual([]);
    expect(findPhoneLikeNumbers("（2020）苏1282刑初368号")).toEqual([]);
  });
  it("still flags an ungrouped amount, which writers must write with separators", () => {
    expect(findPhoneLikeNumbers("欠了12000元")).toEqual(["12000"]);
  });
});
