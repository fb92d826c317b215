/**
 * Turns a Pagefind excerpt (plain text with <mark> around matched words) into safe segments, so
 * the page never inserts HTML from the index or the query.
 */
export interface Segment {
  text: string;
  mark: boolean;
}

const ENTITIES: Record<string, string> = {
  "&amp;": "&",
  "&lt;": "<",
  "&gt;": ">",
  "&quot;": '"',
  "&#39;": "'",
  "&#x27;": "'",
};

function decode(s: string): string {
  return s.replace(/&(?:amp|lt|gt|quot|#39|#x27);/g, (m) => ENTITIES[m] ?? m);
}

export function excerptSegments(excerpt: string): Segment[] {
  const out: Segment[] = [];
  const re = /<mark>([\s\S]*?)<\/mark>/g;
  let last = 0;
  for (let m = re.exec(excerpt); m; m = re.exec(excerpt)) {
    if (m.index > last) out.push({ text: decode(stripTags(excerpt.slice(last, m.index))), mark: false });
    out.push({ text: decode(stripTags(m[1] ?? "")), mark: true });
    last = m.index + m[0].length;
  }
  if (last < excerpt.length) out.push({ text: decode(stripTags(excerpt.slice(last))), mark: false });
  return out.filter((s) => s.text.length > 0);
}

function stripTags(s: string): string {
  return s.replace(/<[^>]*>/g, "");
}
