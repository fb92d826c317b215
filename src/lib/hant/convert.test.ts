import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { createConverter, hanOnly, nonHanChange } from "./convert";

const convert = createConverter();

describe("createConverter", () => {
  it("converts the site's words", () => {
    expect(convert("协商还款")).toBe("協商還款");
    expect(convert("征信报告")).toBe("徵信報告");
    expect(convert("花呗、借呗、信用卡")).toBe("花唄、借唄、信用卡");
    expect(convert("个人信息")).toBe("個人信息"); // wording kept (hk, not twp: not 個人資訊)
  });

  it("never alters phone numbers, URLs, code or numbers", () => {
    const samples = [
      "95188",
      "400-810-8866",
      "https://www.pbccrc.org.cn/",
      "5,307.27 元",
      "0.05%",
      "拨打 95188 或 400-810-8866，查询 https://www.pbccrc.org.cn/ ，月供 5,307.27 元，日利率 0.05%。",
      'const a = `${x}元`; if (n > 0) return "还款";',
    ];
    for (const s of samples) {
      const out = convert(s);
      expect(nonHanChange(s, out)).toBeNull();
      expect(out.replace(/\p{Script=Han}/gu, "")).toBe(s.replace(/\p{Script=Han}/gu, ""));
    }
    expect(convert("95188")).toBe("95188");
    expect(convert("400-810-8866")).toBe("400-810-8866");
    expect(convert("https://www.pbccrc.org.cn/")).toBe("https://www.pbccrc.org.cn/");
    expect(convert("5,307.27 元")).toBe("5,307.27 元");
    expect(convert("0.05%")).toBe("0.05%");
  });

  it("changes only Han characters in any text (property)", () => {
    const han = fc.constantFrom(..."协商还款征信报告逾期电话号码后发里面干系钟个人信息万亿元".split(""));
    const other = fc.constantFrom(..."0123456789.,-%:/ ?&=#abcXYZ（）：，。“”\n\t`${}<>".split(""));
    fc.assert(
      fc.property(fc.array(fc.oneof(han, other), { maxLength: 60 }), (chars) => {
        const s = chars.join("");
        expect(nonHanChange(s, convert(s))).toBeNull();
      }),
    );
  });
});

describe("hanOnly", () => {
  it("rejects a converter that touches anything else", () => {
    expect(() => hanOnly((s) => s.replace("1", "2"))("还1")).toThrow(/more than Han/);
    expect(() => hanOnly((s) => `${s}!`)("还")).toThrow(/length/);
    expect(hanOnly((s) => s.replace("还", "還"))("还1")).toBe("還1");
  });
});
