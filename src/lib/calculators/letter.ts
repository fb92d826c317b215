/**
 * The letter generator's model (协商材料生成): from the reader's figures and situation, three
 * documents — a written application, a call script and an income/expense summary — as plain
 * structured text the island renders, copies and prints.
 *
 * URL contract (documented on /tools/letter/): owed (元), days (逾期天数, optional), reason
 * (job | income | illness | family | business | other), waive (1 = also ask about penalties),
 * income, spend ("名称:金额,…"), debts (other monthly payments), pay (proposed monthly payment,
 * optional), months (optional).
 *
 * Privacy: the reader's name, the lender's name and the free-text details are PRIVATE fields.
 * They are never read from the URL and never written to it; a link that carries them is ignored
 * with a note. Nothing is sent anywhere.
 *
 * Tone (../shared/CONTENT-GUIDE.md): calm and factual; the documents ask, they never promise an
 * outcome on the lender's behalf, and they state the figures the reader gave, nothing more.
 */
import type { BudgetSummary } from "../finance/budget";

/** The budget figures the documents state (finance's BudgetSummary without the ratio). */
export type MonthlySummary = Omit<BudgetSummary, "debtToIncome">;
import { formatYuan, sumFen } from "../finance/money";
import { MAX_MONTHS, parseAmount, parseDays, parseMonths, type ParseResult } from "../finance/parse";
import { parseSpend, PLAN_SHARE, tooManyRowsNote, type SpendEntry } from "./spend";
import { hasAny, MAX_LIST_LENGTH, readParams, writeParams } from "./query";

export type LetterUrlKey = "owed" | "days" | "reason" | "waive" | "income" | "spend" | "debts" | "pay" | "months";
export type LetterPrivateKey = "name" | "lender" | "detail" | "contact";
export type LetterKey = LetterUrlKey | LetterPrivateKey;
export type LetterValues = Record<LetterKey, string>;

export const LETTER_URL_KEYS: readonly LetterUrlKey[] = [
  "owed",
  "days",
  "reason",
  "waive",
  "income",
  "spend",
  "debts",
  "pay",
  "months",
];
export const LETTER_PRIVATE_KEYS: readonly LetterPrivateKey[] = ["name", "lender", "detail", "contact"];

/** Longest name / lender name / details the form keeps. */
export const PRIVATE_LIMITS: Readonly<Record<LetterPrivateKey, number>> = {
  name: 20,
  lender: 40,
  detail: 200,
  contact: 40,
};

export type ReasonCode = "job" | "income" | "illness" | "family" | "business" | "other";
export const REASONS: readonly ReasonCode[] = ["job", "income", "illness", "family", "business", "other"];

/** Labels for the reason picker. */
export const REASON_LABEL: Readonly<Record<ReasonCode, string>> = {
  job: "失业",
  income: "收入减少",
  illness: "生病或受伤",
  family: "家庭变故",
  business: "经营困难",
  other: "其他",
};

/** Worked example: illustrative figures, no real person or lender. */
export const LETTER_DEFAULTS: LetterValues = {
  owed: "20000",
  days: "45",
  reason: "income",
  waive: "1",
  income: "6000",
  spend: "房租:1800,吃饭:1500,交通:300,其他:400",
  debts: "500",
  pay: "1200",
  months: "18",
  name: "",
  lender: "",
  detail: "",
  contact: "",
};

function isReason(v: string): v is ReasonCode {
  return (REASONS as readonly string[]).includes(v);
}

// ---------------------------------------------------------------- URL

export function readLetterQuery(search: string): { values: LetterValues; notes: string[] } {
  const urlDefaults = Object.fromEntries(LETTER_URL_KEYS.map((k) => [k, LETTER_DEFAULTS[k]])) as Record<
    LetterUrlKey,
    string
  >;
  const { values, notes } = readParams(search, urlDefaults, { spend: MAX_LIST_LENGTH });
  const out: LetterValues = { ...values, name: "", lender: "", detail: "", contact: "" };
  const many = tooManyRowsNote(out.spend);
  if (many) notes.push(many);
  if (!isReason(out.reason)) {
    notes.push("链接里的原因无法识别，已改用“收入减少”。");
    out.reason = LETTER_DEFAULTS.reason;
  }
  if (hasAny(search, [...LETTER_PRIVATE_KEYS, "id"])) {
    notes.push("为了保护隐私，网址里的姓名、机构名称等文字不会被读取，请在下面自己填写。");
  }
  // A link with its own figures does not inherit the example's optional ones.
  if (hasAny(search, LETTER_URL_KEYS)) {
    for (const k of ["days", "pay", "months"] as const) if (!hasAny(search, [k])) out[k] = "";
    if (!hasAny(search, ["waive"])) out.waive = "";
  }
  return { values: out, notes };
}

