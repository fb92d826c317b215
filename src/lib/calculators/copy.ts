/**
 * The calculators' longer fixed sentences. Pages (the tool pages and the <Calculator> embed) pass
 * them to the islands as the `copy` prop, so the text travels in the page's HTML, which holds the
 * server-rendered calculator anyway, rather than in each tool page's JavaScript (15 KB budget).
 * Islands import only the types from here. Short labels stay in the islands.
 */
import { ROUNDING_NOTE } from "../finance/loan";
import { LETTER_WORDING } from "./letter";
import { PLAN_MAX_MONTHS } from "./budget";
import { COMPARE_TEXT, KIND_FIELD_LABELS, KIND_LABEL } from "./compare";

/** Sentences every calculator shows. */
export const FRAME_COPY = {
  privacy: "计算只在你的设备上进行。结果是估算，实际金额以放贷机构的账单和合同为准。",
  invalid: "请先改正上面标红的输入，结果会立刻更新。",
  open: "在计算器页面打开（可以分享链接）",
  copied: "已复制。",
  selected: "已选中文字，请长按选择“复制”或按 Ctrl+C。",
};
export type FrameCopy = typeof FRAME_COPY;

/** The spending list shared by the budget calculator and the letter generator. */
export const SPEND_COPY = { spendLegend: "每月必要开支", spendAdd: "添加一项开支", spendNew: "其他" };
export type SpendCopy = typeof SPEND_COPY;

export const INSTALLMENT_COPY = {
  ...FRAME_COPY,
  rounding: ROUNDING_NOTE,
  irr: "按月 IRR × 12 计算，这是放贷机构应当展示的年化利率口径；按复利折算为",
  flat: "手续费按原始本金收取，而本金逐月减少，所以真实年化约是“每期费率 × 12”的近两倍。",
};

export const APR_COPY = {
  ...FRAME_COPY,
  whyFee:
    "手续费每期都按最初借的全部金额收，可你欠的本金逐月减少，实际占用的钱越来越少，所以真实年化利率比“每期费率 × 12”高得多。",
  apr: "真实年化利率（内部收益率法：月 IRR × 12）",
  effective: "按复利折算的年化利率：(1 + 月 IRR)¹² − 1",
  stated: "按报价直接乘出来的年利率",
  whyRate:
    "报价只说了一天或一个月的价格；真实年化利率把每期还了多少、什么时候还都算进去，是比较不同借款成本的统一口径。",
};

export const BUDGET_COPY = {
  ...FRAME_COPY,
  ...SPEND_COPY,
  income: "每月到手收入（元）",
  debts: "每月其他必须还的钱（元）",
  amount: "想协商的这笔欠款（元，可不填）",
  rate: "这笔欠款的年利率（%）",
  shortest: "最短可以分（利息最少）",
  longest: `${PLAN_MAX_MONTHS} 期以内，最长可以分（每月最轻）`,
  none: "没有合适的期数",
  essentials: "必要开支合计",
  copySentence: "复制这句话",
  short: "收入已经不够支付必要开支和其他还款。协商时如实说明这一点，可以先请求暂缓还款或延长期限。",
  say: "可以这样对放贷机构说（按剩下的八成、等额本息估算；对方是否同意、怎样安排，由对方决定）：",
  amountHint: "填了就能算出分几期合适",
  rateHint: "不知道可以不填，按 0 计算",
  leftover: "每月扣除必要开支和其他还款后，剩下",
  available: "建议每月拿来还款（剩下的八成）",
  dti: "负债收入比（其他还款 ÷ 收入）",
  dtiPlan: "按最短期数还，负债收入比会变成",
};

export const OVERDUE_COPY = {
  ...FRAME_COPY,
  note: "日利率是你输入的假设，示例数字不代表任何放贷机构的实际利率。实际怎么计收罚息、违约金，有没有上限，以你签署的合同和放贷机构的账单为准。",
};

export const PAYOFF_COPY = {
  ...FRAME_COPY,
  saved: "按这些数字，先还利率最高的比先还余额最小的少付利息",
  both: "。先还清小额欠款能更快减少要操心的账户数。两种办法都可以，关键是每月按时还上每笔的最低还款。",
};

