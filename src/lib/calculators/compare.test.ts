import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  axisYuan,
  chartGeometry,
  chartSummary as summaryWith,
  COMPARE_DEFAULTS,
  COMPARE_TEXT,
  compareQuery,
  describeProposal,
  evaluateCompare,
  newProposal,
  parseFlag as flagWith,
  parseShare as shareWith,
  proposalValues,
  readCompareQuery,
  readProposal,
  tableMonths,
  withProposals,
  writeProposal,
} from "./compare";
import type { ProposalError, ProposalResult } from "../finance/compare";

// These take the sentences as an argument (the island gets them from the page): use the real ones.
const parseShare = (s: string) => shareWith(s, COMPARE_TEXT);
const parseFlag = (s: string) => flagWith(s, COMPARE_TEXT);
const chartSummary = (o: readonly (ProposalResult | ProposalError)[]) =>
  summaryWith(o, ["方案一", "方案二", "方案三"], COMPARE_TEXT);

function outcomes(values = COMPARE_DEFAULTS) {
  const c = evaluateCompare(values).comparison;
  if (!c) throw new Error("no comparison");
  return c.outcomes;
}

describe("compare model: the worked example", () => {
  it("owes 21,800 元 and compares three proposals", () => {
    const r = evaluateCompare(COMPARE_DEFAULTS);
    expect(r.comparison?.owedFen).toBe(2_180_000);
    const [extend, instal, waive] = outcomes();
    if (!extend?.ok || !instal?.ok || !waive?.ok) throw new Error("proposal failed");
    // extend: 3 months pause adding 20,000 × 6% ÷ 12 = 100 元 a month, then 12 instalments of 22,100 元
    expect(extend.months).toBe(15);
    expect(extend.balanceSeries.slice(0, 4)).toEqual([2_180_000, 2_190_000, 2_200_000, 2_210_000]);
    // waive: penalties and half the interest waived → 20,600 元 over 12 months, no interest
    expect(waive.totalPaidFen).toBe(2_060_000);
    expect(waive.totalCostFen).toBe(60_000);
    expect(instal.months).toBe(24);
    expect(r.lightest).toBe(1);
    expect(r.cheapest).toBe(2);
  });

  it("compares a lump sum (the rest waived) and reports a lump sum above the debt as an error", () => {
    const r = evaluateCompare(
      readCompareQuery("principal=2万&interest=1200&fees=600&p1=lump:1.5万&p2=lump:3万").values,
    );
    const [lump, tooMuch] = r.comparison!.outcomes;
    expect(lump).toMatchObject({ ok: true, totalPaidFen: 1_500_000, totalCostFen: -500_000, months: 1 });
    expect(tooMuch).toMatchObject({ ok: false });
    expect(r.cheapest).toBe(0);
  });

  it("reads a per-period fee for instalments, and daily or monthly rates converted to annual", () => {
    const fee = evaluateCompare({ ...COMPARE_DEFAULTS, p1: "instal:12:0.5%/期", p2: "", p3: "" });
    expect(fee.proposals[0]?.proposal).toEqual({ kind: "instalment", months: 12, feeRatePerPeriod: 0.005 });
    const [o] = fee.comparison!.outcomes;
    expect(o?.ok && o.totalPaidFen).toBe(2_180_000 + 12 * 10_900);
    const daily = evaluateCompare({ ...COMPARE_DEFAULTS, p1: "instal:12:日利率万分之五", p2: "", p3: "" });
    const p = daily.proposals[0]?.proposal;
    expect(p?.kind === "instalment" && p.annualRate).toBeCloseTo(0.18, 10);
    expect(daily.proposals[0]?.fields[1]).toMatchObject({
      ok: true,
      echo: expect.stringContaining("折算为年利率 18.00%"),
    });
  });

  it("accepts Chinese-format amounts and counts", () => {
    const r = evaluateCompare({
      principal: "２万元",
      interest: "1,200",
      fees: "",
      p1: "extend:三:一年:6%",
      p2: "waive:是:一半:12期:0",
      p3: "",
    });
    expect(r.principal.ok && r.principal.value).toBe(2_000_000);
    expect(r.fees.ok && r.fees.value).toBe(0);
    expect(r.proposals[0]?.proposal).toEqual({ kind: "extend", graceMonths: 3, months: 12, annualRate: 0.06 });
    expect(r.proposals[1]?.proposal).toMatchObject({ waivePenalties: true, interestWaivedShare: 0.5, months: 12 });
  });

  it("gives field errors instead of results", () => {
    const r = evaluateCompare({ ...COMPARE_DEFAULTS, principal: "abc", p1: "extend:200:12:6" });
    expect(r.principal.ok).toBe(false);
    expect(r.proposals[0]?.fields[0]?.ok).toBe(false);
    expect(r.comparison).toBeUndefined();
  });
});

