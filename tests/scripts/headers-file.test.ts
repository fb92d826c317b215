import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { headersFor, parseHeadersFile } from "../../scripts/headers-file.mjs";

const SAMPLE = `# comment
/*
  X-Content-Type-Options: nosniff
  Referrer-Policy: no-referrer

/_astro/*
  Cache-Control: public, max-age=31536000, immutable
/guide/pagefind/index/*
  Cache-Control: public, max-age=60
`;

describe("_headers file", () => {
  it("reads rules and their headers, skipping comments and blank lines", () => {
    const rules = parseHeadersFile(SAMPLE);
    expect(rules.map((r) => r.pattern)).toEqual(["/*", "/_astro/*", "/guide/pagefind/index/*"]);
    expect(rules[0]!.headers).toEqual([
      ["X-Content-Type-Options", "nosniff"],
      ["Referrer-Policy", "no-referrer"],
    ]);
  });

  it("applies every matching rule to a path, and only those", () => {
    const rules = parseHeadersFile(SAMPLE);
    expect(headersFor(rules, "/_astro/app.1a2b.js")).toEqual({
      "x-content-type-options": "nosniff",
      "referrer-policy": "no-referrer",
      "cache-control": "public, max-age=31536000, immutable",
    });
    expect(headersFor(rules, "/process/prepare/")["cache-control"]).toBeUndefined();
    expect(headersFor(rules, "/guide/pagefind/index/zh_1.pf_index")["cache-control"]).toBe("public, max-age=60");
    // "." in a pattern is a dot, not "any character".
    expect(headersFor(parseHeadersFile("/a.b\n  X: 1\n"), "/aXb")).toEqual({});
  });

  it("rejects a header line outside a rule or without a name", () => {
    expect(() => parseHeadersFile("  X-A: 1\n")).toThrow(/outside a rule/);
    expect(() => parseHeadersFile("/*\n  not a header\n")).toThrow(/colon/);
    expect(() => parseHeadersFile("/*\n  bad name: 1\n")).toThrow(/header name/);
  });

  it("reads the project's own public/_headers", () => {
    const rules = parseHeadersFile(readFileSync(new URL("../../public/_headers", import.meta.url), "utf8"));
    const page = headersFor(rules, "/process/prepare/");
    expect(page["content-security-policy"]).toBe("__CSP__");
    expect(page["x-content-type-options"]).toBe("nosniff");
    expect(headersFor(rules, "/_astro/x.js")["cache-control"]).toMatch(/immutable/);
  });
});
