import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  docText,
  evaluateLetter,
  LETTER_DEFAULTS,
  LETTER_WORDING,
  letterQuery,
  monthlySummary,
  readLetterQuery,
  type LetterValues,
} from "./letter";
import { summariseBudget } from "../finance/budget";
import { findPhoneLikeNumbers } from "../phone";

function docs(values: LetterValues) {
  const r = evaluateLetter(values, LETTER_WORDING);
  if (!r.docs) throw new Error("no documents");
  return Object.fromEntries(r.docs.map((d) => [d.id, docText(d)]));
}

describe("letter model: the worked example", () => {
  it("writes the three documents from the figures", () => {
    const d = docs(LETTER_DEFAULTS);
    expect(d.application).toContain("欠款目前合计约 20,000.00 元，已逾期 45 天");
    expect(d.application).toContain("分 18 期偿还，每期约 1,200.00 元");
    expect(d.application).toContain("减免部分罚息和违约金");
    expect(d.application).toContain("（你的姓名）");
    expect(d.script).toContain("每月收入约 6,000.00 元");
    expect(d.summary).toContain("每月剩余：1,500.00 元");
    expect(d.summary).toContain("必要开支：\n　房租：1,800.00 元");
  });

  it("uses the reader's name and lender only in the documents", () => {
    const values = { ...LETTER_DEFAULTS, name: "王小明", lender: "某某消费金融有限公司", detail: "三月起停薪" };
    const d = docs(values);
    expect(d.application).toMatch(/^个人还款协商申请\n\n某某消费金融有限公司：/);
    expect(d.application).toContain("本人王小明");
    expect(d.application).toContain("具体情况：三月起停薪。");
    expect(letterQuery(values)).not.toMatch(/name|lender|detail|%E7%8E%8B/);
  });

  it("says when the reader can take a call, only if given, never with a number in it", () => {
    expect(docs(LETTER_DEFAULTS).application).not.toContain("方便接听电话");
    const values = { ...LETTER_DEFAULTS, contact: "工作日晚上 7 点以后" };
    expect(docs(values).application).toContain("本人方便接听电话的时间：工作日晚上 7 点以后。");
    expect(letterQuery(values)).not.toContain("contact");
    const withNumber = docs({ ...LETTER_DEFAULTS, contact: "晚上，打 13800138000" }).application ?? "";
    expect(findPhoneLikeNumbers(withNumber)).toEqual([]);
    expect(readLetterQuery("owed=5000&contact=" + encodeURIComponent("晚上")).values.contact).toBe("");
  });

  it("never promises anything and never contains a phone-like number", () => {
    const all = Object.values(docs(LETTER_DEFAULTS)).join("\n");
    expect(all).not.toMatch(/保证(?!金)|一定会|承诺会|百分之百/);
    expect(findPhoneLikeNumbers(all)).toEqual([]);
    const typed = docs({ ...LETTER_DEFAULTS, detail: "请打 13800138000 联系我，身份证 110101199001011234" });
    expect(findPhoneLikeNumbers(typed.application ?? "")).toEqual([]);
  });
});

