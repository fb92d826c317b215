/**
 * Finance library for the 协商还款指南 calculators. Pure functions, no DOM, no dependencies.
 * Money is integer fen (1 元 = 100 fen); rates are fractions (0.049 = 4.9%).
 */
export * from "./money";
export * from "./numerals";
export * from "./parse";
export * from "./irr";
export * from "./loan";
export * from "./apr";
export * from "./overdue";
export * from "./budget";
export * from "./compare";
export * from "./payoff";