describe("compare model: proposals in words", () => {
  it.each([
    [{ kind: "instalment", months: 12 }, "12 期，年利率 0.00%"],
    [{ kind: "instalment", months: 24, feeRatePerPeriod: 0.005 }, "24 期，每期手续费率 0.50%"],
    [{ kind: "extend", graceMonths: 3, months: 12, annualRate: 0.06 }, "先停 3 个月，再分 12 期，年利率 6.00%"],
    [
      { kind: "waive", waivePenalties: true, interestWaivedShare: 0.5, months: 12 },
      "免罚息和费用、免 50.00% 利息，分 12 期，年利率 0.00%",
    ],
    [
      { kind: "waive", waivePenalties: false, interestWaivedShare: 0, months: 6, annualRate: 0.1 },
      "不减免，分 6 期，年利率 10.00%",
    ],
    [{ kind: "lump-sum", payFen: 1_500_000 }, "还 15,000.00 元，其余减免"],
  ] as const)("%o → %s", (proposal, words) => {
    expect(describeProposal(proposal, COMPARE_TEXT)).toBe(words);
  });

  it("describes each valid proposal of the evaluation, and none with a field error", () => {
    const r = evaluateCompare({ ...COMPARE_DEFAULTS, p3: "instal:abc:6" });
    expect(r.proposals.map((p) => p.detail)).toEqual([
      "先停 3 个月，再分 12 期，年利率 6.00%",
      "24 期，年利率 6.00%",
      undefined,
    ]);
  });
});

describe("compare model: URL", () => {
  it("round-trips the defaults and packs proposals", () => {
    expect(readCompareQuery(compareQuery(COMPARE_DEFAULTS)).values).toEqual(COMPARE_DEFAULTS);
    const two = withProposals(COMPARE_DEFAULTS, ["lump:1万", "instal:6:0"]);
    expect(two.p3).toBe("");
    expect(readCompareQuery(compareQuery(two)).values).toEqual(two);
  });

  it("a link with its own proposals does not inherit the example's", () => {
    const { values } = readCompareQuery("principal=5000&p2=lump:3000");
    expect(proposalValues(values)).toEqual(["lump:3000"]);
    expect(values.p1).toBe("lump:3000");
  });

  it("ignores unknown kinds and hostile values with a note", () => {
    const { values, notes } = readCompareQuery(
      `p1=${encodeURIComponent("steal:1")}&p2=${encodeURIComponent("<img src=x onerror=alert(1)>")}&principal=${encodeURIComponent("<b>")}`,
    );
    expect(proposalValues(values)).toEqual([]);
    expect(values.principal).toBe(COMPARE_DEFAULTS.principal);
    expect(notes).toHaveLength(3);
  });

  it("proposal text round-trips, colons inside a field become spaces", () => {
    const field = fc.stringMatching(/^[0-9.万%期a-z]{0,6}$/);
    fc.assert(
      fc.property(
        fc.constantFrom("extend", "instal", "waive", "lump"),
        fc.array(field, { minLength: 4, maxLength: 4 }),
        (kind, fs) => {
          const form = readProposal(`${kind}:${fs.join(":")}`)!;
          expect(readProposal(writeProposal(form))).toEqual(form);
        },
      ),
    );
    expect(writeProposal({ kind: "lump", fields: ["1:2"] })).toBe("lump:1 2");
    expect(readProposal(newProposal("waive"))).toEqual({ kind: "waive", fields: ["1", "50", "12", "0"] });
  });

  it("keeps each proposal's fields as typed, even when they do not parse", () => {
    const r = evaluateCompare({ ...COMPARE_DEFAULTS, p1: "extend: 3 :x", p2: "lump:1.5万", p3: "" });
    expect(r.proposals.map((p) => p.text)).toEqual([["3", "x", ""], ["1.5万"]]);
    expect(r.proposals[0]?.proposal).toBeUndefined();
  });
});

