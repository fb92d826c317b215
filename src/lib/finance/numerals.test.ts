import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { chineseNumeralToDecimal, toChineseNumeral } from "./numerals";

describe("chineseNumeralToDecimal", () => {
  it.each([
    ["五", "5"],
    ["十", "10"],
    ["十二", "12"],
    ["二十", "20"],
    ["二十四", "24"],
    ["三百六十", "360"],
    ["一百零五", "105"],
    ["一千零一", "1001"],
    ["两", "2"],
    ["零", "0"],
    ["二点五", "2.5"],
    ["零点五", "0.5"],
  ])("%s → %s", (text, expected) => {
    expect(chineseNumeralToDecimal(text)).toBe(expected);
  });

  it.each(["", "五五", "十十", "百", "二百五", "一千二", "点五", "五点", "五点十", "a", "5", "一点二点三"])(
    "rejects %j",
    (text) => {
      expect(chineseNumeralToDecimal(text)).toBeNull();
    },
  );
});

describe("toChineseNumeral", () => {
  it("writes small numbers", () => {
    expect(toChineseNumeral(5)).toBe("五");
    expect(toChineseNumeral(10)).toBe("十");
    expect(toChineseNumeral(12)).toBe("十二");
    expect(toChineseNumeral(25)).toBe("二十五");
    expect(toChineseNumeral(2.5)).toBe("二点五");
    expect(toChineseNumeral(0.5)).toBe("零点五");
    expect(toChineseNumeral(100)).toBeNull();
    expect(toChineseNumeral(-1)).toBeNull();
  });

  it("round-trips with the reader for 0..99.9", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999 }), (tenths) => {
        const x = tenths / 10;
        const words = toChineseNumeral(x);
        return words !== null && Number(chineseNumeralToDecimal(words)) === x;
      }),
    );
  });
});
