/**
 * The proposal-comparison calculator's model (方案对比). URL contract (documented on /tools/compare/):
 *
 * - principal (本金, 元), interest (已产生的利息, 元, may be 0), fees (罚息、违约金等费用, 元, may be 0);
 * - p1, p2, p3: up to three proposals, each written as kind:field:field…
 *   - `extend:延期月数:之后分几期:年利率`       e.g. `extend:3:12:6`   (先停 3 个月，再分 12 期，年利率 6%)
 *   - `instal:期数:利率`                        e.g. `instal:24:6` or `instal:24:0.5%/期` (annual rate or per-period fee)
 *   - `waive:免罚息(1/0):免除利息的%:期数:年利率` e.g. `waive:1:50:12:0` (免罚息、免一半利息，分 12 期不计息)
 *   - `lump:一次性还款金额`                      e.g. `lump:1.5万`
 *
 * The exact model of each kind is finance's compareProposals (src/lib/finance/compare.ts).
 * This module parses the fields, and turns outcomes into a chart and a table; it does no finance.
 */
import {
  compareValid,
  MAX_PROPOSALS,
  type Comparison,
  type Proposal,
  type ProposalError,
  type ProposalResult,
} from "../finance/compare";
import { formatPercent, formatYuan } from "../finance/money";
import { fill } from "../finance/parse-text";
import {
  PARSE_TEXT,
  parseAmountWith,
  parseAnnualRateWith,
  parseMonthsWith,
  parseRateQuoteWith,
  ratePercentText,
  type ParseResult,
} from "../finance/parse";
import { hasAny, readParams, writeParams } from "./query";

export { MAX_PROPOSALS };

export type CompareKey = "principal" | "interest" | "fees" | "p1" | "p2" | "p3";
export type CompareValues = Record<CompareKey, string>;
export const COMPARE_KEYS: readonly CompareKey[] = ["principal", "interest", "fees", "p1", "p2", "p3"];
export const PROPOSAL_KEYS = ["p1", "p2", "p3"] as const;
export type ProposalKey = (typeof PROPOSAL_KEYS)[number];

/** Proposal kinds as written in the URL. */
export type KindCode = "extend" | "instal" | "waive" | "lump";
export const KIND_CODES: readonly KindCode[] = ["extend", "instal", "waive", "lump"];

export const KIND_LABEL: Readonly<Record<KindCode, string>> = {
  extend: "延期还款",
  instal: "分期还款",
  waive: "减免后分期",
  lump: "一次性结清",
};

/** One field of a proposal: the keyboard it needs (its label is in {@link KIND_FIELD_LABELS}). */
export interface FieldSpec {
  inputMode: "decimal" | "numeric" | "text";
  /** A yes/no field, shown as a checkbox. */
  flag?: boolean;
  /** Takes a whole row (long label or long input). */
  wide?: boolean;
}

export const KIND_FIELDS: Readonly<Record<KindCode, readonly FieldSpec[]>> = {
  extend: [{ inputMode: "numeric" }, { inputMode: "numeric" }, { inputMode: "decimal" }],
  instal: [{ inputMode: "numeric" }, { inputMode: "text", wide: true }],
  waive: [
    { inputMode: "text", flag: true, wide: true },
    { inputMode: "decimal" },
    { inputMode: "numeric" },
    { inputMode: "decimal" },
  ],
  lump: [{ inputMode: "decimal", wide: true }],
};

/**
 * The fields' labels, in the order of {@link KIND_FIELDS}. The page passes them to the island
 * (COMPARE_COPY in ./copy.ts), so they are not part of the island's JavaScript.
 */
export const KIND_FIELD_LABELS: Readonly<Record<KindCode, readonly string[]>> = {
  extend: ["先停几个月", "之后分几期", "年利率（%）"],
  instal: ["分几期", "年利率，或每期手续费率（%）"],
  waive: ["免除罚息和费用", "免除利息（%）", "剩下分几期", "年利率（%）"],
  lump: ["一次性还多少（元）"],
};

/** Fields a new proposal of each kind starts with. */
export const KIND_EXAMPLE: Readonly<Record<KindCode, string>> = {
  extend: "3:12:6",
  instal: "24:6",
  waive: "1:50:12:0",
  lump: "1.5万",
};

/** Worked example: illustrative figures and rates, not any lender's. */
export const COMPARE_DEFAULTS: CompareValues = {
  principal: "20000",
  interest: "1200",
  fees: "600",
  p1: "extend:3:12:6",
  p2: "instal:24:6",
  p3: "waive:1:50:12:0",
};

