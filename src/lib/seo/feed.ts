/**
 * The Atom feed (RFC 4287) of the articles, newest review first: src/pages/feed.xml.ts serves it.
 * Pure: takes plain entries and absolute URLs, returns the XML text.
 */
import { isoDate } from "../format";
import { escapeXmlText } from "./xml";

export interface FeedEntry {
  title: string;
  /** Absolute URL of the article: its link and its id (stable: an article keeps its URL). */
  url: string;
  /** Last review date: the entry's <updated>. */
  updated: Date;
  summary: string;
  /** The category's name. */
  category?: string | undefined;
}

export interface FeedInput {
  title: string;
  subtitle: string;
  lang: string;
  /** Absolute URL of the home page (the feed's alternate link and author URI). */
  homeUrl: string;
  /** Absolute URL of the feed itself (its id and self link). */
  feedUrl: string;
  entries: readonly FeedEntry[];
}

/** RFC 3339 timestamp of a date-only review date (midnight UTC). */
const stamp = (d: Date) => `${isoDate(d)}T00:00:00Z`;

/** Newest review first; ties by title, so the order is stable. */
export function sortEntries(entries: readonly FeedEntry[]): FeedEntry[] {
  return [...entries].sort(
    (a, b) => b.updated.getTime() - a.updated.getTime() || a.title.localeCompare(b.title, "zh-CN"),
  );
}

export function atomFeed(input: FeedInput): string {
  const e = escapeXmlText;
  const entries = sortEntries(input.entries);
  const updated = entries[0]?.updated ?? new Date(0);
  const entryXml = entries.map(
    (x) =>
      `  <entry>\n` +
      `    <title>${e(x.title)}</title>\n` +
      `    <link rel="alternate" type="text/html" href="${e(x.url)}"/>\n` +
      `    <id>${e(x.url)}</id>\n` +
      `    <updated>${stamp(x.updated)}</updated>\n` +
      (x.category ? `    <category term="${e(x.category)}"/>\n` : "") +
      `    <summary>${e(x.summary)}</summary>\n` +
      `  </entry>\n`,
  );
  return (
    `<?xml version="1.0" encoding="utf-8"?>\n` +
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${e(input.lang)}">\n` +
    `  <title>${e(input.title)}</title>\n` +
    `  <subtitle>${e(input.subtitle)}</subtitle>\n` +
    `  <link rel="self" type="application/atom+xml" href="${e(input.feedUrl)}"/>\n` +
    `  <link rel="alternate" type="text/html" href="${e(input.homeUrl)}"/>\n` +
    `  <id>${e(input.feedUrl)}</id>\n` +
    `  <updated>${stamp(updated)}</updated>\n` +
    `  <author><name>${e(input.title)}</name><uri>${e(input.homeUrl)}</uri></author>\n` +
    entryXml.join("") +
    `</feed>\n`
  );
}

/** Root-relative path of the feed (src/pages/feed.xml.ts). */
export const FEED_PATH = "/feed.xml";