describe("compare model: small parsers", () => {
  it("reads shares and yes/no", () => {
    expect(parseShare("50")).toMatchObject({ ok: true, value: 0.5 });
    expect(parseShare("３０％")).toMatchObject({ ok: true, value: 0.3 });
    expect(parseShare("全部")).toMatchObject({ ok: true, value: 1 });
    expect(parseShare("120").ok).toBe(false);
    expect(parseShare("x").ok).toBe(false);
    expect(parseFlag("是")).toMatchObject({ ok: true, value: true });
    expect(parseFlag("0")).toMatchObject({ ok: true, value: false });
    expect(parseFlag("maybe").ok).toBe(false);
  });
});

describe("compare model: chart and table", () => {
  it("draws one line per proposal inside the plot area, ending at zero", () => {
    const g = chartGeometry(outcomes());
    expect(g.lines).toHaveLength(3);
    for (const line of g.lines) {
      const pts = line!.points.split(" ").map((p) => p.split(",").map(Number));
      for (const [x, y] of pts) {
        expect(x).toBeGreaterThanOrEqual(g.left);
        expect(x).toBeLessThanOrEqual(g.right);
        expect(y).toBeGreaterThanOrEqual(g.top);
        expect(y).toBeLessThanOrEqual(g.bottom);
      }
      expect(pts[pts.length - 1]?.[1]).toBe(g.bottom);
    }
    expect(g.maxMonths).toBe(24);
    expect(g.yTicks.map((t) => t.label)).toEqual(["0", "1.25万", "2.5万"]);
  });

  it("lists table months and summarises the chart in words", () => {
    expect(tableMonths(outcomes())).toEqual([0, 6, 12, 15, 18, 24]);
    expect(chartSummary(outcomes())).toContain("方案二从 21,800.00 元开始，第 24 个月还清");
    expect(axisYuan(80_000)).toBe("800");
    expect(axisYuan(2_500_000)).toBe("2.5万");
    expect(axisYuan(100_000_000)).toBe("100万");
    expect(axisYuan(1_234_567_800)).toBe("1234.57万");
  });

  it("never produces NaN in the chart, whatever the input", () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.string(), fc.string(), (principal, interest, p1, p2) => {
        const r = evaluateCompare({ principal, interest, fees: "", p1, p2, p3: "" });
        if (r.comparison) expect(JSON.stringify(chartGeometry(r.comparison.outcomes))).not.toMatch(/NaN|Infinity/);
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000_000 }), fc.integer({ min: 1, max: 600 }), (yuan, months) => {
        const r = evaluateCompare({
          ...COMPARE_DEFAULTS,
          principal: String(yuan),
          p1: `instal:${months}:36`,
          p2: "",
          p3: "",
        });
        expect(JSON.stringify(chartGeometry(r.comparison!.outcomes))).not.toMatch(/NaN|Infinity|null/);
      }),
      { numRuns: 50 },
    );
  });
});