/**
 * The model's sentences (errors, echoes, notes, proposal descriptions, the chart summary). Its
 * functions take them as an argument: the page passes them to the island in the `copy` prop
 * (COMPARE_COPY.text in ./copy.ts), so they travel in the HTML rather than in the island's
 * JavaScript. `{0}`, `{1}`… are filled in by `fill` (../finance/parse-text.ts).
 */
export const COMPARE_TEXT = {
  shareEmpty: "请输入比例，例如 50 表示免除一半",
  shareBad: "无法识别这个比例，请输入 0 到 100 的数字，例如 50",
  shareMax: "比例不能超过 100%",
  /** {0}: the share of the interest waived, as a percent. */
  share: "免除 {0} 的利息",
  flagYes: "免除罚息和费用",
  flagNo: "罚息和费用照常计入",
  flagBad: "请填 1（免除）或 0（不免除）",
  rateMax: "折算成年利率超过 100%，请检查输入",
  rateAs: "，折算为年利率 ",
  /** {0}: months of pause. */
  grace: "先停 {0} 个月",
  /** A proposal parameter of unknown kind; {0}: the parameter's name. */
  unknown: "链接里的参数 {0} 无法识别，已忽略。",
  /** Describing a proposal (see describeProposal). {0}: months. */
  months: "{0} 期",
  /** {0}: months of pause; {1}: instalments after it. */
  extend: "先停 {0} 个月，再分 {1} 期",
  waivePenalties: "免罚息和费用",
  /** {0}: the share of the interest waived, as a percent. */
  waiveShare: "免 {0} 利息",
  waiveNothing: "不减免",
  /** {0}: what is waived; {1}: months. */
  waive: "{0}，分 {1} 期",
  /** {0}: the amount paid. */
  lump: "还 {0} 元，其余减免",
  /** {0}: the terms; {1}: the annual rate. */
  annual: "{0}，年利率 {1}",
  /** {0}: the terms; {1}: the fee per period. */
  fee: "{0}，每期手续费率 {1}",
  /** Chart summary: the start; then per proposal {0} name, {1} balance, {2} months; or {0} name. */
  summaryStart: "剩余欠款随时间变化：",
  summaryLine: "{0}从 {1} 元开始，第 {2} 个月还清",
  summaryFailed: "{0}无法计算",
  /** The parsers' own sentences: the island calls the parsers' `…With` forms with these. */
  parse: PARSE_TEXT,
};
export type CompareText = typeof COMPARE_TEXT;

// ---------------------------------------------------------------- proposals as text

export interface ProposalForm {
  kind: KindCode;
  fields: string[];
}

function isKind(v: string): v is KindCode {
  return (KIND_CODES as readonly string[]).includes(v);
}

/** "extend:3:12:6" → { kind: "extend", fields: ["3", "12", "6"] }; null when the kind is unknown or empty. */
export function readProposal(value: string): ProposalForm | null {
  const parts = value.split(/[:：]/).map((p) => p.trim());
  const kind = (parts[0] ?? "").toLowerCase();
  if (!isKind(kind)) return null;
  const count = KIND_FIELDS[kind].length;
  const fields = Array.from({ length: count }, (_, i) => parts[i + 1] ?? "");
  return { kind, fields };
}

/** The inverse of {@link readProposal}; colons typed inside a field are replaced by spaces. */
export function writeProposal(form: ProposalForm): string {
  return [form.kind, ...form.fields.map((f) => f.replace(/[:：]/g, " ").trim())].join(":");
}

/** A new proposal of this kind with example fields. */
export function newProposal(kind: KindCode): string {
  return `${kind}:${KIND_EXAMPLE[kind]}`;
}

/** The proposals in use, in order (empty slots skipped). */
export function proposalValues(values: CompareValues): string[] {
  return PROPOSAL_KEYS.map((k) => values[k]).filter((v) => v.trim() !== "");
}

/** Values with the proposals replaced by `list` (packed into p1, p2, p3). */
export function withProposals(values: CompareValues, list: readonly string[]): CompareValues {
  const next = { ...values };
  PROPOSAL_KEYS.forEach((k, i) => {
    next[k] = list[i] ?? "";
  });
  return next;
}

// ---------------------------------------------------------------- URL

export function readCompareQuery(search: string): { values: CompareValues; notes: string[] } {
  return readCompareQueryWith(search, COMPARE_TEXT);
}

