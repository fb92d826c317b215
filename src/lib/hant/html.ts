/**
 * One built Simplified page → its Traditional copy (see docs/traditional.md). A small tokenizer
 * over Astro's output, not a general HTML parser: text and human-readable attributes are converted;
 * scripts, styles, code and every URL are left alone, except that links to the site's own pages
 * (and to the island and search bundles that have Traditional copies) point into /zh-hant/.
 */
import { SCRIPT_HREFLANG, SCRIPT_LABEL, SCRIPT_LANG, pathInScript } from "../script-path";
import type { Convert } from "./convert";

export interface PageContext {
  convert: Convert;
  /** The deployment base ("/" or "/guide/"). */
  base: string;
  /** The site's origin, for absolute URLs to itself (canonical, og:url). */
  origin: string;
  /** Whether a pathname (with the base, no query) is one of the site's Simplified pages. */
  isPage: (pathname: string) => boolean;
  /** Pathname of a script bundle → pathname of its Traditional copy. */
  assets: ReadonlyMap<string, string>;
}

/** Attributes a reader sees or hears. `content` only on <meta name=…/property=…>. */
const TEXT_ATTRS = new Set([
  "title",
  "alt",
  "aria-label",
  "aria-description",
  "aria-roledescription",
  "aria-valuetext",
  "aria-placeholder",
  "placeholder",
  "label",
  "value",
]);

/** Attributes holding a URL (or a script URL the page imports). */
const URL_ATTRS = new Set([
  "href",
  "action",
  "src",
  "formaction",
  "component-url",
  "renderer-url",
  "before-hydration-url",
  "data-search-module",
  "data-search-highlight",
]);

/** Elements whose content is not prose. */
const RAW = new Set(["script", "style"]);
const CODE = new Set(["code", "kbd", "samp", "var"]);

