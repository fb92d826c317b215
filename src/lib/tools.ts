/**
 * The calculators: one entry per tool, used by the tools index, the home page, navigation and the
 * <Calculator> embed. A tool appears on the site once its page exists (`ready: true`).
 */
export const TOOLS = [
  {
    slug: "installment",
    name: "还款计划计算器",
    summary: "等额本息、等额本金、先息后本、按期手续费：每期还多少、一共多还多少、真实年化是多少。",
    ready: true,
  },
  {
    slug: "apr",
    name: "真实年化利率",
    summary: "把“每期手续费 0.6%”“日利率万分之五”换算成年化利率（IRR 法）。",
    ready: true,
  },
  {
    slug: "compare",
    name: "方案对比",
    summary: "延期、分期、减免、一次性结清：几种方案每月还多少、总共还多少。",
    ready: true,
  },
  {
    slug: "budget",
    name: "每月能还多少",
    summary: "收入减去必要开支和其他还款，算出每月能拿出多少钱，以及适合几期。",
    ready: true,
  },
  {
    slug: "overdue",
    name: "逾期成本",
    summary: "按合同约定的日利率，看每拖一天、一周、一个月会多出多少。",
    ready: true,
  },
  {
    slug: "payoff",
    name: "多笔欠款怎么还",
    summary: "几笔欠款、每月预算：先还利率高的还是先还金额小的，多久能还清。",
    ready: true,
  },
  {
    slug: "letter",
    name: "协商材料生成",
    summary: "用你自己的数字生成书面申请、电话提纲和收支说明，只在你的设备上生成。",
    ready: true,
  },
] as const;

export type Tool = (typeof TOOLS)[number];
export type ToolSlug = Tool["slug"];

export function getTool(slug: string): Tool | undefined {
  return TOOLS.find((t) => t.slug === slug);
}

export function readyTools(): Tool[] {
  return TOOLS.filter((t) => t.ready);
}
