import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { PREVIEW_SIZE, absoluteUrl, previewImagePath, previewImageSlug, socialMeta, type SocialInput } from "./meta";

describe("absoluteUrl", () => {
  it("joins the origin, the base and the path", () => {
    expect(absoluteUrl("https://example.org", "/", "/process/prepare/")).toBe("https://example.org/process/prepare/");
    expect(absoluteUrl("https://example.org", "/guide/", "/process/prepare/")).toBe(
      "https://example.org/guide/process/prepare/",
    );
    expect(absoluteUrl(new URL("https://example.org/"), "guide", "/og/home.png")).toBe(
      "https://example.org/guide/og/home.png",
    );
  });
});

describe("preview image paths", () => {
  it("maps the home page to /og/home.png and other pages to /og/<path>.png", () => {
    expect(previewImagePath("/")).toBe("/og/home.png");
    expect(previewImagePath("/process/")).toBe("/og/process.png");
    expect(previewImagePath("/process/prepare/")).toBe("/og/process/prepare.png");
    expect(previewImagePath("/tools/apr/")).toBe("/og/tools/apr.png");
  });
  it("gives distinct images to distinct pages", () => {
    const segment = fc.stringMatching(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 3 }), fc.array(segment, { maxLength: 3 }), (a, b) => {
        const pa = a.length ? `/${a.join("/")}/` : "/";
        const pb = b.length ? `/${b.join("/")}/` : "/";
        fc.pre(pa !== pb && a[0] !== "home" && b[0] !== "home");
        expect(previewImageSlug(pa)).not.toBe(previewImageSlug(pb));
      }),
    );
  });
});

describe("socialMeta", () => {
  const input: SocialInput = {
    title: "协商前的准备",
    description: "联系放贷机构之前，先算清自己的账。",
    url: "https://example.org/process/prepare/",
    type: "article",
    siteName: "协商还款指南",
    lang: "zh-CN",
    image: { url: "https://example.org/og/process/prepare.png", alt: "协商流程：协商前的准备", ...PREVIEW_SIZE },
  };
  const byId = (tags: ReturnType<typeof socialMeta>) => Object.fromEntries(tags.map((t) => [t.id, t]));

  it("has every Open Graph field and a large Twitter card", () => {
    const tags = byId(socialMeta(input));
    expect(Object.fromEntries(Object.entries(tags).map(([k, t]) => [k, t.content]))).toEqual({
      "og:type": "article",
      "og:site_name": "协商还款指南",
      "og:locale": "zh_CN",
      "og:title": "协商前的准备",
      "og:description": "联系放贷机构之前，先算清自己的账。",
      "og:url": "https://example.org/process/prepare/",
      "og:image": "https://example.org/og/process/prepare.png",
      "og:image:width": "1200",
      "og:image:height": "630",
      "og:image:alt": "协商流程：协商前的准备",
      "twitter:card": "summary_large_image",
    });
    expect(tags["og:title"]!.key).toBe("property");
    expect(tags["twitter:card"]!.key).toBe("name");
  });

  it("falls back to a small card without an image", () => {
    const tags = byId(socialMeta({ ...input, image: undefined }));
    expect(tags["og:image"]).toBeUndefined();
    expect(tags["twitter:card"]!.content).toBe("summary");
  });
});
