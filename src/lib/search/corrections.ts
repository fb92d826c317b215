/**
 * Misspellings, homophones and pinyin, turned into the words the articles use. Runs on text that
 * normalizeText() has already made Simplified, half-width and lower case.
 *
 * Each fix is recorded, so the page can say “已按“花呗”搜索” instead of silently changing what the
 * reader typed.
 */

export interface Correction {
  from: string;
  to: string;
}

/** Typed instead of the real word, whatever the context (homophones and near-shapes). */
const ALWAYS: readonly (readonly [string, string])[] = [
  ["花贝", "花呗"],
  ["华呗", "花呗"],
  ["花唄", "花呗"],
  ["借贝", "借呗"],
  ["接呗", "借呗"],
  ["分欺", "分期"],
  ["分起", "分期"],
  ["挂帐", "挂账"],
  ["停息挂帐", "停息挂账"],
  ["征心", "征信"],
  ["征性", "征信"],
  ["争信", "征信"],
  ["崔收", "催收"],
  ["摧收", "催收"],
  ["吹收", "催收"],
  ["愈期", "逾期"],
  ["逾其", "逾期"],
  ["谕期", "逾期"],
  ["律师涵", "律师函"],
  ["被据", "被拒"],
  ["据绝", "拒绝"],
  ["谐商", "协商"],
  ["斜商", "协商"],
  ["协尚", "协商"],
  ["个性化分欺", "个性化分期"],
  ["信用卡逾其", "信用卡逾期"],
  ["网代", "网贷"],
  ["贷欵", "贷款"],
  ["支付包", "支付宝"],
  ["支护宝", "支付宝"],
  ["转仁工", "转人工"],
  ["老来", "老赖"],
  ["砍头利息", "砍头息"],
];

/**
 * 预期 (expected) is typed for 逾期 (overdue) all the time; keep it only where it really means
 * “expected”: 超出预期、预期收益、预期年化…
 */
const YUQI = /(超出|超过|不及|低于|高于|符合|达到)?预期(收益|年化|目标|效果|回报)?/g;

/**
 * 上诉 is an appeal against a judgment; readers use it for being sued (起诉). Keep 上诉 only when
 * the question is about a judgment already given.
 */
const SHANGSU = /上诉/g;
const ABOUT_A_JUDGMENT = /判决|一审|二审|败诉|上诉期|判了/;

/** 征信花了: many recent credit checks (查询) on the report. */
const ZHENGXIN_HUA = /征信(?:有点|太|很)?花了?/g;

/**
 * Pinyin words readers type when they cannot (or will not) switch input method. Only whole
 * words are converted, so an English word such as “app” is left alone.
 */
export const PINYIN: Readonly<Record<string, string>> = {
  huabei: "花呗",
  jiebei: "借呗",
  zhifubao: "支付宝",
  zhengxin: "征信",
  cuishou: "催收",
  xieshang: "协商",
  huankuan: "还款",
  yuqi: "逾期",
  fenqi: "分期",
  yanqi: "延期",
  jianmian: "减免",
  faxi: "罚息",
  lixi: "利息",
  kefu: "客服",
  rengong: "人工",
  dianhua: "电话",
  qisu: "起诉",
  shangsu: "起诉",
  fayuan: "法院",
  chuanpiao: "传票",
  lvshi: "律师",
  lushi: "律师",
  tousu: "投诉",
  saorao: "骚扰",
  xinyongka: "信用卡",
  wangdai: "网贷",
  daikuan: "贷款",
  jiekuan: "借款",
  yinhang: "银行",
  huanbushang: "还不上",
  huanbuqi: "还不上",
  tingxiguazhang: "停息挂账",
  gexinghua: "个性化",
  daili: "代理",
  pianju: "骗局",
  zhapian: "诈骗",
  fanzha: "反诈",
  baojing: "报警",
  xinyong: "信用",
  baogao: "报告",
  jiating: "家人",
  jiaren: "家人",
  zuolao: "坐牢",
  zenme: "怎么",
  zenmeban: "怎么办",
  ban: "办",
  cha: "查",
  shenqing: "申请",
  zhaiwu: "债务",
  youhua: "优化",
  xiufu: "修复",
  yanzhengma: "验证码",
  shenfenzheng: "身份证",
};

const PINYIN_MAX = Math.max(...Object.keys(PINYIN).map((k) => k.length));

/** Split a run of Latin letters into pinyin words (longest first); undefined if it is not pinyin. */
export function segmentPinyin(word: string): string[] | undefined {
  const out: string[] = [];
  let i = 0;
  while (i < word.length) {
    let found: string | undefined;
    for (let len = Math.min(PINYIN_MAX, word.length - i); len >= 2; len--) {
      const piece = word.slice(i, i + len);
      if (PINYIN[piece]) {
        found = piece;
        break;
      }
    }
    if (!found) return undefined;
    out.push(PINYIN[found]!);
    i += found.length;
  }
  return out;
}

/** Replace pinyin words (alone or run together, e.g. “huabeiyuqi”) with characters. */
export function pinyinToHanzi(text: string, corrections: Correction[] = []): string {
  return text.replace(/[a-z]+/g, (word) => {
    const hanzi = segmentPinyin(word);
    if (!hanzi) return word;
    const to = hanzi.join("");
    corrections.push({ from: word, to });
    return ` ${to} `;
  });
}

function replaceAll(text: string, from: string | RegExp, to: string, corrections: Correction[]): string {
  let changed = false;
  const out = text.replace(from, (m) => {
    if (m === to) return m;
    changed = true;
    corrections.push({ from: m, to });
    return to;
  });
  return changed ? out : text;
}

/** Apply every fix; returns the corrected text and what was changed. */
export function correct(text: string): { text: string; corrections: Correction[] } {
  const corrections: Correction[] = [];
  let t = pinyinToHanzi(text, corrections).replace(/\s+/g, " ").trim();
  for (const [from, to] of ALWAYS) t = replaceAll(t, from, to, corrections);
  t = t.replace(YUQI, (m: string, before?: string, after?: string) => {
    if (before || after) return m;
    corrections.push({ from: "预期", to: "逾期" });
    return "逾期";
  });
  if (!ABOUT_A_JUDGMENT.test(t)) t = replaceAll(t, SHANGSU, "起诉", corrections);
  t = replaceAll(t, ZHENGXIN_HUA, "征信查询", corrections);
  // The table maps several typos to the same word; report each reader-visible change once.
  const seen = new Set<string>();
  const unique = corrections.filter((c) => {
    const key = `${c.from}→${c.to}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return { text: t, corrections: unique };
}
