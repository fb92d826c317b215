/**
 * What the search page's status line says while the box is empty. The page is built with it (so
 * the line has its height from the first paint and nothing moves when the script starts), and the
 * script shows it again whenever the box is cleared.
 */
export const SEARCH_PROMPT = "输入你的问题，例如“花呗逾期一天要紧吗”。";
