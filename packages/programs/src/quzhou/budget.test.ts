import { estimateBudget } from "@jiangce/rule-schema";
import { describe, expect, it } from "vitest";
import { readJson } from "../testing/text-coverage.ts";

const program = readJson(new URL("./program.json", import.meta.url));

/*
 * source.txt 二（一）2.: "用五年时间，重点培育10名左右衢州大工匠、50名左右衢州杰出工匠、150名左右
 * 衢州工匠、培育500名左右衢州青年工匠……分别给予一次性10万、6万、2万、0.6万元的经费支持。"
 * By hand: 10 × 100 000 元 = 1 000 000 元 (100万元); 50 × 60 000 = 3 000 000 (300万元);
 * 150 × 20 000 = 3 000 000 (300万元); 500 × 6 000 = 3 000 000 (300万元); together 1000万元.
 * The program's validity is open (自发布之日起施行, 2021-07-01); "用五年时间" → the drafter
 * states the horizon 2021–2025, so each year carries 1000万元 / 5 = 200万元 of these tiers.
 */
describe("衢州 budget: craftsman tiers with their stated quotas", () => {
  const budget = estimateBudget(program, { horizon: { toYear: 2025 } });
  const tier = (id: string) => budget.lines.find((l) => l.key === `craftsman-award/${id}`);

  it("costs each tier as quota × amount with its working and clause", () => {
    expect(tier("grand")).toMatchObject({
      totalFen: 100_000_000,
      working: "10名 × 10万元 = 100万元",
      citation: "二（一）2.",
      payer: "government",
      approximate: true,
    });
    expect(tier("outstanding")?.working).toBe("50名 × 6万元 = 300万元");
    expect(tier("craftsman")?.working).toBe("150名 × 2万元 = 300万元");
    expect(tier("young")?.working).toBe("500名 × 6000元 = 300万元");
    const tiers = ["grand", "outstanding", "craftsman", "young"].map(
      (id) => tier(id)?.totalFen ?? 0,
    );
    expect(tiers.reduce((s, f) => s + f, 0)).toBe(1_000_000_000);
  });

  it("spreads the five-year quota over the horizon: 200万元 a year for the four tiers", () => {
    for (const year of ["2021", "2022", "2023", "2024", "2025"]) {
      const sum = ["grand", "outstanding", "craftsman", "young"].reduce(
        (s, id) => s + (tier(id)?.byYear[year] ?? 0),
        0,
      );
      expect(sum).toBe(200_000_000);
    }
  });

  /*
   * 二（一）3.: "到2025年，每年选派50名左右……给予每人不超过2万元的经费资助": a ceiling, not a sum:
   * 50 × 20 000 元 × 5 years (2021–2025) = 5 000 000 元 (500万元), marked 上限.
   */
  it("costs the study exchange as a yearly ceiling", () => {
    const line = budget.lines.find((l) => l.key === "study-exchange-funding");
    expect(line).toMatchObject({ totalFen: 500_000_000, upTo: true });
    expect(line?.working).toBe("50名 × 5次评选 × 最高2万元 = 500万元");
    expect(budget.total.upToFen).toBe(500_000_000);
  });

  it("lists amounts the text leaves open and volumes not stated as unknown, never as zero", () => {
    const keys = budget.unknowns.map((u) => u.key);
    expect(keys).toContain("training-subsidy");
    expect(keys).toContain("worldskills-award/gold");
    expect(budget.lines.map((l) => l.key)).not.toContain("worldskills-award/gold");
    expect(budget.unknowns.find((u) => u.key === "teacher-remuneration")?.reason).toContain(
      "原文未写明金额",
    );
  });

  it("needs a horizon when the validity is open: everything is unknown without one", () => {
    const open = estimateBudget(program);
    expect(open.lines).toEqual([]);
    expect(open.unknowns[0]?.reason).toContain("请在测算假设中填写测算截止年度");
    expect(open.unknowns[0]?.assumption).toBe("horizon.toYear");
  });
});
