import { describe, expect, it } from "vitest";
import { formatPolicy, mergePolicies, metaPolicy, parsePolicy } from "./csp";

describe("CSP helpers", () => {
  it("parses and formats a policy without changing its meaning", () => {
    const p = "default-src 'self'; script-src 'self' 'sha256-a='; style-src 'self'";
    expect(formatPolicy(parsePolicy(p))).toBe("default-src 'self'; script-src 'self' 'sha256-a='; style-src 'self';");
  });

  it("merges pages' policies into one that allows what any page needs, once", () => {
    const home = "default-src 'self'; style-src 'self' 'sha256-A='; script-src 'self' 'sha256-T='";
    const tool = "default-src 'self'; style-src 'self' 'sha256-A=' 'sha256-B='; script-src 'self' 'sha256-T='";
    const merged = parsePolicy(mergePolicies([home, tool, home]));
    expect(merged.get("style-src")).toEqual(["'self'", "'sha256-A='", "'sha256-B='"]);
    expect(merged.get("script-src")).toEqual(["'self'", "'sha256-T='"]);
    expect([...merged.keys()]).toEqual(["default-src", "style-src", "script-src"]);
  });

  it("every source of every input policy is in the merged one", () => {
    const policies = ["img-src 'self' data:", "img-src 'self'; connect-src 'self'", "object-src 'none'"];
    const merged = parsePolicy(mergePolicies(policies));
    for (const p of policies)
      for (const [name, sources] of parsePolicy(p))
        for (const s of sources) expect(merged.get(name), `${name} ${s}`).toContain(s);
  });

  it("reads the policy of a built page's meta tag, decoding entities", () => {
    const html = `<head><meta http-equiv="content-security-policy" content="script-src &#39;self&#39; &#39;sha256-x+y/z=&#39;"></head>`;
    expect(metaPolicy(html)).toBe("script-src 'self' 'sha256-x+y/z='");
    expect(metaPolicy("<head></head>")).toBeNull();
  });
});
