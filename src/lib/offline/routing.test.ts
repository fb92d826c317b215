import { describe, expect, it } from "vitest";
import {
  CACHE_PREFIX,
  PAGE_CACHE,
  markSaved,
  networkFirst,
  pageKey,
  pagesToEvict,
  staleCaches,
  strategyFor,
  versionCaches,
} from "./routing";

const scope = "https://example.org/guide/";
const get = (url: string, mode = "no-cors") => strategyFor({ url, method: "GET", mode }, scope);

describe("strategyFor", () => {
  it("treats navigations under the base as pages, whatever the path", () => {
    expect(get("https://example.org/guide/", "navigate")).toBe("page");
    expect(get("https://example.org/guide/process/prepare/?hl=征信", "navigate")).toBe("page");
    expect(get("https://example.org/guide/_astro/x.js", "navigate")).toBe("page");
  });

  it("serves hashed build assets cache-first, other files of the site network-first", () => {
    expect(get("https://example.org/guide/_astro/AprCalculator.Dkk9GrYP.js", "cors")).toBe("hashed");
    expect(get("https://example.org/guide/_astro/sub/x.js")).toBe("file");
    expect(get("https://example.org/guide/favicon.svg")).toBe("file");
    expect(get("https://example.org/guide/pagefind/pagefind.js", "cors")).toBe("file");
    expect(get("https://example.org/guide/pagefind/index/zh-cn_1a2b.pf_index", "cors")).toBe("file");
  });

  it("leaves alone what is not a GET to the site under the base, the worker itself and ranges", () => {
    expect(get("https://example.org/_astro/x.js")).toBe("none");
    expect(get("https://example.org/guidebook/", "navigate")).toBe("none");
    expect(get("https://other.example/guide/_astro/x.js")).toBe("none");
    expect(get("https://example.org/guide/sw.js")).toBe("none");
    expect(strategyFor({ url: `${scope}search/`, method: "POST", mode: "navigate" }, scope)).toBe("none");
    expect(strategyFor({ url: `${scope}a.mp3`, method: "GET", mode: "no-cors", range: true }, scope)).toBe("none");
    expect(strategyFor({ url: "not a url", method: "GET", mode: "navigate" }, scope)).toBe("none");
  });

  it("works at the root too", () => {
    const root = (url: string, mode: string) => strategyFor({ url, method: "GET", mode }, "https://example.org/");
    expect(root("https://example.org/", "navigate")).toBe("page");
    expect(root("https://example.org/_astro/x.css", "no-cors")).toBe("hashed");
    expect(root("https://example.org/sw.js", "same-origin")).toBe("none");
  });
});

describe("the update rule: caches kept and deleted on activate", () => {
  const v1 = versionCaches("aaa111");
  const v2 = versionCaches("bbb222");

  it("names each version's caches apart", () => {
    expect(v1.precache).not.toBe(v2.precache);
    expect(v1.runtime).not.toBe(v2.runtime);
    for (const name of [...Object.values(v1), PAGE_CACHE]) expect(name.startsWith(`${CACHE_PREFIX}-`)).toBe(true);
  });

  it("deletes every other version's caches, keeps its own and the saved pages, ignores others' caches", () => {
    const names = [v1.precache, v1.runtime, PAGE_CACHE, v2.precache, v2.runtime, "someone-else", "xs-offlineish"];
    expect(staleCaches(names, "bbb222").sort()).toEqual([v1.precache, v1.runtime].sort());
    expect(staleCaches(names, "aaa111").sort()).toEqual([v2.precache, v2.runtime].sort());
    expect(staleCaches([PAGE_CACHE], "bbb222")).toEqual([]);
  });
});

describe("saved pages", () => {
  it("keys a page without its query and fragment", () => {
    expect(pageKey("https://example.org/guide/process/prepare/?hl=x#step-2")).toBe(
      "https://example.org/guide/process/prepare/",
    );
  });

  it("marks a saved copy on its <html> tag only", () => {
    const html = '<!doctype html><html lang="zh-CN"><head></head><body><p>&lt;html&gt; <html></p></body></html>';
    expect(markSaved(html, "offline")).toBe(html.replace("<html lang", '<html data-saved-copy="offline" lang'));
    expect(markSaved("<HTML>", "slow")).toBe('<html data-saved-copy="slow">');
    expect(markSaved("<htmlx>", "slow")).toBe("<htmlx>");
    expect(markSaved("not html", "offline")).toBe("not html");
  });

  it("evicts the oldest pages beyond the limit", () => {
    const keys = ["a", "b", "c", "d"];
    expect(pagesToEvict(keys, 4)).toEqual([]);
    expect(pagesToEvict(keys, 2)).toEqual(["a", "b"]);
    expect(pagesToEvict([], 2)).toEqual([]);
  });
});

describe("networkFirst (pages)", () => {
  const page = (name: string) => ({ name });
  const later = <T>(ms: number, value: T, fail = false) =>
    new Promise<T>((resolve, reject) => setTimeout(() => (fail ? reject(new Error("offline")) : resolve(value)), ms));
  const savedCopy = (reason: string) => Promise.resolve(page(`saved (${reason})`));
  const nothing = () => Promise.resolve(undefined);
  const offlinePage = () => Promise.resolve(page("offline page"));

  it("uses the network when it answers in time, even with a saved copy", async () => {
    expect(await networkFirst(later(10, page("network")), savedCopy, offlinePage, 100)).toEqual(page("network"));
  });

  it("shows the saved copy when the network is slower than the timeout", async () => {
    expect(await networkFirst(later(300, page("network")), savedCopy, offlinePage, 50)).toEqual(page("saved (slow)"));
  });

  it("waits for a slow network when nothing is saved", async () => {
    expect(await networkFirst(later(150, page("network")), nothing, offlinePage, 20)).toEqual(page("network"));
  });

  it("on a network error: the saved copy, else the offline page, else the error", async () => {
    const failing = () => later(5, page("network"), true);
    expect(await networkFirst(failing(), savedCopy, offlinePage, 100)).toEqual(page("saved (offline)"));
    expect(await networkFirst(failing(), nothing, offlinePage, 100)).toEqual(page("offline page"));
    await expect(networkFirst(failing(), nothing, nothing, 100)).rejects.toThrow("offline");
  });

  it("on a slow network that then fails, with nothing saved: the offline page", async () => {
    expect(await networkFirst(later(80, page("network"), true), nothing, offlinePage, 10)).toEqual(
      page("offline page"),
    );
  });
});
