/**
 * First step of reading a query: the same text whatever keyboard or input method typed it.
 * Full-width letters and digits become half-width, known Traditional characters become
 * Simplified, Latin letters lower case, and punctuation and symbols become spaces.
 * Then the words that make it a question rather than a topic (吗、怎么办、请问……) are dropped:
 * Pagefind requires every word it knows to be on the same page, and 吗 is on very few.
 */
import { toSimplified } from "./traditional";

/** Longest input we look at: a question, not an essay (and a bound on the work per keystroke). */
export const MAX_QUERY_LENGTH = 100;

/** Full-width ASCII (U+FF01–FF5E) → half-width; ideographic space → space. */
export function toHalfWidth(text: string): string {
  return text.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, " ");
}

/** Punctuation, symbols, control and other invisible characters → a single space. */
export function stripPunctuation(text: string): string {
  return text
    .replace(/[\p{P}\p{S}\p{C}\p{Z}]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * Question words and fillers, removed wherever they occur (longest first, so 怎么办 goes before
 * 怎么). Each is replaced by a space, which keeps the words on either side apart.
 */
export const QUESTION_WORDS = [
  "请问一下",
  "请问",
  "请教一下",
  "请教",
  "想问一下",
  "想问问",
  "想问",
  "问一下",
  "问问",
  "怎么办才好",
  "该怎么办",
  "怎么办",
  "咋办",
  "怎么样",
  "怎么弄",
  "怎么做",
  "怎样",
  "咋样",
  "如何",
  "会不会",
  "是不是",
  "能不能",
  "可不可以",
  "可以吗",
  "行不行",
  "好不好",
  "要不要",
  "有没有",
  "靠不靠谱",
  "到底",
  "究竟",
  "真的",
  "谢谢",
  "急急急",
  "求助",
  "在线等",
  "大家",
  "各位",
] as const;

/**
 * 怎么 on its own is a question word, but 怎么说、怎么查… name what the reader wants to do (and
 * articles are titled that way), so those stay.
 */
const ZENME = "怎么(?!说|谈|写|开口|查|算|改|投诉|联系|申请)";

const QUESTION_WORD_RE = new RegExp([...[...QUESTION_WORDS].sort((a, b) => b.length - a.length), ZENME].join("|"), "g");

/** Sentence-final particles: only removed at the end of a clause, so 吧 in 贴吧 stays. */
const FINAL_PARTICLES = /[吗嘛呢吧啊呀哦喔啦哈呐嘞咧]+(?=\s|$)/g;

/** Pronouns carry no topic; 我 in particular is on only some pages and would narrow the search. */
const PRONOUNS = /我们|我的|我|你们|你的|你|咱们|俺/g;

/** 怎么跟客服说 → 客服 怎么说: the verb stays with 怎么, as in the articles' titles. */
const HOW_TO_SAY = /怎么(?:跟|和|对|向)(\S{1,5}?)(说|讲|谈|开口)/g;

export function stripQuestionWords(text: string): string {
  return text
    .replace(HOW_TO_SAY, " $1 怎么$2 ")
    .replace(QUESTION_WORD_RE, " ")
    .replace(PRONOUNS, " ")
    .replace(FINAL_PARTICLES, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * Width, script, case and punctuation; question words are left for the caller (see analyze.ts).
 * On the Traditional edition (script "hant", whose index is in Traditional) the characters stay as typed.
 */
export function normalizeText(raw: string, script: "hans" | "hant" = "hans"): string {
  const capped = Array.from(raw).slice(0, MAX_QUERY_LENGTH).join("");
  const half = toHalfWidth(capped);
  return stripPunctuation((script === "hant" ? half : toSimplified(half)).toLowerCase());
}