/** {@link readCompareQuery} with the sentences passed in (the island gets them from the page). */
export function readCompareQueryWith(search: string, t: CompareText): { values: CompareValues; notes: string[] } {
  const read = readParams(search, COMPARE_DEFAULTS, { p1: 60, p2: 60, p3: 60 });
  const { values, notes } = read;
  // A link that sets its own proposals does not inherit the example's other proposals,
  // nor fall back to the example's proposal where its own could not be used.
  if (hasAny(search, PROPOSAL_KEYS)) {
    const params = new URLSearchParams(search);
    for (const k of PROPOSAL_KEYS) if (params.get(k) !== values[k]) values[k] = "";
  }
  for (const k of PROPOSAL_KEYS) {
    if (values[k] !== "" && readProposal(values[k]) === null) {
      notes.push(fill(t.unknown, k));
      values[k] = "";
    }
  }
  return { values: withProposals(values, proposalValues(values)), notes };
}

export function compareQuery(values: CompareValues): string {
  return writeParams(values, COMPARE_KEYS);
}

// ---------------------------------------------------------------- parsing the fields

/** A share written as a percent: "50", "50%", "一半", "全部" → 0.5, 0.5, 0.5, 1. */
export function parseShare(input: string, t: CompareText): ParseResult<number> {
  const text = input.normalize("NFKC").replace(/\s+/g, "");
  if (text === "") return { ok: false, error: t.shareEmpty };
  const words: Record<string, number> = { 一半: 50, 全部: 100, 全免: 100, 不免: 0 };
  const body = text.replace(/^百分之/u, "").replace(/%$/, "");
  const percent = words[text] ?? (/^\d+(?:\.\d+)?$/.test(body) ? Number(body) : NaN);
  if (Number.isNaN(percent)) return { ok: false, error: t.shareBad };
  if (percent > 100) return { ok: false, error: t.shareMax };
  const share = percent / 100;
  return { ok: true, value: share, echo: fill(t.share, ratePercentText(share)) };
}

/** Yes/no: "1", "是", "免", "y" → true; "0", "否", "不免", "n", "" → false. */
export function parseFlag(input: string, t: CompareText): ParseResult<boolean> {
  const text = input.normalize("NFKC").replace(/\s+/g, "").toLowerCase();
  if (/^(1|是|免|y|yes|true)$/.test(text)) return { ok: true, value: true, echo: t.flagYes };
  if (/^(|0|否|不免|n|no|false)$/.test(text)) return { ok: true, value: false, echo: t.flagNo };
  return { ok: false, error: t.flagBad };
}

/** Rate for an instalment proposal: annual by default; a per-period fee when marked (每期、/期). */
function parseInstalRate(input: string, t: CompareText): ParseResult<Rate> {
  const r = parseRateQuoteWith(input, t.parse, { defaultKind: "annual" });
  if (!r.ok) return r;
  const { kind, rate } = r.value;
  const value =
    kind === "per-period"
      ? { feeRatePerPeriod: rate }
      : { annualRate: kind === "daily" ? rate * 360 : kind === "monthly" ? rate * 12 : rate };
  if ((value.annualRate ?? 0) > 1) return { ok: false, error: t.rateMax };
  const echo =
    kind === "annual" || kind === "per-period" ? r.echo : r.echo + t.rateAs + ratePercentText(value.annualRate ?? 0);
  return { ok: true, value, echo };
}

/** Months of pause, 0..120, echoed as months rather than instalments. */
function graceMonths(s: string, t: CompareText): ParseResult<number> {
  const r = parseMonthsWith(s, t.parse, { min: 0, max: 120 });
  if (!r.ok) return { ok: false, error: r.error.replace(/期数/g, "月数").replace(/(\d+) 期/g, "$1 个月") };
  return { ok: true, value: r.value, echo: fill(t.grace, r.value) };
}
const termMonths = (s: string, t: CompareText) => parseMonthsWith(s, t.parse);
const annualRate = (s: string, t: CompareText) => parseAnnualRateWith(s, t.parse);

/** What one proposal's fields were read as, and the proposal (with its description) when all are valid. */
export interface ProposalFields {
  kind: KindCode;
  /** The fields as typed (trimmed), in the order of {@link KIND_FIELDS}. */
  text: string[];
  fields: ParseResult<unknown>[];
  proposal?: Proposal;
  /** The proposal's terms in words, e.g. "先停 3 个月，再分 12 期，年利率 6.00%" ({@link describeProposal}). */
  detail?: string;
}

type Rate = { annualRate?: number; feeRatePerPeriod?: number };

/** Each kind's field parsers (in the order of {@link KIND_FIELDS}) and the proposal built from their values. */
const KIND_PARSE: Readonly<
  Record<
    KindCode,
    { parse: ((s: string, t: CompareText) => ParseResult<unknown>)[]; build: (v: unknown[]) => Proposal }
  >