describe("letter model: the plan", () => {
  it("suggests the payment and the term from the budget when they are left empty", () => {
    const r = evaluateLetter({ ...LETTER_DEFAULTS, pay: "", months: "" }, LETTER_WORDING);
    expect(r.plan).toMatchObject({ payFen: 120_000, months: 17, suggested: true });
    expect(r.warnings.join("")).toContain("17 期");
  });

  it("asks for a pause when nothing is left each month", () => {
    const r = evaluateLetter({ ...LETTER_DEFAULTS, reason: "job", income: "0", pay: "", months: "" }, LETTER_WORDING);
    expect(r.plan?.payFen).toBe(0);
    const d = docs({ ...LETTER_DEFAULTS, reason: "job", income: "0", pay: "", months: "" });
    expect(d.application).toContain("暂缓还款或延长还款期限");
    expect(d.application).toContain("失业");
    expect(d.summary).toContain("申请暂缓还款或延长期限");
  });

  it("says honestly when the plan repays less than is owed, or more than the budget allows", () => {
    const r = evaluateLetter({ ...LETTER_DEFAULTS, pay: "1500", months: "12" }, LETTER_WORDING);
    expect(r.plan?.shortFen).toBe(200_000);
    expect(r.warnings.join("")).toContain("比欠款少 2,000.00 元");
    expect(r.warnings.join("")).toContain("超过了按收支算出的可用金额");
    expect(docs({ ...LETTER_DEFAULTS, pay: "1500", months: "12" }).application).toContain("恳请考虑减免这一部分");
  });

  it("reads Chinese-format figures", () => {
    const r = evaluateLetter(
      { ...LETTER_DEFAULTS, owed: "２万元", income: "0.6w", pay: "一千二百", months: "1.5年" },
      LETTER_WORDING,
    );
    expect(r.fields.owed.ok && r.fields.owed.value).toBe(2_000_000);
    expect(r.fields.pay?.ok && r.fields.pay.value).toBe(120_000);
    expect(r.fields.months?.ok).toBe(true);
    expect(r.plan?.months).toBe(18);
  });

  it("gives field errors instead of documents", () => {
    const r = evaluateLetter({ ...LETTER_DEFAULTS, owed: "很多", days: "-1" }, LETTER_WORDING);
    expect(r.docs).toBeUndefined();
    expect(r.fields.owed.ok).toBe(false);
    expect(r.fields.days?.ok).toBe(false);
  });
});

describe("letter model: monthly summary", () => {
  it("agrees with finance's summariseBudget", () => {
    const fen = fc.integer({ min: 0, max: 10_000_000 });
    fc.assert(
      fc.property(fen, fc.array(fen, { maxLength: 12 }), fen, (income, spend, other) => {
        const essentials = spend.map((f, i) => ({ name: `项${i}`, fen: f }));
        const { debtToIncome: _ratio, ...figures } = summariseBudget({
          incomeFen: income,
          essentials,
          otherDebtPaymentsFen: other,
        });
        expect(monthlySummary(income, essentials, other)).toEqual(figures);
      }),
    );
  });
});

describe("letter model: URL", () => {
  it("round-trips the figures, never the private fields", () => {
    const values = { ...LETTER_DEFAULTS, name: "王小明", lender: "某银行", detail: "生病" };
    const back = readLetterQuery(letterQuery(values)).values;
    expect(back).toEqual({ ...LETTER_DEFAULTS, name: "", lender: "", detail: "", contact: "" });
  });

  it("ignores names and IDs in a link, with a note", () => {
    const { values, notes } = readLetterQuery(`owed=5000&name=${encodeURIComponent("王小明")}&id=1234`);
    expect(values.name).toBe("");
    expect(notes.join("")).toContain("保护隐私");
  });

  it("a link with its own figures does not inherit the example's optional ones", () => {
    const { values } = readLetterQuery("owed=2万&reason=job&income=0&spend=房租:1500,吃饭:1200&debts=0");
    expect([values.days, values.pay, values.months, values.waive]).toEqual(["", "", "", ""]);
    const d = docs(values);
    expect(d.application).not.toContain("已逾期");
  });

  it("ignores an unknown reason and hostile values with a note", () => {
    const { values, notes } = readLetterQuery(
      `reason=${encodeURIComponent("<script>")}&owed=${encodeURIComponent('"><b>')}`,
    );
    expect(values.reason).toBe(LETTER_DEFAULTS.reason);
    expect(values.owed).toBe(LETTER_DEFAULTS.owed);
    expect(notes).toHaveLength(2);
  });

  it("never throws and never prints NaN", () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.string(),
        fc.string(),
        fc.string(),
        fc.string(),
        (owed, income, pay, months, name) => {
          const r = evaluateLetter({ ...LETTER_DEFAULTS, owed, income, pay, months, name }, LETTER_WORDING);
          if (r.docs) expect(r.docs.map(docText).join("")).not.toMatch(/NaN|Infinity|undefined/);
        },
      ),
      { numRuns: 300 },
    );
  });
});
