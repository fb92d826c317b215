/**
 * The five article categories. Their order here is the order on the site; the id is the first
 * segment of an article's URL and the folder name under content/articles/.
 */
export const CATEGORIES = [
  {
    id: "background",
    name: "背景知识",
    description: "为什么会还不上、放贷机构是谁、逾期之后会发生什么、征信怎么回事、能协商出哪些方案。",
  },
  {
    id: "process",
    name: "协商流程",
    description: "从算清自己的账、准备材料，到联系官方渠道、提出方案、落实协议，以及被拒绝之后怎么办。",
  },
  {
    id: "cautions",
    name: "注意事项",
    description: "代理协商骗局、假客服、催收骚扰、借新还旧、个人信息：最容易吃亏的地方。",
  },
  {
    id: "channels",
    name: "官方渠道",
    description: "支付宝和银行的官方客服、投诉、反诈和法律援助渠道，以及怎样分辨真假。",
  },
  {
    id: "cases",
    name: "案例",
    description: "为说明问题而编写的示例案例：不同处境的人怎样准备、怎样谈、结果如何。",
  },
] as const;

export type Category = (typeof CATEGORIES)[number];
export type CategoryId = Category["id"];

export const CATEGORY_IDS = CATEGORIES.map((c) => c.id) as [CategoryId, ...CategoryId[]];

export function isCategoryId(value: string): value is CategoryId {
  return (CATEGORY_IDS as readonly string[]).includes(value);
}

export function getCategory(id: CategoryId): Category {
  const found = CATEGORIES.find((c) => c.id === id);
  if (!found) throw new Error(`Unknown category: ${id}`);
  return found;
}

/** Position of a category in the site order (0-based). */
export function categoryIndex(id: CategoryId): number {
  return CATEGORY_IDS.indexOf(id);
}