> = {
  extend: {
    parse: [graceMonths, termMonths, annualRate],
    build: ([g, n, r]) => ({ kind: "extend", graceMonths: g as number, months: n as number, annualRate: r as number }),
  },
  instal: {
    parse: [termMonths, parseInstalRate],
    build: ([n, r]) => ({ kind: "instalment", months: n as number, ...(r as Rate) }),
  },
  waive: {
    parse: [parseFlag, parseShare, termMonths, annualRate],
    build: ([p, s, n, r]) => ({
      kind: "waive",
      waivePenalties: p as boolean,
      interestWaivedShare: s as number,
      months: n as number,
      annualRate: r as number,
    }),
  },
  lump: { parse: [(s, t) => parseAmountWith(s, t.parse)], build: ([a]) => ({ kind: "lump-sum", payFen: a as number }) },
};

export function parseProposal(form: ProposalForm, t: CompareText): ProposalFields {
  const { parse, build } = KIND_PARSE[form.kind];
  const fields = parse.map((p, i) => p(form.fields[i] ?? "", t));
  const values = fields.map((f) => (f.ok ? f.value : undefined));
  const out: ProposalFields = { kind: form.kind, text: form.fields, fields };
  if (fields.every((f) => f.ok)) {
    out.proposal = build(values);
    out.detail = describeProposal(out.proposal, t);
  }
  return out;
}

/** A proposal's terms in words: "12 期，年利率 0.00%", "免罚息和费用、免 50.00% 利息，分 12 期，年利率 0.00%". */
export function describeProposal(p: Proposal, t: CompareText): string {
  const pct = (rate: number) => formatPercent(rate, 2);
  if (p.kind === "lump-sum") return fill(t.lump, formatYuan(p.payFen));
  let terms = fill(t.months, p.months);
  if (p.kind === "extend") terms = fill(t.extend, p.graceMonths, p.months);
  if (p.kind === "waive") {
    const waived = [
      p.waivePenalties ? t.waivePenalties : "",
      p.interestWaivedShare > 0 ? fill(t.waiveShare, pct(p.interestWaivedShare)) : "",
    ]
      .filter((w) => w !== "")
      .join("、");
    terms = fill(t.waive, waived || t.waiveNothing, p.months);
  }
  const fee = p.kind === "instalment" ? p.feeRatePerPeriod : undefined;
  return fee === undefined ? fill(t.annual, terms, pct(p.annualRate ?? 0)) : fill(t.fee, terms, pct(fee));
}

// ---------------------------------------------------------------- evaluation

export interface CompareEvaluation {
  principal: ParseResult<number>;
  interest: ParseResult<number>;
  fees: ParseResult<number>;
  proposals: ProposalFields[];
  /** Present when the balance is valid and every proposal's fields are valid. */
  comparison?: Comparison;
  /** Indexes (into proposals) of the lowest monthly payment and the lowest total paid, among valid outcomes. */
  lightest?: number;
  cheapest?: number;
}

function zeroIfEmpty(s: string): string {
  return s.trim() === "" ? "0" : s;
}

export function evaluateCompare(values: CompareValues): CompareEvaluation {
  return evaluateCompareWith(values, COMPARE_TEXT);
}

/** {@link evaluateCompare} with the sentences passed in (the island gets them from the page). */
export function evaluateCompareWith(values: CompareValues, t: CompareText): CompareEvaluation {
  const principal = parseAmountWith(values.principal, t.parse);
  const interest = parseAmountWith(zeroIfEmpty(values.interest), t.parse, { allowZero: true });
  const fees = parseAmountWith(zeroIfEmpty(values.fees), t.parse, { allowZero: true });
  const forms = proposalValues(values)
    .map(readProposal)
    .filter((p): p is ProposalForm => p !== null);
  const proposals = forms.map((f) => parseProposal(f, t));
  const out: CompareEvaluation = { principal, interest, fees, proposals };
  if (!principal.ok || !interest.ok || !fees.ok) return out;
  const parsed = proposals.map((p) => p.proposal);
  if (parsed.some((p) => p === undefined)) return out;
  const comparison = compareValid(
    { principalFen: principal.value, interestFen: interest.value, penaltyFen: fees.value },
    parsed as Proposal[],
  );
  out.comparison = comparison;
  comparison.outcomes.forEach((o, i) => {
    if (!o.ok) return;
    const best = (j: number | undefined, key: "maxPaymentFen" | "totalPaidFen") => {
      const b = j === undefined ? undefined : comparison.outcomes[j];
      return b?.ok && b[key] <= o[key] ? j : i;
    };
    out.lightest = best(out.lightest, "maxPaymentFen");
    out.cheapest = best(out.cheapest, "totalPaidFen");
  });
  return out;
}

