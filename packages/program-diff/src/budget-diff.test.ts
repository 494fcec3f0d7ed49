import { parsePrograms, seedProgramFiles } from "@jiangce/programs";
import type { Program } from "@jiangce/rule-schema";
import { describe, expect, it } from "vitest";
import { compareCost, formatWan } from "./budget-diff.ts";

const quzhou = parsePrograms(seedProgramFiles).find(
  (p) => p.id === "quzhou-craftsman-2021",
) as Program;
// 用五年时间 (2021–2025): the drafter states the horizon of the open-ended program
const assumptions = { horizon: { toYear: 2025 } };

function withTier(p: Program, tierId: string, change: (fen: number) => number | null): Program {
  const copy = structuredClone(p);
  const benefit = copy.clauses.flatMap((c) => c.benefits).find((b) => b.id === "craftsman-award");
  if (!benefit?.tiers) throw new Error("衢州工匠 tiers expected");
  benefit.tiers = benefit.tiers.flatMap((t) => {
    if (t.id !== tierId || t.amount.kind !== "fixed") return [t];
    const fen = change(t.amount.fen);
    return fen === null ? [] : [{ ...t, amount: { ...t.amount, fen } }];
  });
  return copy;
}

describe("cost of a draft against the previous one", () => {
  // 衢州工匠 150名左右 × (3万元 − 2万元) = 150万元 more, 30万元 a year over 2021–2025
  const raised = withTier(quzhou, "craftsman", () => 3_000_000);
  const cost = compareCost(quzhou, raised, assumptions);

  it("puts the difference in a headline sentence", () => {
    expect(cost.total.deltaFen).toBe(150_000_000);
    expect(cost.headline).toMatch(/^本稿预计2021–2025年共需资金.+万元，较上一稿增加150万元/u);
    expect(cost.headline).toContain(formatWan(cost.total.beforeFen + 150_000_000));
  });

  it("splits it by year, by clause (with the working of each line) and by payer", () => {
    expect(cost.byYear.map((y) => y.deltaFen)).toEqual([
      30_000_000, 30_000_000, 30_000_000, 30_000_000, 30_000_000,
    ]);
    const changed = cost.byClause.filter((c) => c.deltaFen !== 0);
    expect(changed.map((c) => c.clauseId)).toEqual(["craftsman-selection"]);
    const line = changed[0]?.linesAfter.find((l) => l.key === "craftsman-award/craftsman");
    expect(line?.working).toBe("150名 × 3万元 = 450万元");
    expect(cost.byPayer.find((p) => p.payer === "government")?.deltaFen).toBe(150_000_000);
    expect(cost.byPayer.find((p) => p.payer === "employer")?.deltaFen).toBe(0);
  });

  it("says a tier dropped lowers the cost (500名 × 6000元 = 300万元)", () => {
    const dropped = compareCost(
      quzhou,
      withTier(quzhou, "young", () => null),
      assumptions,
    );
    expect(dropped.total.deltaFen).toBe(-300_000_000);
    expect(dropped.headline).toContain("较上一稿减少300万元");
  });

  it("says an unchanged cost is unchanged, and counts what cannot be costed", () => {
    const same = compareCost(quzhou, structuredClone(quzhou), assumptions);
    expect(same.headline).toContain("与上一稿持平");
    if (same.unknowns.after.length > 0)
      expect(same.headline).toContain(`另有${same.unknowns.after.length}项待遇无法测算`);
  });
});

describe("formatWan", () => {
  it("writes fen in 万元 to the hundredth", () => {
    expect(formatWan(1_500_000_000)).toBe("1500万元");
    expect(formatWan(123_456_789)).toBe("123.46万元");
    expect(formatWan(50_000_000 + 5_000_000)).toBe("55万元");
    expect(formatWan(1_500_000)).toBe("1.5万元");
    expect(formatWan(-300_000_000)).toBe("-300万元");
  });
});
