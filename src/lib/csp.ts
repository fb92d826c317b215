/**
 * Content-Security-Policy helpers for the build (astro.config.mjs).
 *
 * Astro writes a policy into a <meta> tag on every page, with the hashes of THAT page's inline
 * scripts and styles: a page with a style of its own (e.g. a tool page) has one hash more. A static
 * host's `_headers` file sends one policy for every path, and when a page has both, the browser
 * applies both (a resource must pass each). So the header must allow the union of all pages'
 * sources, directive by directive; each page's own <meta> still narrows it to what that page uses.
 */

/** Parses "a b c; d e" into an ordered map of directive → sources. */
export function parsePolicy(policy: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const part of policy.split(";")) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (!name) continue;
    const key = name.toLowerCase();
    const known = out.get(key) ?? [];
    for (const s of sources) if (!known.includes(s)) known.push(s);
    out.set(key, known);
  }
  return out;
}

/** Writes a parsed policy back as "name source…; name source…;". */
export function formatPolicy(policy: Map<string, string[]>): string {
  return [...policy].map(([name, sources]) => [name, ...sources].join(" ") + ";").join(" ");
}

/** The union of several policies: every directive of any of them, with every source any of them allows. */
export function mergePolicies(policies: readonly string[]): string {
  return formatPolicy(parsePolicy(policies.join(";")));
}

/** The policy of a built page's <meta http-equiv="content-security-policy">, decoded; null if none. */
export function metaPolicy(html: string): string | null {
  const m = /<meta http-equiv="content-security-policy" content="([^"]+)"/i.exec(html);
  if (!m?.[1]) return null;
  return m[1]
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&");
}
