/**
 * The build itself must refuse bad content: these tests run a real `astro build` on the fixture
 * content in tests/fixtures/content/, once as it is (it must pass) and once per broken field (it
 * must fail, naming the file and the field).
 */
import { execFile } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const fixture = join(import.meta.dirname, "../fixtures/content");
const work = mkdtempSync(join(tmpdir(), "xieshang-build-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Terminal colour codes removed, in case the environment forces colour on. */
function plain(text: string): string {
  // eslint-disable-next-line no-control-regex -- ANSI escape sequences start with ESC
  return text.replace(/\u001b\[[0-9;]*m/g, "");
}

async function build(contentRoot: string): Promise<{ ok: boolean; output: string }> {
  const astro = join(process.cwd(), "node_modules/astro/bin/astro.mjs");
  try {
    const r = await run(process.execPath, [astro, "build"], {
      env: {
        ...process.env,
        CONTENT_ROOT: contentRoot,
        OUT_DIR: join(contentRoot, "../dist"),
        ASTRO_TELEMETRY_DISABLED: "1",
      },
      maxBuffer: 32 * 1024 * 1024,
    });
    return { ok: true, output: plain(r.stdout + r.stderr) };
  } catch (e) {
    const err = e as { stdout?: string; stderr?: string };
    return { ok: false, output: plain(`${err.stdout ?? ""}${err.stderr ?? ""}`) };
  }
}

function variant(name: string, edit: (frontmatter: string) => string): string {
  const root = join(work, name, "content");
  cpSync(fixture, root, { recursive: true });
  const file = join(root, "articles/process/sample.mdx");
  const [, fm, body] = readFileSync(file, "utf8").split(/^---$/m);
  writeFileSync(file, `---${edit(fm ?? "")}---${body ?? ""}`);
  return root;
}

describe("content validation at build time", { timeout: 120_000 }, () => {
  it("builds the valid fixture", async () => {
    const r = await build(variant("valid", (fm) => fm));
    expect(r.output).toContain("Complete!");
    expect(r.ok).toBe(true);
  });

  it.each([
    ["a missing reviewed date", "reviewed", (fm: string) => fm.replace(/^reviewed:.*$/m, "")],
    ["an unknown category", "category", (fm: string) => fm.replace(/^category:.*$/m, "category: misc")],
    [
      "a source link to an unofficial site",
      "sources",
      (fm: string) => fm.replace(/date: 2013-01-21/, "date: 2013-01-21\n    url: http://www.30898.cn/rd/1.html"),
    ],
  ])("fails on %s, naming the file and the field", async (_label, field, edit) => {
    const r = await build(variant(field, edit));
    expect(r.ok).toBe(false);
    expect(r.output).toMatch(/process\/sample/);
    expect(r.output).toMatch(new RegExp(`^\\s*${field}`, "m"));
  });

  it("fails when the file's folder and its category disagree", async () => {
    const r = await build(variant("folder", (fm) => fm.replace(/^category:.*$/m, "category: cases")));
    expect(r.ok).toBe(false);
    expect(r.output).toContain("content/articles/process/sample.mdx: category");
  });
});