/** Only the URL keys, never the private ones. */
export function letterQuery(values: LetterValues): string {
  return writeParams(values, LETTER_URL_KEYS);
}

// ---------------------------------------------------------------- wording

/**
 * Every sentence of the three documents and of the warnings, as templates: `{name}` is replaced
 * by a figure or a phrase. The wording is data rather than code so that the page can send it in
 * its HTML (the `copy` prop, see ./copy.ts) instead of in the page's JavaScript.
 */
export const LETTER_WORDING = {
  /** The reason picker's options. */
  reasonLabels: REASON_LABEL,
  /** How each reason reads in the documents (a clause, no full stop). */
  reasons: {
    job: "本人近期失业，暂时没有稳定收入",
    income: "本人收入明显减少",
    illness: "本人（或家人）生病治疗，医疗开支增加、收入减少",
    family: "家庭发生变故，必要开支明显增加",
    business: "本人经营遇到困难，收入不稳定",
    other: "本人经济状况发生变化",
  } satisfies Record<ReasonCode, string>,
  /** Shown where a private field was left empty. */
  blankName: "（你的姓名）",
  blankLender: "（放贷机构名称）",
  application: {
    title: "个人还款协商申请",
    to: "{lender}：",
    situation:
      "本人{name}，在贵机构的欠款目前合计约 {owed}{overdue}。因{reason}，目前无法按原合同约定按期足额还款。{detail}",
    overdue: "，已逾期 {days} 天",
    detail: "具体情况：{detail}。",
    means:
      "本人没有逃避债务的意思，愿意继续还款。本人每月收入约 {income}，必要生活开支约 {essentials}，其他必须偿还的欠款每月约 {other}。",
    plan: "恳请贵机构考虑将上述欠款分 {months} 期偿还，每期约 {pay}{short}{waive}。",
    short: "（合计约 {total}，比目前欠款少约 {shortBy}，恳请考虑减免这一部分）",
    pause:
      "本人目前收入扣除基本生活开支后已没有余钱，恳请贵机构考虑暂缓还款或延长还款期限{waive}，待收入恢复后再商定还款计划。",
    waive: "，并考虑减免部分罚息和违约金",
    contact: "本人方便接听电话的时间：{contact}。",
    closing: [
      "如贵机构有其他可行的安排，本人愿意沟通。附上收入支出情况说明，需要其他证明材料，本人会配合提供。",
      "以上情况属实。协商结果请以书面形式（短信、邮件或 App 内记录）告知，谢谢。",
      "申请人：{name}",
      "日期：　　年　　月　　日",
    ],
  },
  script: {
    title: "电话协商提纲",
    before:
      "打电话前：准备好身份证件、欠款账户和这份提纲。只拨打放贷机构 App 里或合同、卡片背面写的官方客服电话，不要用别人发给你的号码。边说边记下日期、时间和客服工号。",
    here: "你们这里",
    steps: [
      "开场：“您好，我是{name}，想就我在{lender}的欠款协商一下还款安排。”",
      "说明情况：“因为{reason}，现在没办法按原来的约定按时还款。欠款一共约 {owed}{overdue}。”",
      "说明能力：“我每月收入约 {income}，必要开支约 {essentials}，其他欠款每月要还约 {other}。”",
      "提出方案：“{ask}”",
      "如果对方说不行：“请问我这种情况可以申请哪些方案？需要提交什么材料？”记下对方的答复，不要当场答应做不到的数字。",
      "结束前：“麻烦把协商结果用短信或书面形式发给我。”再确认一遍客服工号。",
    ],
    overdue: "，已经逾期 {days} 天",
    plan: "我希望分 {months} 期还，每期约 {pay}{waive}。",
    pause: "我现在没有余钱还款，想申请暂缓还款或者延长期限{waive}，等收入恢复后再商定。",
    waive: "，也想问一下罚息和违约金能不能减免一部分",
    warning:
      "提醒：不要为了协商先交任何“手续费”“保证金”，也不要把钱转到个人账户。遇到这样的要求，先挂断，再自己拨打官方客服电话核实。",
  },
  summary: {
    title: "个人收入支出情况说明",
    income: "每月收入",
    spend: "必要开支",
    spendTotal: "必要开支合计",
    other: "其他欠款每月还款",
    left: "每月剩余",
    owed: "本笔欠款",
    proposal: "提出的还款方案",
    plan: "每月约 {pay}，分 {months} 期",
    pause: "申请暂缓还款或延长期限",
    note: "以上为本人每月的实际收支情况，可提供工资流水、病历等相关材料佐证。",
    sign: "本人：{name}　　日期：　　年　　月　　日",
  },
  warnings: {
    suggestedPay: "每月还款按收支算出的可用金额（每月剩余的八成）写为 {pay}",
    suggestedMonths: "期数按欠款 ÷ 每月还款估算为 {months} 期",
    suggested: "{parts}，可以在上面自己改。",
    overBudget:
      "你提出的每月 {pay} 超过了按收支算出的可用金额（约 {available}）。答应了做不到的数字，之后更难再协商，建议按能长期坚持的金额提。",
    short: "按这个方案一共还 {total}，比欠款少 {shortBy}。申请里会如实写明这是在请求减免，对方可能不同意。",
    pause: "按你填的数字，每月没有余钱还款。材料里会写成申请暂缓还款或延长期限。",
    tooLong: "按这个每月金额要超过 {max} 期才能还完，材料里按 {max} 期写，请考虑调整。",
  },
};
export type LetterWording = typeof LETTER_WORDING;