export const COMPARE_COPY = {
  ...FRAME_COPY,
  disclaimer:
    "这是按每种方案最常见的做法估算的，不是任何机构的实际条件。能否延期、分期或减免，条件是什么，由放贷机构决定，以书面确认的协议为准。",
  tableCaption: "各方案在不同月份结束时的剩余欠款，单位：元",
  /** The whole form's text (the island holds no Chinese of its own). */
  names: ["方案一", "方案二", "方案三"],
  kinds: KIND_LABEL,
  fields: KIND_FIELD_LABELS,
  form: "协商方案对比计算器",
  skip: "直接看对比结果",
  owe: "现在欠多少",
  principal: "本金（元）",
  interest: "已产生的利息（元）",
  fees: "罚息、违约金等费用（元）",
  kind: "方案类型",
  remove: "删除",
  add: "添加一个方案",
  results: "对比结果",
  empty: "请至少添加一个方案。",
  owedNow: "现在一共欠 ",
  ofPrincipal: "（本金 ",
  close: "）。",
  lightest: "每月负担最轻的是",
  cheapest: "，一共还得最少的是",
  same: "，它一共还得也最少",
  stop: "。",
  unit: "金额单位：元",
  item: "项目",
  table: "方案对比表",
  rows: ["每月还款", "最多一期", "还几个月", "一共还款", "比本金多还"],
  less: "少还 ",
  chart: "剩余欠款怎么变化",
  asTable: "用表格查看剩余欠款",
  balanceTable: "剩余欠款表",
  month: "第几个月",
  start: "开始",
  axis: "横轴：协商后的第几个月；纵轴：还欠多少元",
  axisMonth: "月",
  failed: "（无法计算）",
  /** The model's sentences (errors, echoes, the chart summary). */
  text: COMPARE_TEXT,
};

export type InstallmentCopy = typeof INSTALLMENT_COPY;
export type AprCopy = typeof APR_COPY;
export type BudgetCopy = typeof BUDGET_COPY;
export type OverdueCopy = typeof OVERDUE_COPY;
export type PayoffCopy = typeof PAYOFF_COPY;
export type CompareCopy = typeof COMPARE_COPY;

export const LETTER_COPY = {
  ...FRAME_COPY,
  ...SPEND_COPY,
  you: "你和这笔欠款",
  name: "你的姓名（可不填）",
  lender: "放贷机构名称（可不填）",
  owed: "现在一共欠多少（元）",
  days: "已经逾期几天（可不填）",
  reason: "还不上的主要原因",
  contact: "方便接电话的时间（可不填）",
  money: "每月收支",
  income: "每月到手收入（元）",
  debts: "每月其他必须还的钱（元）",
  proposal: "你想提出的方案",
  pay: "每月还多少（元，可不填）",
  months: "分几期（可不填）",
  printAll: "打印这三份材料",
  nameHint: "不填就留空白，打印后手写",
  lenderHint: "合同或账单上写的机构全称",
  daysHint: "还没逾期就不填",
  contactHint: "例如 工作日晚上 7 点以后；会写进书面申请",
  payHint: "不填就按收支估算",
  monthsHint: "不填就按欠款 ÷ 每月还款估算",
  print: "打印时只打印下面的材料，每份一页。",
  waive: "同时请求减免部分罚息和违约金",
  /** The documents' wording (./letter.ts). */
  docs: LETTER_WORDING,
  keep: "姓名、机构名称、联系时间和“具体情况”只留在这个页面上：不会写进网址，不会发送到任何地方，刷新或关闭页面就没有了。不要在这里填身份证号和电话号码，需要时在正式提交的材料上手写。",
  after:
    "材料只陈述你填的事实和请求，不替你承诺什么；对方是否同意、怎样安排，由对方决定。提交前通读一遍，改成你自己的话也可以，但不要写不真实的内容。",
};
export type LetterCopy = typeof LETTER_COPY;
