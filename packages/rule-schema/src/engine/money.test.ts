import { describe, expect, it } from "vitest";
import { validateProgram } from "../schema/validate.ts";
import { fixed, org, person, program, WAN } from "../testing/fixtures.ts";
import { compile } from "./compile.ts";
import { evaluate } from "./evaluate.ts";
import { explain } from "./explain/explain.ts";
import { formatFen, paidTotal, scaleRoundHalfUp } from "./money.ts";

const asOf = "2024-06-01";

function amounts(programs: unknown[], profile = person()) {
  return evaluate(compile(programs), profile, asOf).entitlements.map((e) => [
    e.ref.benefitId,
    e.amount,
  ]);
}

describe("money kinds", () => {
  it("fixed: pays the stated fen", () => {
    expect(amounts([program("a", [fixed("award", "m", 30 * WAN)])])).toEqual([["award", 30 * WAN]]);
  });

  it("per-unit: rate × count fact (按3000元/生)", () => {
    const p = program(
      "a",
      [
        {
          id: "grads",
          matter: "grad-subsidy",
          label: "院校培养补助",
          recipient: "school",
          amount: {
            kind: "per-unit",
            fenPerUnit: 300_000,
            unitLabel: "生",
            count: { fact: "graduates" },
          },
        },
      ],
      { facts: [{ key: "graduates", label: "毕业生人数", type: "number" }] },
    );
    const r = evaluate(compile([p]), org("school", { graduates: 7 }), asOf);
    expect(r.entitlements[0]?.amount).toBe(2_100_000);
    expect(r.entitlements[0]?.count).toBe(7);
    expect(evaluate(compile([p]), org("school", { graduates: 0 }), asOf).entitlements).toEqual([]);
  });

  it("per-unit: counts matching records (每获一次奖)", () => {
    const p = program("a", [
      {
        id: "medals",
        matter: "medal-award",
        label: "奖牌奖励",
        recipient: "person",
        period: "per-occasion",
        amount: {
          kind: "per-unit",
          fenPerUnit: 5 * WAN,
          unitLabel: "枚",
          count: { records: "competitions", where: { fact: "medal", op: "gte", value: "bronze" } },
        },
      },
    ]);
    const profile = person({
      competitions: [
        { event: "other", medal: "gold" },
        { event: "other", medal: "excellence" },
        { event: "other", medal: "bronze" },
      ],
    });
    expect(amounts([p], profile)).toEqual([["medals", 10 * WAN]]);
  });

  it("cap: 每个职业（工种）1万元，最高5万元", () => {
    const p = program(
      "a",
      [
        {
          id: "contests",
          matter: "contest-subsidy",
          label: "竞赛补助",
          recipient: "association",
          amount: {
            kind: "per-unit",
            fenPerUnit: WAN,
            unitLabel: "个职业（工种）",
            count: { fact: "occupations" },
            cap: 5 * WAN,
          },
        },
      ],
      { facts: [{ key: "occupations", label: "职业数", type: "number" }] },
    );
    const three = evaluate(compile([p]), org("association", { occupations: 3 }), asOf);
    expect(three.entitlements[0]).toMatchObject({ amount: 3 * WAN, capped: false });
    const nine = evaluate(compile([p]), org("association", { occupations: 9 }), asOf);
    expect(nine.entitlements[0]).toMatchObject({ amount: 5 * WAN, capped: true });
  });

  it("upTo: 每人不超过2万元 is reported as a ceiling", () => {
    const p = program("a", [
      fixed("study", "study", 2 * WAN, { amount: { kind: "fixed", fen: 2 * WAN, upTo: true } }),
    ]);
    const r = evaluate(compile([p]), person(), asOf);
    expect(r.entitlements[0]).toMatchObject({ amount: 2 * WAN, upTo: true });
  });

  it("matching 1:1 of another award of the same program (所在单位1:1配套)", () => {
    const p = program("a", [
      fixed("title", "title-award", 5000_00, {
        conditions: { fact: "titles", op: "contains", value: "enterprise-chief-technician" },
      }),
      {
        id: "match",
        matter: "title-award-match",
        label: "单位配套",
        recipient: "person",
        payer: "employer",
        amount: { kind: "matching", ratio: 1, of: { matter: "title-award" } },
      },
    ]);
    const r = evaluate(compile([p]), person({ titles: ["enterprise-chief-technician"] }), asOf);
    const match = r.entitlements.find((e) => e.ref.benefitId === "match");
    expect(match).toMatchObject({ amount: 5000_00 });
    expect(match?.ref.payer).toBe("employer");
    expect(match?.base).toMatchObject({ kind: "matter", fen: 5000_00 });
    // no base award → no matching
    expect(amounts([p], person())).toEqual([]);
  });

  it("matching an award granted by another program in the same run", () => {
    const province = program("province", [fixed("prov", "provincial-award", 10 * WAN)], {
      issuer: { regionCode: "420000", level: "province", name: "湖北省" },
    });
    const city = program("city", [
      {
        id: "match",
        matter: "provincial-award-match",
        label: "市级1:0.5配套",
        recipient: "person",
        amount: {
          kind: "matching",
          ratio: 0.5,
          of: { matter: "provincial-award", program: "province" },
        },
      },
    ]);
    const paid = amounts([city, province]);
    expect(paid).toHaveLength(2);
    expect(paid).toContainEqual(["prov", 10 * WAN]);
    expect(paid).toContainEqual(["match", 5 * WAN]);
  });

  it("matching a profile fact (按照主办方奖励额度1:1配套)", () => {
    const p = program(
      "a",
      [
        {
          id: "match",
          matter: "host-award-match",
          label: "配套奖励",
          recipient: "person",
          amount: { kind: "matching", ratio: 1, of: { fact: "hostAwardFen" } },
        },
      ],
      { facts: [{ key: "hostAwardFen", label: "主办方奖励额度", type: "money" }] },
    );
    expect(amounts([p], person({ hostAwardFen: 12_345_67 }))).toEqual([["match", 12_345_67]]);
    expect(amounts([p], person({ hostAwardFen: 12.5 }))).toEqual([]);
  });

  it("uplift: 在原补助标准基础上上浮30%", () => {
    const p = program(
      "a",
      [
        {
          id: "uplift",
          matter: "recruit",
          label: "招工补助上浮",
          recipient: "employer",
          amount: { kind: "uplift", percent: 30, of: { fact: "baseFen" } },
        },
      ],
      { facts: [{ key: "baseFen", label: "原补助标准", type: "money" }] },
    );
    expect(amounts([p], org("employer", { baseFen: 1000_00 }))).toEqual([["uplift", 1300_00]]);
    // rounding half up to the fen: 1 fen × 1.3 = 1.3 → 1; 5 fen × 1.3 = 6.5 → 7
    expect(amounts([p], org("employer", { baseFen: 5 }))).toEqual([["uplift", 7]]);
  });

  it("percent-of with cap: 最高可按200%标准", () => {
    const p = program("a", [
      {
        id: "double",
        matter: "training",
        label: "培训补贴",
        recipient: "employer",
        amount: { kind: "percent-of", percent: 200, of: { fen: 800_00 }, cap: 1500_00 },
      },
    ]);
    const r = evaluate(compile([p]), org("employer"), asOf);
    expect(r.entitlements[0]).toMatchObject({ amount: 1500_00, capped: true });
  });

  it("capOf: min(70% × surplus, 15% × baseline) (不得超过绩效工资基准总量的15%)", () => {
    const p = program(
      "a",
      [
        {
          id: "share",
          matter: "service-pay",
          label: "劳务报酬",
          recipient: "school",
          payer: "employer",
          amount: {
            kind: "percent-of",
            percent: 70,
            of: { fact: "surplusFen" },
            capOf: { percent: 15, of: { fact: "baselineFen" } },
          },
        },
      ],
      {
        facts: [
          { key: "surplusFen", label: "结余", type: "money" },
          { key: "baselineFen", label: "绩效工资基准总量", type: "money" },
        ],
      },
    );
    const set = compile([p]);
    const binding = evaluate(
      set,
      org("school", { surplusFen: 100 * WAN, baselineFen: 300 * WAN }),
      asOf,
    );
    expect(binding.entitlements[0]).toMatchObject({
      amount: 45 * WAN,
      capped: true,
      capFen: 45 * WAN,
      upTo: false,
    });
    expect(explain(binding)).toContain("已按上限45万元（申请人提供的金额300万元的15%）封顶");
    const loose = evaluate(
      set,
      org("school", { surplusFen: 100 * WAN, baselineFen: 600 * WAN }),
      asOf,
    );
    expect(loose.entitlements[0]).toMatchObject({ amount: 70 * WAN, capped: false, capFen: null });
    // baseline unknown: 70% is paid as a ceiling (the cap cannot be checked)
    const unknown = evaluate(set, org("school", { surplusFen: 100 * WAN }), asOf);
    expect(unknown.entitlements[0]).toMatchObject({ amount: 70 * WAN, upTo: true, capBase: null });
  });

  it("capOf composes with cap (the lower limit wins) and can read another matter", () => {
    const p = program("a", [
      fixed("award", "award", 10 * WAN),
      {
        id: "bonus",
        matter: "bonus",
        label: "奖励",
        recipient: "person",
        amount: {
          kind: "fixed",
          fen: 8 * WAN,
          cap: 6 * WAN,
          capOf: { percent: 50, of: { matter: "award" } },
        },
      },
      {
        id: "bonus2",
        matter: "bonus2",
        label: "奖励2",
        recipient: "person",
        amount: {
          kind: "fixed",
          fen: 8 * WAN,
          cap: 3 * WAN,
          capOf: { percent: 50, of: { fen: 10 * WAN } },
        },
      },
    ]);
    const r = evaluate(compile([p]), person(), asOf);
    expect(r.entitlements.map((e) => [e.ref.benefitId, e.amount, e.capFen])).toEqual([
      ["award", 10 * WAN, null],
      ["bonus", 5 * WAN, 5 * WAN],
      ["bonus2", 3 * WAN, 3 * WAN],
    ]);
  });

  it("capOf naming an undeclared fact is a validation issue naming the path", () => {
    const r = validateProgram(
      program("a", [
        fixed("x", "x", WAN, {
          amount: { kind: "fixed", fen: WAN, capOf: { percent: 10, of: { fact: "nope" } } },
        }),
      ]),
    );
    expect(r.ok).toBe(false);
    expect(r.issues.map((i) => i.path)).toContain("clauses.0.benefits.0.amount.capOf.of.fact");
  });

  it("unspecified: 按规定 is an entitlement without a figure", () => {
    const p = program("a", [
      {
        id: "rule",
        matter: "x",
        label: "按规定补贴",
        recipient: "person",
        amount: { kind: "unspecified", note: "按规定" },
      },
      {
        id: "rule-match",
        matter: "x-match",
        label: "配套",
        recipient: "person",
        amount: { kind: "matching", ratio: 1, of: { matter: "x" } },
      },
    ]);
    expect(amounts([p])).toEqual([
      ["rule", "unspecified"],
      ["rule-match", "unspecified"],
    ]);
  });

  it("tiers pay the amount of the qualifying tier (per-year allowance)", () => {
    const p = program("a", [
      {
        id: "allowance",
        matter: "allowance",
        label: "人才津贴",
        recipient: "person",
        period: "per-year",
        tiers: [
          {
            id: "senior-technician",
            label: "高级技师",
            amount: { kind: "fixed", fen: WAN },
            conditions: { fact: "skillLevel", op: "eq", value: "senior-technician" },
          },
          {
            id: "technician",
            label: "技师",
            amount: { kind: "fixed", fen: 5000_00 },
            conditions: { fact: "skillLevel", op: "eq", value: "technician" },
          },
        ],
      },
    ]);
    const r = evaluate(compile([p]), person({ skillLevel: "technician" }), asOf);
    expect(r.entitlements[0]).toMatchObject({ amount: 5000_00, tier: { id: "technician" } });
    expect(r.entitlements[0]?.ref.period).toBe("per-year");
  });
});

describe("money helpers", () => {
  it("scales exactly with half-up rounding, also beyond 2^53 intermediates", () => {
    expect(scaleRoundHalfUp(333, 1, 3)).toBe(111);
    expect(scaleRoundHalfUp(5, 13000, 10000)).toBe(7);
    expect(scaleRoundHalfUp(9_000_000_000_000, 20000, 10000)).toBe(18_000_000_000_000);
  });
  it("formats fen in 元/万元", () => {
    expect(formatFen(30 * WAN)).toBe("30万元");
    expect(formatFen(5000_00)).toBe("5000元");
    expect(formatFen(123)).toBe("1.23元");
    expect(formatFen(6000_00)).toBe("6000元");
  });
  it("totals the known amounts and flags 按规定 ones apart", () => {
    expect(paidTotal([])).toEqual({ totalFen: 0, hasUnspecified: false });
    expect(
      paidTotal([{ amount: 30 * WAN }, { amount: "unspecified" }, { amount: 5 * WAN }]),
    ).toEqual({ totalFen: 35 * WAN, hasUnspecified: true });
  });
});