/** Replace each `{key}` in a template; a key without a value becomes empty. */
export function fill(template: string, vars: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => String(vars[key] ?? ""));
}

// ---------------------------------------------------------------- documents

/** A block of a document: a paragraph, a numbered list, or a two-column table. */
export type Block =
  | { type: "p"; text: string }
  | { type: "ol"; items: string[] }
  | { type: "table"; rows: { label: string; value: string; strong?: boolean }[] };

export interface LetterDoc {
  id: "application" | "script" | "summary";
  title: string;
  blocks: Block[];
}

/** A document as plain text, for copying. */
export function docText(doc: LetterDoc): string {
  const parts = doc.blocks.map((b) => {
    if (b.type === "p") return b.text;
    if (b.type === "ol") return b.items.map((item, i) => `${i + 1}. ${item}`).join("\n");
    return b.rows.map((r) => (r.value ? `${r.label}：${r.value}` : `${r.label}：`)).join("\n");
  });
  return [doc.title, ...parts].join("\n\n");
}

const yuan = (fen: number) => `${formatYuan(fen)} 元`;

/** What the reader proposes, with the figures it was built from. */
export interface Plan {
  /** Monthly payment proposed, fen (0 means asking for a pause). */
  payFen: number;
  months: number;
  totalFen: number;
  /** owed − total when the plan repays less than is owed (a request for a reduction), else 0. */
  shortFen: number;
  /** True when pay and months were derived from the budget rather than typed. */
  suggested: boolean;
}

export interface LetterEvaluation {
  fields: {
    owed: ParseResult<number>;
    days?: ParseResult<number>;
    income: ParseResult<number>;
    debts: ParseResult<number>;
    spend: SpendEntry[];
    pay?: ParseResult<number>;
    months?: ParseResult<number>;
  };
  summary?: MonthlySummary;
  /** {@link PLAN_SHARE} of what is left each month, fen. */
  availableFen?: number;
  plan?: Plan;
  /** Plain warnings for the reader (not part of the documents). */
  warnings: string[];
  docs?: LetterDoc[];
}

function trimTo(s: string, max: number): string {
  return s.trim().slice(0, max);
}

/** Keep only the digits-free sense of a free text: no phone numbers or ID numbers in a document by accident. */
function withoutLongNumbers(s: string): string {
  return s.replace(/\d[\d\s-]{4,}\d/g, "（号码已略去）");
}

