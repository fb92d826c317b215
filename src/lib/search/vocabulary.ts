/**
 * The site's vocabulary: the words a question about debt, negotiation, collection or scams turns
 * on. Key terms are found in a query by longest match (协商还款 before 协商), so a whole sentence
 * becomes the few words worth searching for on their own when the sentence as a whole finds
 * little. Also: synonyms that are searched alongside a term, and the topics offered when nothing
 * matches at all.
 */

export const VOCABULARY: readonly string[] = [
  // 产品、机构
  "花呗",
  "借呗",
  "支付宝",
  "信用卡",
  "网贷",
  "信用贷",
  "消费贷",
  "贷款",
  "借款",
  "借款合同",
  "合同",
  "银行",
  "放贷机构",
  "放款",
  "消费金融",
  "工商银行",
  "农业银行",
  "中国银行",
  "建设银行",
  "交通银行",
  "招商银行",
  "邮储银行",
  "邮政储蓄",
  "工行",
  "农行",
  "中行",
  "建行",
  "交行",
  "招行",
  "邮储",
  // 处境
  "逾期",
  "还不上",
  "还不起",
  "还不了",
  "欠款",
  "欠钱",
  "欠债",
  "负债",
  "债务",
  "最低还款",
  "还款日",
  "账单",
  "失业",
  "生病",
  "住院",
  "收入",
  "工资",
  "压力",
  "焦虑",
  "崩溃",
  "睡不着",
  "超支",
  "冲动消费",
  "多头借贷",
  "好几家",
  "顺序",
  "每个月",
  "每月",
  "分几期",
  "还多少",
  // 协商
  "协商",
  "协商还款",
  "还款",
  "延期",
  "延期还款",
  "晚点还",
  "晚几天",
  "分期",
  "个性化分期",
  "停息挂账",
  "挂账",
  "减免",
  "少还",
  "罚息",
  "利息",
  "本金",
  "手续费",
  "年化",
  "年化利率",
  "等额本息",
  "第七十条",
  "七十条",
  "70条",
  "60期",
  "方案",
  "还款方案",
  "协议",
  "书面",
  "确认",
  "申请",
  "申请书",
  "模板",
  "话术",
  "怎么说",
  "怎么开口",
  "怎么谈",
  "怎么写",
  "怎么查",
  "困难证明",
  "困难说明",
  "证明",
  "材料",
  "收支",
  "清单",
  "准备",
  "被拒",
  "被拒绝",
  "拒绝",
  "不同意",
  "失败",
  "自动还款",
  "违约",
  "结清",
  "结清证明",
  // 征信
  "征信",
  "信用报告",
  "征信报告",
  "逾期记录",
  "异议",
  "信用修复",
  "征信修复",
  "征信洗白",
  "征信查询",
  "查询",
  // 催收
  "催收",
  "暴力催收",
  "骚扰",
  "爆通讯录",
  "通讯录",
  "上门",
  "家人",
  "家里人",
  "爸妈",
  "父母",
  "亲戚",
  "同事",
  "单位",
  "威胁",
  "骂人",
  "辱骂",
  "录音",
  "证据",
  "半夜",
  // 法律
  "起诉",
  "法院",
  "传票",
  "律师",
  "律师函",
  "判决",
  "限高",
  "限制高消费",
  "失信被执行人",
  "老赖",
  "坐牢",
  "抓人",
  "判刑",
  "信用卡诈骗",
  "恶意透支",
  "调解",
  "法律援助",
  "法律咨询",
  "免费法律咨询",
  // 代理、骗局、信息
  "代理协商",
  "代理",
  "债务优化",
  "债务重组",
  "法务",
  "法务公司",
  "反催收",
  "中介",
  "服务费",
  "收费",
  "全额减免",
  "骗局",
  "骗子",
  "被骗",
  "诈骗",
  "假客服",
  "客服",
  "人工客服",
  "转人工",
  "官方",
  "电话",
  "热线",
  "屏幕共享",
  "验证码",
  "密码",
  "身份证",
  "银行卡",
  "账号",
  "个人信息",
  "信息泄露",
  "冒用",
  "冒名",
  "注销校园贷",
  "校园贷",
  "学生账户",
  "备用金",
  "提额",
  "退款",
  "转账",
  "安全账户",
  // 渠道
  "投诉",
  "监管",
  "金融监管",
  "金融监管总局",
  "银保监会",
  "银监会",
  "人民银行",
  "市场监管",
  "12378",
  "12363",
  "12315",
  "96110",
  "12348",
  "反诈",
  "反诈中心",
  "国家反诈中心",
  "报警",
  "追回",
  // 不要做的事
  "借新还旧",
  "以贷养贷",
  "代还",
  "拆东墙补西墙",
  "砍头息",
  "高利贷",
  "口子",
  "下款",
  // 其他
  "案例",
  "例子",
];

/**
 * Words searched alongside a key term (with less weight than the term itself): other names for
 * the same thing, and the word the articles use for what the reader describes.
 */
