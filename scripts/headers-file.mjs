// Reads the `_headers` file format of Netlify and Cloudflare Pages (the one public/_headers is
// written in), so scripts/serve.mjs sends the same headers locally as a static host would.
//   /path/*            a rule: a path pattern, "*" matches any run of characters
//     Name: value      a header of that rule (indented)
//   # comment
// Every rule whose pattern matches a path applies; for the same header, the later rule wins.

/**
 * @param {string} text the file's contents
 * @returns {{ pattern: string, headers: [string, string][] }[]}
 */
export function parseHeadersFile(text) {
  /** @type {{ pattern: string, headers: [string, string][] }[]} */
  const rules = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/\s+$/, "");
    if (!line.trim() || line.trim().startsWith("#")) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
      continue;
    }
    const rule = rules.at(-1);
    const colon = line.indexOf(":");
    if (!rule || colon < 0) throw new Error(`_headers: a header outside a rule or without a colon: "${line.trim()}"`);
    const name = line.slice(0, colon).trim();
    const value = line.slice(colon + 1).trim();
    if (!/^[A-Za-z0-9-]+$/.test(name)) throw new Error(`_headers: not a header name: "${name}"`);
    rule.headers.push([name, value]);
  }
  return rules;
}

/** @param {string} pattern */
function toRegExp(pattern) {
  const escaped = pattern.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*");
  return new RegExp(`^${escaped}$`);
}

/**
 * The headers for one request path (as the browser sends it, base included).
 * @param {{ pattern: string, headers: [string, string][] }[]} rules
 * @param {string} path
 * @returns {Record<string, string>} header names in lower case
 */
export function headersFor(rules, path) {
  /** @type {Record<string, string>} */
  const out = {};
  for (const rule of rules) {
    if (!toRegExp(rule.pattern).test(path)) continue;
    for (const [name, value] of rule.headers) out[name.toLowerCase()] = value;
  }
  return out;
}
