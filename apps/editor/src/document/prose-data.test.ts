import type { Benefit, Program } from "@jiangce/rule-schema";
import { describe, expect, it } from "vitest";
import { parsePrograms, seedProgramFiles } from "../../../../packages/programs/src/index.ts";
import { amountsInProse, clauseMismatches, proseDataMismatches } from "./prose-data.ts";

const award = (quote: string, fen: number, extra: Partial<Benefit> = {}): Benefit => ({
  id: "award",
  matter: "award",
  label: "一次性奖励",
  recipient: "person",
  payer: "government",
  period: "once",
  amount: { kind: "fixed", fen },
  quote,
  ...extra,
});

describe("prose and data agree", () => {
  it("reads amounts as the texts write them, in fen, and not head counts", () => {
    expect(
      amountsInProse("分别给予一次性10万、6万、2万、0.6万元的经费支持").map((a) => a.fen),
    ).toEqual([10_000_000, 6_000_000, 2_000_000, 600_000]);
    expect(amountsInProse("每人3000元，最高1.5万元").map((a) => a.fen)).toEqual([
      300_000, 1_500_000,
    ]);
    expect(amountsInProse("培训5万人次以上，0.625万元")).toEqual([
      { fen: 625_000, text: "0.625万元" },
    ]);
  });

  it("flags a sentence whose amount the data does not carry: 正文为3万元，数据为2万元", () => {
    const found = clauseMismatches({
      id: "c",
      benefits: [award("给予一次性奖励3万元", 2_000_000)],
    });
    expect(found).toEqual([
      expect.objectContaining({
        clauseId: "c",
        benefitIndex: 0,
        message: "正文为3万元，数据为2万元",
        proseText: "3万元",
      }),
    ]);
  });

  it("accepts agreeing figures: amount, tiers, caps; and a sentence with no figure", () => {
    const tiered = award("分别给予10万、6万元", 0, {
      amount: undefined,
      tiers: [
        { id: "a", label: "大工匠", amount: { kind: "fixed", fen: 10_000_000 } },
        { id: "b", label: "杰出工匠", amount: { kind: "fixed", fen: 6_000_000 } },
      ],
    });
    const capped = award("按1:1配套，最高不超过5万元", 0, {
      amount: { kind: "matching", ratio: 1, of: { fact: "awardFen" }, cap: 5_000_000 },
    });
    const none = award("给予一次性奖励补贴", 0, { amount: { kind: "unspecified" } });
    expect(clauseMismatches({ id: "c", benefits: [tiered, capped, none] })).toEqual([]);
  });

  it("finds no mismatch in the five seed programs (their data was entered from their text)", () => {
    const seeds = parsePrograms(seedProgramFiles) as Program[];
    expect(
      seeds.flatMap(proseDataMismatches).map((m) => `${m.clauseId}/${m.benefitId}: ${m.message}`),
    ).toEqual([]);
  });
});
