import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { qrFileName, shareUrl } from "./url";

describe("shareUrl", () => {
  it("keeps the page address as it is, query and hash included", () => {
    expect(shareUrl("https://x.org/process/contact/")).toBe("https://x.org/process/contact/");
    expect(shareUrl("https://x.org/tools/apr/?amount=6000&months=12#why")).toBe(
      "https://x.org/tools/apr/?amount=6000&months=12#why",
    );
    // Encoded inputs are not re-encoded.
    const chinese = "https://x.org/tools/apr/?rate=%E4%B8%87%E5%88%86%E4%B9%8B%E4%BA%94&quote=daily";
    expect(shareUrl(chinese)).toBe(chinese);
  });

  it("drops the search highlight, which belongs to one visit", () => {
    expect(shareUrl("https://x.org/process/contact/?hl=%E5%BE%81%E4%BF%A1#s2")).toBe(
      "https://x.org/process/contact/#s2",
    );
    expect(shareUrl("https://x.org/tools/apr/?amount=1&hl=a")).toBe("https://x.org/tools/apr/?amount=1");
  });

  it("without amounts: the bare page address", () => {
    expect(shareUrl("https://x.org/guide/tools/apr/?amount=6000&months=12", true)).toBe(
      "https://x.org/guide/tools/apr/",
    );
    expect(shareUrl("https://x.org/tools/apr/", true)).toBe("https://x.org/tools/apr/");
  });

  it("never keeps a query when bare, and never changes origin or path", () => {
    fc.assert(
      fc.property(fc.webUrl({ withQueryParameters: true, withFragments: true }), fc.boolean(), (href, bare) => {
        const before = new URL(href);
        const after = new URL(shareUrl(href, bare));
        expect(after.origin + after.pathname).toBe(before.origin + before.pathname);
        if (bare) expect(after.search).toBe("");
        expect(after.searchParams.has("hl")).toBe(false);
      }),
    );
  });
});

describe("qrFileName", () => {
  it("names the image after the page", () => {
    expect(qrFileName("https://x.org/process/contact/?a=1")).toBe("二维码-contact.png");
    expect(qrFileName("https://x.org/guide/tools/apr/")).toBe("二维码-apr.png");
    expect(qrFileName("https://x.org/")).toBe("二维码-首页.png");
  });
});
