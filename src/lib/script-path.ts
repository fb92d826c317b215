/**
 * The two scripts the site is published in: Simplified (the source, at the root) and Traditional
 * (generated at build time, under /zh-hant/; see docs/traditional.md). Pure path mapping between a
 * page and its counterpart in the other script, sub-path aware (the base stays in front).
 */
import { normaliseBase, stripBase, withBase } from "./routes";

export type Script = "hans" | "hant";

/** The folder the Traditional edition lives in, under the base. */
export const HANT_DIR = "zh-hant";

/** BCP 47 tags, as written in <html lang> and hreflang. */
export const SCRIPT_LANG = { hans: "zh-CN", hant: "zh-Hant" } as const;
export const SCRIPT_HREFLANG = { hans: "zh-Hans", hant: "zh-Hant" } as const;

/** What the switch says: the name of the other script, in that script. */
export const SCRIPT_LABEL = { hans: "简体", hant: "繁體" } as const;

const HANT_PREFIX = `/${HANT_DIR}/`;

/** The script of a page, from its pathname (with or without the base). */
export function scriptOfPath(base: string | undefined, pathname: string): Script {
  const p = stripBase(base, pathname);
  return p === HANT_PREFIX.slice(0, -1) || p.startsWith(HANT_PREFIX) ? "hant" : "hans";
}

/** The script of the document, from its <html lang>: anything tagged Hant (zh-Hant, zh-Hant-HK) is Traditional. */
export function scriptOfLang(lang: string | null | undefined): Script {
  return /^zh-hant\b/i.test(lang ?? "") ? "hant" : "hans";
}

/**
 * The same page in the given script. Takes and returns a pathname with the base
 * ("/guide/process/" ⇄ "/guide/zh-hant/process/"); a query or #fragment is kept. Idempotent.
 */
export function pathInScript(base: string | undefined, pathname: string, script: Script): string {
  const m = /^([^?#]*)(.*)$/s.exec(pathname);
  const path = m?.[1] ?? pathname;
  const tail = m?.[2] ?? "";
  const inner = stripBase(base, path);
  if (!inner.startsWith("/")) return pathname;
  const hans = scriptOfPath("/", inner) === "hant" ? `/${inner.slice(HANT_PREFIX.length)}` : inner;
  const target = script === "hant" ? `${HANT_PREFIX}${hans.slice(1)}` : hans;
  return withBase(base, target) + tail;
}

/** The root of each edition's pages: the base, or the base plus zh-hant/. */
export function pagesRoot(base: string | undefined, script: Script): string {
  const b = normaliseBase(base);
  return script === "hant" ? `${b}${HANT_DIR}/` : b;
}