// ---------------------------------------------------------------- chart and table

/** Line styles for proposals 1..3: a colour class and a dash pattern, so lines differ without colour too. */
export const SERIES_STYLE = [
  { stroke: "stroke-accent", dash: "" },
  { stroke: "stroke-warn-border", dash: "8 5" },
  { stroke: "stroke-danger-border", dash: "2 4" },
] as const;

export interface ChartGeometry {
  width: number;
  height: number;
  /** Plot area. */
  left: number;
  right: number;
  top: number;
  bottom: number;
  maxMonths: number;
  maxFen: number;
  /** One polyline per valid outcome (null for an outcome with an error). */
  lines: ({ index: number; points: string } | null)[];
  xTicks: { x: number; label: string }[];
  yTicks: { y: number; label: string }[];
}

/** Round up to 1, 2 or 5 × a power of ten (for a tidy axis maximum). */
function niceCeil(x: number): number {
  if (x <= 0) return 1;
  const p = 10 ** Math.floor(Math.log10(x));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * p >= x) return m * p;
  return 10 * p;
}

/** A short 元 label for an axis: 25,000 元 → "2.5万", 800 元 → "800". */
export function axisYuan(fen: number): string {
  const yuan = fen / 100;
  if (yuan >= 10_000) return `${String(Math.round(yuan / 100) / 100)}万`;
  return formatYuan(fen).replace(/\.00$/, "");
}

/** Geometry of the balance-over-time chart: pure numbers, so the SVG is the same on the server and the client. */
export function chartGeometry(
  outcomes: readonly (ProposalResult | ProposalError)[],
  width = 320,
  height = 180,
): ChartGeometry {
  const left = 44;
  const right = width - 10;
  const top = 10;
  const bottom = height - 26;
  const valid = outcomes.filter((o): o is ProposalResult => o.ok);
  const maxMonths = Math.max(1, ...valid.map((o) => o.balanceSeries.length - 1));
  const maxFen = niceCeil(Math.max(0, ...valid.flatMap((o) => o.balanceSeries)));
  const x = (m: number) => left + ((right - left) * m) / maxMonths;
  const y = (fen: number) => bottom - ((bottom - top) * fen) / maxFen;
  const r = (n: number) => Math.round(n * 10) / 10;
  const lines = outcomes.map((o, index) =>
    o.ok ? { index, points: o.balanceSeries.map((fen, m) => `${r(x(m))},${r(y(fen))}`).join(" ") } : null,
  );
  const step = niceCeil(maxMonths / 4);
  const xTicks: ChartGeometry["xTicks"] = [];
  for (let m = 0; m <= maxMonths; m += step) xTicks.push({ x: r(x(m)), label: `${m}` });
  const yTicks = [0, 0.5, 1].map((f) => ({ y: r(y(maxFen * f)), label: axisYuan(maxFen * f) }));
  return { width, height, left, right, top, bottom, maxMonths, maxFen, lines, xTicks, yTicks };
}

/** The months shown in the table that stands in for the chart: 0, then every few months, and each end. */
export function tableMonths(outcomes: readonly (ProposalResult | ProposalError)[]): number[] {
  const valid = outcomes.filter((o): o is ProposalResult => o.ok);
  const ends = valid.map((o) => o.balanceSeries.length - 1);
  const maxMonths = Math.max(1, ...ends);
  const step = maxMonths <= 12 ? 3 : maxMonths <= 36 ? 6 : maxMonths <= 120 ? 12 : 60;
  const months = new Set<number>([0, ...ends]);
  for (let m = step; m < maxMonths; m += step) months.add(m);
  return [...months].sort((a, b) => a - b);
}

/** Balance of an outcome after month m (0 once it is paid off). */
export function balanceAt(outcome: ProposalResult, month: number): number {
  return outcome.balanceSeries[month] ?? 0;
}

/** The sentence that summarises the chart for screen readers (its aria-label); `names` are the proposals'. */
export function chartSummary(
  outcomes: readonly (ProposalResult | ProposalError)[],
  names: readonly string[],
  t: CompareText,
): string {
  const parts = outcomes.map((o, i) =>
    o.ok
      ? fill(t.summaryLine, names[i] ?? "", formatYuan(o.balanceSeries[0] ?? 0), o.months)
      : fill(t.summaryFailed, names[i] ?? ""),
  );
  return `${t.summaryStart}${parts.join("；")}。`;
}