function buildPlan(owedFen: number, availableFen: number, pay?: number, months?: number): Plan {
  // Proposed payment: what the reader typed, else what the budget leaves (rounded down to whole 元).
  const suggestedPay = Math.floor(availableFen / 100) * 100;
  const payFen = pay ?? suggestedPay;
  let n = months ?? (payFen > 0 ? Math.ceil(owedFen / payFen) : 0);
  if (n > MAX_MONTHS) n = MAX_MONTHS;
  const totalFen = payFen * n;
  return {
    payFen,
    months: n,
    totalFen,
    shortFen: payFen > 0 && totalFen < owedFen ? owedFen - totalFen : 0,
    suggested: pay === undefined || months === undefined,
  };
}

/** The figures and phrases the templates use. */
function templateVars(
  v: LetterValues,
  w: LetterWording,
  owedFen: number,
  s: MonthlySummary,
  plan: Plan,
): Record<string, string | number> {
  return {
    name: trimTo(v.name, PRIVATE_LIMITS.name) || w.blankName,
    lender: trimTo(v.lender, PRIVATE_LIMITS.lender),
    reason: w.reasons[isReason(v.reason) ? v.reason : "other"],
    owed: yuan(owedFen),
    income: yuan(s.incomeFen),
    essentials: yuan(s.essentialsFen),
    other: yuan(s.otherDebtPaymentsFen),
    months: plan.months,
    pay: yuan(plan.payFen),
    total: yuan(plan.totalFen),
    shortBy: yuan(plan.shortFen),
  };
}

function application(
  v: LetterValues,
  w: LetterWording,
  vars: Record<string, string | number>,
  days: number | undefined,
  plan: Plan,
): LetterDoc {
  const t = w.application;
  const detail = withoutLongNumbers(trimTo(v.detail, PRIVATE_LIMITS.detail)).replace(/[。.]$/, "");
  const waive = v.waive === "1" ? t.waive : "";
  const all = {
    ...vars,
    lender: vars.lender || w.blankLender,
    overdue: days && days > 0 ? fill(t.overdue, { days }) : "",
    detail: detail ? fill(t.detail, { detail }) : "",
    short: plan.shortFen > 0 ? fill(t.short, vars) : "",
    waive,
  };
  const request = fill(plan.payFen > 0 ? t.plan : t.pause, all);
  const contact = withoutLongNumbers(trimTo(v.contact, PRIVATE_LIMITS.contact)).replace(/[。.]$/, "");
  return {
    id: "application",
    title: t.title,
    blocks: [
      ...[t.to, t.situation, t.means].map((x) => fill(x, all)),
      request,
      ...(contact ? [fill(t.contact, { contact })] : []),
      ...t.closing.map((x) => fill(x, all)),
    ].map((text) => ({ type: "p" as const, text })),
  };
}

function script(
  v: LetterValues,
  w: LetterWording,
  vars: Record<string, string | number>,
  days: number | undefined,
  plan: Plan,
): LetterDoc {
  const t = w.script;
  const waive = v.waive === "1" ? t.waive : "";
  const all = {
    ...vars,
    lender: vars.lender || t.here,
    reason: String(vars.reason).replace(/^本人/, "我"),
    overdue: days && days > 0 ? fill(t.overdue, { days }) : "",
  };
  const ask = fill(plan.payFen > 0 ? t.plan : t.pause, { ...all, waive });
  return {
    id: "script",
    title: t.title,
    blocks: [
      { type: "p", text: t.before },
      { type: "ol", items: t.steps.map((x) => fill(x, { ...all, ask })) },
      { type: "p", text: t.warning },
    ],
  };
}

