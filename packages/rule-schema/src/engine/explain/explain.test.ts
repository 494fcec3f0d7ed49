import { describe, expect, it } from "vitest";
import { smallProgram } from "../../examples/small-program.ts";
import { person, program, WAN } from "../../testing/fixtures.ts";
import { compile } from "../compile.ts";
import { evaluate } from "../evaluate.ts";
import { describeResult } from "./describe.ts";
import { explain } from "./explain.ts";
import { formatAmount } from "./format-amount.ts";

const asOf = "2024-06-01";

describe("explanations", () => {
  const result = evaluate(
    compile([smallProgram]),
    person({ titles: ["example-technical-expert"], skillLevel: "senior-technician" }),
    asOf,
  );

  it("cites program, clause, amount, payer and the fact values used", () => {
    const text = explain(result);
    expect(text).toContain("《示例市工匠培育计划》二（三）1. 示例市技术能手奖励：5000元");
    expect(text).toContain("由政府财政支付给个人");
    expect(text).toContain("适用期限 2024-03-01 至 2029-02-28");
    expect(text).toContain("地方与企业称号包含 示例市技术能手（实际：示例市技术能手）");
    expect(text).toContain("由所在单位支付");
    expect(text).toContain("按已获示例市技术能手奖励5000元的1:1配套");
    expect(text).toContain("合计：1万元");
  });

  it("describeResult is plain JSON with the conditions met", () => {
    const view = describeResult(result);
    expect(JSON.parse(JSON.stringify(view))).toEqual(view);
    expect(view.totalFen).toBe(WAN);
    const award = view.entitlements.find((e) => e.benefitId === "expert-award")!;
    expect(award).toMatchObject({
      citation: "二（三）1.",
      amountFen: 500000,
      payer: "government",
      recipient: "person",
      validUntil: "2029-02-28",
    });
    expect(award.conditions).toEqual([
      {
        kind: "fact",
        met: true,
        fact: "titles",
        op: "contains",
        expected: "example-technical-expert",
        actual: ["example-technical-expert"],
        derived: false,
      },
    ]);
    const match = view.entitlements.find((e) => e.benefitId === "expert-award-match")!;
    expect(match.base).toEqual({
      kind: "matter",
      matter: "city-technical-expert-award",
      program: null,
      fen: 500000,
      from: ["example-city-craftsman/expert-award"],
    });
  });

  it("excluded candidates say which rule excluded them and what won", () => {
    const p = program("q", [
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
            conditions: { fact: "skillLevel", op: "gte", value: "senior-technician" },
          },
          {
            id: "technician",
            label: "技师",
            amount: { kind: "fixed", fen: 5000_00 },
            conditions: { fact: "skillLevel", op: "gte", value: "technician" },
          },
        ],
      },
    ]);
    const r = evaluate(compile([p]), person({ skillLevel: "senior-technician" }), asOf);
    const text = explain(r);
    expect(text).toContain(
      "× 《测试方案 q》1. 人才津贴（技师）：5000元，不予重复享受——同一待遇多个档次就高，不重复享受，已按 《测试方案 q》1. 人才津贴（高级技师） 1万元 享受",
    );
    expect(describeResult(r).excluded[0]).toMatchObject({
      rule: "tier-highest",
      excludedBy: "q/allowance/senior-technician",
    });
  });

  it("formats per-unit and capped amounts", () => {
    const p = program(
      "u",
      [
        {
          id: "c",
          matter: "c",
          label: "竞赛补助",
          recipient: "person",
          amount: {
            kind: "per-unit",
            fenPerUnit: WAN,
            unitLabel: "个",
            count: { fact: "n" },
            cap: 5 * WAN,
          },
        },
      ],
      { facts: [{ key: "n", label: "数量", type: "number" }] },
    );
    const r = evaluate(compile([p]), person({ n: 7 }), asOf);
    expect(formatAmount(r.entitlements[0]!)).toBe("5万元（1万元/个 × 7个），已按上限5万元封顶");
  });

  it("states money facts used by a condition in 元, not raw fen", () => {
    const p = program(
      "m",
      [
        {
          id: "b",
          matter: "b",
          label: "培训补贴",
          recipient: "person",
          conditions: { fact: "baseFen", op: "gt", value: 0 },
          amount: { kind: "percent-of", percent: 100, of: { fact: "baseFen" } },
        },
      ],
      { facts: [{ key: "baseFen", label: "补贴基数", type: "money" }] },
    );
    const text = explain(evaluate(compile([p]), person({ baseFen: 300_000 }), asOf));
    expect(text).toContain("补贴基数高于 0元（实际：3000元）");
  });

  it("lists non-monetary treatments", () => {
    const r = evaluate(
      compile([smallProgram]),
      person({ competitions: [{ event: "worldskills", medal: "gold" }] }),
      asOf,
    );
    expect(r.treatments.map((t) => t.treatment.id)).toEqual(["direct-recognition"]);
    expect(explain(r)).toContain("◇ 《示例市工匠培育计划》二（一）3. 直接评定为“示例工匠”");
  });
});
