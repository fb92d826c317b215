import { describe, expect, it } from "vitest";
import { fuse } from "./fusion";

describe("reciprocal-rank fusion", () => {
  it("ranks ids found by several lists above ids found by one", () => {
    const out = fuse([
      { ids: ["a", "b", "c"], weight: 1, tag: "x" },
      { ids: ["c", "d"], weight: 1, tag: "y" },
    ]);
    expect(out[0]?.id).toBe("c");
  });
  it("lets a heavier list decide", () => {
    const out = fuse([
      { ids: ["a"], weight: 1, tag: "light" },
      { ids: ["b"], weight: 3, tag: "heavy" },
    ]);
    expect(out.map((f) => f.id)).toEqual(["b", "a"]);
  });
  it("remembers which list contributed most to each id", () => {
    const out = fuse([
      { ids: ["x", "a"], weight: 1, tag: "first" },
      { ids: ["a"], weight: 1, tag: "second" },
    ]);
    expect(out.find((f) => f.id === "a")?.best).toBe("second");
  });
  it("is empty for no lists", () => {
    expect(fuse([])).toEqual([]);
  });
});