function summaryDoc(
  w: LetterWording,
  vars: Record<string, string | number>,
  s: MonthlySummary,
  plan: Plan,
  spend: { name: string; fen: number }[],
): LetterDoc {
  const t = w.summary;
  return {
    id: "summary",
    title: t.title,
    blocks: [
      {
        type: "table",
        rows: [
          { label: t.income, value: yuan(s.incomeFen), strong: true },
          { label: t.spend, value: "" },
          ...spend.map((x) => ({ label: `\u3000${x.name}`, value: yuan(x.fen) })),
          { label: t.spendTotal, value: yuan(s.essentialsFen), strong: true },
          { label: t.other, value: yuan(s.otherDebtPaymentsFen) },
          { label: t.left, value: yuan(s.leftoverFen), strong: true },
          { label: t.owed, value: String(vars.owed) },
          { label: t.proposal, value: plan.payFen > 0 ? fill(t.plan, vars) : t.pause, strong: true },
        ],
      },
      { type: "p", text: t.note },
      { type: "p", text: fill(t.sign, vars) },
    ],
  };
}

// ---------------------------------------------------------------- evaluation

/**
 * The same figures as finance's summariseBudget (income − essentials − other debt payments),
 * added up here so that this page does not load the budget planner (term fitting and schedules)
 * it never uses. The budget tests check that the two agree.
 */
export function monthlySummary(incomeFen: number, essentials: { fen: number }[], otherFen: number): MonthlySummary {
  const essentialsFen = sumFen(essentials.map((e) => e.fen));
  return {
    incomeFen,
    essentialsFen,
    otherDebtPaymentsFen: otherFen,
    leftoverFen: incomeFen - essentialsFen - otherFen,
  };
}

function emptyOr<T>(s: string, parse: (s: string) => ParseResult<T>): ParseResult<T> | undefined {
  return s.trim() === "" ? undefined : parse(s);
}

/** Read the form and write the documents in the given wording ({@link LETTER_WORDING}). */
export function evaluateLetter(values: LetterValues, wording: LetterWording): LetterEvaluation {
  const owed = parseAmount(values.owed);
  const days = emptyOr(values.days, parseDays);
  const income = parseAmount(values.income, { allowZero: true });
  const debts = parseAmount(values.debts.trim() === "" ? "0" : values.debts, { allowZero: true });
  const spend = parseSpend(values.spend);
  const pay = emptyOr(values.pay, (s) => parseAmount(s, { allowZero: true }));
  const months = emptyOr(values.months, (s) => parseMonths(s));
  const out: LetterEvaluation = { fields: { owed, days, income, debts, spend, pay, months }, warnings: [] };
  const fieldsOk =
    owed.ok &&
    income.ok &&
    debts.ok &&
    (days?.ok ?? true) &&
    (pay?.ok ?? true) &&
    (months?.ok ?? true) &&
    spend.every((x) => x.result.ok);
  if (!fieldsOk || !owed.ok || !income.ok || !debts.ok) return out;

  const items = spend.map((x) => ({ name: x.name, fen: x.result.ok ? x.result.value : 0 }));
  const s = monthlySummary(income.value, items, debts.value);
  const availableFen = s.leftoverFen > 0 ? Math.floor(s.leftoverFen * PLAN_SHARE) : 0;
  const plan = buildPlan(
    owed.value,
    availableFen,
    pay?.ok ? pay.value : undefined,
    months?.ok ? months.value : undefined,
  );
  out.summary = s;
  out.availableFen = availableFen;
  out.plan = plan;

  const w = wording.warnings;
  const vars = templateVars(values, wording, owed.value, s, plan);
  const figures = { ...vars, available: yuan(availableFen), max: MAX_MONTHS };
  if (plan.suggested && plan.payFen > 0) {
    const parts = [pay ? "" : w.suggestedPay, months ? "" : w.suggestedMonths].filter(Boolean);
    out.warnings.push(fill(w.suggested, { parts: parts.map((x) => fill(x, figures)).join("，") }));
  }
  if (pay?.ok && pay.value > availableFen && plan.payFen > 0) out.warnings.push(fill(w.overBudget, figures));
  if (plan.shortFen > 0) out.warnings.push(fill(w.short, figures));
  if (plan.payFen === 0) out.warnings.push(w.pause);
  if (months === undefined && plan.months === MAX_MONTHS && plan.payFen > 0)
    out.warnings.push(fill(w.tooLong, figures));

  const d = days?.ok ? days.value : undefined;
  out.docs = [
    application(values, wording, vars, d, plan),
    script(values, wording, vars, d, plan),
    summaryDoc(wording, vars, s, plan, items),
  ];
  return out;
}
