import { describe, expect, it } from "vitest";
import { correct, pinyinToHanzi, segmentPinyin } from "./corrections";

const fix = (s: string) => correct(s).text;

describe("typos and homophones", () => {
  it("fixes the product names", () => {
    expect(fix("花贝还不上")).toBe("花呗还不上");
    expect(fix("借贝背后是哪家银行")).toBe("借呗背后是哪家银行");
  });
  it("fixes 分欺、挂帐、征心、崔收、律师涵、被据", () => {
    expect(fix("分欺以后还能最低还款")).toBe("分期以后还能最低还款");
    expect(fix("停息挂帐")).toBe("停息挂账");
    expect(fix("征心花了")).toBe("征信查询");
    expect(fix("崔收半夜打电话")).toBe("催收半夜打电话");
    expect(fix("律师涵")).toBe("律师函");
    expect(fix("协商还款被据了")).toBe("协商还款被拒了");
  });
  it("reads 预期 as 逾期 unless it really means expected", () => {
    expect(fix("借呗预期了")).toBe("借呗逾期了");
    expect(fix("预期收益")).toBe("预期收益");
    expect(fix("超出预期")).toBe("超出预期");
  });
  it("reads 上诉 as 起诉 unless a judgment is mentioned", () => {
    expect(fix("借呗逾期会被上诉吗")).toBe("借呗逾期会被起诉吗");
    expect(fix("一审判决以后能上诉吗")).toBe("一审判决以后能上诉吗");
  });
  it("reports each change once", () => {
    expect(correct("花贝 花贝 预期").corrections).toEqual([
      { from: "花贝", to: "花呗" },
      { from: "预期", to: "逾期" },
    ]);
    expect(correct("协商还款").corrections).toEqual([]);
  });
});

describe("pinyin", () => {
  it("converts whole pinyin words, alone or run together", () => {
    expect(segmentPinyin("huabei")).toEqual(["花呗"]);
    expect(segmentPinyin("huabeiyuqi")).toEqual(["花呗", "逾期"]);
    expect(fix("zhifubao kefu dianhua")).toBe("支付宝 客服 电话");
    expect(fix("jiebei huanbushang")).toBe("借呗 还不上");
  });
  it("leaves words that are not pinyin alone", () => {
    expect(segmentPinyin("app")).toBeUndefined();
    expect(pinyinToHanzi("国家反诈中心app")).toBe("国家反诈中心app");
    expect(fix("hello")).toBe("hello");
  });
});
