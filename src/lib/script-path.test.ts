import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { pagesRoot, pathInScript, scriptOfLang, scriptOfPath } from "./script-path";

describe("pathInScript", () => {
  it("maps a page to the Traditional edition and back, at the root", () => {
    expect(pathInScript("/", "/", "hant")).toBe("/zh-hant/");
    expect(pathInScript("/", "/process/prepare/", "hant")).toBe("/zh-hant/process/prepare/");
    expect(pathInScript("/", "/zh-hant/process/prepare/", "hans")).toBe("/process/prepare/");
    expect(pathInScript("/", "/zh-hant/", "hans")).toBe("/");
    expect(pathInScript("/", "/zh-hant", "hans")).toBe("/");
  });

  it("keeps the base in front under a sub-path", () => {
    expect(pathInScript("/guide/", "/guide/", "hant")).toBe("/guide/zh-hant/");
    expect(pathInScript("/guide/", "/guide/tools/apr/", "hant")).toBe("/guide/zh-hant/tools/apr/");
    expect(pathInScript("/guide/", "/guide/zh-hant/tools/apr/", "hans")).toBe("/guide/tools/apr/");
    // a root-relative path without the base gets it
    expect(pathInScript("/guide/", "/faq/", "hant")).toBe("/guide/zh-hant/faq/");
  });

  it("keeps the query and fragment", () => {
    expect(pathInScript("/", "/search/?q=%E5%8D%8F#x", "hant")).toBe("/zh-hant/search/?q=%E5%8D%8F#x");
    expect(pathInScript("/g/", "/g/zh-hant/faq/#top", "hans")).toBe("/g/faq/#top");
  });

  it("is idempotent and the two directions are inverse (property)", () => {
    const segment = fc.stringMatching(/^[a-z0-9-]{1,8}$/);
    const path = fc.array(segment, { maxLength: 3 }).map((s) => `/${s.map((x) => `${x}/`).join("")}`);
    const base = fc.constantFrom("/", "/guide/", "/a/b/");
    fc.assert(
      fc.property(base, path, (b, p) => {
        const page = pathInScript(b, p, "hans");
        const hant = pathInScript(b, page, "hant");
        expect(pathInScript(b, hant, "hant")).toBe(hant);
        expect(pathInScript(b, hant, "hans")).toBe(page);
        expect(scriptOfPath(b, hant)).toBe("hant");
        expect(scriptOfPath(b, page)).toBe(p.startsWith("/zh-hant/") ? "hant" : "hans");
      }),
    );
  });
});

describe("scriptOfPath / scriptOfLang / pagesRoot", () => {
  it("tells the editions apart", () => {
    expect(scriptOfPath("/", "/zh-hant/faq/")).toBe("hant");
    expect(scriptOfPath("/", "/zh-hantx/")).toBe("hans");
    expect(scriptOfPath("/guide/", "/guide/zh-hant/")).toBe("hant");
    expect(scriptOfPath("/guide/", "/guide/faq/")).toBe("hans");
    expect(scriptOfLang("zh-Hant")).toBe("hant");
    expect(scriptOfLang("zh-hant-HK")).toBe("hant");
    expect(scriptOfLang("zh-CN")).toBe("hans");
    expect(scriptOfLang(null)).toBe("hans");
    expect(pagesRoot("/", "hant")).toBe("/zh-hant/");
    expect(pagesRoot("/guide", "hans")).toBe("/guide/");
    expect(pagesRoot("/guide/", "hant")).toBe("/guide/zh-hant/");
  });
});
