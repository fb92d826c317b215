/**
 * The repayment-plan calculator's model: URL parameters ⇄ form values ⇄ parsed inputs ⇄ schedule.
 * Pure: the island only renders what this returns.
 *
 * URL contract (documented on /tools/installment/): amount (元), months, rate (annual %),
 * fee (per-period fee %, with method=flat-fee), method = equal-payment | equal-principal |
 * interest-only | flat-fee.
 */
import {
  buildSchedule,
  realAnnualRate,
  type LoanSchedule,
  type RealRateResult,
  type RepaymentMethod,
} from "../finance/loan";
import { parseAmount, parseAnnualRate, parseMonths, parsePeriodFee, type ParseResult } from "../finance/parse";
import { readParams, writeParams } from "./query";

export const METHODS: readonly RepaymentMethod[] = ["equal-payment", "equal-principal", "interest-only", "flat-fee"];

export type InstallmentKey = "amount" | "months" | "method" | "rate" | "fee";
export type InstallmentValues = Record<InstallmentKey, string>;

export const INSTALLMENT_KEYS: readonly InstallmentKey[] = ["amount", "months", "method", "rate", "fee"];

/** The worked example shown before any input (and without JavaScript). */
export const INSTALLMENT_DEFAULTS: InstallmentValues = {
  amount: "10000",
  months: "12",
  method: "equal-payment",
  rate: "12",
  fee: "0.6",
};

function isMethod(v: string): v is RepaymentMethod {
  return (METHODS as readonly string[]).includes(v);
}

/** Read the form values from a query string; unknown or hostile values fall back with a note. */
export function readInstallmentQuery(search: string): { values: InstallmentValues; notes: string[] } {
  const { values, notes } = readParams(search, INSTALLMENT_DEFAULTS);
  const params = new URLSearchParams(search);
  if (!isMethod(values.method)) {
    notes.push("链接里的还款方式无法识别，已改用“等额本息”。");
    values.method = INSTALLMENT_DEFAULTS.method;
  } else if (!params.has("method") && params.has("fee") && !params.has("rate")) {
    values.method = "flat-fee";
  }
  return { values, notes };
}

export function installmentQuery(values: InstallmentValues): string {
  const keys = INSTALLMENT_KEYS.filter((k) => (values.method === "flat-fee" ? k !== "rate" : k !== "fee"));
  return writeParams(values, keys);
}

export interface InstallmentResult {
  fields: {
    amount: ParseResult<number>;
    months: ParseResult<number>;
    rate?: ParseResult<number>;
    fee?: ParseResult<number>;
  };
  method: RepaymentMethod;
  schedule?: LoanSchedule;
  real?: RealRateResult;
}

/** Parse every field and, when all are valid, build the schedule and its real annual rate. */
export function evaluateInstallment(values: InstallmentValues): InstallmentResult {
  const method = isMethod(values.method) ? values.method : "equal-payment";
  const amount = parseAmount(values.amount);
  const months = parseMonths(values.months);
  const flat = method === "flat-fee";
  const rate = flat ? undefined : parseAnnualRate(values.rate);
  const fee = flat ? parsePeriodFee(values.fee) : undefined;
  const result: InstallmentResult = { fields: { amount, months, rate, fee }, method };
  const rateValue = flat ? fee : rate;
  if (!amount.ok || !months.ok || !rateValue?.ok) return result;
  const schedule = flat
    ? buildSchedule({ method, amountFen: amount.value, months: months.value, feeRatePerPeriod: rateValue.value })
    : buildSchedule({ method, amountFen: amount.value, months: months.value, annualRate: rateValue.value });
  return { ...result, schedule, real: realAnnualRate(schedule) };
}