export const EXPANSIONS: Readonly<Record<string, readonly string[]>> = {
  还不起: ["还不上"],
  还不了: ["还不上"],
  网贷: ["贷款"],
  贷款: ["网贷", "借款"],
  欠钱: ["欠款"],
  欠债: ["欠款"],
  工行: ["工商银行"],
  农行: ["农业银行"],
  中行: ["中国银行"],
  建行: ["建设银行"],
  交行: ["交通银行"],
  招行: ["招商银行"],
  邮储: ["邮储银行"],
  晚点还: ["延期"],
  晚几天: ["延期"],
  少还: ["减免"],
  七十条: ["第七十条"],
  "70条": ["第七十条"],
  "60期": ["个性化分期"],
  家里人: ["家人"],
  爸妈: ["家人"],
  父母: ["家人"],
  亲戚: ["亲友"],
  单位: ["同事"],
  骂人: ["辱骂"],
  不同意: ["拒绝"],
  抓人: ["坐牢"],
  判刑: ["坐牢"],
  老赖: ["失信被执行人"],
  限制高消费: ["限高"],
  限高: ["限制高消费"],
  银保监会: ["金融监管"],
  银监会: ["金融监管"],
  转人工: ["人工客服"],
  睡不着: ["压力"],
  崩溃: ["压力"],
  焦虑: ["压力"],
  骗子: ["骗局"],
  口子: ["网贷"],
  下款: ["网贷"],
  征信报告: ["信用报告"],
  被拒绝: ["被拒"],
  每个月: ["每月"],
  分几期: ["分期"],
  信用报告: ["征信"],
  征信查询: ["查询"],
  话术: ["怎么说"],
  怎么开口: ["怎么说"],
  怎么谈: ["怎么说"],
  申请书: ["模板"],
  困难说明: ["困难"],
  结清: ["结清证明"],
  反诈中心: ["国家反诈中心"],
  例子: ["案例"],
};

const VOCAB_SET = new Set(VOCABULARY);
const VOCAB_MAX = Math.max(...VOCABULARY.map((w) => w.length));

export interface Extracted {
  /** Vocabulary terms in order of appearance, without repeats. */
  terms: string[];
  /** The rest: runs of two or more characters between the terms, as typed. */
  rest: string[];
}

/** Longest-match scan of `text` against the vocabulary. */
export function extractTerms(text: string): Extracted {
  const terms: string[] = [];
  const rest: string[] = [];
  let run = "";
  const flush = () => {
    if (run.length >= 2) rest.push(run);
    run = "";
  };
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === " ") {
      flush();
      i++;
      continue;
    }
    let match: string | undefined;
    for (let len = Math.min(VOCAB_MAX, text.length - i); len >= 2; len--) {
      const piece = text.slice(i, i + len);
      if (VOCAB_SET.has(piece)) {
        match = piece;
        break;
      }
    }
    if (match) {
      flush();
      if (!terms.includes(match)) terms.push(match);
      i += match.length;
    } else {
      run += ch;
      i++;
    }
  }
  flush();
  return { terms, rest };
}

export interface Topic {
  label: string;
  /** What the suggestion searches for. */
  q: string;
  /** Words that make this topic close to a query. */
  near: string;
}

/** Offered when a query matches nothing: the nearest by shared characters, else the first six. */
export const TOPICS: readonly Topic[] = [
  { label: "协商还款是什么、怎么开始", q: "协商还款", near: "协商还款商量谈平台银行花呗借呗" },
  { label: "逾期以后会怎样", q: "逾期 后果", near: "逾期后果影响罚息坐牢起诉上门" },
  { label: "被催收骚扰", q: "催收 骚扰", near: "催收骚扰电话家人同事通讯录威胁上门" },
  { label: "收费“代理协商”的风险", q: "代理协商", near: "代理协商中介债务优化停息挂账收费法务" },
  { label: "假客服电话", q: "假客服", near: "假客服电话来电注销校园贷退款屏幕共享" },
  { label: "征信和逾期记录", q: "征信 逾期记录", near: "征信信用报告记录查询修复洗白异议" },
  { label: "延期、分期、减免", q: "延期 分期 减免", near: "延期分期减免停息挂账个性化利息罚息" },
  { label: "怎么说、申请书模板", q: "协商 怎么说 模板", near: "怎么说话术模板申请书开口电话" },
  { label: "支付宝和银行官方客服", q: "官方 客服 电话", near: "客服电话人工热线支付宝银行官方号码" },
  { label: "投诉渠道", q: "投诉", near: "投诉监管热线举报维权" },
  { label: "被起诉、法院传票", q: "起诉 法院", near: "起诉法院传票律师判决限高老赖" },
  { label: "不要借新还旧", q: "借新还旧", near: "借新还旧以贷养贷网贷口子代还" },
  { label: "保护个人信息", q: "个人信息 验证码", near: "个人信息验证码身份证密码银行卡泄露" },
  { label: "被骗了怎么办", q: "被骗 报警", near: "被骗报警反诈转账追回骗子" },
];

function chars(text: string): Set<string> {
  return new Set(Array.from(text).filter((c) => /\p{Script=Han}/u.test(c)));
}

/** Topics sharing the most characters with the query (two or more), best first; else the first six. */
export function nearestTopics(query: string, max = 4): Topic[] {
  const q = [...chars(query)];
  const scored = TOPICS.map((t, i) => {
    const near = chars(t.label + t.near);
    const common = q.filter((c) => near.has(c)).length;
    return { t, i, common, score: common / Math.sqrt(near.size) };
  })
    .filter((s) => s.common >= 2)
    .sort((a, b) => b.score - a.score || a.i - b.i);
  return scored.length ? scored.slice(0, max).map((s) => s.t) : TOPICS.slice(0, 6);
}
