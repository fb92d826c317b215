import { describe, expect, it } from "vitest";
import { headersFile, inlineScriptHashes } from "./csp-build";

const TEMPLATE = `# comment: /not a rule
/*
  Content-Security-Policy: __CSP__
  X-Frame-Options: DENY
/_astro/*
  Cache-Control: immutable
`;

describe("headersFile", () => {
  it("fills in the policy and leaves paths alone at the root", () => {
    expect(headersFile(TEMPLATE, "default-src 'self';", "/")).toBe(TEMPLATE.replace("__CSP__", "default-src 'self';"));
  });

  it.each(["/guide/", "/guide", "guide", "guide/"])("prefixes every path rule with the base %s", (base) => {
    const text = headersFile(TEMPLATE, "x;", base);
    expect(text).toContain("\n/guide/*\n");
    expect(text).toContain("\n/guide/_astro/*\n");
    expect(text).toContain("# comment: /not a rule");
    expect(text).toContain("  Content-Security-Policy: x;\n");
  });
});

describe("inlineScriptHashes", () => {
  it("hashes the site's inline scripts (the theme script at least)", () => {
    const hashes = inlineScriptHashes(new URL("../", import.meta.url));
    expect(hashes.length).toBeGreaterThan(0);
    for (const h of hashes) expect(h).toMatch(/^sha256-[A-Za-z0-9+/]{43}=$/);
  });
});
