/**
 * What each page's preview image says: one card per page that has its own image. The image
 * endpoint (src/pages/og/[...slug].png.ts) draws exactly these, and BaseLayout points og:image at
 * a page's card, or at the home card when the page has none (404), so no og:image is ever missing.
 */
import { CATEGORIES } from "../categories";
import { ROUTES, categoryPath, toolPath } from "../routes";

export interface PreviewCard {
  /** Root-relative page path, e.g. "/process/prepare/". */
  path: string;
  /** The page's title, the largest text on the card. */
  title: string;
  /** Small line above the title: the category, or what kind of page it is. */
  label: string;
  /** Optional lighter line under the title (not on articles: their descriptions are long). */
  subtitle?: string | undefined;
}

export interface CardInput {
  site: { name: string; tagline: string };
  articles: readonly { path: string; title: string; category: string }[];
  tools: readonly { slug: string; name: string; summary: string }[];
  /** The about page's title, from content/pages/about.mdx. */
  aboutTitle: string;
}

/** Every page's card, in site order; paths are unique. */
export function previewCards(input: CardInput): PreviewCard[] {
  const categoryName = new Map<string, string>(CATEGORIES.map((c) => [c.id, c.name]));
  const cards: PreviewCard[] = [
    { path: ROUTES.home, title: input.site.name, label: "独立公益信息站点", subtitle: input.site.tagline },
    ...CATEGORIES.map((c) => ({ path: categoryPath(c.id), title: c.name, label: "主题", subtitle: c.description })),
    ...input.articles.map((a) => ({
      path: a.path,
      title: a.title,
      label: categoryName.get(a.category) ?? a.category,
    })),
    {
      path: ROUTES.tools,
      title: "计算工具",
      label: "在你自己的设备上计算",
      subtitle: "还款计划、真实年化利率、方案对比、每月能还多少：数字不会上传。",
    },
    ...input.tools.map((t) => ({ path: toolPath(t.slug), title: t.name, label: "计算工具", subtitle: t.summary })),
    { path: ROUTES.glossary, title: "术语表", label: "参考", subtitle: "逾期、罚息、征信、停息挂账等说法的白话解释。" },
    { path: ROUTES.faq, title: "常见问题", label: "参考", subtitle: "逾期、协商、催收、征信：简短回答和详细文章。" },
    { path: ROUTES.search, title: "搜索", label: "参考", subtitle: "搜索关于协商还款、逾期、征信、催收和防骗的文章。" },
    { path: ROUTES.about, title: input.aboutTitle, label: "关于", subtitle: undefined },
  ];
  const seen = new Set<string>();
  for (const c of cards) {
    if (seen.has(c.path)) throw new Error(`两个预览图用了同一个页面路径：${c.path}`);
    seen.add(c.path);
  }
  return cards;
}

/** The card of a page (root-relative path, no base), or the home card when the page has none. */
export function cardFor(cards: readonly PreviewCard[], path: string): PreviewCard {
  const found = cards.find((c) => c.path === path) ?? cards.find((c) => c.path === ROUTES.home);
  if (!found) throw new Error("previewCards: no home card");
  return found;
}

/** og:image:alt: what the image shows, in one line. */
export function cardAlt(card: PreviewCard, siteName: string): string {
  return card.title === siteName ? `${siteName}：${card.label}` : `${card.label}：${card.title}（${siteName}）`;
}
