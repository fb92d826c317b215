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
import { formatYuan } from "../finance/money";
import {
  parseAmount,
  parseAnnualRate,
  parseMonths,
  parseRateQuote,
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
export const KIND_EXAMPLE: Readonly<Record<KindCode, readonly string[]>> = {
  extend: ["3", "12", "6"],
  instal: ["24", "6"],
  waive: ["1", "50", "12", "0"],
  lump: ["1.5万"],
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
  return writeProposal({ kind, fields: [...KIND_EXAMPLE[kind]] });
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
      notes.push(`链接里的参数 ${k} 无法识别，已忽略。`);
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
export function parseShare(input: string): ParseResult<number> {
  const text = input.normalize("NFKC").replace(/\s+/g, "");
  if (text === "") return { ok: false, error: "请输入比例，例如 50 表示免除一半" };
  const words: Record<string, number> = { 一半: 50, 全部: 100, 全免: 100, 不免: 0 };
  const body = text.replace(/^百分之/u, "").replace(/%$/, "");
  const percent = words[text] ?? (/^\d+(?:\.\d+)?$/.test(body) ? Number(body) : NaN);
  if (Number.isNaN(percent)) return { ok: false, error: "无法识别这个比例，请输入 0 到 100 的数字，例如 50" };
  if (percent > 100) return { ok: false, error: "比例不能超过 100%" };
  const share = percent / 100;
  return { ok: true, value: share, echo: `免除 ${ratePercentText(share)} 的利息` };
}

/** Yes/no: "1", "是", "免", "y" → true; "0", "否", "不免", "n", "" → false. */
export function parseFlag(input: string): ParseResult<boolean> {
  const text = input.normalize("NFKC").replace(/\s+/g, "").toLowerCase();
  if (["1", "是", "免", "y", "yes", "true"].includes(text)) return { ok: true, value: true, echo: "免除罚息和费用" };
  if (["", "0", "否", "不免", "n", "no", "false"].includes(text)) {
    return { ok: true, value: false, echo: "罚息和费用照常计入" };
  }
  return { ok: false, error: "请填 1（免除）或 0（不免除）" };
}

/** Rate for an instalment proposal: annual by default; a per-period fee when marked (每期、/期). */
function parseInstalRate(input: string): ParseResult<Rate> {
  const r = parseRateQuote(input, { defaultKind: "annual" });
  if (!r.ok) return r;
  const { kind, rate } = r.value;
  const value =
    kind === "per-period"
      ? { feeRatePerPeriod: rate }
      : { annualRate: kind === "daily" ? rate * 360 : kind === "monthly" ? rate * 12 : rate };
  if ((value.annualRate ?? 0) > 1) return { ok: false, error: "折算成年利率超过 100%，请检查输入" };
  const echo =
    kind === "annual" || kind === "per-period"
      ? r.echo
      : `${r.echo}，折算为年利率 ${ratePercentText(value.annualRate ?? 0)}`;
  return { ok: true, value, echo };
}

/** Months of pause, 0..120, echoed as months rather than instalments. */
function graceMonths(s: string): ParseResult<number> {
  const r = parseMonths(s, { min: 0, max: 120 });
  if (!r.ok) return { ok: false, error: r.error.replace(/期数/g, "月数").replace(/(\d+) 期/g, "$1 个月") };
  return { ok: true, value: r.value, echo: `先停 ${r.value} 个月` };
}
const termMonths = (s: string) => parseMonths(s);

/** What one proposal's fields were read as, and the proposal when all are valid. */
export interface ProposalFields {
  kind: KindCode;
  fields: ParseResult<unknown>[];
  proposal?: Proposal;
}

type Rate = { annualRate?: number; feeRatePerPeriod?: number };

/** Each kind's field parsers (in the order of {@link KIND_FIELDS}) and the proposal built from their values. */
const KIND_PARSE: Readonly<
  Record<KindCode, { parse: ((s: string) => ParseResult<unknown>)[]; build: (v: unknown[]) => Proposal }>
> = {
  extend: {
    parse: [graceMonths, termMonths, (s) => parseAnnualRate(s)],
    build: ([g, n, r]) => ({ kind: "extend", graceMonths: g as number, months: n as number, annualRate: r as number }),
  },
  instal: {
    parse: [termMonths, parseInstalRate],
    build: ([n, r]) => ({ kind: "instalment", months: n as number, ...(r as Rate) }),
  },
  waive: {
    parse: [parseFlag, parseShare, termMonths, (s) => parseAnnualRate(s)],
    build: ([p, s, n, r]) => ({
      kind: "waive",
      waivePenalties: p as boolean,
      interestWaivedShare: s as number,
      months: n as number,
      annualRate: r as number,
    }),
  },
  lump: { parse: [(s) => parseAmount(s)], build: ([a]) => ({ kind: "lump-sum", payFen: a as number }) },
};

export function parseProposal(form: ProposalForm): ProposalFields {
  const { parse, build } = KIND_PARSE[form.kind];
  const fields = parse.map((p, i) => p(form.fields[i] ?? ""));
  const values = fields.map((f) => (f.ok ? f.value : undefined));
  const proposal = fields.every((f) => f.ok) ? build(values) : undefined;
  return { kind: form.kind, fields, proposal };
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
  const principal = parseAmount(values.principal);
  const interest = parseAmount(zeroIfEmpty(values.interest), { allowZero: true });
  const fees = parseAmount(zeroIfEmpty(values.fees), { allowZero: true });
  const forms = proposalValues(values)
    .map(readProposal)
    .filter((p): p is ProposalForm => p !== null);
  const proposals = forms.map(parseProposal);
  const out: CompareEvaluation = { principal, interest, fees, proposals };
  if (!principal.ok || !interest.ok || !fees.ok) return out;
  const parsed = proposals.map((p) => p.proposal);
  if (parsed.some((p) => p === undefined)) return out;
  const comparison = compareValid(
    { principalFen: principal.value, interestFen: interest.value, penaltyFen: fees.value },
    parsed as Proposal[],
  );
  out.comparison = comparison;
  const valid = comparison.outcomes
    .map((o, i) => ({ o, i }))
    .filter((x): x is { o: ProposalResult; i: number } => x.o.ok);
  if (valid.length > 0) {
    out.lightest = valid.reduce((a, b) => (b.o.maxPaymentFen < a.o.maxPaymentFen ? b : a)).i;
    out.cheapest = valid.reduce((a, b) => (b.o.totalPaidFen < a.o.totalPaidFen ? b : a)).i;
  }
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

/** One row of a result table: its heading, its data-result name (if any), and one text per outcome. */
export interface TableRow {
  head: string;
  name?: string;
  cells: string[];
}

/**
 * The two result tables as text, "—" for an outcome with an error. The comparison: monthly payment,
 * largest payment, months, total paid, cost (a negative cost is written `less` + amount), with the
 * row headings `heads`. The balance table: the {@link tableMonths}, month 0 headed `start`.
 */
export function resultTables(
  outcomes: readonly (ProposalResult | ProposalError)[],
  words: { rows: readonly string[]; less: string; start: string },
): { figures: TableRow[]; balances: TableRow[] } {
  const cells = (show: (o: ProposalResult) => string) => outcomes.map((o) => (o.ok ? show(o) : "—"));
  const figures = (["monthly", "max", "months", "total", "cost"] as const).map((name, i) => ({
    head: words.rows[i] ?? "",
    name,
    cells: cells((o) => {
      const v = [o.monthlyPaymentFen, o.maxPaymentFen, o.months, o.totalPaidFen, o.totalCostFen][i] ?? 0;
      return i === 2 ? `${v}` : v < 0 ? words.less + formatYuan(-v) : formatYuan(v);
    }),
  }));
  const balances = tableMonths(outcomes).map((m) => ({
    head: m === 0 ? words.start : `${m}`,
    cells: cells((o) => formatYuan(balanceAt(o, m))),
  }));
  return { figures, balances };
}

/** The sentence that summarises the chart for screen readers (its aria-label). */
export function chartSummary(outcomes: readonly (ProposalResult | ProposalError)[]): string {
  const parts = outcomes.map((o, i) =>
    o.ok
      ? `方案${"一二三"[i]}从 ${formatYuan(o.balanceSeries[0] ?? 0)} 元开始，第 ${o.months} 个月还清`
      : `方案${"一二三"[i]}无法计算`,
  );
  return `剩余欠款随时间变化：${parts.join("；")}。`;
}
