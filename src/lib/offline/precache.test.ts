import { describe, expect, it } from "vitest";
import { pageAssets, scriptAssets, precacheFiles, precachePages, precacheVersion, urlOf } from "./precache";

/** A small built site under /guide/: two tools sharing a chunk, one with a lazy import. */
const site: Record<string, string> = {
  // The header names the search module for later: not precached.
  "index.html": '<html><a data-search-module="/guide/_astro/search-module-A1.js">搜索</a></html>',
  "offline/index.html": "<html>离线</html>",
  "404.html": '<html><script src="/guide/_astro/never.js"></script></html>',
  "tools/index.html": "<html>工具</html>",
  "tools/apr/index.html":
    '<astro-island component-url="/guide/_astro/Apr.B1.js" renderer-url="/guide/_astro/client.C1.js"></astro-island>',
  "tools/payoff/index.html": '<astro-island component-url="/guide/_astro/Payoff.D1.js"></astro-island>',
  "process/prepare/index.html": '<astro-island component-url="/guide/_astro/Budget.E1.js"></astro-island>',
  "favicon.svg": "<svg/>",
  "manifest.webmanifest": "{}",
  "sitemap.xml": "<urlset/>",
  "_astro/search-module-A1.js": 'import{x}from"./preact.P1.js";',
  "_astro/Apr.B1.js": 'import{a as e}from"./preact.P1.js";import"./side.S1.js";',
  "_astro/client.C1.js": "const s=()=>import(`./signals.G1.js`);",
  "_astro/Payoff.D1.js": 'import { h } from "./preact.P1.js"; const w = "/guide/_astro/chart.H1.js";',
  "_astro/Budget.E1.js": 'import{a}from"./preact.P1.js";',
  "_astro/preact.P1.js": "export const a=1;",
  "_astro/side.S1.js": "",
  "_astro/signals.G1.js": "",
  "_astro/chart.H1.js": "",
  "_astro/never.js": "",
};
const files = Object.keys(site);
const read = (p: string) => site[p];

describe("precache list", () => {
  it("maps built files to URLs under the base", () => {
    expect(urlOf("index.html", "/guide/")).toBe("/guide/");
    expect(urlOf("tools/apr/index.html", "/guide")).toBe("/guide/tools/apr/");
    expect(urlOf("_astro/x.js", "/")).toBe("/_astro/x.js");
  });

  it("takes the home page, the tools index, every tool page and the offline page, not other pages", () => {
    expect(precachePages(files)).toEqual([
      "index.html",
      "offline/index.html",
      "tools/apr/index.html",
      "tools/index.html",
      "tools/payoff/index.html",
    ]);
  });

  it("finds the _astro files a page loads by itself, not those it names for later", () => {
    expect(pageAssets(site["tools/apr/index.html"]!, "/guide/")).toEqual(["_astro/Apr.B1.js", "_astro/client.C1.js"]);
    expect(pageAssets(site["404.html"]!, "/guide/")).toEqual(["_astro/never.js"]);
    expect(pageAssets(site["index.html"]!, "/guide/")).toEqual([]);
    expect(pageAssets(site["tools/apr/index.html"]!, "/")).toEqual([]);
    expect(pageAssets('<link rel="stylesheet" href="/_astro/a.css"><img src="/x/_astro/b.png">', "/")).toEqual([
      "_astro/a.css",
    ]);
  });

  it("finds a script's static, side-effect and dynamic imports and the URLs in its strings", () => {
    expect(scriptAssets(site["_astro/Apr.B1.js"]!, "/guide/")).toEqual(["_astro/preact.P1.js", "_astro/side.S1.js"]);
    expect(scriptAssets(site["_astro/client.C1.js"]!, "/guide/")).toEqual(["_astro/signals.G1.js"]);
    expect(scriptAssets(site["_astro/Payoff.D1.js"]!, "/guide/")).toEqual([
      "_astro/chart.H1.js",
      "_astro/preact.P1.js",
    ]);
    expect(scriptAssets('"/guide/_astro/x.js"', "/")).toEqual([]);
  });

  it("precaches those pages, the small shared files and exactly the assets they need", () => {
    expect(precacheFiles(files, read, "/guide/")).toEqual([
      "index.html",
      "offline/index.html",
      "tools/apr/index.html",
      "tools/index.html",
      "tools/payoff/index.html",
      "favicon.svg",
      "manifest.webmanifest",
      "_astro/Apr.B1.js",
      "_astro/Payoff.D1.js",
      "_astro/chart.H1.js",
      "_astro/client.C1.js",
      "_astro/preact.P1.js",
      "_astro/side.S1.js",
      "_astro/signals.G1.js",
    ]);
  });

  it("fails the build when a needed file is missing", () => {
    expect(() => precacheFiles(files, (p) => (p === "_astro/side.S1.js" ? undefined : read(p)), "/guide/")).toThrow(
      /_astro\/side\.S1\.js/,
    );
    expect(() =>
      precacheFiles(
        files.filter((f) => f !== "offline/index.html"),
        read,
        "/guide/",
      ),
    ).toThrow(/offline/);
  });
});

describe("precacheVersion", () => {
  const entries = [
    { url: "/a/", content: "one" },
    { url: "/b/", content: new TextEncoder().encode("two") },
  ];

  it("is a short hash, the same for the same files in any order", () => {
    const v = precacheVersion(entries);
    expect(v).toMatch(/^[0-9a-f]{12}$/);
    expect(precacheVersion([...entries].reverse())).toBe(v);
    expect(precacheVersion([{ url: "/a/", content: new TextEncoder().encode("one") }, entries[1]!])).toBe(v);
  });

  it("changes when a file's contents, a URL or the list changes", () => {
    const v = precacheVersion(entries);
    expect(precacheVersion([{ url: "/a/", content: "one!" }, entries[1]!])).not.toBe(v);
    expect(precacheVersion([{ url: "/c/", content: "one" }, entries[1]!])).not.toBe(v);
    expect(precacheVersion([entries[0]!])).not.toBe(v);
    // The separator keeps URL and contents apart.
    expect(precacheVersion([{ url: "/a", content: "/one" }])).not.toBe(
      precacheVersion([{ url: "/a/", content: "one" }]),
    );
  });
});