const TOKEN =
  /<!--[\s\S]*?-->|<![^>]*>|<\/?([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s"'=<>`/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g;
const ATTR = /(\s+)([^\s"'=<>`/]+)(?:(\s*=\s*)(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

export function decodeAttr(v: string): string {
  return v.replace(/&(quot|amp|lt|gt|#39|#x27);/g, (_, e: string) =>
    e === "quot" ? '"' : e === "amp" ? "&" : e === "lt" ? "<" : e === "gt" ? ">" : "'",
  );
}
function encodeAttr(v: string): string {
  return v.replace(/&/g, "&amp;").replace(/"/g, "&quot;");
}

/**
 * A URL as the Traditional page should have it: the site's own pages map into /zh-hant/ (with any
 * Chinese in the query converted, e.g. a calculator's example data); bundles with a Traditional copy
 * map to it; everything else (assets, other sites, #fragments, relative URLs) is returned unchanged.
 */
export function mapUrl(value: string, ctx: PageContext): string {
  const absolute = value.startsWith(ctx.origin + "/");
  const local = absolute ? value.slice(ctx.origin.length) : value;
  if (!local.startsWith("/") || local.startsWith("//")) return value;
  const m = /^([^?#]*)(\?[^#]*)?(#.*)?$/s.exec(local);
  const path = m?.[1] ?? local;
  const query = m?.[2] ?? "";
  const hash = m?.[3] ?? "";
  let mapped: string;
  const asset = ctx.assets.get(path);
  if (asset) mapped = asset + query + hash;
  else if (ctx.isPage(path)) mapped = pathInScript(ctx.base, path, "hant") + convertQuery(query, ctx.convert) + hash;
  else return value;
  return absolute ? ctx.origin + mapped : mapped;
}

/** Convert the Chinese in a query string, whether typed as is or percent-encoded. */
function convertQuery(query: string, convert: Convert): string {
  if (!query) return query;
  return query.replace(/[^&=?]+/g, (part) => {
    let text: string;
    try {
      text = decodeURIComponent(part);
    } catch {
      return part;
    }
    if (text === part) return convert(part);
    const converted = convert(text);
    return converted === text ? part : encodeURIComponent(converted);
  });
}

/** Island props (Astro's JSON, attribute-escaped): convert Chinese text, map the site's own URLs. */
function convertProps(raw: string, ctx: PageContext): string {
  const json = decodeAttr(raw);
  const out = json.replace(/"((?:[^"\\]|\\.)*)"/g, (whole, s: string) => {
    if (s.startsWith("/") || s.startsWith(ctx.origin)) {
      const value = JSON.parse(whole) as string;
      const mapped = mapUrl(value, ctx);
      if (mapped !== value) return JSON.stringify(mapped);
    }
    return ctx.convert(whole);
  });
  return encodeAttr(out);
}

function convertTag(tag: string, name: string, attrs: string, ctx: PageContext): string {
  const lower = name.toLowerCase();
  const attrMap = new Map<string, string>();
  for (const a of attrs.matchAll(ATTR)) attrMap.set(a[2]!.toLowerCase(), a[4] ?? a[5] ?? a[6] ?? "");
  const isSwitch = attrMap.has("data-script-switch");
  const rel = attrMap.get("rel") ?? "";
  const metaText = lower === "meta" && (attrMap.has("name") || attrMap.has("property"));
  const newAttrs = attrs.replace(
    ATTR,
    (whole, space: string, attrName: string, eq?: string, dq?: string, sq?: string, bare?: string) => {
      const key = attrName.toLowerCase();
      const value = dq ?? sq ?? bare;
      if (value === undefined) return whole;
      const quote = dq !== undefined ? '"' : sq !== undefined ? "'" : "";
      const put = (v: string) => `${space}${attrName}${eq}${quote}${v}${quote}`;
      if (lower === "html" && key === "lang") return put(SCRIPT_LANG.hant);
      if (isSwitch) {
        if (key === "href") return put(pathInScript(ctx.base, decodeAttr(value), "hans"));
        if (key === "lang" || key === "hreflang") return put(SCRIPT_HREFLANG.hans);
        return whole;
      }
      if (key === "props" && lower === "astro-island") return put(convertProps(value, ctx));
      if (URL_ATTRS.has(key)) {
        // hreflang alternates name both editions as they are; everything else points into this one.
        if (lower === "link" && /\balternate\b/.test(rel)) return whole;
        return put(encodeAttr(mapUrl(decodeAttr(value), ctx)));
      }
      if (TEXT_ATTRS.has(key) || (key === "content" && metaText)) {
        if (key === "content" && /^og:url$/i.test(attrMap.get("property") ?? "")) {
          return put(encodeAttr(mapUrl(decodeAttr(value), ctx)));
        }
        return put(ctx.convert(value));
      }
      return whole;
    },
  );
  const start = 1 + name.length;
  return tag.slice(0, start) + newAttrs + tag.slice(start + attrs.length);
}

/**
 * Convert one page. `pagePath` is the Simplified page's pathname (with the base), used in error
 * messages. Throws if the page has an unclosed <script> or <style>.
 */
export function convertPage(html: string, ctx: PageContext, pagePath = ""): string {
  let out = "";
  let last = 0;
  let codeDepth = 0;
  let inSwitch = false;
  // Lower-cased once, to find the end tag of each <script> and <style>.
  const lower = html.toLowerCase();
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(html); m; m = TOKEN.exec(html)) {
    const text = html.slice(last, m.index);
    out += inSwitch ? text.replace(SCRIPT_LABEL.hant, SCRIPT_LABEL.hans) : codeDepth > 0 ? text : ctx.convert(text);
    const tag = m[0];
    const name = (m[1] ?? "").toLowerCase();
    last = m.index + tag.length;
    if (!name) {
      out += tag; // comment or doctype
      continue;
    }
    if (tag.startsWith("</")) {
      if (CODE.has(name) && codeDepth > 0) codeDepth--;
      if (name === "a") inSwitch = false;
      out += tag;
      continue;
    }
    out += convertTag(tag, m[1]!, m[2] ?? "", ctx);
    if (RAW.has(name)) {
      const close = lower.indexOf(`</${name}`, last);
      if (close < 0) throw new Error(`${pagePath}: unclosed <${name}>`);
      const body = html.slice(last, close);
      // JSON-LD is data for search engines, not code (and not run, so no CSP hash to keep).
      out += /type\s*=\s*"?application\/ld\+json/i.test(tag) ? ctx.convert(body) : body;
      last = close;
      TOKEN.lastIndex = close;
      continue;
    }
    if (CODE.has(name) && !tag.endsWith("/>")) codeDepth++;
    if (name === "a" && /\sdata-script-switch\b/.test(tag)) inSwitch = true;
  }
  const rest = html.slice(last);
  out += codeDepth > 0 ? rest : ctx.convert(rest);
  return out;
}
