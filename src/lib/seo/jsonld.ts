/**
 * Structured data (schema.org JSON-LD) for search engines: WebSite on the home page, Article and
 * BreadcrumbList on articles, BreadcrumbList on category pages, FAQPage on /faq/. Pure builders
 * over plain data (nodes without @context; jsonLdDocument adds it once); src/components/head/JsonLd.astro
 * prints the result. The publisher is always
 * this site (an independent project), never Alipay or a lender.
 */
import { isoDate } from "../format";

export type JsonLd = Record<string, unknown>;

export interface SiteRef {
  name: string;
  /** Absolute URL of the home page. */
  url: string;
}

const CONTEXT = "https://schema.org";

function organization(site: SiteRef): JsonLd {
  return { "@type": "Organization", name: site.name, url: site.url };
}

export function websiteLd(site: SiteRef & { description: string; lang: string; searchUrl: string }): JsonLd {
  return {
    "@type": "WebSite",
    name: site.name,
    url: site.url,
    description: site.description,
    inLanguage: site.lang,
    publisher: organization(site),
    potentialAction: {
      "@type": "SearchAction",
      target: { "@type": "EntryPoint", urlTemplate: `${site.searchUrl}?q={search_term_string}` },
      "query-input": "required name=search_term_string",
    },
  };
}

export interface ArticleInput {
  headline: string;
  description: string;
  /** Absolute canonical URL. */
  url: string;
  /** Absolute URL of the preview image. */
  image: string;
  /** The date the article was last reviewed (frontmatter `reviewed`). */
  reviewed: Date;
  lang: string;
  site: SiteRef;
}

/**
 * Article. The site keeps one date per article, the last review: it is both datePublished and
 * dateModified (an article is republished when it is reviewed).
 */
export function articleLd(a: ArticleInput): JsonLd {
  const date = isoDate(a.reviewed);
  return {
    "@type": "Article",
    headline: a.headline,
    description: a.description,
    mainEntityOfPage: a.url,
    image: a.image,
    datePublished: date,
    dateModified: date,
    inLanguage: a.lang,
    author: organization(a.site),
    publisher: organization(a.site),
  };
}

/**
 * BreadcrumbList from the same items the visible breadcrumbs show (label + root-relative path;
 * the current page has no path). `abs` turns a path into an absolute URL; the current page's
 * item is `currentUrl`.
 */
export function breadcrumbLd(
  items: readonly { label: string; path?: string | undefined }[],
  abs: (path: string) => string,
  currentUrl: string,
): JsonLd {
  return {
    "@type": "BreadcrumbList",
    itemListElement: items.map((item, i) => ({
      "@type": "ListItem",
      position: i + 1,
      name: item.label,
      item: item.path ? abs(item.path) : currentUrl,
    })),
  };
}

/** FAQPage: every question with its (plain-text) answer, as shown on the page. */
export function faqLd(items: readonly { q: string; a: string }[], lang: string): JsonLd {
  return {
    "@type": "FAQPage",
    inLanguage: lang,
    mainEntity: items.map((f) => ({
      "@type": "Question",
      name: f.q,
      acceptedAnswer: { "@type": "Answer", text: f.a },
    })),
  };
}

/**
 * One JSON-LD document for the page: the node itself, or several in an @graph, with the context
 * written once.
 */
export function jsonLdDocument(nodes: readonly JsonLd[]): JsonLd {
  return nodes.length === 1 ? { "@context": CONTEXT, ...nodes[0] } : { "@context": CONTEXT, "@graph": nodes };
}

/**
 * JSON for a `<script type="application/ld+json">` body: `<`, `>` and `&` become \u escapes, so
 * no string can close the element (`</script>`) or open a comment, and the JSON means the same.
 */
export function serializeJsonLd(data: JsonLd): string {
  return JSON.stringify(data).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}
