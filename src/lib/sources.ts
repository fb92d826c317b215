import { formatDateZh } from "./format.ts";

/**
 * Source links may only point to official sites (content guide). This list is the single
 * definition of "official" used by the frontmatter schema, the contacts schema and the tests.
 * A host matches when it equals an entry or is a subdomain of it.
 */
export const OFFICIAL_DOMAINS = [
  "gov.cn",
  "npc.gov.cn",
  "court.gov.cn",
  "pbc.gov.cn",
  "pbccrc.org.cn",
  "nfra.gov.cn",
  "csrc.gov.cn",
  "12348.gov.cn",
  // Banks' own sites, only for their own hotlines in content/contacts.yaml.
  "icbc.com.cn",
  "abchina.com",
  "boc.cn",
  "ccb.com",
  "bankcomm.com",
  "cmbchina.com",
  "psbc.com",
] as const;

export function isOfficialUrl(value: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    return false;
  }
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") return false;
  const host = parsed.hostname.toLowerCase();
  return OFFICIAL_DOMAINS.some((d) => host === d || host.endsWith(`.${d}`));
}

/** The dates a source may carry (content schema): `date` stated by the document, `accessed` the day it was read. */
export interface SourceDates {
  date?: Date | undefined;
  accessed?: Date | undefined;
}

/**
 * The date text shown after a source: its own date, or “查阅于 …” with the day it was read when the
 * document states no date (docs/writing.md); "" when it has neither.
 */
export function sourceDateText(source: SourceDates): string {
  if (source.date) return formatDateZh(source.date);
  if (source.accessed) return `查阅于 ${formatDateZh(source.accessed)}`;
  return "";
}
