/**
 * From what the reader typed to what we search for: normalise (width, script, case,
 * punctuation), correct (typos, homophones, pinyin), drop question words, then find the key
 * terms by longest match against the site's vocabulary.
 */
import { normalizeText, stripQuestionWords } from "./normalize";
import { correct, type Correction } from "./corrections";
import { EXPANSIONS, extractTerms } from "./vocabulary";

/** Grammatical characters at the edge of a leftover run (了会被 → nothing, 说要去 → 去 → dropped). */
const EDGE_FUNCTION_CHARS =
  /^[了的是会被都要说能把给跟和在就还也又再得个这那去打让]+|[了的是会被都要说能把给跟和在就还也又再得个这那去打让]+$/g;

const segmenter = typeof Intl.Segmenter === "function" ? new Intl.Segmenter("zh-CN", { granularity: "word" }) : null;

/**
 * A leftover run cut into words the way Pagefind cuts the page text (the browser's segmenter),
 * so each can be looked up on its own: 一天要紧 → 一天, 要紧. Without Intl.Segmenter, the run.
 */
function words(run: string): string[] {
  if (!segmenter) return [run];
  return [...segmenter.segment(run)].filter((s) => s.isWordLike).map((s) => s.segment);
}

export interface QueryAnalysis {
  /** As typed (trimmed). */
  raw: string;
  /** Normalised, corrected, without question words: the query as a whole. */
  text: string;
  /** Key terms from the vocabulary, in order of appearance. */
  terms: string[];
  /** Other runs of two or more characters, as typed (after correction). */
  rest: string[];
  /** Synonyms searched alongside each key term. */
  synonyms: string[];
  /** What was corrected, to tell the reader (“已按“花呗”搜索”). */
  corrections: Correction[];
  /** Words to mark in excerpts and on the article the reader opens. */
  highlight: string[];
}

/** `script`: the edition searched (see normalizeText); "hans" unless on the Traditional edition. */
export function analyzeQuery(raw: string, script: "hans" | "hant" = "hans"): QueryAnalysis {
  const trimmed = raw.trim();
  const { text: corrected, corrections } = correct(normalizeText(trimmed, script));
  const text = stripQuestionWords(corrected);
  const { terms, rest: runs } = extractTerms(text);
  const rest = [...new Set(runs.flatMap(words).map((r) => r.replace(EDGE_FUNCTION_CHARS, "")))].filter(
    (r) => r.length >= 2,
  );
  const synonyms = [...new Set(terms.flatMap((t) => EXPANSIONS[t] ?? []))].filter((s) => !terms.includes(s));
  const highlight = [...new Set(terms.length ? [...terms, ...synonyms] : rest)].slice(0, 8);
  return { raw: trimmed, text, terms, rest, synonyms, corrections, highlight };
}
