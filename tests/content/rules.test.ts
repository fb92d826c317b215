/**
 * Rules over the content files themselves (the build checks the schema; these check the prose).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { findPhoneLikeNumbers } from "../../src/lib/phone";

const root = join(import.meta.dirname, "../../content");

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? walk(join(dir, d.name)) : [join(dir, d.name)],
  );
}

const files = walk(root).filter((f) => /\.(mdx|yaml)$/.test(f));
const contacts = parse(readFileSync(join(root, "contacts.yaml"), "utf8")) as { id: string; number?: string }[];
const articles = files.filter((f) => f.includes("/articles/"));

describe("official numbers live only in content/contacts.yaml", () => {
  it("the contacts file has the required channels, each with a source", () => {
    const ids = contacts.map((c) => c.id);
    for (const id of ["alipay", "12378", "12363", "96110", "110", "12348", "pbccrc", "icbc", "ccb", "boc", "abc"]) {
      expect(ids).toContain(id);
    }
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(files.filter((f) => !f.endsWith("contacts.yaml")).map((f) => [relative(root, f), f]))(
    "%s contains no phone-like number",
    (_name, file) => {
      // Not prose: component tags (<Contact id="12378" /> names a contact, query="…" holds amounts)
      // and link addresses.
      const text = readFileSync(file, "utf8")
        .replace(/<[A-Z][^>]*>/g, "")
        .replace(/https?:\/\/\S+/g, "");
      expect(findPhoneLikeNumbers(text)).toEqual([]);
    },
  );
});

describe("negotiation pages warn about paid agents", () => {
  const mustLink = articles.filter((f) => /\/articles\/(process|cases)\//.test(f));
  it("there are process articles and cases to check", () => {
    expect(mustLink.length).toBeGreaterThan(0);
  });
  it.each(mustLink.map((f) => [relative(root, f), f]))("%s links to /cautions/agent-scams/", (_n, file) => {
    expect(readFileSync(file, "utf8")).toContain("/cautions/agent-scams/");
  });
});
