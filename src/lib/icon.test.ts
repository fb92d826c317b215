import { describe, expect, it } from "vitest";
import { ICON_SVG, svgDataUrl } from "./icon";

describe("svgDataUrl", () => {
  it("decodes back to the same SVG (quotes aside)", () => {
    const url = svgDataUrl(ICON_SVG);
    expect(url.startsWith("data:image/svg+xml,")).toBe(true);
    expect(decodeURIComponent(url.slice("data:image/svg+xml,".length))).toBe(ICON_SVG.replace(/"/g, "'"));
  });

  it("leaves nothing that would end the attribute or be read as a URL fragment", () => {
    const url = svgDataUrl(ICON_SVG);
    expect(url).not.toMatch(/[<>"#]/);
    expect(svgDataUrl('<svg fill="#fff">100%</svg>')).toBe(
      "data:image/svg+xml,%3Csvg fill='%23fff'%3E100%25%3C/svg%3E",
    );
  });
});
